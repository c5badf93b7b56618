"""`sp-desktop site`: the website written to a folder; a folder holding anything else is refused (exit 2)."""

import os
import subprocess
import sys
from pathlib import Path

DATA = Path(__file__).parents[1] / "data"


def run(*args):
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    return subprocess.run([sys.executable, "-m", "sp_desktop", *map(str, args)], capture_output=True, text=True,
                          env=env, timeout=180)


def test_cli_site_writes_the_folder_again_over_its_own_export_and_refuses_any_other(tmp_path):
    project = tmp_path / "proyek.spdb"
    assert run("import", project, DATA / "proyek_contoh.json").returncode == 0
    out = tmp_path / "situs"
    first = run("site", project, "--out", out)
    assert first.returncode == 0, first.stderr
    assert f"Situs web ditulis ke {out} (5 halaman" in first.stdout
    assert (out / "index.html").is_file() and (out / "layanan" / "penerbitan-kartu-keluarga.html").is_file()
    assert run("site", project, "--out", out).returncode == 0

    (out / "catatan.txt").write_text("milik saya", encoding="utf-8")
    refused = run("site", project, "--out", out)
    assert refused.returncode == 2 and "catatan.txt" in refused.stderr and refused.stderr.startswith("Galat: ")
    assert (out / "catatan.txt").read_text(encoding="utf-8") == "milik saya"

    beside = run("site", project, "--out", tmp_path)  # the project's own folder
    assert beside.returncode == 2 and "bukan hasil ekspor situs" in beside.stderr
    assert project.is_file()


def test_cli_site_requires_out(tmp_path):
    result = run("site", tmp_path / "proyek.spdb")
    assert result.returncode == 2 and "--out" in result.stderr
