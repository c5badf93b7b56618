"""How the written documents fall onto pages: no blank page, no heading left at a page foot,
nothing parted from the line it belongs to, continued rows labelled."""

import re
import shutil
import subprocess

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from pypdf import PdfReader

from sp_desktop.domain.model import Durasi, LangkahProsedur
from sp_desktop.export.docx_writer import DocxWriter
from sp_desktop.export.pdf_writer import PdfWriter
from sp_desktop.export.report_model import build_rancangan, build_standar
from tests.unit import export_fixtures as fx

FOOTER = re.compile(r"(Rancangan )?Standar Pelayanan Dinas Kependudukan dan Pencatatan Sipil Kota Bontang")
PAGE_MARKS = re.compile(r"Halaman \d+ dari \d+|RANCANGAN — Versi [^\n]*|RANCANGAN|- \d+ -")


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _pdf_pages(doc, path) -> list[str]:
    PdfWriter().write(doc, path)
    return [_norm(page.extract_text()) for page in PdfReader(path).pages]


def _body(text: str) -> str:
    """A page's text without the marks printed on every page."""
    return _norm(PAGE_MARKS.sub(" ", FOOTER.sub(" ", text)))


def _long_procedure_project():
    proj = fx.project(1)
    proj.layanan[0].prosedur = [
        LangkahProsedur(f"Langkah nomor {i} dari prosedur yang cukup panjang untuk dua baris teks di sel uraian",
                        f"Pelaksana{i}", Durasi(10, "menit"), 0, 0, f"Keluaran{i}")
        for i in range(1, 41)
    ]
    return proj


# -- item 19: no blank page ---------------------------------------------------------------------
def test_export_docx_no_spacing_paragraph_before_a_page_break(tmp_path):
    path = tmp_path / "standar.docx"
    DocxWriter().write(build_standar(fx.project(3)), path)
    body = list(Document(str(path)).element.body)
    breaks = [i for i, el in enumerate(body) if el.find(f"{qn('w:pPr')}/{qn('w:pageBreakBefore')}") is not None]
    assert len(breaks) == 2  # one before each service after the first
    for i in breaks:
        before = body[i - 1]
        # An empty paragraph there spills onto a page of its own when the table above fills its page.
        assert not (before.tag == qn("w:p") and before.find(qn("w:r")) is None), i
    # Nor does a page break character stand in a paragraph of its own (it would, spilled over, too).
    assert not [el for el in body if el.find(f"{qn('w:r')}/{qn('w:br')}[@{qn('w:type')}='page']") is not None]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_export_docx_has_no_blank_page_when_laid_out(tmp_path):
    # A4 at 13 pt: the second service's tables end at the foot of a page.
    path = tmp_path / "standar.docx"
    DocxWriter().write(build_standar(fx.project(3, ukuran_huruf=13.0, kertas="a4")), path)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
                   check=True, capture_output=True, timeout=120)
    pages = [page.extract_text() for page in PdfReader(tmp_path / "standar.pdf").pages]
    assert [n for n, text in enumerate(pages, start=1) if not _body(text)] == []


@pytest.mark.parametrize("size, paper", [(10.0, "f4"), (13.0, "a4"), (11.0, "a4")])
def test_export_pdf_has_no_blank_page(tmp_path, size, paper):
    for build in (build_standar, build_rancangan):
        pages = _pdf_pages(build(fx.project(3, ukuran_huruf=size, kertas=paper)), tmp_path / "out.pdf")
        assert [n for n, text in enumerate(pages, start=1) if not _body(text)] == [], build.__name__


# -- item 20: keep together ---------------------------------------------------------------------
def test_export_pdf_part_heading_is_never_last_on_its_page(tmp_path):
    # A4 at 13 pt put "B. Komponen … (manufacturing)" alone at the foot of page 3.
    pages = _pdf_pages(build_standar(fx.project(2, ukuran_huruf=13.0, kertas="a4")), tmp_path / "out.pdf")
    seen = 0
    for n, text in enumerate(pages, start=1):
        for title in ("(service delivery)", "(manufacturing)"):
            for found in re.finditer(re.escape(title), text):
                seen += 1
                assert "NO KOMPONEN URAIAN" in text[found.end():], (n, title)
    assert seen == 4


