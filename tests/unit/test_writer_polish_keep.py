"""A signature never opens a page alone: it stays with the last diktum, the closing sentence or the last row.

Each case is written with the content before the signature growing line by line, so that one of
the documents ends just where the signature no longer fits under it; every one is opened back and
the page holding the signer's name must also hold the text the signature follows.
"""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from sp_desktop.export.blocks import (
    Labeled,
    PageSetup,
    Paragraph,
    ReportDocument,
    SignatureBlock,
    SignatureRow,
    Spacer,
    Table,
)
from sp_desktop.export.docx_writer import DocxWriter
from sp_desktop.export.pdf_writer import PdfWriter

NAME = "NAMA PENANDATANGAN"
LAST = "Keputusan ini mulai berlaku pada tanggal ditetapkan."
CLOSING = "Demikian daftar ini dibuat untuk dipergunakan sebagaimana mestinya."
PLACE = ("Ditetapkan di Bontang", "pada tanggal 30 November 2018")


def signature() -> SignatureBlock:
    return SignatureBlock(PLACE, "KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL,", NAME,
                          "Pembina Utama Muda (IV/c)", "NIP. 19680101 200003 1 001")


def filler(n: int) -> list:
    return [Paragraph(f"Baris pengisi nomor {i} untuk mendorong isi ke kaki halaman.") for i in range(n)]


def diktum(n: int) -> list:
    return [*filler(n), Labeled("KETIGA", (("", "Standar Pelayanan ini wajib dipublikasikan."),), 30.0),
            Labeled("KEEMPAT", (("", LAST),), 30.0), Spacer(6), signature()]


def closing(n: int) -> list:
    return [*filler(n), Paragraph(CLOSING, align="justify"), Spacer(8), signature()]


def after_table(n: int) -> list:
    rows = tuple((f"{i}.", f"Komponen {i}", f"Isi semula {i}", f"Isi menjadi {i}") for i in range(1, 4))
    return [*filler(n), Table(("NO", "KOMPONEN", "SEMULA", "MENJADI"), rows, (0.1, 0.3, 0.3, 0.3)),
            Spacer(4), Paragraph(CLOSING), Spacer(8), signature()]


def row_after_diktum(n: int) -> list:
    public = SignatureBlock((), "Perwakilan Masyarakat,", "PESERTA SATU")
    return [*filler(n), Labeled("KEEMPAT", (("", LAST),), 30.0), Spacer(6), SignatureRow((public, signature()))]


CASES = {"diktum": (diktum, LAST), "closing": (closing, CLOSING), "table": (after_table, CLOSING),
         "row": (row_after_diktum, LAST)}
COUNTS = range(26, 42)  # about a page of filler on A4: the end passes the page foot in steps of one line


def document(blocks: list) -> ReportDocument:
    return ReportDocument("uji", "Uji", PageSetup(paper="a4", font_size=11.0), blocks)


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def signed_page_holds(pages: list[str], follows: str) -> bool:
    [page] = [p for p in pages if NAME in p]
    return follows in page


@pytest.mark.parametrize("case", sorted(CASES))
def test_pdf_signature_stays_with_what_it_follows(tmp_path, case):
    build, follows = CASES[case]
    spilled = 0
    for n in COUNTS:
        path = tmp_path / f"{case}-{n}.pdf"
        PdfWriter().write(document(build(n)), path)
        pages = [flat(page.extract_text()) for page in PdfReader(str(path)).pages]
        assert signed_page_holds(pages, follows), (case, n)
        spilled += len(pages) > 1
    assert spilled  # the counts did reach the page foot


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_docx_signature_stays_with_what_it_follows_in_libreoffice(tmp_path):
    paths = []
    for case, (build, _follows) in sorted(CASES.items()):
        for n in COUNTS:
            paths.append(tmp_path / f"{case}-{n}.docx")
            DocxWriter().write(document(build(n)), paths[-1])
    profile = (tmp_path / "profile").as_uri()
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path / "pdf"), *map(str, paths)], check=True, capture_output=True, timeout=300)
    spilled = 0
    for path in paths:
        case = path.stem.split("-")[0]
        pages = [flat(page.extract_text()) for page in PdfReader(str(tmp_path / "pdf" / f"{path.stem}.pdf")).pages]
        assert signed_page_holds(pages, CASES[case][1]), path.stem
        spilled += len(pages) > 1
    assert spilled
