"""The alur pelayanan: its geometry, the PDF and DOCX writers, the PNG, and the option in the Standar/Rancangan."""

from __future__ import annotations

import io
import re

import pytest
from docx import Document
from docx.oxml.ns import qn
from PIL import Image
from pypdf import PdfReader

from sp_desktop.domain.model import Durasi, LangkahProsedur, Layanan
from sp_desktop.export.alur import alur_layout, alur_steps, describe, render_alur_png
from sp_desktop.export.alur_columns import alur_columns
from sp_desktop.export.alur_geometry import CONTINUES, text_width
from sp_desktop.export.blocks import AlurStep
from sp_desktop.export.fonts import register_fonts
from sp_desktop.export.render import export_document
from tests.unit.export_fixtures import project

LONG_STEP = " ".join(f"kata{i:03d}" for i in range(75))  # 599 characters, every word different
WIDE_WORD = "Tandatangan" * 12  # one word wider than any box


def steps(n: int, long_at: int | None = None) -> list[LangkahProsedur]:
    return [
        LangkahProsedur(
            f"Langkah{i:02d} petugas mengerjakan tahap ini" + (f" {LONG_STEP}" if i == long_at else ""),
            f"Pelaksana{i:02d}",
            Durasi(i, "menit"),
            keluaran=f"Keluaran{i:02d}",
        )
        for i in range(1, n + 1)
    ]


def alur_project(n: int, long_at: int | None = None):
    p = project(2)
    p.layanan[0].prosedur = steps(n, long_at)
    return p


def pdf_pages(path) -> list[str]:
    return [page.extract_text() for page in PdfReader(str(path)).pages]


def words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text))


@pytest.mark.parametrize("n", [1, 8, 30])
def test_alur_pdf_holds_every_step_with_its_details(tmp_path, n):
    p = alur_project(n)
    out = export_document(p, "alur", tmp_path / "alur.pdf", service_ids=[p.layanan[0].id])
    pages = pdf_pages(out)
    found = words(" ".join(pages))
    for i in range(1, n + 1):
        assert {f"Langkah{i:02d}", f"Pelaksana{i:02d}", f"Keluaran{i:02d}"} <= found
        assert f"{i} menit" in " ".join(" ".join(pages).split())
    assert "Mulai" in found and "Selesai" in found
    if n == 30:
        assert len(pages) >= 3  # continued on later pages, each closed by a connector
        continues = sum(CONTINUES in " ".join(page.split()) for page in pages)
        assert continues == len(pages) - 1
    else:
        assert len(pages) == 1


def test_a_600_character_step_is_printed_in_full(tmp_path):
    assert len(LONG_STEP) >= 599
    p = alur_project(8, long_at=5)
    pdf = export_document(p, "alur", tmp_path / "alur.pdf", service_ids=[p.layanan[0].id])
    found = words(" ".join(pdf_pages(pdf)))
    assert {f"kata{i:03d}" for i in range(75)} <= found


def test_no_text_leaves_its_box_and_no_page_overflows():
    fonts = register_fonts()
    chart = [*alur_steps(Layanan(prosedur=steps(30, long_at=3))), AlurStep(WIDE_WORD, WIDE_WORD, "1 hari", WIDE_WORD)]
    layout = alur_layout(chart, 120.0, page_height_mm=180.0)
    assert len(layout.pages) > 3
    printed = []
    for page in layout.pages:
        assert page.height <= 180.0 + 1e-6
        for text in page.texts:
            assert text.x >= 0 and text.x + text_width(text.text, text.font, text.size, fonts) <= 120.0 + 1e-6
            printed.append(text.text)
    joined = "".join(printed)
    assert joined.count("Tandatangan") == 36  # the wide word, broken over lines, never cut off
    assert all(f"kata{i:03d}" in joined for i in range(75))


def test_a_step_taller_than_a_page_is_split_between_its_lines():
    chart = [AlurStep(" ".join(f"baris{i:03d}" for i in range(400)), "Petugas", "1 jam", "Berkas")]
    layout = alur_layout(chart, 80.0, page_height_mm=100.0)
    assert len(layout.pages) > 2
    joined = " ".join(t.text for page in layout.pages for t in page.texts)
    assert all(f"baris{i:03d}" in joined for i in range(400))
    assert any(s.open_bottom for s in layout.pages[0].shapes)


