"""`sp-desktop verify`: a fingerprint read off a printed standard names its service, version and decree."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sp_desktop.domain.enums import StatusLayanan
from sp_desktop.services.session import open_project

DATA = Path(__file__).parents[1] / "data"
AKTA = "Penerbitan Akta Kelahiran"


def run(*args):
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    return subprocess.run([sys.executable, "-m", "sp_desktop", *map(str, args)], capture_output=True, text=True,
                          env=env, timeout=120)


@pytest.fixture
def adopted(tmp_path):
    """A project whose Akta service was adopted (versi 1) and then revised (versi 2 draft)."""
    path = tmp_path / "proyek.spdb"
    s = open_project(path, create=True)
    try:
        s.import_document(json.loads((DATA / "proyek_contoh.json").read_text(encoding="utf-8")))
        lay = next(x for x in s.services() if x.jenis_pelayanan == AKTA)
        with s._write("status", lay.id):
            lay.status = StatusLayanan.DITETAPKAN.value
            s.repo.update_service(lay, "uji")
            sidik = s._snapshot_adopted(lay, "188.4/55/DKPS/2018", "2018-11-30")
        s.start_revision(lay.id)
    finally:
        s.close()
    return path, sidik


def test_verify_names_the_service_version_and_decree(adopted):
    path, sidik = adopted
    result = run("verify", path, sidik)
    assert result.returncode == 0, result.stderr
    [line] = result.stdout.splitlines()
    assert line.split("\t") == [sidik, AKTA, "versi 1 (sudah diganti revisi)",
                                "keputusan nomor 188.4/55/DKPS/2018 tanggal 30 November 2018"]


def test_verify_ignores_case_and_dashes_and_accepts_a_prefix(adopted):
    path, sidik = adopted
    result = run("verify", path, sidik.replace("-", "").lower()[:8])
    assert result.returncode == 0, result.stderr
    assert AKTA in result.stdout


def test_an_unknown_fingerprint_is_not_found(adopted):
    path, sidik = adopted
    unknown = "0000-0000-0000" if not sidik.startswith("0000") else "FFFF-FFFF-FFFF"
    result = run("verify", path, unknown)
    assert result.returncode == 1
    assert "tidak ditemukan" in result.stderr and result.stdout == ""


def test_a_code_that_is_no_fingerprint_is_a_usage_error(adopted):
    path, _ = adopted
    result = run("verify", path, "bukan-sidik")
    assert result.returncode == 2
    assert "bukan sidik versi" in result.stderr
