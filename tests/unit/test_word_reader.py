"""Reading a DOCX into plain blocks (services/word_reader.py): numbering, headings, merges, odd Word features."""

from pathlib import Path

import pytest
from docx.enum.text import WD_BREAK

from sp_desktop.domain.word_import_model import Para, Table
from sp_desktop.services.word_reader import read_blocks, read_word
from tests import word_docs as wd

DATA = Path(__file__).resolve().parents[1] / "data"


def _blocks(tmp_path, document):
    return read_blocks(wd.save(document, tmp_path / "doc.docx"))


def _tables(blocks):
    return [b for b in blocks if isinstance(b, Table)]


def _paras(blocks):
    return [b for b in blocks if isinstance(b, Para)]


def _row_of(table, label):
    return next(r for r in table.rows if any(c.text == label for c in r.cells))


def test_reader_keeps_body_order_and_counts_tables(tmp_path):
    document = wd.doc_tables_per_service()
    blocks = _blocks(tmp_path, document)
    kinds = [type(b).__name__ for b in blocks]
    assert kinds[:3] == ["Para", "Table", "Para"]
    assert [t.index for t in _tables(blocks)] == [1, 2]
    assert blocks[0].text == "I. PELAYANAN AKTA KELAHIRAN" and blocks[0].heading
    assert blocks[0].style == "Heading 2"


@pytest.mark.parametrize("numbering, numbered", [("style", True), ("numpr", True), ("typed", False), ("none", False)])
def test_reader_word_numbering_from_style_or_direct_numpr(tmp_path, numbering, numbered):
    table = _tables(_blocks(tmp_path, wd.doc_14(cells=numbering)))[0]
    paras = _row_of(table, wd.WRITTEN["persyaratan"]).cells[2].paras
    assert [p.numbered for p in paras] == [numbered] * 3
    texts = [p.text for p in paras]
    if numbering == "typed":
        assert texts[0] == "1. " + wd.SAMPLE["persyaratan"][0]
    else:
        assert texts == wd.SAMPLE["persyaratan"]
    # a one-line cell is never numbered by the builder
    assert not _row_of(table, wd.WRITTEN["biaya"]).cells[2].paras[0].numbered


def test_reader_numbering_level_and_numid_zero(tmp_path):
    document = wd.new()
    outer = document.add_paragraph("Butir luar")
    wd.set_num_pr(outer, level=0)
    inner = document.add_paragraph("Butir dalam")
    wd.set_num_pr(inner, level=2)
    off = document.add_paragraph("Penomoran dimatikan", style="List Number")
    wd.set_num_pr(off, num_id=0)
    paras = _paras(_blocks(tmp_path, document))
    assert [(p.numbered, p.level) for p in paras] == [(True, 0), (True, 2), (False, 0)]


def test_reader_headings_by_style_and_by_bold(tmp_path):
    document = wd.new()
    document.add_heading("Judul bab", level=1)
    document.add_heading("Judul dokumen", level=0)  # the Title style
    document.add_paragraph().add_run("Standar Pelayanan Akta Kelahiran").bold = True
    mixed = document.add_paragraph()
    mixed.add_run("Sebagian ").bold = True
    mixed.add_run("tebal")
    document.add_paragraph().add_run("Teks tebal yang panjang sekali " * 10).bold = True
    document.add_paragraph("Biasa")
    paras = _paras(_blocks(tmp_path, document))
    assert [p.heading for p in paras] == [True, True, True, False, False, False]
    assert paras[1].style == "Title"


def test_reader_heading_style_named_judul_and_outline_level(tmp_path):
    document = wd.new()
    judul = document.styles.add_style("Judul1", 1)
    judul.base_style = document.styles["Normal"]
    document.add_paragraph("Nama layanan", style=judul)
    derived = document.styles.add_style("Subjudul Turunan", 1)
    derived.base_style = document.styles["Heading 3"]
    document.add_paragraph("Turunan heading", style=derived)
    paras = _paras(_blocks(tmp_path, document))
    assert [p.heading for p in paras] == [True, True]


def test_reader_numbering_inherited_through_style_chain(tmp_path):
    document = wd.new()
    derived = document.styles.add_style("Daftar Syarat", 1)
    derived.base_style = document.styles["List Number"]
    document.add_paragraph("Fotokopi KTP", style=derived)
    assert _paras(_blocks(tmp_path, document))[0].numbered


def test_reader_tabs_breaks_and_odd_text_kept(tmp_path):
    document = wd.new()
    para = document.add_paragraph("1.\tJenis Pelayanan\t:\tAkta")
    para.add_run().add_break(WD_BREAK.LINE)
    para.add_run(wd.ODD_TEXT["emoji"] + " " + wd.ODD_TEXT["rtl"] + " " + wd.ODD_TEXT["nbsp"])
    text = _paras(_blocks(tmp_path, document))[0].text
    assert text == ("1.\tJenis Pelayanan\t:\tAkta\n" + wd.ODD_TEXT["emoji"] + " " + wd.ODD_TEXT["rtl"] + " "
                    + wd.ODD_TEXT["nbsp"])


