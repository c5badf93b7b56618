import pytest

from sp_desktop.domain.paste import parse_pasted_lines, strip_marker


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("1. Fotokopi KTP", "Fotokopi KTP"),
        ("12) Kartu Keluarga", "Kartu Keluarga"),
        ("(3) Surat pengantar RT", "Surat pengantar RT"),
        ("1.2. Akta nikah", "Akta nikah"),
        ("a. Pas foto 3x4", "Pas foto 3x4"),
        ("B) Materai", "Materai"),
        ("(c) Formulir F-1.01", "Formulir F-1.01"),
        ("iv. Surat kuasa", "Surat kuasa"),
        ("- Ruang tunggu", "Ruang tunggu"),
        ("• Komputer", "Komputer"),
        ("  \t–  Printer  ", "Printer"),
        ("1.Fotokopi KTP", "Fotokopi KTP"),
    ],
)
def test_strip_marker_removes_numbering_and_bullets(line, expected):
    assert strip_marker(line) == (expected, True)


@pytest.mark.parametrize(
    "line",
    [
        "1.5 jam untuk verifikasi",
        "Undang-Undang Nomor 25 Tahun 2009",
        "A.n. Kepala Dinas",
        "S.H. sebagai pelaksana",
        "Akta kelahiran",
        "2009 tentang Pelayanan Publik",
        "Rp. 50.000",
    ],
)
def test_strip_marker_keeps_text_that_only_looks_numbered(line):
    assert strip_marker(line) == (line, False)


def test_parse_pasted_lines_one_item_per_line_without_markers():
    text = "1. Fotokopi KTP\r\n2) Kartu Keluarga\n\n   \na. Pas foto\n- Materai\n• Formulir"
    assert parse_pasted_lines(text) == ["Fotokopi KTP", "Kartu Keluarga", "Pas foto", "Materai", "Formulir"]


def test_parse_pasted_lines_plain_lines_are_items():
    assert parse_pasted_lines("Komputer\nPrinter\n\nRuang tunggu\n") == ["Komputer", "Printer", "Ruang tunggu"]


def test_parse_pasted_lines_joins_wrapped_continuation_lines():
    text = "1. Surat keterangan kelahiran dari dokter/bidan/\n   penolong kelahiran\n2. KTP orang tua"
    assert parse_pasted_lines(text) == [
        "Surat keterangan kelahiran dari dokter/bidan/ penolong kelahiran",
        "KTP orang tua",
    ]


def test_parse_pasted_lines_bare_marker_takes_next_line():
    assert parse_pasted_lines("1.\nFotokopi KTP\n2.\nKK") == ["Fotokopi KTP", "KK"]


def test_parse_pasted_lines_keeps_text_verbatim_inside():
    assert parse_pasted_lines("1. <b>Akta</b> & “kutipan” 😀") == ["<b>Akta</b> & “kutipan” 😀"]


def test_parse_pasted_lines_empty_text():
    assert parse_pasted_lines("") == []
    assert parse_pasted_lines("\n \n") == []
