"""The general blocks (Table, Labeled, Image, SignatureRow) in both writers, and the catalog dispatch."""

from __future__ import annotations

import pytest
from docx import Document
from docx.oxml.ns import qn
from pypdf import PdfReader

from sp_desktop.export import catalog
from sp_desktop.export.blocks import (
    Image,
    Labeled,
    PageSetup,
    Paragraph,
    ReportDocument,
    SignatureBlock,
    SignatureRow,
    Table,
    group_images,
)
from sp_desktop.export.catalog import DocRequest
from sp_desktop.export.docx_writer import DocxWriter
from sp_desktop.export.errors import DocumentRefused, ExportError
from sp_desktop.export.pdf_writer import PdfWriter
from sp_desktop.export.render import export_document
from tests.unit import export_fixtures as fx

HEADER = ("NO", "NAMA", "TANDA TANGAN")


def write(tmp_path, blocks, suffix, paper="a4"):
    doc = ReportDocument("uji", "Uji", PageSetup(paper=paper), list(blocks))
    path = tmp_path / f"uji{suffix}"
    (DocxWriter() if suffix == ".docx" else PdfWriter()).write(doc, path)
    return path


def long_table(n=40):
    rows = tuple((str(i), f"Orang ke-{i}", "") for i in range(1, n + 1))
    return Table(HEADER, rows, (0.1, 0.5, 0.4), ("center",), row_height_mm=12, signature_column=2)


def test_pdf_table_repeats_its_header_on_every_page(tmp_path):
    reader = PdfReader(str(write(tmp_path, [long_table()], ".pdf")))
    assert len(reader.pages) >= 2
    for page in reader.pages:
        text = page.extract_text()
        assert "NO" in text and "NAMA" in text and "TANDA TANGAN" in text
    everything = " ".join(page.extract_text() for page in reader.pages)
    assert all(f"Orang ke-{i}" in everything for i in range(1, 41))


def test_docx_table_header_row_least_height_and_stagger(tmp_path):
    table = Document(str(write(tmp_path, [long_table(4)], ".docx"))).tables[0]
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    height = table.rows[1]._tr.trPr.find(qn("w:trHeight"))
    assert height.get(qn("w:hRule")) == "atLeast" and int(height.get(qn("w:val"))) == round(12 * 1440 / 25.4)
    cells = [row.cells[2].paragraphs[0] for row in table.rows[1:]]
    assert [p.text for p in cells] == ["1.", "2.", "3.", "4."]
    assert [bool(p.paragraph_format.left_indent) for p in cells] == [False, True, False, True]


def test_total_row_is_bold_and_columns_aligned(tmp_path):
    block = Table(("URAIAN", "JUMLAH"), (("Biaya A", "Rp10.000"), ("JUMLAH", "Rp10.000")), (0.6, 0.4),
                  ("left", "right"), total_row=True)
    table = Document(str(write(tmp_path, [block], ".docx"))).tables[0]
    first, total = table.rows[1], table.rows[2]
    assert not any(run.bold for run in first.cells[0].paragraphs[0].runs)
    assert all(run.bold for run in total.cells[0].paragraphs[0].runs)
    assert first.cells[1].paragraphs[0].alignment == 2  # right
    pdf = write(tmp_path, [block], ".pdf")
    assert "Rp10.000" in PdfReader(str(pdf)).pages[0].extract_text()


def test_labeled_docx_columns_and_unmarked_entry_spans(tmp_path):
    block = Labeled("Menimbang", (("a.", "bahwa pertama;"), ("b.", "bahwa kedua;"), ("", "catatan tanpa penanda")))
    table = Document(str(write(tmp_path, [block], ".docx"))).tables[0]
    first = [c.text for c in table.rows[0].cells]
    assert first == ["Menimbang", ":", "a.", "bahwa pertama;"]
    assert [c.text for c in table.rows[1].cells][:3] == ["", "", "b."]
    last = table.rows[2]._tr.findall(qn("w:tc"))
    assert last[-1].find(qn("w:tcPr")).find(qn("w:gridSpan")) is not None  # marker and text merged


def test_labeled_pdf_reads_as_a_hanging_list(tmp_path):
    block = Labeled("Mengingat", (("1.", "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik " * 3),
                                  ("2.", "Peraturan Pemerintah Nomor 96 Tahun 2012")))
    text = " ".join(PdfReader(str(write(tmp_path, [block], ".pdf"))).pages[0].extract_text().split())
    assert "Mengingat : 1. Undang-Undang Nomor 25" in text and "2. Peraturan Pemerintah Nomor 96" in text


def signature_row(below=True):
    left = SignatureBlock((), "Perwakilan Masyarakat,", "Budi Santoso")
    right = SignatureBlock(("Bontang, 23 November 2018",), "KETUA TIM,", "Ani Lestari", "Penata (III/c)",
                           "NIP. 19800101 200501 2 001")
    head = SignatureBlock(("Mengetahui,",), "KEPALA DINAS,", "Drs. Kepala", "", fx.NIP_GROUPED) if below else None
    return SignatureRow((left, right), below=head)


