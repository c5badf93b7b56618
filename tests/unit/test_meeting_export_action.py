"""Exporting a cycle document from a session: services.documents and the interactive action (pytest-qt)."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton, QWidget

from sp_desktop.export.errors import DocumentRefused, ExportError
from sp_desktop.services.documents import discussion_count, document_job, export_for_session
from sp_desktop.storage.errors import ProjectError
from sp_desktop.ui import doc_export_action
from sp_desktop.ui.settings_store import AppSettings
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


@pytest.fixture
def settings(tmp_path):
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def result_box(parent) -> QMessageBox | None:
    box = parent.findChild(QMessageBox, "doc_export_result_message_box")
    return box if box is not None and box.isVisible() else None


def test_export_interactively_proposes_a_name_writes_and_offers_to_open(qtbot, sample_session, tmp_path, settings,
                                                                        monkeypatch):
    parent = QWidget()
    qtbot.addWidget(parent)
    asked = {}
    target = tmp_path / "undangan saya.pdf"

    def ask(widget, title, proposed, filters):
        asked.update(title=title, proposed=proposed, filters=filters)
        return target

    opened = []
    monkeypatch.setattr(doc_export_action, "open_file", lambda path: opened.append(path) or True)
    doc_export_action.export_interactively(parent, sample_session, "undangan", ask_path=ask, settings=settings)
    assert asked["title"] == "Simpan Undangan Pembahasan"
    assert asked["proposed"].name.startswith("Undangan Pembahasan - Disdukcapil - ")
    assert asked["proposed"].suffix == ".pdf" and asked["filters"] == ["pdf", "docx"]
    qtbot.waitUntil(lambda: result_box(parent) is not None, timeout=20000)
    box = result_box(parent)
    assert "Undangan Pembahasan tersimpan" in box.text() and "undangan saya.pdf" in box.text()
    assert "005/412/DKPS/XI/2018" in pdf_text(target)
    assert settings.last_folder() == str(tmp_path)
    open_button = box.findChild(QPushButton, "open_file_push_button")
    assert open_button.text() == "&Buka berkas"
    qtbot.mouseClick(open_button, Qt.MouseButton.LeftButton)
    assert opened == [target]
    qtbot.waitUntil(lambda: parent.findChild(QProgressDialog, "doc_export_progress_dialog") is None
                    or not parent.findChild(QProgressDialog, "doc_export_progress_dialog").isVisible())


def test_export_interactively_reports_a_refusal(qtbot, sample_session, tmp_path, settings):
    set_discussions(sample_session, discussion(tanggal=""))
    parent = QWidget()
    qtbot.addWidget(parent)
    target = tmp_path / "ba.docx"
    doc_export_action.export_interactively(parent, sample_session, "berita-acara", settings=settings,
                                           ask_path=lambda *args: target)
    qtbot.waitUntil(lambda: result_box(parent) is not None, timeout=20000)
    box = result_box(parent)
    assert box.windowTitle() == "Berita Acara Pembahasan tidak dibuat"
    assert "tanggal pembahasan belum diisi" in box.text()
    assert box.findChild(QPushButton, "open_file_push_button") is None
    assert not target.exists()
    qtbot.mouseClick(box.findChild(QPushButton, "close_push_button"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: result_box(parent) is None)


def test_cancelling_the_file_dialog_does_nothing(qtbot, sample_session, settings):
    parent = QWidget()
    qtbot.addWidget(parent)
    doc_export_action.export_interactively(parent, sample_session, "daftar-hadir", settings=settings,
                                           ask_path=lambda *args: None)
    assert parent.findChild(QProgressDialog) is None and result_box(parent) is None
