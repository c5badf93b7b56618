"""`sp-desktop cari FOLDER KATA…` and `sp-desktop konsolidasi FOLDER --out …` over a folder of units."""

import os
import subprocess
import sys
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader

DATA = Path(__file__).parents[1] / "data"


def run(*args):
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    return subprocess.run([sys.executable, "-m", "sp_desktop", *map(str, args)], capture_output=True, text=True,
                          env=env, timeout=180)


def _folder(tmp_path):
    folder = tmp_path / "unit"
    folder.mkdir()
    assert run("import", folder / "dinas.spdb", DATA / "proyek_contoh.json").returncode == 0
    (folder / "rusak.spdb").write_bytes(b"bukan proyek")
    return folder


def test_cari_prints_unit_service_component_per_hit(tmp_path):
    folder = _folder(tmp_path)
    before = sorted(p.name for p in folder.iterdir())
    result = run("cari", folder, "akta", "kelahiran")
    assert result.returncode == 0, result.stderr
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert rows and all(len(r) == 3 for r in rows)
    assert ["Dinas Kependudukan dan Pencatatan Sipil", "Penerbitan Akta Kelahiran", "Jenis pelayanan"] in rows
    assert "rusak.spdb" in result.stderr
    assert run("cari", folder, '"', "OR").returncode == 0
    assert sorted(p.name for p in folder.iterdir()) == before


def test_cari_of_a_missing_folder_exits_2(tmp_path):
    result = run("cari", tmp_path / "tidak-ada", "akta")
    assert result.returncode == 2 and "tidak ditemukan" in result.stderr


def test_konsolidasi_writes_pdf_and_xlsx_and_refuses_other_suffixes(tmp_path):
    folder = _folder(tmp_path)
    pdf = tmp_path / "laporan.pdf"
    result = run("konsolidasi", folder, "--out", pdf, "--penyusun", "Bagian Organisasi")
    assert result.returncode == 0, result.stderr
    assert "1 perangkat daerah, 3 jenis pelayanan" in result.stdout
    text = " ".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "Dinas Kependudukan dan Pencatatan Sipil" in text and "rusak.spdb" in text
    xlsx = tmp_path / "laporan.xlsx"
    assert run("konsolidasi", folder, "--out", xlsx).returncode == 0
    assert load_workbook(xlsx)["Rekap Perangkat Daerah"]["B2"].value == 3
    bad = run("konsolidasi", folder, "--out", tmp_path / "laporan.txt")
    assert bad.returncode == 2 and ".pdf, .docx atau .xlsx" in bad.stderr
    over = run("konsolidasi", folder, "--out", folder / "dinas.spdb")
    assert over.returncode == 2 and (folder / "dinas.spdb").read_bytes()[:6] == b"SQLite"
