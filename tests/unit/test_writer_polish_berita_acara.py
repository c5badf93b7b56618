"""The Berita Acara's attachments: the photos of the discussion as "Dokumentasi" (domain.md section 3.3)."""

from __future__ import annotations

from docx import Document
from pypdf import PdfReader

from sp_desktop.export.catalog import NEEDS_PHOTOS, DocRequest
from sp_desktop.export.render import export_document
from tests.unit import export_fixtures as fx
from tests.unit.test_meeting_docs import meeting_project


def photos_request() -> DocRequest:
    other = fx._png(50, 30, lambda x, y: (200, x * 5, y * 8))
    return DocRequest(files={7: fx.LOGO_PNG, 9: other}, captions={7: "Pembukaan rapat", 9: ""})


def test_the_services_layer_loads_photos_for_the_berita_acara():
    assert "berita-acara" in NEEDS_PHOTOS


def test_pdf_photos_are_the_last_attachment_with_their_captions(tmp_path):
    out = export_document(meeting_project(), "berita-acara", tmp_path / "ba.pdf", request=photos_request())
    pages = PdfReader(str(out)).pages
    last = " ".join(pages[-1].extract_text().split())
    assert "LAMPIRAN BERITA ACARA PEMBAHASAN" in last and "DOKUMENTASI PEMBAHASAN" in last
    assert "Pembukaan rapat" in last and "Foto 2" in last
    assert len(pages[-1].images) == 2
    assert "DOKUMENTASI" not in " ".join(page.extract_text() for page in pages[:-1])
    bare = export_document(meeting_project(), "berita-acara", tmp_path / "bare.pdf", request=DocRequest())
    assert len(PdfReader(str(bare)).pages) == len(pages) - 1  # no photos, no documentation page


def test_docx_embeds_the_photos_after_the_notes(tmp_path):
    out = export_document(meeting_project(), "berita-acara", tmp_path / "ba.docx", request=photos_request())
    doc = Document(str(out))
    texts = [p.text for p in doc.paragraphs]
    assert texts.index("DOKUMENTASI PEMBAHASAN") > texts.index("NOTULEN PEMBAHASAN")
    assert len(doc.inline_shapes) == 3  # the logo of the kop and two photos
    cells = " ".join(cell.text for table in doc.tables for row in table.rows for cell in row.cells).split()
    assert "Pembukaan rapat" in " ".join(cells) and "Foto 2" in " ".join(cells)
