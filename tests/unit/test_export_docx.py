import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from sp_desktop.export import BlockingFindings, export_document
from sp_desktop.export.docx_writer import DocxWriter
from sp_desktop.export.report_model import build_maklumat, build_rancangan, build_standar
from tests.unit import export_fixtures as fx


def _write(doc, tmp_path, name="out.docx"):
    path = tmp_path / name
    DocxWriter().write(doc, path)
    return Document(str(path))


def _paragraphs(word):
    """Every paragraph of the body in reading order, table cells included."""
    return [Paragraph(p, None) for p in word.element.body.iter(qn("w:p"))]


def _body_text(word):
    return "\n".join(p.text for p in _paragraphs(word))


def test_export_docx_rancangan_has_every_item_in_order(tmp_path):
    doc = build_rancangan(fx.project(3))
    word = _write(doc, tmp_path)
    assert fx.missing_in_order(_body_text(word), fx.document_texts(doc)) == []


def test_export_docx_page_setup_f4_and_a4(tmp_path):
    proj = fx.project(1, margin_mm=(25.0, 20.0, 25.0, 30.0), ukuran_huruf=12.0)
    section = _write(build_rancangan(proj), tmp_path).sections[0]
    assert section.page_width.mm == pytest.approx(215, abs=0.1)
    assert section.page_height.mm == pytest.approx(330, abs=0.1)
    assert (section.top_margin.mm, section.right_margin.mm) == pytest.approx((25, 20), abs=0.1)
    assert section.left_margin.mm == pytest.approx(30, abs=0.1)
    word = _write(build_rancangan(proj, paper="a4"), tmp_path, "a4.docx")
    assert word.sections[0].page_height.mm == pytest.approx(297, abs=0.1)
    assert word.styles["Normal"].font.size.pt == 12.0


def test_export_docx_footer_has_page_fields_and_header_the_mark(tmp_path):
    section = _write(build_rancangan(fx.project(1, nomor_halaman="x_dari_y")), tmp_path).sections[0]
    footer = section.footer._element
    instructions = [t.text.strip() for t in footer.iter(qn("w:instrText"))]
    assert instructions == ["PAGE", "NUMPAGES"]
    assert "Halaman" in section.footer.paragraphs[0].text and "dari" in section.footer.paragraphs[0].text
    header_xml = section.header._element.xml
    assert "RANCANGAN — Versi 2, 23 November 2018" in section.header.paragraphs[0].text
    assert 'string="RANCANGAN"' in header_xml  # the watermark shape


def test_export_docx_lists_are_real_numbered_paragraphs(tmp_path):
    doc = build_rancangan(fx.project(1))
    word = _write(doc, tmp_path)
    by_text = {p.text: p for p in _paragraphs(word)}
    entries = ["Surat keterangan kelahiran dari dokter/bidan L1", "Fotokopi KTP dan KK orang tua L1",
               "Komputer dan printer L1", "Ruang tunggu ber-AC L1"]
    num_ids = []
    for text in entries:
        num_pr = by_text[text]._p.pPr.numPr
        assert num_pr is not None, text
        num_ids.append(num_pr.numId.val)
        assert not text[0].isdigit()
    assert num_ids[0] == num_ids[1] and num_ids[2] == num_ids[3] and num_ids[0] != num_ids[2]
    numbering = word.part.numbering_part.element
    num = numbering.num_having_numId(num_ids[2])
    assert num.find(qn("w:lvlOverride")).find(qn("w:startOverride")).get(qn("w:val")) == "1"


def test_export_docx_component_table_shape(tmp_path):
    word = _write(build_rancangan(fx.project(1)), tmp_path)
    tables = [t for t in word.tables if t.rows[0].cells[0].text == "NO"]
    assert len(tables) == 2
    assert [len(t.rows) for t in tables] == [7, 9]
    header = tables[0].rows[0]
    assert [c.text for c in header.cells] == ["NO", "KOMPONEN", "URAIAN"]
    assert header._tr.trPr.find(qn("w:tblHeader")) is not None
    widths = [int(c.get(qn("w:w"))) for c in tables[0]._tbl.tblGrid.findall(qn("w:gridCol"))]
    assert [round(w / sum(widths), 2) for w in widths] == [0.06, 0.30, 0.64]