def test_reader_horizontal_merge_appears_once_with_its_span(tmp_path):
    table = _tables(_blocks(tmp_path, wd.doc_14()))[0]
    section = table.rows[1]
    assert len(section.cells) == 1
    assert section.cells[0].text == wd.SECTION_A
    assert (section.cells[0].col, section.cells[0].span) == (0, 3)
    assert [c.col for c in table.rows[2].cells] == [0, 1, 2]


def test_reader_vertical_merge_appears_once(tmp_path):
    table = _tables(_blocks(tmp_path, wd.doc_merged_label()))[0]
    first, second = table.rows[1], table.rows[2]
    assert first.cells[1].text == wd.WRITTEN["persyaratan"]
    assert [(c.col, c.text) for c in second.cells] == [(2, wd.SAMPLE["persyaratan"][2])]


def test_reader_flags_repeated_header_rows(tmp_path):
    table = _tables(_blocks(tmp_path, wd.doc_14(header_repeat="tblheader")))[0]
    assert [r.header for r in table.rows[:3]] == [True, False, False]
    plain = _tables(_blocks(tmp_path, wd.doc_14()))[0]
    assert not any(r.header for r in plain.rows)


def test_reader_nested_table_flattened_into_its_cell(tmp_path):
    document = wd.doc_14()
    cell = _row_of_docx(document, wd.WRITTEN["prosedur"]).cells[2]
    wd.add_nested_table(cell, [["1", "Pemohon datang ke loket", "5 menit"], ["2", "Petugas mencetak akta", "1 jam"]])
    blocks = _blocks(tmp_path, document)
    tables = _tables(blocks)
    assert [t.index for t in tables] == [1]
    paras = _row_of(tables[0], wd.WRITTEN["prosedur"]).cells[2].paras
    texts = [p.text for p in paras]
    assert texts[:3] == wd.SAMPLE["prosedur"]
    assert "1\tPemohon datang ke loket\t5 menit" in texts
    assert "2\tPetugas mencetak akta\t1 jam" in texts


def _row_of_docx(document, label):
    table = document.tables[0]
    return next(r for r in table.rows if r.cells[1].text == label)


def test_reader_keeps_hyperlink_field_text_box_and_tracked_text(tmp_path):
    document = wd.new()
    para = document.add_paragraph("Situs: ")
    wd.add_hyperlink(para, "dukcapil.metrokota.go.id")
    field = document.add_paragraph("Layanan: ")
    wd.add_simple_field(field, "Akta Kelahiran")
    page = document.add_paragraph("Halaman ")
    wd.add_complex_field(page, "3")
    boxed = document.add_paragraph("Lihat kotak")
    wd.add_text_box(boxed, "Isi kotak teks")
    tracked = document.add_paragraph("Biaya ")
    wd.add_tracked(tracked, "gratis", "Rp 10.000")
    texts = [p.text for p in _paras(_blocks(tmp_path, document))]
    assert texts == ["Situs: dukcapil.metrokota.go.id", "Layanan: Akta Kelahiran", "Halaman 3", "Lihat kotak",
                     "Isi kotak teks", "Biaya gratis"]


def test_reader_looks_inside_content_controls(tmp_path):
    document = wd.doc_14()
    wd.wrap_in_content_control(document.tables[0]._tbl)
    wd.wrap_in_content_control(document.paragraphs[0]._p)
    blocks = _blocks(tmp_path, document)
    assert isinstance(blocks[0], Para) and blocks[0].heading
    assert len(_tables(blocks)) == 1 and len(_tables(blocks)[0].rows) == 17


def test_reader_odd_text_document_with_a_100_kb_cell(tmp_path):
    table = _tables(_blocks(tmp_path, wd.doc_odd_text()))[0]
    big = _row_of(table, wd.WRITTEN["jaminan_pelayanan"]).cells[2].text
    assert len(big) >= 99_000 and big.startswith("Jaminan Jaminan")
    odd = _row_of(table, wd.WRITTEN["kompetensi_pelaksana"]).cells[2].paras
    assert [p.text for p in odd] == [wd.ODD_TEXT["emoji"], wd.ODD_TEXT["rtl"]]


def test_reader_file_saved_by_libreoffice():
    """tests/data/standar_libreoffice.docx was made from ``wd.doc_14(cells="numpr", header_repeat="tblheader")``
    saved by python-docx, then ``libreoffice --headless --convert-to docx --outdir lo lo_src.docx``
    (LibreOffice 7, which rewrites styles, numbering and table XML in its own way)."""
    blocks = read_blocks(DATA / "standar_libreoffice.docx")
    assert blocks[0].text == "PELAYANAN AKTA KELAHIRAN" and blocks[0].heading
    table = _tables(blocks)[0]
    assert table.rows[0].header and not table.rows[2].header
    paras = _row_of(table, wd.WRITTEN["persyaratan"]).cells[2].paras
    assert [p.text for p in paras] == wd.SAMPLE["persyaratan"]
    assert all(p.numbered for p in paras)
    reading = read_word(DATA / "standar_libreoffice.docx")
    assert [s.jenis_pelayanan for s in reading.services] == ["Pelayanan Akta Kelahiran"]
    assert [r.komponen for r in reading.services[0].rows] == list(wd.KEYS_14)
