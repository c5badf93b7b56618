"""`sp-desktop export P sop`: the SOP's own writer reached from the command line, PDF and DOCX."""

from __future__ import annotations

from docx import Document
from pypdf import PdfReader

from tests.cli.test_cli import DATA, run


def test_export_sop_writes_pdf_and_docx(tmp_path):
    project = tmp_path / "p.spdb"
    assert run("import", str(project), str(DATA / "proyek_contoh.json")).returncode == 0
    pdf, docx = tmp_path / "sop.pdf", tmp_path / "sop.docx"
    assert run("export", str(project), "sop", "--out", str(pdf), "--service", "1").returncode == 0
    text = " ".join(page.extract_text() for page in PdfReader(str(pdf)).pages)
    assert "Nama SOP" in text or "NAMA SOP" in text
    page = PdfReader(str(pdf)).pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)  # landscape
    assert run("export", str(project), "sop", "--out", str(docx), "--service", "1", "--paper", "a4").returncode == 0
    assert Document(str(docx)).tables  # the identity block is a real table
    bad = run("export", str(project), "sop", "--out", str(tmp_path / "sop.txt"), "--service", "1")
    assert bad.returncode == 2 and ".pdf" in bad.stderr
