"""`sp-desktop sippn`: the SIPPN workbook written and read back; a project file as target is refused (exit 2)."""

import os
import subprocess
import sys
from pathlib import Path

from openpyxl import load_workbook

DATA = Path(__file__).parents[1] / "data"


def run(*args):
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    return subprocess.run([sys.executable, "-m", "sp_desktop", *map(str, args)], capture_output=True, text=True,
                          env=env, timeout=180)


def test_cli_sippn_writes_one_row_per_service_and_refuses_a_project(tmp_path):
    project = tmp_path / "proyek.spdb"
    assert run("import", project, DATA / "proyek_contoh.json").returncode == 0
    out = tmp_path / "sippn.xlsx"
    done = run("sippn", project, "--out", out)
    assert done.returncode == 0, done.stderr
    assert f"Buku kerja SIPPN ditulis ke {out} (3 jenis layanan)." in done.stdout
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0][0] == "Nama Layanan" and "Persyaratan" in rows[0]
    assert [r[0] for r in rows[1:]] == ["Penerbitan Akta Kelahiran", "Penerbitan Kartu Keluarga",
                                        "Penerbitan Kartu Identitas Anak (KIA)"]

    before = project.read_bytes()
    wrong = run("sippn", project, "--out", project)
    assert wrong.returncode == 2 and wrong.stderr.startswith("Galat: ") and ".xlsx" in wrong.stderr
    assert project.read_bytes() == before


def test_cli_sippn_requires_out(tmp_path):
    result = run("sippn", tmp_path / "proyek.spdb")
    assert result.returncode == 2 and "--out" in result.stderr
