"""Exporting a cycle document from a session: services.documents and the interactive action (pytest-qt)."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from sp_desktop.export.errors import DocumentRefused, ExportError
from sp_desktop.services.documents import discussion_count, document_job, export_for_session
from sp_desktop.storage.errors import ProjectError
from tests.unit.export_fixtures import LOGO_PNG
from tests.unit.test_meeting_docs import discussion


def pdf_text(path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(str(path)).pages).split())


def set_discussions(session, *items, photos=()):
    with session._write("pembahasan", needs_actor=False):
        extra = session.repo.extra()
        extra["pembahasan"] = list(items)
        session.repo.save_extra(extra)
        for name, caption in photos:
            session.repo.add_attachment(f"pembahasan:{items[-1]['id']}", "foto", name, "image/png", LOGO_PNG,
                                        caption, "uji")


def test_export_for_session_writes_the_sample_discussion(sample_session, tmp_path):
    out = export_for_session(sample_session, "berita-acara", tmp_path / "ba.pdf", paper="a4")
    text = pdf_text(out)
    assert "dua puluh tiga bulan November tahun dua ribu delapan belas" in text and "Hj. Nurhayati" in text
    assert discussion_count(sample_session) == 1


def test_export_for_session_never_writes_over_the_project(sample_session):
    with pytest.raises(ProjectError):
        export_for_session(sample_session, "undangan", sample_session.path)


def test_document_job_reads_photos_only_for_the_laporan(sample_session):
    set_discussions(sample_session, discussion(id="x1"), discussion(id="x2"),
                    photos=[("a.png", "Pembukaan"), ("b.png", "")])
    _, request = document_job(sample_session, "laporan-pembahasan")
    assert list(request.files.values()) == [LOGO_PNG, LOGO_PNG]
    assert sorted(request.captions.values()) == ["", "Pembukaan"]
    _, first = document_job(sample_session, "laporan-pembahasan", session_index=0)
    assert first.files == {}  # the photos belong to the second discussion
    _, other = document_job(sample_session, "undangan")
    assert other.files == {}
    with pytest.raises(ExportError, match="Pembahasan ke-5 tidak ada"):
        document_job(sample_session, "laporan-pembahasan", session_index=4)


def test_export_for_session_passes_the_refusal_on(sample_session, tmp_path):
    set_discussions(sample_session, discussion(tanggal=""))
    with pytest.raises(DocumentRefused):
        export_for_session(sample_session, "berita-acara", tmp_path / "ba.docx")
