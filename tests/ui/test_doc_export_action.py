"""The interactive export of the cycle's documents (ui/doc_export_action.py), driven with pytest-qt."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton, QWidget

from sp_desktop.ui import doc_export_action
from sp_desktop.ui.settings_store import AppSettings
from tests.unit.test_meeting_docs import discussion
from tests.unit.test_meeting_export_action import pdf_text, set_discussions


@pytest.fixture
def sample_session(tmp_path):
    """An interactive session on a project holding tests/data/proyek_contoh.json, no member chosen."""
    import json
    from pathlib import Path

    from sp_desktop.services.session import open_project

    path = tmp_path / "proyek.spdb"
    setup = open_project(path, create=True)
    data = Path(__file__).resolve().parents[1] / "data" / "proyek_contoh.json"
    setup.import_document(json.loads(data.read_text(encoding="utf-8")))
    setup.close()
    s = open_project(path, interactive=True)
    yield s
    s.close()


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


def test_export_interactively_fills_the_units_own_word_template(qtbot, sample_session, tmp_path, settings):
    from docx import Document

    from sp_desktop.services import user_templates
    from tests.unit.test_user_templates import docx_with

    owner = next(m for m in sample_session.members() if m.peran == "sekretaris")
    sample_session.set_actor(owner.id)
    user_templates.load_template(sample_session, "undangan", "dinas.docx",
                                 docx_with("KOP SURAT MILIK DINAS SENDIRI", "Nomor: {{ nomor }}"))
    parent = QWidget()
    qtbot.addWidget(parent)
    target = tmp_path / "undangan.docx"
    doc_export_action.export_interactively(parent, sample_session, "undangan", settings=settings,
                                           ask_path=lambda *args: target)
    qtbot.waitUntil(lambda: result_box(parent) is not None, timeout=20000)
    text = "\n".join(p.text for p in Document(str(target)).paragraphs)
    assert "KOP SURAT MILIK DINAS SENDIRI" in text and "Nomor: 005/412/DKPS/XI/2018" in text
    qtbot.mouseClick(result_box(parent).findChild(QPushButton, "close_push_button"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: result_box(parent) is None)
