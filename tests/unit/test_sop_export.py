import re
from collections import Counter

import pytest
from docx import Document
from pypdf import PdfReader

from sp_desktop.domain import sop
from sp_desktop.export.catalog import DocRequest
from sp_desktop.export.errors import ExportError
from sp_desktop.export.sop import sop_pages, write_sop
from sp_desktop.export.sop_layout import Shape, Text
from tests.unit.sop_fixtures import NAME, PELAKSANA, sop_project


def _pdf_pages(path) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(str(path)).pages]


def _kinds(pages) -> Counter:
    return Counter(i.kind for p in pages for i in p.items if isinstance(i, Shape))


def test_sop_identity_block_values_in_pdf(tmp_path):
    out = tmp_path / "sop.pdf"
    write_sop(sop_project(8), DocRequest(paper="f4"), out)
    first = _pdf_pages(out)[0]
    for value in ("Nomor SOP", "800/123/SOP/2026", "Tanggal Pembuatan", "1 Maret 2026", "Tanggal Revisi",
                  "Tanggal Efektif", "1 April 2026", "Disahkan oleh", "Kepala Dinas Dukcapil", "Ahmad Yani",
                  "NIP. 19680101 200003 1 001", "Nama SOP", NAME, "PEMERINTAH KOTA BONTANG",
                  "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL", "Dasar Hukum:",
                  "Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan", "Kualifikasi Pelaksana:",
                  "Mampu mengoperasikan SIAK", "Keterkaitan:", "1. SOP Penerbitan KK", "2. SOP Penerbitan KTP-el",
                  "Peralatan/Perlengkapan:", "Komputer dan printer", "Peringatan:",
                  "Berkas tidak lengkap tidak diproses", "Pencatatan dan Pendataan:", "Buku register permohonan"):
        assert value in first, value
    page = PdfReader(str(out)).pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)  # landscape
    assert round(float(page.mediabox.width) / 72 * 25.4) == 330


def test_sop_a4_is_landscape_a4(tmp_path):
    out = tmp_path / "sop.pdf"
    write_sop(sop_project(3), DocRequest(paper="a4"), out)
    box = PdfReader(str(out)).pages[0].mediabox
    assert (round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)) == (297, 210)


def test_sop_every_pelaksana_column_and_mutu_baku(tmp_path):
    out = tmp_path / "sop.pdf"
    write_sop(sop_project(8), DocRequest(), out)
    chart = _pdf_pages(out)[1]
    for heading in ("No", "Kegiatan", "Pelaksana", "Mutu Baku", "Kelengkapan", "Waktu", "Output", "Keterangan",
                    *PELAKSANA):
        assert heading in chart, heading
    assert "Surat keterangan lahir" in chart and "KTP asli ditunjukkan" in chart and "Buku nikah orang tua" in chart
    assert chart.count("10 menit") == 8
    for i in range(1, 9):
        assert f"langkah{i}" in chart and f"Keluaran{i}" in chart


@pytest.mark.parametrize("n", [1, 8, 30])
def test_sop_symbols_per_step(n):
    project = sop_project(n)
    _content, pages = sop_pages(project, project.layanan[0], "f4")
    kinds = _kinds(pages)
    expected = sop.symbol_kinds(project.layanan[0])
    assert kinds["terminator"] == (1 if n == 1 else 2)
    assert kinds["keputusan"] == expected.count(sop.DECISION)
    assert kinds["proses"] == expected.count(sop.PROCESS)
    chart_pages = [p for p in pages if p.kind == "bagan"]
    assert kinds["konektor"] == 2 * (len(chart_pages) - 1)
    if n == 30:
        assert len(chart_pages) >= 3
        labels = [i.label for p in chart_pages for i in p.items if isinstance(i, Shape) and i.kind == "konektor"]
        assert labels == [x for k in range(len(chart_pages) - 1) for x in (chr(65 + k),) * 2]
    for page in pages:  # nothing drawn outside the paper
        for item in page.items:
            if isinstance(item, Shape):
                assert 0 <= item.x and item.x + item.w <= page.width + 0.01
                assert 0 <= item.y and item.y + item.h <= page.height + 0.01


def test_sop_30_steps_every_step_printed(tmp_path):
    out = tmp_path / "sop.pdf"
    write_sop(sop_project(30), DocRequest(), out)
    text = " ".join(_pdf_pages(out)[1:])
    for i in range(1, 31):
        assert re.search(rf"langkah{i}\b", text), i


def test_sop_600_character_step_is_not_clipped(tmp_path):
    words = [f"kata{k:03d}" for k in range(75)]
    long_step = " ".join(words)
    assert len(long_step) >= 599
    out = tmp_path / "sop.pdf"
    write_sop(sop_project(8, long_step=long_step), DocRequest(), out)
    text = " ".join(_pdf_pages(out)[1:])
    assert all(w in text for w in words)


def test_sop_step_longer_than_a_page_goes_on(tmp_path):
    words = [f"w{k:04d}" for k in range(3000)]
    out = tmp_path / "sop.pdf"
    write_sop(sop_project(3, long_step=" ".join(words)), DocRequest(), out)
    pages = _pdf_pages(out)
    text = " ".join(pages[1:])
    assert all(w in text for w in words)
    assert len(pages) >= 4


def test_sop_docx_identity_table_and_one_picture_per_chart_page(tmp_path):
    project = sop_project(30)
    out = tmp_path / "sop.docx"
    write_sop(project, DocRequest(), out)
    word = Document(str(out))
    cells = [c.text for t in word.tables for row in t.rows for c in row.cells]
    for value in ("800/123/SOP/2026", "1 Maret 2026", "Ahmad Yani", "NIP. 19680101 200003 1 001", NAME,
                  "Mampu mengoperasikan SIAK", "Komputer dan printer", "1. SOP Penerbitan KK",
                  "Buku register permohonan", "Berkas tidak lengkap tidak diproses"):
        assert any(value in c for c in cells), value
    section = word.sections[0]
    assert section.page_width > section.page_height
    _content, pages = sop_pages(project, project.layanan[0], "f4")
    charts = [p for p in pages if p.kind == "bagan"]
    pictures = word.inline_shapes
    assert len(pictures) == len(charts)
    alt = " ".join(s._inline.docPr.get("descr") for s in pictures)
    for name in PELAKSANA:
        assert f"pelaksana: {name}" in alt
    assert all(s.width <= section.page_width - section.left_margin - section.right_margin for s in pictures)


def test_sop_without_steps_says_so(tmp_path):
    project = sop_project(1)
    project.layanan[0].prosedur = []
    out = tmp_path / "sop.pdf"
    write_sop(project, DocRequest(), out)
    assert "prosedur layanan ini belum diisi" in _pdf_pages(out)[0]


def test_sop_unknown_suffix_and_no_service(tmp_path):
    with pytest.raises(ExportError):
        write_sop(sop_project(2), DocRequest(), tmp_path / "x.odt")
    with pytest.raises(ExportError):
        write_sop(sop_project(2), DocRequest(service_ids=[999]), tmp_path / "x.pdf")


def test_sop_texts_stay_inside_their_page():
    project = sop_project(30, long_step="x" * 700)
    _c, pages = sop_pages(project, project.layanan[0], "a4")
    for page in pages:
        for item in page.items:
            if isinstance(item, Text):
                assert 0 <= item.x <= page.width and 0 <= item.y <= page.height