def test_signature_row_docx_side_by_side_with_one_below(tmp_path):
    table = Document(str(write(tmp_path, [Paragraph("Isi"), signature_row()], ".docx"))).tables[0]
    # Offices in the first row, names (with pangkat and NIP) in the second: the two names share a line.
    left, right = (cell.text for cell in table.rows[0].cells)
    assert "Perwakilan Masyarakat," in left and "Bontang, 23 November 2018" in right
    left, right = (cell.text for cell in table.rows[1].cells)
    assert "Budi Santoso" in left and "Ani Lestari" in right and "NIP. 19800101" in right
    assert len(table.rows[2]._tr.findall(qn("w:tc"))) == 1  # the "Mengetahui" block spans the row
    assert "Mengetahui," in table.rows[2].cells[0].text and "Drs. Kepala" in table.rows[2].cells[0].text
    # The left block gets a blank line where the right one has its date: the jabatan lines align.
    assert [p.text for p in table.rows[0].cells[0].paragraphs][:2] == ["", "Perwakilan Masyarakat,"]


def test_signature_row_pdf_puts_the_names_on_one_line(tmp_path):
    reader = PdfReader(str(write(tmp_path, [signature_row(below=False)], ".pdf")))
    ys = {}

    def visit(text, cm, tm, font, size):
        if text.strip() in ("Budi Santoso", "Ani Lestari"):
            ys[text.strip()] = tm[5]

    reader.pages[0].extract_text(visitor_text=visit)
    assert abs(ys["Budi Santoso"] - ys["Ani Lestari"]) < 1


def test_group_images_fills_rows_to_the_width():
    half = [Image(b"x", 80, 60, str(i)) for i in range(3)]
    blocks = [Paragraph("a"), *half, Paragraph("b"), Image(b"y", 160, 60)]
    grouped = group_images(blocks, 165)
    assert grouped[0] == blocks[0]
    assert grouped[1] == tuple(half[:2]) and grouped[2] == (half[2],)
    assert grouped[3] == blocks[4] and grouped[4] == (blocks[5],)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_images_are_embedded_with_captions(tmp_path, suffix):
    other = fx._png(40, 30, lambda x, y: (10, 200, x * 6))
    blocks = [Image(fx.LOGO_PNG, 80, 60, "Foto satu"), Image(other, 80, 60, "Foto dua")]
    path = write(tmp_path, blocks, suffix)
    if suffix == ".docx":
        doc = Document(str(path))
        assert len(doc.inline_shapes) == 2
        assert [c.text.strip() for c in doc.tables[0].rows[0].cells] == ["Foto satu", "Foto dua"]
    else:
        page = PdfReader(str(path)).pages[0]
        assert len(page.images) == 2 and "Foto satu" in page.extract_text()


def test_a_damaged_photo_is_left_out(tmp_path, caplog):
    path = write(tmp_path, [Image(b"not a picture", 80, 60, "Rusak")], ".docx")
    assert len(Document(str(path)).inline_shapes) == 0
    assert "Foto tidak dapat dibaca" in caplog.text


def test_export_document_dispatches_builders_with_the_request(tmp_path, monkeypatch):
    seen = {}

    def build(project, request):
        seen["request"] = request
        return ReportDocument("uji", "Uji", PageSetup(), [Paragraph("Dibuat oleh pembangun uji")])

    monkeypatch.setitem(catalog.BUILDERS, "uji", "uji:build")
    monkeypatch.setattr(catalog, "resolve", lambda spec: build)
    request = DocRequest(session_index=1, options={"versi": (1, 2)})
    out = export_document(fx.project(1), "uji", tmp_path / "uji.pdf", request=request)
    assert seen["request"] is request
    assert "Dibuat oleh pembangun uji" in PdfReader(str(out)).pages[0].extract_text()
    export_document(fx.project(1), "uji", tmp_path / "uji2.docx", [1], paper="a4")
    assert seen["request"].service_ids == [1] and seen["request"].paper == "a4"  # built from the arguments


def test_xlsx_goes_to_the_workbook_writer(tmp_path, monkeypatch):
    def write_xlsx(project, request, path):
        path.write_bytes(b"PK workbook")

    monkeypatch.setitem(catalog.BUILDERS, "uji", "uji:build")
    monkeypatch.setitem(catalog.XLSX_WRITERS, "uji", "uji:write")
    monkeypatch.setattr(catalog, "resolve", lambda spec: write_xlsx)
    out = export_document(fx.project(1), "uji", tmp_path / "uji.xlsx")
    assert out.read_bytes() == b"PK workbook"
    assert list(tmp_path.iterdir()) == [out]  # written through a temp file, nothing left behind


def test_unknown_suffix_and_kind_are_indonesian(tmp_path):
    with pytest.raises(ExportError, match=r"tidak didukung; pilih \.docx atau \.pdf"):
        export_document(fx.project(1), "undangan", tmp_path / "u.xlsx")
    with pytest.raises(ExportError, match="tidak dikenal; pilih salah satu dari: .*undangan"):
        export_document(fx.project(1), "surat-cinta", tmp_path / "u.pdf")


def test_document_refused_carries_its_lines():
    refused = DocumentRefused(["Dokumen belum dapat dibuat:", "- tanggal belum diisi"])
    assert isinstance(refused, ExportError)
    assert refused.lines == ["Dokumen belum dapat dibuat:", "- tanggal belum diisi"]
    assert str(refused) == "Dokumen belum dapat dibuat:\n- tanggal belum diisi"
