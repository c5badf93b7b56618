"""`sp-desktop skm-import PROJECT FILE --period NAME`: rows read, bad rows by number with exit 2, nothing written."""

import json

import openpyxl
import pytest

from sp_desktop.services.session import open_project
from tests.cli.test_cli import DATA, run

AKTA = "Penerbitan Akta Kelahiran"
KK = "Penerbitan Kartu Keluarga"
HEADER = "No;Jenis Layanan;JK;Umur;Pendidikan Terakhir;" + ";".join(f"U{n}" for n in range(1, 10)) + ";Keterangan"


@pytest.fixture
def project(tmp_path):
    data = json.loads((DATA / "proyek_contoh.json").read_text(encoding="utf-8"))
    data["survei"] = [{"periode": "Semester I 2026", "mulai": "2026-01-01", "selesai": "2026-06-30",
                       "layanan": [AKTA, KK], "populasi": 100, "responden": [], "tindak_lanjut": []}]
    source = tmp_path / "sumber.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    path = tmp_path / "proyek.spdb"
    result = run("import", path, source)
    assert result.returncode == 0, result.stderr
    return path


def respondents(path):
    session = open_project(path)
    try:
        return [r for _id, r in session.respondents(session.survey_id_by_period("Semester I 2026"))]
    finally:
        session.close()


def csv_file(tmp_path, *rows):
    path = tmp_path / "skm.csv"
    path.write_bytes(b"\xef\xbb\xbf" + "\r\n".join((HEADER, *rows)).encode("utf-8") + b"\r\n")
    return path


GOOD = f"1;{AKTA};Laki-laki;34;SLTA;4;3;\"4,0\";Gratis;4;3;3;3;4;x"


def test_cli_skm_import_stores_the_rows_and_says_how_many_were_read(project, tmp_path):
    path = csv_file(tmp_path, GOOD, f"2;{KK};P;41;S1;3;3;3;3;3;3;3;3;3;")
    result = run("skm-import", project, path, "--period", "semester i 2026")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "Dibaca 2 baris data dari skm.csv (judul kolom pada baris 1).",
        "Diimpor 2 responden ke survei periode \u201cSemester I 2026\u201d.",
    ]
    stored = respondents(project)
    assert [(r.layanan, r.jenis_kelamin, r.usia, r.pendidikan, r.nilai[3]) for r in stored] == [
        (AKTA, "L", 34, "SMA", 4), (KK, "P", 41, "S1", 3)]


def test_cli_skm_import_lists_bad_rows_by_number_exits_2_and_writes_nothing(project, tmp_path):
    path = csv_file(tmp_path, GOOD, f"2;{AKTA};P;41;S1;5;3;3;3;3;3;3;3;3;",
                    "3;;;;;;;;;;;;;;", "4;Paspor;L;30;Sarjana;3;3;3;3;3;3;3;3;3;")
    result = run("skm-import", project, path, "--period", "Semester I 2026")
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert lines[0].startswith("Galat: 2 baris salah; tidak ada yang diimpor.")
    assert lines[1] == "Baris 3: U1: \u201c5\u201d di luar nilai 1, 2, 3, atau 4"
    assert lines[2].startswith("Baris 5: Layanan \u201cPaspor\u201d bukan layanan survei ini")
    assert respondents(project) == []
    skipped = run("skm-import", project, path, "--period", "Semester I 2026", "--lewati-baris-salah")
    assert skipped.returncode == 0, skipped.stderr
    assert "Diimpor 1 responden" in skipped.stdout
    assert "Dilewati 2 baris yang salah:\nBaris 3: U1:" in skipped.stdout
    assert len(respondents(project)) == 1


def test_cli_skm_import_reads_the_named_sheet_of_a_workbook(project, tmp_path):
    path = tmp_path / "skm.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "Ringkasan"
    wb.active.append(["IKM", 88.5])
    ws = wb.create_sheet("Jawaban")
    ws.append(["JK"] + [f"u{n}" for n in range(1, 10)])
    ws.append(["Perempuan"] + ["4"] * 9)
    wb.save(path)
    result = run("skm-import", project, path, "--period", "Semester I 2026", "--sheet", "Jawaban")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "Dibaca 1 baris data dari skm.xlsx (lembar \u201cJawaban\u201d, judul " \
        "kolom pada baris 1)."
    missing = run("skm-import", project, path, "--period", "Semester I 2026", "--sheet", "Data")
    assert missing.returncode == 2 and "Lembar \u201cData\u201d tidak ada" in missing.stderr


@pytest.mark.parametrize(("args", "message"), [
    (["--period", "Tahun 2030"], "Survei periode \u201cTahun 2030\u201d tidak ada"),
    (["--period", "Semester I 2026", "--service", "999"], "Layanan dengan id 999 tidak ada"),
])
def test_cli_skm_import_refuses_an_unknown_period_or_service(project, tmp_path, args, message):
    result = run("skm-import", project, csv_file(tmp_path, GOOD), *args)
    assert result.returncode == 2 and message in result.stderr
    assert respondents(project) == []


def test_cli_skm_import_refuses_a_file_that_is_not_a_sheet_before_opening_the_project(project, tmp_path):
    path = tmp_path / "data.docx"
    path.write_bytes(b"not a sheet")
    result = run("skm-import", project, path, "--period", "Semester I 2026")
    assert result.returncode == 2 and "bukan berkas CSV atau XLSX" in result.stderr


def test_cli_skm_import_names_the_columns_when_an_unsur_has_none(project, tmp_path):
    path = tmp_path / "kurang.csv"
    path.write_text("JK;U1;U2;U3;U4;U5;U6;U7;U8\r\nL;4;4;4;4;4;4;4;4\r\n", encoding="utf-8")
    result = run("skm-import", project, path, "--period", "Semester I 2026")
    assert result.returncode == 2
    assert "Belum ada kolom untuk U9" in result.stderr
    assert "Kolom: A=Jenis kelamin, B=U1, C=U2" in result.stderr
