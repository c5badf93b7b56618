import re
from datetime import date

import pytest

from sp_desktop.domain.file_names import MAX_STEM, document_file_name, numbered_name, safe_part, subject

DAY = date(2026, 12, 2)


def test_file_names_carry_document_service_and_date():
    name = document_file_name("Rancangan Standar Pelayanan", "Penerbitan Akta Kelahiran", DAY, "docx")
    assert name == "Rancangan Standar Pelayanan - Penerbitan Akta Kelahiran - 2026-12-02.docx"
    assert document_file_name("Standar Pelayanan", "", DAY, ".pdf") == "Standar Pelayanan - 2026-12-02.pdf"


def test_file_names_subject_is_the_service_all_or_a_count():
    assert subject(None, 3) == "semua layanan"
    assert subject(["A", "B", "C"], 3) == "semua layanan"
    assert subject(["Penerbitan KIA"], 3) == "Penerbitan KIA"
    assert subject(["Penerbitan KIA"], 1) == "Penerbitan KIA"
    assert subject(["A", "B"], 3) == "2 layanan"


@pytest.mark.parametrize("about", ['Izin <Usaha>: "Mikro" / Kecil \\ Menengah | ? *', "Akta\tlahir\n. ", "..."])
def test_file_names_are_safe_on_windows(about):
    name = document_file_name("Standar Pelayanan", about, DAY, "pdf")
    assert not re.search(r'[\\/:*?"<>|\x00-\x1f]', name)
    stem = name[: -len(".pdf")]
    assert stem == stem.strip(" .") and "  " not in stem
    assert safe_part(". Akta: lahir .") == "Akta lahir"


def test_file_names_are_bounded_keeping_title_and_date():
    name = document_file_name("Rancangan Standar Pelayanan", "Pelayanan " * 60, DAY, "docx")
    stem = name[: -len(".docx")]
    assert len(stem) <= MAX_STEM
    assert stem.startswith("Rancangan Standar Pelayanan - Pelayanan") and stem.endswith("\u2026 - 2026-12-02")


def test_file_names_numbered_copy():
    assert numbered_name("Standar Pelayanan - 2026-12-02.pdf", 2) == "Standar Pelayanan - 2026-12-02 (2).pdf"
    assert numbered_name("catatan", 3) == "catatan (3)"
