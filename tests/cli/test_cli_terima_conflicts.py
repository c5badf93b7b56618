"""`sp-desktop terima` on a package that clashes: one line per conflict (service, component, sender), exit 1."""

from __future__ import annotations

from sp_desktop.services.session import open_project
from tests.cli.test_cli import DATA, run


def _edit(path, who: str, name: str, **values) -> None:
    session = open_project(path)
    try:
        session.repo.unnamed_actor = who
        summary = next(s for s in session.summaries() if s.jenis_pelayanan == name)
        layanan = session.service(summary.id)
        for key, value in values.items():
            setattr(layanan, key, value)
        session.save_service(layanan, next(iter(values)), "diubah")
    finally:
        session.close()


def test_terima_prints_each_conflict_and_exits_1(tmp_path):
    ketua, andi, package = tmp_path / "ketua.spdb", tmp_path / "andi.spdb", tmp_path / "andi.spx"
    assert run("import", ketua, DATA / "proyek_contoh.json").returncode == 0
    assert run("salin", ketua, "--out", andi, "--anggota", "Andi").returncode == 0
    first, second = (line.split("\t")[2] for line in run("list", ketua).stdout.splitlines()[:2])
    _edit(andi, "Andi", first, jumlah_pelaksana="5 orang", waktu_penyelesaian="3 hari kerja")
    _edit(andi, "Andi", second, jumlah_pelaksana="2 orang")
    _edit(ketua, "Bu Ketua", first, jumlah_pelaksana="7 orang", waktu_penyelesaian="1 hari kerja")
    _edit(ketua, "Bu Ketua", second, jumlah_pelaksana="4 orang")
    assert run("kirim", andi, "--out", package).returncode == 0
    result = run("terima", ketua, package)
    assert result.returncode == 1, result.stderr
    lines = sorted(line.split("\t") for line in result.stdout.splitlines())
    assert lines == sorted([[first, "Jumlah pelaksana", "Andi"], [first, "Jangka waktu penyelesaian", "Andi"],
                            [second, "Jumlah pelaksana", "Andi"]])
    assert "3 konflik" in result.stderr and "Traceback" not in result.stderr
