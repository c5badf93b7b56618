"""`sp-desktop pekppp`: one line per indicator, the ZIP written when asked, never over the project."""

import os
import subprocess
import sys
import zipfile
from pathlib import Path

DATA = Path(__file__).parents[1] / "data"


def run(*args):
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    return subprocess.run([sys.executable, "-m", "sp_desktop", *map(str, args)], capture_output=True, text=True,
                          env=env, timeout=180)


def test_cli_pekppp_prints_the_nine_indicators_and_writes_the_pack(tmp_path):
    project = tmp_path / "proyek.spdb"
    assert run("import", project, DATA / "proyek_contoh.json").returncode == 0
    result = run("pekppp", project)
    assert result.returncode == 0, result.stderr
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert [r[0] for r in rows] == ["1.a.Ak", "2.a.P", "3.a.T", "4.a.K", "5.a.K", "6.a.B", "7.a.T", "8.a.Ak",
                                    "9.a.Ak"]
    assert rows[0][1] == "2" and "SK Penetapan" in rows[0][2]
    assert all(len(r) == 3 and r[2] for r in rows)

    pack = tmp_path / "paket.zip"
    written = run("pekppp", project, "--out", pack)
    assert written.returncode == 0, written.stderr
    assert f"Paket bukti ditulis ke {pack}" in written.stdout
    with zipfile.ZipFile(pack) as zf:
        assert "DAFTAR-ISI.txt" in zf.namelist()
        assert "2.a.P Partisipasi Masyarakat/Daftar Hadir.pdf" in zf.namelist()


def test_cli_pekppp_refuses_the_project_file_and_other_suffixes(tmp_path):
    project = tmp_path / "proyek.spdb"
    assert run("import", project, DATA / "proyek_contoh.json").returncode == 0
    before = project.read_bytes()
    refused = run("pekppp", project, "--out", project)
    assert refused.returncode == 2 and refused.stderr.startswith("Galat: ")
    assert run("pekppp", project, "--out", tmp_path / "paket.pdf").returncode == 2
    assert project.read_bytes() == before
