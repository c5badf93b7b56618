"""Templates kept in the project file: load, replace, reset, and every export path (session and CLI)."""

from __future__ import annotations

import pytest
from docx import Document
from pypdf import PdfReader

from sp_desktop.export.user_templates import TemplateRejected
from sp_desktop.services import user_templates as ut
from sp_desktop.services.documents import export_for_session
from sp_desktop.services.session import open_project
from tests.cli.test_cli import DATA, run
from tests.cli.test_cli_export_cycle import add_discussions
from tests.unit.test_meeting_docs import discussion
from tests.unit.test_user_templates import docx_with, texts

OWN = docx_with("KOP SURAT MILIK DINAS SENDIRI", "Nomor: {{ nomor }}", "Hari/Tanggal: {{ hari_tanggal }}")


@pytest.fixture
def path(tmp_path):
    target = tmp_path / "proyek.spdb"
    result = run("import", target, DATA / "proyek_contoh.json")
    assert result.returncode == 0, result.stderr
    add_discussions(target, discussion(id="satu"))
    return target


@pytest.fixture
def session(path):
    s = open_project(path)
    yield s
    s.close()


def test_user_template_load_stores_in_berkas_and_replaces(session):
    ut.load_template(session, "undangan", "undangan-dinas.docx", OWN)
    second = docx_with("Versi kedua {{ nomor }}")
    ut.load_template(session, "undangan", "undangan-v2.docx", second)
    stored = session.repo.attachments("templat:undangan")
    assert [a.nama for a in stored] == ["undangan-v2.docx"]
    assert ut.stored_data(session, "undangan") == second
    lines = [e.keterangan for e in session.audit(None)]
    assert any("diganti: undangan-v2.docx (sebelumnya undangan-dinas.docx" in line for line in lines)


def test_user_template_refused_stores_nothing(session):
    with pytest.raises(TemplateRejected, match="'nomer'"):
        ut.load_template(session, "undangan", "salah.docx", docx_with("{{ nomer }}"))
    assert ut.stored(session, "undangan") is None


def test_user_template_docx_export_fills_it_pdf_stays_builtin(session, tmp_path):
    ut.load_template(session, "undangan", "undangan-dinas.docx", OWN)
    docx_path = export_for_session(session, "undangan", tmp_path / "u.docx")
    body = texts(docx_path)
    assert body[:3] == ["KOP SURAT MILIK DINAS SENDIRI", "Nomor: 005/123/Disdukcapil",
                        "Hari/Tanggal: Jumat, 23 November 2018"]
    pdf_path = export_for_session(session, "undangan", tmp_path / "u.pdf")
    pdf = " ".join(page.extract_text() for page in PdfReader(pdf_path).pages)
    assert "KOP SURAT MILIK DINAS SENDIRI" not in pdf and "005/123/Disdukcapil" in pdf


def test_user_template_reset_goes_back_to_builtin(session, tmp_path):
    ut.load_template(session, "undangan", "undangan-dinas.docx", OWN)
    assert ut.reset_template(session, "undangan")
    assert ut.stored(session, "undangan") is None
    body = texts(export_for_session(session, "undangan", tmp_path / "u.docx"))
    assert "KOP SURAT MILIK DINAS SENDIRI" not in body
    assert any("dikembalikan ke bawaan" in e.keterangan for e in session.audit(None))


def test_user_template_field_rows_show_this_projects_values(session):
    rows = {row.tag: row for row in ut.field_rows(session, "undangan")}
    assert rows["{{ nomor }}"].contoh == "005/123/Disdukcapil"
    assert rows["{{ hari_tanggal }}"].keterangan == "Hari dan tanggal pembahasan"
    assert "{%tr for t in yth %}" in rows and "{{ t.alamat }}" in rows


def test_user_template_cli_export_fills_stored_template(path, tmp_path):
    session = open_project(path)
    try:
        ut.load_template(session, "undangan", "undangan-dinas.docx", OWN)
    finally:
        session.close()
    out = tmp_path / "undangan.docx"
    result = run("export", path, "undangan", "--out", out)
    assert result.returncode == 0, result.stderr
    assert Document(str(out)).paragraphs[1].text == "Nomor: 005/123/Disdukcapil"
    pdf = tmp_path / "undangan.pdf"
    assert run("export", path, "undangan", "--out", pdf).returncode == 0
    assert "KOP SURAT MILIK DINAS SENDIRI" not in PdfReader(pdf).pages[0].extract_text()
