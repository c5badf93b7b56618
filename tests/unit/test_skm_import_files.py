"""Opening survey files: CSV encodings and separators as Excel writes them, XLSX sheets and merged headers."""

import codecs

import openpyxl
import pytest

from sp_desktop.domain.skm_import import SkmImportError
from sp_desktop.domain.skm_import_csv import csv_encoding, csv_rows, sniff_separator
from sp_desktop.services.survei_import import check_file, read_layout

NINE = [f"u{n}" for n in range(1, 10)]
HEADER = ["No", "Jenis Kelamin", "Umur", "Pendidikan Terakhir"] + [f"U{n}" for n in range(1, 10)] + ["Saran"]


def csv_text(rows, sep=";"):
    return "\r\n".join(sep.join(r) for r in rows) + "\r\n"


def test_excel_csv_with_a_bom_semicolons_comma_decimals_and_a_quoted_newline(tmp_path):
    path = tmp_path / "skm.csv"
    rows = [HEADER,
            ["1", "Laki-laki", "34", "SLTA", "4", "3", '"4,0"', "Sangat mahal", "4", "3", "3", "3", "4",
             '"Antrean panjang;\nperlu nomor"'],
            ["2", "P", "41,0", "S1"] + ["3"] * 9 + [""]]
    path.write_bytes(codecs.BOM_UTF8 + csv_text(rows).encode("utf-8"))
    layout = read_layout(path)
    assert (layout.kind, layout.header.row) == ("csv", 1)
    assert layout.header.mapping == [None, "jenis_kelamin", "usia", "pendidikan"] + NINE + ["saran"]
    result = check_file(layout, layout.header.mapping, ["Akta"])
    assert result.problems == []
    (row2, first), (row3, second) = result.records
    assert (row2, first.jenis_kelamin, first.usia, first.pendidikan) == (2, "L", 34, "SMA")
    assert first.nilai == [4, 3, 4, 1, 4, 3, 3, 3, 4] and first.saran == "Antrean panjang;\nperlu nomor"
    assert (row3, second.usia) == (3, 41)  # the quoted newline is one spreadsheet row


def test_cp1252_latin1_and_utf16_files_are_read_with_their_own_encoding(tmp_path):
    rows = [HEADER, ["1", "P", "30", "SMA"] + ["4"] * 9 + ["Pelayanan cepat \u2013 terima kasih"]]
    cp = tmp_path / "cp.csv"
    cp.write_bytes(csv_text(rows).encode("cp1252"))
    latin = tmp_path / "latin.csv"
    latin.write_bytes(csv_text(rows).replace("\u2013", "-").encode("latin-1") + b"\x81\r\n")
    utf16 = tmp_path / "unicode.txt"
    utf16.write_bytes(csv_text(rows, "\t").encode("utf-16"))
    assert (csv_encoding(cp), csv_encoding(latin), csv_encoding(utf16)) == ("cp1252", "latin-1", "utf-16")
    for path in (cp, utf16):
        layout = read_layout(path)
        [(_n, record)] = check_file(layout, layout.header.mapping, []).records
        assert record.saran == "Pelayanan cepat \u2013 terima kasih"


