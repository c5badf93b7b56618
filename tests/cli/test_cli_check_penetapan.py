"""`sp-desktop check` reports what adoption still lacks, as BLOKIR lines with the component penetapan."""

import json
import os
import subprocess
import sys
from pathlib import Path

from sp_desktop.domain import penetapan as gate
from sp_desktop.domain.model import Pengaturan
from sp_desktop.services.session import open_project

DATA = Path(__file__).parents[1] / "data"
AKTA, KIA = "Penerbitan Akta Kelahiran", "Penerbitan Kartu Identitas Anak (KIA)"


def run(*args):
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    return subprocess.run([sys.executable, "-m", "sp_desktop", *map(str, args)], capture_output=True, text=True,
                          env=env, timeout=120)


def make_project(tmp_path, *, evaluasi_wajib=False):
    path = tmp_path / "proyek.spdb"
    session = open_project(path, create=True)
    try:
        session.import_document(json.loads((DATA / "proyek_contoh.json").read_text(encoding="utf-8")))
        session.set_actor(next(m.id for m in session.members() if m.peran == "ketua"))
        ids = {s.jenis_pelayanan: s.id for s in session.summaries()}
        session.move_status([ids[AKTA], ids[KIA]], "siap_dibahas")
        session.move_status([ids[AKTA]], "dibahas")
        session.save_pengaturan(Pengaturan(evaluasi_wajib=evaluasi_wajib))
    finally:
        session.close()
    return path, ids


def rows(result):
    return [line.split("\t") for line in result.stdout.splitlines()]


def test_cli_check_penetapan_prints_what_adoption_lacks(tmp_path):
    path, ids = make_project(tmp_path)
    result = run("check", path)
    assert result.returncode == 1
    lines = [r for r in rows(result) if r[2] == "penetapan"]
    assert all(len(r) == 4 and r[1] == "BLOKIR" for r in lines)
    assert [str(ids[KIA]), "BLOKIR", "penetapan", gate.NO_DISCUSSION] in lines
    akta = [r[3] for r in lines if r[0] == str(ids[AKTA])]
    assert akta == ["Status masih “Dibahas”: ketua tim masih harus menandainya siap ditetapkan, lalu mencatat "
                    "keputusan penetapan."]
    # A draft has no adoption line: its review comes first.
    assert not [r for r in lines if r[0] == str(ids["Penerbitan Kartu Keluarga"])]
    assert not [r for r in lines if r[0] == "-"]


def test_cli_check_penetapan_one_service_and_the_evaluation(tmp_path):
    path, ids = make_project(tmp_path, evaluasi_wajib=True)
    result = run("check", path, "--service", ids[AKTA])
    assert result.returncode == 1
    assert {r[0] for r in rows(result)} == {str(ids[AKTA])}
    whole = rows(run("check", path))
    assert ["-", "BLOKIR", "penetapan", gate.EVAL_NOT_SENT] in whole
