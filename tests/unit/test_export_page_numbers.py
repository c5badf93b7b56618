"""Page numbers per tata naskah ("- 2 -" centred at the top, none on page 1) beside "Halaman X dari Y",
and the default bottom margin of 2.5 cm, read back from the written files."""

import re

import pytest
from docx import Document
from docx.oxml.ns import qn
from pypdf import PdfReader

from sp_desktop.domain.model import Pengaturan
from sp_desktop.export.docx_writer import DocxWriter
from sp_desktop.export.pdf_writer import PdfWriter
from sp_desktop.export.report_model import build_rancangan, build_standar
from sp_desktop.storage.codec import from_plain
from tests.unit import export_fixtures as fx


def _runs(page):
    out = []

    def visit(text, cm, tm, _font, _size):
        if text.strip():
            out.append((text.strip(), tm[5] * cm[3] + cm[5]))

    page.extract_text(visitor_text=visit)
    return out


@pytest.mark.parametrize("build", [build_rancangan, build_standar])
def test_export_pdf_tata_naskah_page_numbers_centred_on_top_none_on_page_one(tmp_path, build):
    path = tmp_path / "out.pdf"
    PdfWriter().write(build(fx.project(2)), path)
    reader = PdfReader(path)
    assert len(reader.pages) > 2
    for number, page in enumerate(reader.pages, start=1):
        height = float(page.mediabox.height)
        runs = _runs(page)
        labels = [(t, y) for t, y in runs if re.fullmatch(r"- \d+ -", t)]
        assert not [t for t, _ in runs if t.startswith("Halaman")]
        if number == 1:
            assert labels == []
        else:
            assert [t for t, _ in labels] == [f"- {number} -"]
            assert labels[0][1] > height - 25 * 72 / 25.4  # in the top margin
    text = reader.pages[1].extract_text()
    assert "- 2 -" in text


def test_export_pdf_x_dari_y_stays_on_offer(tmp_path):
    path = tmp_path / "out.pdf"
    PdfWriter().write(build_standar(fx.project(2, nomor_halaman="x_dari_y")), path)
    pages = [p.extract_text() for p in PdfReader(path).pages]
    assert all(f"Halaman {n} dari {len(pages)}" in t for n, t in enumerate(pages, start=1))
    assert not any(re.search(r"- \d+ -", t) for t in pages)


def test_export_docx_tata_naskah_page_numbers(tmp_path):
    path = tmp_path / "out.docx"
    DocxWriter().write(build_rancangan(fx.project(2)), path)
    section = Document(str(path)).sections[0]
    assert section.different_first_page_header_footer
    header = section.header
    assert [t.text.strip() for t in header._element.iter(qn("w:instrText"))] == ["PAGE"]
    text = header.paragraphs[0].text
    assert re.match(r"\t- 1 -\tRANCANGAN — Versi 2", text), text
    stops = [(s.alignment, s.position) for s in header.paragraphs[0].paragraph_format.tab_stops]
    assert stops[0][0] == 1 and abs(stops[0][1].twips * 2 - stops[1][1].twips) <= 1  # centre, then right edge
    first = section.first_page_header
    assert list(first._element.iter(qn("w:instrText"))) == []
    assert "RANCANGAN — Versi 2" in first.paragraphs[0].text and 'string="RANCANGAN"' in first._element.xml
    for footer in (section.footer, section.first_page_footer):
        assert list(footer._element.iter(qn("w:instrText"))) == []
        assert "Rancangan Standar Pelayanan Dinas" in footer.paragraphs[0].text


def test_export_default_bottom_margin_is_two_and_a_half_centimetres(tmp_path):
    assert Pengaturan().margin_mm[2] == 25.0
    path = tmp_path / "out.docx"
    DocxWriter().write(build_standar(fx.project(1)), path)
    assert Document(str(path)).sections[0].bottom_margin.mm == pytest.approx(25.0, abs=0.1)


def test_stored_settings_without_the_new_keys_load_with_defaults():
    old = {"kertas": "a4", "margin_mm": [20.0, 20.0, 20.0, 30.0], "ukuran_huruf": 12.0, "versi_rancangan": "3"}
    loaded = from_plain(Pengaturan, old)
    assert loaded.nomor_halaman == "tata_naskah" and loaded.margin_mm == (20.0, 20.0, 20.0, 30.0)
    assert from_plain(Pengaturan, {**old, "nomor_halaman": "x_dari_y", "unknown": 1}).nomor_halaman == "x_dari_y"