def test_the_separator_is_sniffed_and_an_excel_sep_line_is_obeyed(tmp_path):
    assert sniff_separator("a,b,c\n1,2,3\n") == ","
    assert sniff_separator("U1;U2;U3\n\"4,0\";3;3\n") == ";"
    assert sniff_separator("U1\tU2\n4\t3\n") == "\t"
    path = tmp_path / "sep.csv"
    path.write_text("sep=,\r\nU1,U2\r\n4,3\r\n", encoding="utf-8")
    assert list(csv_rows(path)) == [(1, ["U1", "U2"]), (2, ["4", "3"])]


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("data.pdf", b"%PDF-1.4 ...", "bukan berkas CSV atau XLSX"),
    ("data.xls", b"\xd0\xcf\x11\xe0" + b"\x00" * 60, "berformat Excel lama (.xls)"),
    ("data.xlsx", b"bukan zip", "tidak dapat dibaca sebagai XLSX"),
    ("data.csv", b"", "kosong"),
    ("data.csv", b"U1;U2\x00\x00\x01", "bukan teks CSV"),
    ("data.csv", b"\r\n;;\r\n", "semua baris kosong"),
])
def test_files_that_are_not_survey_sheets_are_refused_in_indonesian(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(SkmImportError, match=reason.replace("(", r"\(").replace(")", r"\)").replace(".", r"\.")):
        read_layout(path)


def test_a_word_document_named_xlsx_is_refused(tmp_path):
    import docx

    path = tmp_path / "jawaban.xlsx"
    docx.Document().save(path)
    with pytest.raises(SkmImportError, match="tidak dapat dibaca sebagai XLSX"):
        read_layout(path)


def test_a_missing_file_is_refused_with_the_reason(tmp_path):
    with pytest.raises(SkmImportError, match="tidak dapat dibaca"):
        read_layout(tmp_path / "tidak-ada.csv")


def workbook(path, sheets):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows, merges in sheets:
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
        for ref in merges:
            ws.merge_cells(ref)
    wb.save(path)
    return path


def test_xlsx_picks_the_data_sheet_reads_numbers_stored_as_text_and_merged_headers(tmp_path):
    data = [["REKAP SKM SEMESTER I 2026"], [],
            ["No", "Jenis Kelamin", "Unsur Pelayanan"] + [None] * 8 + ["Saran"],
            [None, None, "1", "2", "3", "4", "5", "6", "7", "8", "9", None],
            [1, "Perempuan", "4", 4, 4.0, "Gratis", "3", 3, 3, 3, 3, "baik"],
            [2, "L", 5, 4, 4, 4, 4, 4, 4, 4, 4, None]]
    merges = ["A1:L1", "A3:A4", "B3:B4", "C3:K3", "L3:L4"]
    path = workbook(tmp_path / "skm.xlsx", [("Petunjuk", [["Isi data pada lembar Data"]], []),
                                           ("Data", data, merges), ("Grafik", [["IKM", 88]], [])])
    layout = read_layout(path)
    assert (layout.sheets, layout.sheet, layout.header.row) == (["Petunjuk", "Data", "Grafik"], "Data", 4)
    assert layout.header.mapping == [None, "jenis_kelamin"] + NINE + ["saran"]
    assert layout.headers[:4] == ["No", "Jenis Kelamin", "Unsur Pelayanan 1", "Unsur Pelayanan 2"]
    result = check_file(layout, layout.header.mapping, [])
    [(row, record)] = result.records
    assert (row, record.jenis_kelamin, record.nilai, record.saran) == (5, "P", [4, 4, 4, 4, 3, 3, 3, 3, 3], "baik")
    assert [(p.row, p.reason) for p in result.problems] == [(6, "U1: \u201c5\u201d di luar nilai 1, 2, 3, atau 4")]
    other = read_layout(path, sheet="Grafik")
    assert other.sheet == "Grafik"
    with pytest.raises(SkmImportError, match="Lembar \u201cRingkasan\u201d tidak ada"):
        read_layout(path, sheet="Ringkasan")


def test_a_hundred_thousand_rows_are_streamed_and_counted(tmp_path):
    path = tmp_path / "besar.csv"
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(";".join(HEADER) + "\r\n")
        for i in range(100_000):
            f.write(f"{i + 1};{'L' if i % 2 else 'P'};{20 + i % 50};SMA;" + ";".join(str(1 + (i + k) % 4)
                                                                              for k in range(9)) + ";\r\n")
    layout = read_layout(path)
    seen = []
    result = check_file(layout, layout.header.mapping, [], progress=seen.append)
    assert result.rows_read == 100_000 and len(result.records) == 100_000 and not result.problems
    assert result.records[-1][0] == 100_001
    assert seen[0] == 2_000 and seen[-1] == 100_000