def test_export_docx_odd_text_kept_exactly(tmp_path):
    word = _write(build_rancangan(fx.odd_project()), tmp_path)
    texts = [p.text for p in _paragraphs(word)]
    for typed in fx.ODD_TEXTS:
        assert typed in texts
    assert "JENIS PELAYANAN : Layanan <Uji> & “Kutip”" in texts
    assert fx.long_text() in texts


def test_export_docx_line_breaks_and_control_characters(tmp_path):
    proj = fx.project(1)
    proj.layanan[0].jumlah_pelaksana = "baris satu\nbaris dua\x07"
    word = _write(build_rancangan(proj), tmp_path)
    assert "baris satu\nbaris dua " in [p.text for p in _paragraphs(word)]


@pytest.mark.parametrize("name", ["Dinas\u000bKependudukan", "Dinas\x01Kependudukan", "Dinas\ud800Kependudukan"])
def test_export_docx_unit_name_with_control_character_in_file_properties(tmp_path, name):
    proj = fx.project(1)
    proj.instansi.nama = name
    for build in (build_rancangan, build_standar, build_maklumat):
        word = _write(build(proj), tmp_path, f"{build.__name__}.docx")
        assert word.core_properties.author == "Dinas Kependudukan"
        assert "DINAS KEPENDUDUKAN" in _body_text(word)


def test_export_docx_unit_name_longer_than_property_limit(tmp_path):
    proj = fx.project(1)
    proj.instansi.nama = fx.long_text(400)
    word = _write(build_maklumat(proj), tmp_path)
    author = word.core_properties.author
    assert 200 < len(author) <= 255 and fx.long_text(400).startswith(author)
    assert fx.long_text(400).upper() in _body_text(word)  # the kop keeps the whole name
    assert word.core_properties.title == "Maklumat Pelayanan"


def test_export_docx_control_characters_everywhere_print_as_spaces(tmp_path):
    proj, printed = fx.control_project()
    kept = "tab\there, NEL\x85, LS\u2028, \U0001fffe, é, 😀"  # XML allows these: kept as typed
    proj.layanan[0].evaluasi_kinerja = [kept]
    draft = _write(build_rancangan(proj), tmp_path, "rancangan.docx")
    decree = _write(build_standar(proj), tmp_path, "standar.docx")
    body = (_body_text(draft) + "\n" + _body_text(decree)).upper()
    for text in printed:
        assert text.upper() in body, text
    assert "PEMERINTAH KOTA BONTANG" in body
    assert kept in [p.text for p in _paragraphs(draft)]
    section = draft.sections[0]
    assert "Versi 2 revisi" in section.header.paragraphs[0].text
    assert "Dinas Kependudukan dan Pencatatan Sipil" in section.footer.paragraphs[0].text
    assert draft.core_properties.author == decree.core_properties.author == "Dinas Kependudukan dan Pencatatan Sipil"


def test_export_docx_standar_lampiran_and_signature(tmp_path):
    proj = fx.project(2)
    proj.extra["penetapan"] = {"nomor": "188.4/55/DKPS/2018", "tanggal": "2018-11-30"}
    doc = build_standar(proj)
    word = _write(doc, tmp_path)
    text = _body_text(word)
    assert fx.missing_in_order(text, fx.document_texts(doc)) == []
    assert text.index("LAMPIRAN I KEPUTUSAN") < text.index("STANDAR PELAYANAN\n") < text.index("LAMPIRAN II KEP")
    signature = word.tables[-1]
    assert signature.rows[0]._tr.trPr.find(qn("w:cantSplit")) is not None
    lines = [p.text for p in signature.rows[0].cells[1].paragraphs]
    assert lines == ["Ditetapkan di Bontang", "pada tanggal 30 November 2018",
                     "KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL,", "Drs. NAMA LENGKAP, M.Si.",
                     "Pembina Utama Muda (IV/c)", fx.NIP_GROUPED]
    assert all(p.paragraph_format.keep_with_next for p in signature.rows[0].cells[1].paragraphs)
    last_row = word.tables[-2].rows[-1]
    assert last_row.cells[1].text == "Evaluasi kinerja pelaksana"
    assert all(p.paragraph_format.keep_with_next for c in last_row.cells for p in c.paragraphs)
    assert "RANCANGAN" not in word.sections[0].header._element.xml


