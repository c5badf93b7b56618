"""The kop, the Maklumat poster and the written file's properties, read back from the files."""

import shutil
from datetime import UTC, datetime, timedelta

import pytest
from docx import Document
from pypdf import PdfReader

from sp_desktop.export.docx_writer import DocxWriter
from sp_desktop.export.pdf_writer import PdfWriter
from sp_desktop.export.report_model import build_maklumat, build_rancangan, build_standar
from tests.unit import export_fixtures as fx

UNIT = "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL"


def _text_runs(page) -> list[tuple[str, float, float, float]]:
    """(text, x, y, font size) of each piece of text drawn on a PDF page."""
    runs = []

    def visit(text, cm, tm, _font, size):
        if text.strip():
            a, b, c, d, e, f = tm
            ca, cb, cc, cd, ce, cf = cm
            x, y = e * ca + f * cc + ce, e * cb + f * cd + cf
            runs.append((text.strip(), x, y, size * (tm[3] or 1) * (cm[3] or 1)))

    page.extract_text(visitor_text=visit)
    return runs


def _run_centre(page, text, font_name="Bold"):
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from sp_desktop.export.fonts import register_fonts

    fonts = register_fonts()
    for piece, x, _y, size in _text_runs(page):
        if piece == text:
            return x + stringWidth(text, fonts.bold, size) / 2
    raise AssertionError(f"{text!r} not drawn")


# -- item 25: the kop without a logo is centred ------------------------------------------------
def test_export_pdf_kop_without_logo_is_centred(tmp_path):
    path = tmp_path / "maklumat.pdf"
    doc = build_maklumat(fx.project(1, logo=False))
    PdfWriter().write(doc, path)
    page = PdfReader(path).pages[0]
    top, right, bottom, left = doc.page.margins_mm
    width_pt = float(page.mediabox.width)
    centre = left * 72 / 25.4 + (width_pt - (left + right) * 72 / 25.4) / 2
    assert _run_centre(page, UNIT) == pytest.approx(centre, abs=1.5)  # was 13 mm right of it


def test_export_docx_kop_without_logo_has_no_logo_column(tmp_path):
    path = tmp_path / "maklumat.docx"
    DocxWriter().write(build_maklumat(fx.project(1, logo=False)), path)
    kop = Document(str(path)).tables[0]
    assert len(kop.columns) == 1
    assert UNIT in kop.cell(0, 0).text
    with_logo = tmp_path / "logo.docx"
    DocxWriter().write(build_maklumat(fx.project(1)), with_logo)
    assert len(Document(str(with_logo)).tables[0].columns) == 2


def test_export_docx_kop_with_damaged_logo_has_no_logo_column(tmp_path):
    proj = fx.project(1)
    proj.logo.data = fx.LOGO_PNG[: len(fx.LOGO_PNG) // 2]
    path = tmp_path / "maklumat.docx"
    DocxWriter().write(build_maklumat(proj), path)
    word = Document(str(path))
    assert len(word.tables[0].columns) == 1 and len(word.inline_shapes) == 0


# -- item 26: the A3 poster fills its sheet ----------------------------------------------------
def _metro_project(**kw):
    proj = fx.project(1, **kw)
    proj.instansi.pemerintah_daerah = "Pemerintah Kota Metro"
    proj.instansi.kota = "Metro"
    return proj


def _poster_pdf(proj, tmp_path):
    path = tmp_path / "poster.pdf"
    PdfWriter().write(build_maklumat(proj, poster=True), path)
    return PdfReader(path)


def test_export_pdf_poster_fills_the_sheet_with_a_large_title(tmp_path):
    reader = _poster_pdf(_metro_project(), tmp_path)
    assert len(reader.pages) == 1
    page = reader.pages[0]
    height = float(page.mediabox.height)
    runs = _text_runs(page)
    title = [size for text, _x, _y, size in runs if text == "MAKLUMAT PELAYANAN"]
    pledge = [size for text, _x, _y, size in runs if text.startswith("Dengan ini")]
    assert title and pledge
    assert title[0] >= 56 and title[0] >= 1.8 * pledge[0]  # read from across a waiting room
    lowest = min(y for text, _x, y, _size in runs if text.startswith("NIP."))
    assert lowest < 0.2 * height  # the foot of the sheet is used, not left empty


def test_export_pdf_poster_never_leaves_a_word_alone_on_a_line(tmp_path):
    reader = _poster_pdf(_metro_project(), tmp_path)
    lines = [text for text, *_ in _text_runs(reader.pages[0])]
    unit_lines = [t for t in lines if t.isupper() and ("DINAS" in t or "PENCATATAN" in t or "METRO" in t)]
    assert "".join(unit_lines).replace(" ", "").startswith("PEMERINTAHKOTAMETRODINASKEPENDUDUKAN")
    assert all(len(t.split()) >= 2 for t in unit_lines), unit_lines


def test_export_pdf_poster_with_a_long_pledge_stays_on_one_page(tmp_path):
    proj = _metro_project(maklumat_teks=" ".join(["Kami berjanji melayani dengan sepenuh hati."] * 25))
    assert len(_poster_pdf(proj, tmp_path).pages) == 1


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_export_docx_poster_is_one_full_page_when_laid_out(tmp_path):
    import subprocess

    path = tmp_path / "poster.docx"
    DocxWriter().write(build_maklumat(_metro_project(), poster=True), path)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
                   check=True, capture_output=True, timeout=120)
    reader = PdfReader(tmp_path / "poster.pdf")
    assert len(reader.pages) == 1
    runs = _text_runs(reader.pages[0])
    height = float(reader.pages[0].mediabox.height)
    assert min(y for text, _x, y, _size in runs if text.startswith("NIP.")) < 0.2 * height
    assert max(size for text, _x, _y, size in runs if "MAKLUMAT" in text) >= 56


# -- item 27: the DOCX file's properties -------------------------------------------------------
def test_export_docx_properties_name_the_unit_the_document_and_now(tmp_path):
    import zipfile

    for build, title in ((build_rancangan, "Rancangan Standar Pelayanan"), (build_standar, "Standar Pelayanan"),
                         (build_maklumat, "Maklumat Pelayanan")):
        path = tmp_path / f"{build.__name__}.docx"
        DocxWriter().write(build(fx.project(1)), path)
        props = Document(str(path)).core_properties
        assert props.title == title
        assert props.author == props.last_modified_by == "Dinas Kependudukan dan Pencatatan Sipil"
        assert props.comments == ""
        now = datetime.now(UTC).replace(tzinfo=None)
        assert abs(props.created.replace(tzinfo=None) - now) < timedelta(minutes=5)
        assert props.modified == props.created and props.revision == 1
        with zipfile.ZipFile(path) as archive:
            app = archive.read("docProps/app.xml").decode("utf-8")
            names = archive.namelist()
        assert "Microsoft" not in app and "<Application>SP Desktop</Application>" in app
        assert "<Company>Dinas Kependudukan dan Pencatatan Sipil</Company>" in app
        assert not [n for n in names if "thumbnail" in n]
        assert "python-docx" not in "".join(
            zipfile.ZipFile(path).read(n).decode("utf-8", "replace") for n in names if n.startswith("docProps/"))
