"""Where the lines of a document land, PDF against DOCX (laid out by LibreOffice).

Consecutive labelled blocks (the letter's Nomor / Sifat / Lampiran / Hal) sit like the rows of one
block in both writers; the space under a table is the same in both, so an A4 Daftar Hadir of seven
people fits on one page in both; the two signers of a Berita Acara have their names on one line.
"""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from sp_desktop.export.blocks import Labeled, PageSetup, ReportDocument
from sp_desktop.export.catalog import DocRequest
from sp_desktop.export.pdf_writer import PdfWriter
from sp_desktop.export.render import export_document
from tests.unit.test_meeting_docs import discussion, meeting_project
from tests.unit.test_sk_surat_pengantar import letter_project

needs_libreoffice = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
PT_PER_MM = 72 / 25.4


def lines(path) -> list[list[tuple[float, str]]]:
    """Per page, each text run's distance from the top of the page (points) and its text."""
    pages = []
    for page in PdfReader(str(path)).pages:
        height = float(page.mediabox.height)
        found: list[tuple[float, str]] = []

        def visit(text, cm, tm, _font, _size, found=found, height=height):
            text = re.sub(r"\s+", " ", text).strip()
            if text:
                found.append((height - (tm[5] * cm[3] + cm[5]), text))

        page.extract_text(visitor_text=visit)
        pages.append(found)
    return pages


def top_of(page: list[tuple[float, str]], start: str) -> float:
    return min(y for y, text in page if text.startswith(start))


def projects():
    return {
        "surat-pengantar": letter_project(),
        "daftar-hadir": meeting_project(discussion(n_guests=6)),  # six invited and a walk-in
        "berita-acara": meeting_project(),
    }


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    """Each document as PDF and as DOCX laid out by LibreOffice, on A4."""
    folder = tmp_path_factory.mktemp("layout")
    docx = []
    for kind, project in projects().items():
        export_document(project, kind, folder / f"{kind}.pdf", request=DocRequest(paper="a4"))
        docx.append(export_document(project, kind, folder / f"{kind}.docx", request=DocRequest(paper="a4")))
    if shutil.which("soffice"):
        subprocess.run(["soffice", f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(folder / "lo"), *map(str, docx)],
                       check=True, capture_output=True, timeout=300)
    return folder


def test_pdf_entries_of_one_block_and_consecutive_blocks_are_spaced_alike(tmp_path):
    entries = (("a.", "bahwa yang pertama;"), ("b.", "bahwa yang kedua;"), ("c.", "bahwa yang ketiga;"))
    blocks = [Labeled("Menimbang", entries, 30.0),
              *(Labeled(label, (("", f"isi {label}"),), 30.0) for label in ("Nomor", "Sifat", "Hal"))]
    path = tmp_path / "labeled.pdf"
    PdfWriter().write(ReportDocument("uji", "Uji", PageSetup(paper="a4"), blocks), path)
    [page] = lines(path)
    within = top_of(page, "bahwa yang kedua") - top_of(page, "bahwa yang pertama")
    between = top_of(page, "Sifat") - top_of(page, "Nomor")
    assert within == pytest.approx(between, abs=1.5)
    assert within > 11 * 1.25 + 3  # the entries' gap (4 points) is kept inside a block too


@needs_libreoffice
def test_docx_letter_header_rows_sit_like_one_block(written):
    [pdf] = lines(written / "surat-pengantar.pdf")
    [docx] = lines(written / "lo" / "surat-pengantar.pdf")
    for page in (pdf, docx):
        steps = [top_of(page, b) - top_of(page, a) for a, b in (("Nomor", "Sifat"), ("Sifat", "Lampiran"),
                                                                  ("Lampiran", "Hal"))]
        assert max(steps) - min(steps) < 1.0, steps
    docx_step = top_of(docx, "Sifat") - top_of(docx, "Nomor")
    pdf_step = top_of(pdf, "Sifat") - top_of(pdf, "Nomor")
    assert docx_step < pdf_step + 2.0, (docx_step, pdf_step)


@needs_libreoffice
def test_a4_daftar_hadir_of_seven_fits_one_page_in_both(written):
    pdf = lines(written / "daftar-hadir.pdf")
    docx = lines(written / "lo" / "daftar-hadir.pdf")
    assert len(pdf) == 1 and len(docx) == 1
    for start in ("DAFTAR HADIR", "Mengetahui"):  # the body starts, and the signature sits, where the PDF's do
        assert abs(top_of(docx[0], start) - top_of(pdf[0], start)) < 3 * PT_PER_MM, start


def signers_on_one_line(page) -> None:
    public, unit = top_of(page, "Peserta Nomor 1"), top_of(page, "Drs. NAMA LENGKAP")
    assert public == pytest.approx(unit, abs=0.5)


def test_pdf_berita_acara_names_are_on_one_line(written):
    signers_on_one_line(lines(written / "berita-acara.pdf")[0])


@needs_libreoffice
def test_docx_berita_acara_names_are_on_one_line(written):
    signers_on_one_line(lines(written / "lo" / "berita-acara.pdf")[0])