def test_columns_hold_every_step_side_by_side():
    chart = alur_steps(Layanan(prosedur=steps(9)))
    page = alur_columns(chart, 200.0, columns=2, title="Alur Pelayanan")
    single = alur_layout(chart, (200.0 - 8.0) / 2).pages[0]
    assert page.height < single.height * 0.7
    texts = " ".join(t.text for t in page.texts)
    assert all(f"Langkah{i:02d}" in texts for i in range(1, 10))
    assert {round(s.x) for s in page.shapes if s.kind == "box"} == {0, 104}


def test_png_is_decoded_and_sized():
    one = Image.open(io.BytesIO(render_alur_png(Layanan(prosedur=steps(1)))))
    thirty = Image.open(io.BytesIO(render_alur_png(Layanan(prosedur=steps(30)), width_px=1000)))
    assert one.format == "PNG" and one.size[0] == 1600 and 300 < one.size[1] < 1200
    assert thirty.size[0] == 1000 and thirty.size[1] > 8 * one.size[1] * 1000 / 1600
    assert one.convert("RGB").getpixel((800, 5)) == (255, 255, 255)


def test_png_of_a_service_without_steps_says_so():
    image = Image.open(io.BytesIO(render_alur_png(Layanan())))
    assert image.size[0] == 1600 and image.size[1] < 200
    assert describe(()) == "Prosedur pelayanan belum diisi."


def test_png_export_of_the_kind(tmp_path):
    p = alur_project(8)
    out = export_document(p, "alur", tmp_path / "alur.png")
    image = Image.open(out)
    assert image.format == "PNG" and image.size[0] == 1600


def test_docx_embeds_one_picture_per_page_with_the_steps_as_its_text(tmp_path):
    p = alur_project(30, long_at=12)
    out = export_document(p, "alur", tmp_path / "alur.docx", service_ids=[p.layanan[0].id])
    doc = Document(str(out))
    pictures = list(doc.element.body.iter(qn("wp:docPr")))
    charts = [d for d in pictures if d.get("name", "").startswith("Alur pelayanan")]
    assert len(charts) >= 3
    descr = charts[0].get("descr")
    assert all(f"Langkah{i:02d}" in descr for i in range(1, 31)) and "kata074" in descr
    assert charts[-1].get("descr").endswith(f"(bagian {len(charts)} dari {len(charts)})")
    for blip in doc.inline_shapes:
        assert blip.width <= doc.sections[0].page_width - doc.sections[0].left_margin - doc.sections[0].right_margin


@pytest.mark.parametrize("kind", ["standar", "rancangan"])
def test_the_option_puts_the_alur_in_the_document(tmp_path, kind):
    p = alur_project(4)
    plain = pdf_pages(export_document(p, kind, tmp_path / "tanpa.pdf"))
    assert "Alur Pelayanan" not in " ".join(plain)
    setattr(p.pengaturan, f"alur_di_{kind}", True)
    pages = pdf_pages(export_document(p, kind, tmp_path / "dengan.pdf"))
    joined = " ".join(" ".join(pages).split())
    assert joined.count("Alur Pelayanan") == len(p.layanan)
    assert "Mulai" in joined and "Pelaksana04" in joined
    other = "rancangan" if kind == "standar" else "standar"
    assert "Alur Pelayanan" not in " ".join(pdf_pages(export_document(p, other, tmp_path / "lain.pdf")))


def test_the_option_in_the_rancangan_docx(tmp_path):
    p = alur_project(4)
    p.pengaturan.alur_di_rancangan = True
    doc = Document(str(export_document(p, "rancangan", tmp_path / "r.docx")))
    names = [d.get("name", "") for d in doc.element.body.iter(qn("wp:docPr"))]
    assert sum(name.startswith("Alur pelayanan") for name in names) >= len(p.layanan)


def test_odd_text_is_drawn_as_typed(tmp_path):
    p = alur_project(1)
    p.layanan[0].prosedur[0].uraian = 'Pemohon & "petugas" <b>menyerahkan</b> berkas 🎉'
    out = export_document(p, "alur", tmp_path / "alur.pdf", service_ids=[p.layanan[0].id])
    text = " ".join(" ".join(pdf_pages(out)).split())
    assert 'Pemohon & "petugas" <b>menyerahkan</b> berkas 🎉' in text