def test_export_pdf_continued_row_says_lanjutan(tmp_path):
    pages = _pdf_pages(build_standar(fx.project(2, ukuran_huruf=13.0, kertas="a4")), tmp_path / "out.pdf")
    continued = [n for n, text in enumerate(pages, start=1) if "(lanjutan)" in text]
    assert continued, "a row split across pages carries no “(lanjutan)”"
    for n in continued:
        # The label heads the page's first row, with its number.
        assert re.search(r"NO KOMPONEN URAIAN \d+ [^|]*\(lanjutan\)", pages[n - 1]), pages[n - 1][:200]


def test_export_pdf_complaint_officer_stays_with_details(tmp_path):
    pages = _pdf_pages(build_standar(fx.project(2, ukuran_huruf=13.0, kertas="a4")), tmp_path / "out.pdf")
    for n in (1, 2):
        title_pages = [i for i, text in enumerate(pages) if f"Nama: Siti Aminah L{n}" in text]
        detail_pages = [i for i, text in enumerate(pages) if f"Inspektorat L{n}" in text]
        assert len(title_pages) == 1
        text = pages[title_pages[0]]
        assert "Petugas pengaduan:" in text.split(f"Nama: Siti Aminah L{n}")[0]
        assert "Alamat: Jl. Bessai Berinta" in text.split(f"Nama: Siti Aminah L{n}")[1]
        assert detail_pages


@pytest.mark.parametrize("size, paper", [(9.0, "a4"), (11.5, "a4"), (12.0, "f4")])
def test_export_pdf_procedure_step_stays_with_its_details(tmp_path, size, paper):
    proj = _long_procedure_project()
    proj.pengaturan.ukuran_huruf = size
    pages = _pdf_pages(build_rancangan(proj, paper=paper), tmp_path / "out.pdf")
    parted = []
    for i in range(1, 41):
        step = [n for n, text in enumerate(pages) if f"Langkah nomor {i} dari" in text]
        detail = [n for n, text in enumerate(pages) if f"Pelaksana: Pelaksana{i};" in text]
        if step != detail:
            parted.append((i, step, detail))
    assert parted == []


# -- item 23: the services of a Standar are numbered Lampiran ----------------------------------
def test_export_pdf_standar_numbers_each_service_as_a_signed_lampiran(tmp_path):
    proj = fx.project(3)
    proj.extra["penetapan"] = {"nomor": "188.4/55/DKPS/2018", "tanggal": "2018-11-30"}
    pages = _pdf_pages(build_standar(proj), tmp_path / "out.pdf")
    for number, numeral in enumerate(("I", "II", "III"), start=1):
        opening = [n for n, text in enumerate(pages) if f"LAMPIRAN {numeral} KEPUTUSAN KEPALA DINAS" in text]
        assert len(opening) == 1, numeral
        first = pages[opening[0]]
        assert first.index(f"LAMPIRAN {numeral} KEP") < first.index(f"Penerbitan Akta Kelahiran L{number}")
    text = " ".join(pages)
    assert text.count("Ditetapkan di Bontang") == 3  # each Lampiran signed
    assert "LAMPIRAN KEPUTUSAN" not in text


def test_export_docx_standar_numbers_each_service_as_a_lampiran(tmp_path):
    path = tmp_path / "standar.docx"
    DocxWriter().write(build_standar(fx.project(2)), path)
    text = "\n".join(Paragraph(p, None).text for p in Document(str(path)).element.body.iter(qn("w:p")))
    assert text.index("LAMPIRAN I KEPUTUSAN") < text.index("L1") < text.index("LAMPIRAN II KEPUTUSAN")
    assert text.index("LAMPIRAN II KEPUTUSAN") < text.index("Penerbitan Akta Kelahiran L2")
    single = tmp_path / "single.docx"
    DocxWriter().write(build_standar(fx.project(1)), single)
    assert "LAMPIRAN KEPUTUSAN" in "".join(p.text for t in Document(str(single)).tables for p in
                                             t.rows[0].cells[-1].paragraphs)


def test_export_docx_step_and_complaint_officer_keep_with_their_details(tmp_path):
    path = tmp_path / "rancangan.docx"
    DocxWriter().write(build_rancangan(fx.project(1)), path)
    by_text = {p.text: p for p in (Paragraph(el, None) for el in Document(str(path)).element.body.iter(qn("w:p")))}
    assert by_text["Pemohon menyerahkan formulir F-2.01 L1"].paragraph_format.keep_with_next
    assert by_text["Petugas pengaduan:"].paragraph_format.keep_with_next
    assert by_text["Nama: Siti Aminah L1"].paragraph_format.keep_with_next
    assert not by_text["Alamat: Jl. Bessai Berinta"].paragraph_format.keep_with_next  # the last detail