def test_export_docx_standar_refused_leaves_no_file(tmp_path):
    proj = fx.project(1)
    proj.layanan.append(fx.incomplete_layanan())
    with pytest.raises(BlockingFindings):
        export_document(proj, "standar", tmp_path / "sp.docx")
    assert list(tmp_path.iterdir()) == []


def test_export_docx_incomplete_rancangan_marks_gaps_in_italics(tmp_path):
    proj = fx.project(1)
    proj.layanan.append(fx.incomplete_layanan())
    word = _write(build_rancangan(proj), tmp_path)
    missing = [p for p in _paragraphs(word) if p.text == "(belum diisi)"]
    assert len(missing) == 3
    assert all(run.italic for p in missing for run in p.runs)
    assert "Catatan: standar pelayanan ini belum lengkap." in _body_text(word)


def test_export_docx_maklumat_and_poster(tmp_path):
    proj = fx.project(1)
    word = _write(build_maklumat(proj), tmp_path)
    text = _body_text(word)
    for line in ("PEMERINTAH KOTA BONTANG", "MAKLUMAT PELAYANAN", proj.pengaturan.maklumat_teks,
                 "Bontang, 30 November 2018", fx.NIP_GROUPED):
        assert line in text
    assert len(word.inline_shapes) == 1  # the kop's logo
    poster = _write(build_maklumat(proj, poster=True), tmp_path, "poster.docx")
    assert poster.sections[0].page_height.mm == pytest.approx(420, abs=0.1)
    assert len(poster.inline_shapes) == 1


def test_export_docx_broken_logo_is_left_out(tmp_path):
    proj = fx.project(1)
    proj.logo.data = b"not an image"
    word = _write(build_maklumat(proj), tmp_path)
    assert len(word.inline_shapes) == 0
    assert "MAKLUMAT PELAYANAN" in _body_text(word)


def test_export_docx_progress_and_cancel(tmp_path):
    from sp_desktop.export import ExportCancelled

    seen = []
    export_document(fx.project(2), "rancangan", tmp_path / "a.docx", progress=lambda d, t: seen.append(d))
    assert seen[0] == 0 and seen[-1] == 100 and seen == sorted(seen)
    calls = []

    def cancel():
        calls.append(1)
        return len(calls) > 5

    with pytest.raises(ExportCancelled):
        export_document(fx.project(2), "rancangan", tmp_path / "b.docx", cancelled=cancel)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.docx"]


def test_export_docx_shipped_fonts_and_licences():
    from sp_desktop.export.fonts import font_dir, register_fonts

    folder = font_dir()
    names = {p.name for p in folder.iterdir()}
    assert {"LiberationSans-Regular.ttf", "Symbola.ttf", "LICENSE-Liberation.txt", "LICENSE-Symbola.txt"} <= names
    assert register_fonts() is register_fonts()


def test_export_docx_page_break_before_table_and_before_paragraph(tmp_path):
    from sp_desktop.export import blocks as b

    page = build_rancangan(fx.project(1)).page
    row = b.ComponentRow("1", "Persyaratan", (b.TextItem("KTP"),))
    doc = b.ReportDocument("rancangan", "Uji", page, [
        b.Heading("Awal", 0), b.PageBreak(), b.ComponentTable((row,)), b.PageBreak(), b.Paragraph("Lanjut"),
    ])
    body = _write(doc, tmp_path).element.body
    kinds = [child.tag.rpartition("}")[2] for child in body]
    # The spacing paragraph after the table is dropped before a page break (it could fill a page of its own).
    assert kinds == ["p", "p", "tbl", "p", "sectPr"]
    # A table cannot carry the break: an empty paragraph starts the new page (a page break character
    # there would leave a blank page when its paragraph spilled over).
    assert Paragraph(body[1], None).paragraph_format.page_break_before and body[1].find(qn("w:r")) is None
    assert Paragraph(body[3], None).text == "Lanjut" and Paragraph(body[3], None).paragraph_format.page_break_before
