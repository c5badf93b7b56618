"""Reading imported survey rows: answers, profile words, the guessed mapping, the header and the row check."""

from datetime import date, datetime, time

import pytest

from sp_desktop.domain.skm_import import (
    FIELD_LABELS,
    RowReader,
    SkmImportError,
    check_rows,
    column_letter,
    find_header,
    guess_field,
    guess_mapping,
    mapping_problems,
    problems_text,
)
from sp_desktop.domain.skm_import_values import (
    CellError,
    read_answer,
    read_jam,
    read_jenis_kelamin,
    read_pekerjaan,
    read_pendidikan,
    read_tanggal,
    read_usia,
)

NINE = [f"u{n}" for n in range(1, 10)]


@pytest.mark.parametrize("cell", [4, 4.0, "4", "4,0", "4.00", " 4 ", "Sangat sesuai", "sangat  SESUAI",
                                  "4 - Sangat sesuai", "(4) Sangat sesuai"])
def test_read_answer_takes_numbers_comma_decimals_and_the_choice_words(cell):
    assert read_answer(cell, 1) == 4


def test_read_answer_reads_the_words_of_each_unsur_own_choices():
    assert read_answer("Gratis", 4) == 4 and read_answer("Sangat mahal", 4) == 1
    assert read_answer("Cukup", 8) == 2 and read_answer("Dikelola dengan baik", 9) == 4
    assert read_answer(None, 3) is None and read_answer("  ", 3) is None


@pytest.mark.parametrize(("cell", "unsur", "reason"), [
    (5, 1, "U1: \u201c5\u201d di luar nilai 1, 2, 3, atau 4"),
    ("0", 2, "U2: \u201c0\u201d di luar"),
    ("3,5", 3, "U3: \u201c3,5\u201d bukan bilangan bulat"),
    ("Gratis", 1, "U1: \u201cGratis\u201d bukan jawaban yang dikenal (1 = Tidak sesuai"),
    ("Sangat", 1, "bukan jawaban yang dikenal"),
    ("3 - Sangat sesuai", 1, "angka dan kata"),
    (True, 1, "bukan jawaban"),
])
def test_read_answer_refuses_what_is_not_one_answer_with_its_reason(cell, unsur, reason):
    with pytest.raises(CellError) as err:
        read_answer(cell, unsur)
    assert reason in str(err.value)


def test_profile_words_map_to_the_contract_vocabulary_or_are_refused():
    assert [read_jenis_kelamin(v) for v in ("Laki-laki", "l", "Pria", "Perempuan", "WANITA", "")] == \
        ["L", "L", "L", "P", "P", None]
    assert [read_pendidikan(v) for v in ("SLTA", "SMA/SMK", "SMK Sederajat", "D-III", "Diploma III", "D IV",
                                         "Sarjana", "S-2", "SLTP", "lainnya")] == \
        ["SMA", "SMA", "SMA", "D3", "D3", "S1", "S1", "S2", "SMP", "lainnya"]
    assert [read_pekerjaan(v) for v in ("PNS", "ASN", "Wiraswasta", "Pelajar/Mahasiswa", "Karyawan Swasta",
                                        "Lain-lain")] == ["pns", "pns", "wirausaha", "pelajar", "swasta", "lainnya"]
    assert [read_usia(v) for v in (34, 34.0, "34", "34,0", "34 tahun", None)] == [34, 34, 34, 34, 34, None]
    for reader, cell, reason in ((read_jenis_kelamin, "X", "Jenis kelamin \u201cX\u201d tidak dikenal"),
                                 (read_pendidikan, "SMA/S1", "Pendidikan \u201cSMA/S1\u201d tidak dikenal"),
                                 (read_pekerjaan, "Petani", "Pekerjaan \u201cPetani\u201d tidak dikenal (PNS, TNI"),
                                 (read_usia, "21-30", "bukan umur dalam tahun"),
                                 (read_usia, 1990, "di luar 0\u2013130 tahun")):
        with pytest.raises(CellError) as err:
            reader(cell)
        assert reason in str(err.value)


def test_dates_and_hours_in_the_forms_sheets_hold_them():
    assert [read_tanggal(v) for v in ("2026-03-01", "01/03/2026", "1-3-2026", "1 Maret 2026", "1 Agt 2026",
                                      date(2026, 3, 1), datetime(2026, 3, 1, 9), 46082, "")] == \
        ["2026-03-01", "2026-03-01", "2026-03-01", "2026-03-01", "2026-08-01", "2026-03-01", "2026-03-01",
         "2026-03-01", ""]
    assert [read_jam(v) for v in ("9:30", "09.30", "09:30:00", time(14, 5), 0.5, "")] == \
        ["09:30", "09:30", "09:30", "14:05", "12:00", ""]
    with pytest.raises(CellError, match="Tanggal \u201c31/02/2026\u201d tidak dikenal"):
        read_tanggal("31/02/2026")
    with pytest.raises(CellError, match="Jam \u201c25:00\u201d"):
        read_jam("25:00")


