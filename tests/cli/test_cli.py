import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

DATA = Path(__file__).parents[1] / "data"


def run(*args, cwd=None):
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    return subprocess.run([sys.executable, "-m", "sp_desktop", *map(str, args)], capture_output=True, text=True,
                          env=env, cwd=cwd, timeout=120)


@pytest.fixture
def imported(tmp_path):
    project = tmp_path / "proyek.spdb"
    result = run("import", project, DATA / "proyek_contoh.json")
    assert result.returncode == 0, result.stderr
    return project, result


def test_cli_import_creates_project_and_prints_services(imported):
    project, result = imported
    data = json.loads((DATA / "proyek_contoh.json").read_text(encoding="utf-8"))
    lines = result.stdout.splitlines()
    assert [line.split("\t")[1] for line in lines] == [s["jenis_pelayanan"] for s in data["layanan"]]
    assert all(line.split("\t")[0].isdigit() for line in lines)
    assert project.exists()


def test_cli_list_prints_id_status_name(imported):
    project, result = imported
    listed = run("list", project)
    assert listed.returncode == 0
    ids = [line.split("\t")[0] for line in result.stdout.splitlines()]
    rows = [line.split("\t") for line in listed.stdout.splitlines()]
    assert [r[0] for r in rows] == ids
    assert {r[1] for r in rows} == {"draf"}


def test_cli_export_json_round_trip_is_identical(imported, tmp_path):
    project, _ = imported
    first = tmp_path / "satu.json"
    assert run("export-json", project, "--out", first).returncode == 0
    second_project = tmp_path / "kedua.spdb"
    assert run("import", second_project, first).returncode == 0
    second = tmp_path / "dua.json"
    assert run("export-json", second_project, "--out", second).returncode == 0
    assert first.read_text(encoding="utf-8") == second.read_text(encoding="utf-8")
    original = json.loads((DATA / "proyek_contoh.json").read_text(encoding="utf-8"))
    exported = json.loads(first.read_text(encoding="utf-8"))
    assert exported["instansi"] == original["instansi"]
    assert [s["jenis_pelayanan"] for s in exported["layanan"]] == [s["jenis_pelayanan"] for s in original["layanan"]]


def test_cli_export_json_one_service(imported, tmp_path):
    project, result = imported
    first_id = result.stdout.splitlines()[0].split("\t")[0]
    out = tmp_path / "satu.json"
    assert run("export-json", project, "--out", out, "--service", first_id).returncode == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "sp-desktop/layanan"
    assert data["versi"] == 1


def test_cli_import_invalid_file_changes_nothing_and_names_the_place(imported, tmp_path):
    project, _ = imported
    before = run("list", project).stdout
    data = json.loads((DATA / "proyek_contoh.json").read_text(encoding="utf-8"))
    data["layanan"][0]["jenis_pelayanan"] = "Nama baru yang tidak boleh masuk"
    data["layanan"][0]["prosedur"][0]["durasi"] = {"nilai": -3, "satuan": "menit"}
    bad = tmp_path / "salah.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    result = run("import", project, bad)
    assert result.returncode == 2
    assert "layanan[0].prosedur[0].durasi" in result.stderr
    assert run("list", project).stdout == before


def test_cli_import_not_json_is_bad_input(tmp_path):
    bad = tmp_path / "x.json"
    bad.write_text("{ ini bukan json", encoding="utf-8")
    result = run("import", tmp_path / "p.spdb", bad)
    assert result.returncode == 2
    assert "Galat" in result.stderr


def test_cli_check_reports_blocking_with_exit_1(tmp_path):
    project = tmp_path / "p.spdb"
    data = {"format": "sp-desktop/layanan", "versi": 1, "jenis_pelayanan": "Layanan kosong", "klasifikasi": "jasa",
            "dasar_hukum": [], "persyaratan": [], "prosedur": [], "produk": [],
            "pengaduan": {"saluran": [], "petugas": {"nama": "", "telepon": "", "email": "", "alamat": ""},
                          "tindak_lanjut": ""},
            "sarana_prasarana": [], "kompetensi_pelaksana": [], "pengawasan_internal": [], "jumlah_pelaksana": "",
            "jaminan_pelayanan": [], "jaminan_keamanan": [], "evaluasi_kinerja": []}
    source = tmp_path / "l.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    assert run("import", project, source).returncode == 0
    result = run("check", project)
    assert result.returncode == 1
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert rows and all(len(r) == 4 for r in rows)
    assert any(r[1] == "BLOKIR" and r[2] == "persyaratan" for r in rows)


def test_cli_check_complete_project_exits_0(imported):
    project, _ = imported
    result = run("check", project)
    assert result.returncode == 0, result.stdout
    assert "BLOKIR" not in result.stdout


def test_cli_unknown_service_and_bad_usage_exit_2(imported, tmp_path):
    project, _ = imported
    result = run("check", project, "--service", "9999")
    assert result.returncode == 2
    assert "9999" in result.stderr
    assert run("list").returncode == 2
    assert run("export-json", project).returncode == 2


def test_cli_not_a_project_exit_2_and_unchanged(tmp_path):
    bogus = tmp_path / "bukan.spdb"
    bogus.write_bytes(b"PK\x03\x04 bukan proyek")
    result = run("list", bogus)
    assert result.returncode == 2
    assert "bukan berkas proyek" in result.stderr
    assert bogus.read_bytes() == b"PK\x03\x04 bukan proyek"


def test_cli_import_invalid_file_does_not_create_the_project(tmp_path):
    bad = tmp_path / "salah.json"
    bad.write_text(json.dumps({"format": "sp-desktop/layanan", "versi": 1, "jenis_pelayanan": 5}), encoding="utf-8")
    project = tmp_path / "baru.spdb"
    result = run("import", project, bad)
    assert result.returncode == 2
    assert "jenis_pelayanan" in result.stderr
    assert not project.exists()


def test_cli_prints_any_service_name_when_output_is_redirected_on_windows(tmp_path):
    # A redirected stream on Windows encodes with the ANSI code page; PYTHONIOENCODING simulates it here.
    name = "Layanan “Kutip” 😀"
    data = json.loads((DATA / "layanan_contoh.json").read_text(encoding="utf-8"))
    data["jenis_pelayanan"] = name
    source = tmp_path / "emoji.json"
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    project = tmp_path / "proyek.spdb"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path), "PYTHONIOENCODING": "cp1252"}
    for args in (["import", project, source], ["list", project]):
        result = subprocess.run(
            [sys.executable, "-m", "sp_desktop", *map(str, args)], capture_output=True, env=env, timeout=120
        )
        assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
        assert name in result.stdout.decode("utf-8")
