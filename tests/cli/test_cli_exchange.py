"""`salin`, `kirim`, `terima` from the command line: exit 0 merged, 1 conflicts (one line each), 2 bad package."""

from __future__ import annotations

from tests.cli.test_cli import DATA, run


def test_salin_kirim_terima_with_a_conflict_and_a_bad_package(tmp_path):
    ketua, andi = tmp_path / "ketua.spdb", tmp_path / "andi.spdb"
    assert run("import", ketua, DATA / "proyek_contoh.json").returncode == 0
    assert run("salin", ketua, "--out", andi).returncode == 0
    assert run("kirim", andi, "--out", tmp_path / "a.spx").returncode == 0
    merged = run("terima", ketua, tmp_path / "a.spx")
    assert merged.returncode == 0, merged.stderr
    again = run("terima", ketua, tmp_path / "a.spx")
    assert again.returncode == 2 and "sudah diterima" in again.stderr
    (tmp_path / "rusak.spx").write_bytes(b"PK\x03\x04rusak")
    bad = run("terima", ketua, tmp_path / "rusak.spx")
    assert bad.returncode == 2 and "Galat:" in bad.stderr and "Traceback" not in bad.stderr