@pytest.mark.parametrize(("header", "expected"), [
    ("U1", "u1"), ("u1", "u1"), ("Unsur 1", "u1"), ("U-01", "u1"), ("Persyaratan", "u1"),
    ("U1 Persyaratan", "u1"), ("Nilai Unsur 9", "u9"), ("Waktu Penyelesaian", "u3"), ("Biaya/Tarif", "u4"),
    ("Penanganan Pengaduan, Saran dan Masukan", "u9"), ("JK", "jenis_kelamin"), ("L/P", "jenis_kelamin"),
    ("Jenis Kelamin", "jenis_kelamin"), ("Umur", "usia"), ("Usia (tahun)", "usia"),
    ("Pendidikan Terakhir", "pendidikan"), ("Pekerjaan", "pekerjaan"), ("Jenis Layanan", "layanan"),
    ("Tanggal Survei", "tanggal"), ("Jam", "jam"), ("Kritik dan Saran", "saran"), ("No", None), ("Nama", None),
    ("", None), (None, None),
])
def test_guess_field_reads_the_headings_units_use(header, expected):
    assert guess_field(header) == expected


def test_guess_field_reads_bare_numbers_under_a_merged_unsur_heading():
    assert guess_field("3", "Unsur Pelayanan") == "u3"
    assert guess_field("3") is None


def test_guess_mapping_gives_a_field_to_the_first_column_only_and_ignores_extras():
    assert guess_mapping(["No", "U1", "Persyaratan", "Catatan"]) == [None, "u1", None, None]


def test_mapping_problems_name_the_columns_and_the_missing_unsur():
    headers = ["U1", "Umur"] + [f"U{n}" for n in range(2, 9)]
    mapping = ["u1", "u1"] + NINE[1:8]
    problems = mapping_problems(mapping, headers)
    assert problems[0] == ("Kolom A (\u201cU1\u201d) dan kolom B (\u201cUmur\u201d) sama-sama dipetakan ke "
                           f"{FIELD_LABELS['u1']}.")
    assert problems[1] == "Belum ada kolom untuk U9: pilih kolomnya pada pemetaan."
    assert mapping_problems(NINE, headers) == []
    assert column_letter(0) == "A" and column_letter(25) == "Z" and column_letter(26) == "AA"


def test_find_header_passes_over_titles_and_blank_rows_and_fills_merged_headings():
    top = [(1, ["DATA SURVEI KEPUASAN MASYARAKAT", None, None]), (2, []),
           (3, ["Jenis Kelamin", "Unsur", None] + [None] * 8),
           (4, [None, "1", "2", "3", "4", "5", "6", "7", "8", "9"]),
           (5, ["L", 4, 4, 4, 4, 4, 4, 4, 4, 4])]
    merges = [(1, 1, 1, 10), (3, 1, 4, 1), (3, 2, 3, 10)]  # title; "Jenis Kelamin" over two rows; "Unsur" over 9
    guess = find_header(top, merges)
    assert guess.row == 4
    assert guess.mapping == ["jenis_kelamin"] + NINE
    assert find_header(top, merges, row=3).row == 3
    with pytest.raises(SkmImportError, match="semua baris kosong"):
        find_header([(1, []), (2, [None, " "])])


def rows_of(*cells):
    return [(n, list(c)) for n, c in enumerate(cells, start=2)]


def test_check_rows_reports_each_bad_row_by_its_number_with_every_reason():
    reader = RowReader(["jenis_kelamin", None] + NINE, ["Akta Kelahiran"])
    result = check_rows([(1, ["JK", "No"] + NINE)] + rows_of(
        ["P", "1"] + [4] * 9,
        ["X", "2", 5] + [3] * 8,
        [None, "3"] + [None] * 9,          # a numbered row of a template, nothing filled: blank
        ["L", "4"] + [None] * 9,
    ), reader)
    assert (result.rows_read, result.blank_rows) == (3, 1)
    assert [(n, r.jenis_kelamin, r.layanan) for n, r in result.records] == [(2, "P", "Akta Kelahiran")]
    assert [(p.row, p.reason) for p in result.problems] == [
        (3, "Jenis kelamin \u201cX\u201d tidak dikenal (L/Laki-laki atau P/Perempuan); "
            "U1: \u201c5\u201d di luar nilai 1, 2, 3, atau 4"),
        (5, "tidak ada jawaban U1\u2013U9"),
    ]
    assert problems_text(result.problems, limit=1) == [f"Baris 3: {result.problems[0].reason}",
                                                       "… dan 1 baris lain yang salah."]


def test_check_rows_takes_empty_answers_as_not_answered():
    result = check_rows(rows_of([4, None, "", 3, 3, 3, 3, 3, 3]), RowReader(NINE))
    assert result.records[0][1].nilai == [4, None, None, 3, 3, 3, 3, 3, 3]


def test_row_reader_matches_services_by_name_and_keeps_to_the_chosen_one():
    reader = RowReader(["layanan"] + NINE, ["Akta Kelahiran", "Kartu Keluarga"])
    assert reader.read(["akta  kelahiran"] + [4] * 9).layanan == "Akta Kelahiran"
    assert reader.read([None] + [4] * 9).layanan == ""
    with pytest.raises(CellError, match="bukan layanan survei ini"):
        reader.read(["Paspor"] + [4] * 9)
    fixed = RowReader(["layanan"] + NINE, ["Akta Kelahiran", "Kartu Keluarga"], "Kartu Keluarga")
    assert fixed.read([None] + [4] * 9).layanan == "Kartu Keluarga"
    with pytest.raises(CellError, match="bukan layanan yang dipilih"):
        fixed.read(["Akta Kelahiran"] + [4] * 9)
