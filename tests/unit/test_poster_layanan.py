"""The notice-board posters (A3, A4) per service and for the unit, their QR code, and the slugs of the web pages."""

from __future__ import annotations

import io

import pytest
import segno
from docx import Document
from PIL import Image
from pypdf import PdfReader

from sp_desktop.domain.components import KOMPONEN
from sp_desktop.domain.slugs import service_slug, service_url, unique_slugs, unit_url
from sp_desktop.export.errors import ExportError
from sp_desktop.export.poster_layanan import service_page_url
from sp_desktop.export.render import export_document
from tests.unit.export_fixtures import project
from tests.unit.test_alur import steps

MM = 72 / 25.4


def text_of(path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(str(path)).pages).split())


def qr_matrix(image: Image.Image) -> list[list[bool]]:
    """The dark modules of a QR picture drawn with a quiet zone of four modules (as segno writes it)."""
    gray = image.convert("L")
    width = gray.size[0]
    # The first dark column is the finder pattern's edge, after a quiet zone of four modules.
    left = min(x for x in range(width) if any(gray.getpixel((x, y)) < 128 for y in range(width)))
    size = left / 4
    modules = round(width / size) - 8
    return [[gray.getpixel((int((c + 4.5) * size), int((r + 4.5) * size))) < 128 for c in range(modules)]
            for r in range(modules)]


def test_service_slug_is_lower_ascii_with_hyphens():
    assert service_slug("Penerbitan Akta Kelahiran (Baru)") == "penerbitan-akta-kelahiran-baru"
    assert service_slug("  Izin Usaha Mikro & Kecil / IUMK  ") == "izin-usaha-mikro-kecil-iumk"
    assert service_slug("Légalisasi Dokumen") == "legalisasi-dokumen"
    assert service_slug("🎉 !!") == "layanan"
    long = service_slug("kata " * 40)
    assert len(long) <= 80 and not long.endswith("-") and long.startswith("kata-kata")
    assert unique_slugs(["Akta", "akta", "Akta!"]) == ["akta", "akta-2", "akta-3"]
    assert service_url("dukcapil.bontangkota.go.id/", "akta") == "https://dukcapil.bontangkota.go.id/layanan/akta.html"
    assert service_url("http://x.id", "a") == "http://x.id/layanan/a.html"
    assert service_url("  ", "a") == "" and unit_url("x.go.id") == "https://x.go.id"


def test_a3_service_poster_has_everything_on_one_sheet(tmp_path):
    p = project(2)
    p.layanan[1].prosedur = steps(8)
    out = export_document(p, "poster", tmp_path / "poster.pdf", service_ids=[p.layanan[1].id])
    reader = PdfReader(str(out))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width) / MM), round(float(box.height) / MM)) == (297, 420)
    text = text_of(out)
    for k in (k for k in KOMPONEN if k.group == "A"):
        assert k.label in text
    for i in range(1, 9):
        assert f"Langkah{i:02d}" in text and f"Pelaksana{i:02d}" in text
    assert "MAKLUMAT PELAYANAN" in text and "menyelenggarakan pelayanan sesuai standar" in text
    assert "Siti Aminah L2" in text and "(0548) 4438894 L2" in text  # the complaint contacts
    url = service_page_url(p, p.layanan[1])
    assert url == "https://disdukcapil.bontangkota.go.id/layanan/penerbitan-akta-kelahiran-l2.html"
    assert url in text


def test_the_qr_code_reads_back_as_the_service_page(tmp_path):
    p = project(1)
    out = export_document(p, "poster", tmp_path / "poster.pdf", service_ids=[p.layanan[0].id], paper="a4")
    images = [Image.open(io.BytesIO(image.data)) for page in PdfReader(str(out)).pages for image in page.images]
    codes = [image for image in images if image.size[0] == image.size[1] and image.size[0] > 200]
    assert len(codes) == 1
    expected = [[bool(v) for v in row] for row in segno.make(service_page_url(p, p.layanan[0]), error="m",
                                                            boost_error=False).matrix]
    assert qr_matrix(codes[0]) == expected


def test_a4_poster_and_its_png(tmp_path):
    p = project(1)
    pdf = export_document(p, "poster", tmp_path / "poster.pdf", service_ids=[p.layanan[0].id], paper="a4")
    reader = PdfReader(str(pdf))
    assert len(reader.pages) == 1
    assert round(float(reader.pages[0].mediabox.width) / MM) == 210
    png = export_document(p, "poster", tmp_path / "poster.png", service_ids=[p.layanan[0].id], paper="a4")
    image = Image.open(png)
    assert image.format == "PNG"
    assert abs(image.size[0] - 210 / 25.4 * 110) < 3 and abs(image.size[1] - 297 / 25.4 * 110) < 3


def test_unit_poster_lists_every_service_with_a_qr_of_the_unit(tmp_path):
    p = project(3)
    out = export_document(p, "poster", tmp_path / "unit.pdf")
    text = text_of(out)
    assert all(layanan.jenis_pelayanan in text for layanan in p.layanan)
    assert "MAKLUMAT PELAYANAN" in text and "https://disdukcapil.bontangkota.go.id" in text
    assert len(PdfReader(str(out)).pages) == 1


def test_no_web_address_no_qr(tmp_path):
    p = project(1)
    p.instansi.laman = ""
    out = export_document(p, "poster", tmp_path / "poster.pdf", service_ids=[p.layanan[0].id])
    assert not [image for page in PdfReader(str(out)).pages for image in page.images if image.image.size[0] > 200]
    assert "Pindai" not in text_of(out)


def test_poster_docx_opens_with_its_pictures(tmp_path):
    p = project(1)
    out = export_document(p, "poster", tmp_path / "poster.docx", service_ids=[p.layanan[0].id])
    doc = Document(str(out))
    assert len(doc.inline_shapes) >= 2  # the alur and the QR code (and the logo of the kop)
    assert "MAKLUMAT PELAYANAN" in " ".join(par.text for par in doc.paragraphs)


def test_poster_on_f4_is_refused(tmp_path):
    with pytest.raises(ExportError, match="A3 atau A4"):
        export_document(project(1), "poster", tmp_path / "poster.pdf", paper="f4")


def test_a_poster_of_30_steps_goes_on_in_columns_on_a_second_sheet(tmp_path):
    p = project(1)
    p.layanan[0].prosedur = steps(30, long_at=7)
    out = export_document(p, "poster", tmp_path / "poster.pdf", service_ids=[p.layanan[0].id], paper="a4")
    assert len(PdfReader(str(out)).pages) == 2
    text = text_of(out)
    assert all(f"Langkah{i:02d}" in text for i in range(1, 31))
    assert all(f"kata{i:03d}" in text for i in range(75))
    assert "Bersambung ke kolom berikutnya" in text and "MAKLUMAT PELAYANAN" in text
