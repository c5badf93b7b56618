"""`sp-desktop skm PROJECT --period NAME [--service ID]`: NRR per unsur and the IKM with its mutu."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

DATA = Path(__file__).parents[1] / "data"
AKTA = "Penerbitan Akta Kelahiran"
GASPUL = (105, 101, 100, 116, 102, 105, 106, 105, 115)  # domain.md §4: 29 respondents, IKM 91,48


def run(*args):
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    return subprocess.run([sys.executable, "-m", "sp_desktop", *map(str, args)], capture_output=True, text=True,
                          env=env, timeout=120)


def gaspul_respondents():
    rows = []
    for r in range(29):
        rows.append([t // 29 + (1 if r < t % 29 else 0) for t in GASPUL])
    return [{"layanan": AKTA, "nilai": row} for row in rows]


@pytest.fixture
def project(tmp_path):
    data = json.loads((DATA / "proyek_contoh.json").read_text(encoding="utf-8"))
    data["survei"] = [
        {"periode": "Tahun 2025", "mulai": "2025-01-01", "selesai": "2025-12-31", "layanan": [],
         "populasi": 30, "responden": gaspul_respondents()
         + [{"layanan": "Penerbitan Kartu Keluarga", "nilai": [2] * 9}], "tindak_lanjut": []},
        {"periode": "Semester I 2026", "mulai": "2026-01-01", "selesai": "2026-06-30", "layanan": [AKTA],
         "populasi": 100, "responden": [], "tindak_lanjut": []},
    ]
    source = tmp_path / "sumber.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    path = tmp_path / "proyek.spdb"
    result = run("import", path, source)
    assert result.returncode == 0, result.stderr
    ids = {line.split("\t")[1]: int(line.split("\t")[0]) for line in result.stdout.splitlines()}
    return path, ids


def test_skm_of_one_service_prints_nrr_per_unsur_and_the_ikm(project):
    path, ids = project
    result = run("skm", path, "--period", "Tahun 2025", "--service", ids[AKTA])
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[:3] == ["U1\t3,62", "U2\t3,48", "U3\t3,45"]
    assert [line.split("\t")[0] for line in lines] == [f"U{i}" for i in range(1, 10)] + ["IKM"]
    assert lines[-1] == "IKM\t91,48\tA"


def test_skm_of_the_whole_unit_counts_every_respondent(project):
    path, _ids = project
    result = run("skm", path, "--period", "tahun 2025")
    assert result.returncode == 0, result.stderr
    # 30 respondents: the 29 above and one answering 2 everywhere: (955 + 18) / 270 x 25 = 90,09.
    assert result.stdout.splitlines()[0] == "U1\t3,57"
    assert result.stdout.splitlines()[-1] == "IKM\t90,09\tA"


def test_an_unknown_period_exits_2_naming_the_known_ones(project):
    path, _ids = project
    result = run("skm", path, "--period", "Tahun 2030")
    assert result.returncode == 2
    assert "“Tahun 2030” tidak ada" in result.stderr
    assert "“Tahun 2025”, “Semester I 2026”" in result.stderr
    assert result.stdout == ""


def test_a_period_without_respondents_exits_1_with_a_message(project):
    path, ids = project
    result = run("skm", path, "--period", "Semester I 2026")
    assert result.returncode == 1
    assert "belum memiliki responden" in result.stderr and result.stdout == ""
    unknown = run("skm", path, "--period", "Tahun 2025", "--service", 999)
    assert unknown.returncode == 2 and "Layanan dengan id 999 tidak ada" in unknown.stderr
