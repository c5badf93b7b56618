import json
import os

import pytest
from docx import Document
from pypdf import PdfReader

from tests.cli.test_cli import DATA, run


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "proyek.spdb"
    result = run("import", path, DATA / "proyek_contoh.json")
    assert result.returncode == 0, result.stderr
    ids = [line.split("\t")[0] for line in result.stdout.splitlines()]
    return path, ids


def names():
    return [s["jenis_pelayanan"] for s in json.loads((DATA / "proyek_contoh.json").read_text("utf-8"))["layanan"]]


def pdf_text(path):
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_cli_export_rancangan_pdf_has_every_service_in_order(project, tmp_path):
    path, _ = project
    out = tmp_path / "rancangan.pdf"
    result = run("export", path, "rancangan", "--out", out)
    assert result.returncode == 0, result.stderr
    text = pdf_text(out).replace("\n", " ")
    positions = [text.upper().find(name.upper()) for name in names()]
    assert all(p >= 0 for p in positions) and positions == sorted(positions)
    assert "RANCANGAN" in text


def test_cli_export_one_service_to_docx_a4(project, tmp_path):
    path, ids = project
    out = tmp_path / "satu.docx"
    result = run("export", path, "standar", "--out", out, "--service", ids[1], "--paper", "a4")
    assert result.returncode == 0, result.stderr
    doc = Document(out)
    body = "\n".join(p.text for p in doc.paragraphs)
    tables = "\n".join(cell.text for t in doc.tables for row in t.rows for cell in row.cells)
    assert names()[1].upper() in (body + tables).upper()
    assert names()[0].upper() not in (body + tables).upper()
    section = doc.sections[0]
    assert abs(section.page_width.mm - 210) < 0.5 and abs(section.page_height.mm - 297) < 0.5


def test_cli_export_maklumat_f4_by_default(project, tmp_path):
    path, _ = project
    out = tmp_path / "maklumat.pdf"
    assert run("export", path, "maklumat", "--out", out).returncode == 0
    page = PdfReader(out).pages[0]
    assert abs(float(page.mediabox.width) - 215 / 25.4 * 72) < 1
    assert abs(float(page.mediabox.height) - 330 / 25.4 * 72) < 1
    assert "MAKLUMAT PELAYANAN" in pdf_text(out)


def test_cli_export_standar_refused_with_blocking_findings_exit_1(project, tmp_path):
    path, _ = project
    empty = {"format": "sp-desktop/layanan", "versi": 1, "jenis_pelayanan": "Layanan belum lengkap",
             "klasifikasi": "jasa", "dasar_hukum": [], "persyaratan": [], "prosedur": [], "produk": [],
             "pengaduan": {"saluran": [], "petugas": {"nama": "", "telepon": "", "email": "", "alamat": ""},
                           "tindak_lanjut": ""},
             "sarana_prasarana": [], "kompetensi_pelaksana": [], "pengawasan_internal": [], "jumlah_pelaksana": "",
             "jaminan_pelayanan": [], "jaminan_keamanan": [], "evaluasi_kinerja": []}
    source = tmp_path / "kosong.json"
    source.write_text(json.dumps(empty), encoding="utf-8")
    assert run("import", path, source).returncode == 0
    out = tmp_path / "standar.pdf"
    result = run("export", path, "standar", "--out", out)
    assert result.returncode == 1
    assert "BLOKIR" in result.stdout
    assert not out.exists()
    # The draft for discussion is still allowed.
    assert run("export", path, "rancangan", "--out", tmp_path / "r.docx").returncode == 0


def test_cli_export_bad_usage_unknown_service_and_unwritable_target_exit_2(project, tmp_path):
    path, _ = project
    assert run("export", path, "rancangan", "--out", tmp_path / "x.txt").returncode == 2
    assert run("export", path, "brosur", "--out", tmp_path / "x.pdf").returncode == 2
    unknown = run("export", path, "rancangan", "--out", tmp_path / "x.pdf", "--service", "999")
    assert unknown.returncode == 2 and "999" in unknown.stderr
    missing = tmp_path / "tidak-ada" / "x.pdf"
    result = run("export", path, "rancangan", "--out", missing)
    assert result.returncode == 2
    assert "Galat" in result.stderr
    assert not missing.parent.exists()
    assert not any(name.startswith(".") for name in os.listdir(tmp_path))
