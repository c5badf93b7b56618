"""Dokumen › Situs web… (ui/website_action.py): a folder chosen, the site written off the GUI thread, reported."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from sp_desktop.services import website
from sp_desktop.ui import website_action
from tests.ui.test_main_window import open_as, window  # noqa: F401 - fixture


def result_box(parent) -> QMessageBox | None:
    box = parent.findChild(QMessageBox, "site_export_result_message_box")
    return box if box is not None and box.isVisible() else None


def test_site_action_writes_the_site_into_a_subfolder_and_offers_to_open_it(qtbot, window, project_file,  # noqa: F811
                                                                          tmp_path, monkeypatch):
    assert window.site_action in window.ui.document_menu.actions()
    assert window.site_action.text() == "&Situs web\u2026" and not window.site_action.isEnabled()
    open_as(qtbot, window, project_file)
    assert window.site_action.isEnabled()
    docs = tmp_path / "Dokumen"
    docs.mkdir()
    (docs / "surat.docx").write_bytes(b"milik unit")
    asked = []
    monkeypatch.setattr(website_action, "ask_folder", lambda parent, title, start: asked.append(title) or docs)
    opened = []
    monkeypatch.setattr(website_action, "open_file", lambda path: opened.append(path) or True)
    window.site_action.trigger()
    assert asked == ["Pilih folder untuk situs web"]
    qtbot.waitUntil(lambda: result_box(window) is not None, timeout=60000)
    box = result_box(window)
    site = docs / "situs-web"
    assert box.windowTitle() == "Situs web selesai"
    assert f"Situs web tersimpan di {site} (5 halaman)" in box.text()
    assert (site / "index.html").is_file() and (site / website.MARKER).is_file()
    assert (docs / "surat.docx").read_bytes() == b"milik unit"
    assert window.controller.settings.last_folder() == str(docs)
    qtbot.mouseClick(box.findChild(QPushButton, "open_site_push_button"), Qt.MouseButton.LeftButton)
    assert opened == [site / "index.html"]
    qtbot.waitUntil(lambda: result_box(window) is None)


def test_site_action_reports_a_refused_folder_and_writes_nothing(qtbot, window, project_file, tmp_path,  # noqa: F811
                                                               monkeypatch):
    open_as(qtbot, window, project_file)
    docs = tmp_path / "Dokumen"
    (docs / "situs-web").mkdir(parents=True)
    (docs / "situs-web" / "index.html").write_text("situs lama buatan tangan", encoding="utf-8")
    (docs / "catatan.txt").write_text("x", encoding="utf-8")
    monkeypatch.setattr(website_action, "ask_folder", lambda *args: docs)
    window.site_action.trigger()
    qtbot.waitUntil(lambda: result_box(window) is not None, timeout=20000)
    box = result_box(window)
    assert box.windowTitle() == "Situs web tidak dibuat" and "bukan hasil ekspor situs" in box.text()
    assert box.findChild(QPushButton, "open_site_push_button") is None
    assert (docs / "situs-web" / "index.html").read_text(encoding="utf-8") == "situs lama buatan tangan"
    qtbot.mouseClick(box.findChild(QPushButton, "close_push_button"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: result_box(window) is None)


def test_site_action_does_nothing_when_the_folder_dialog_is_cancelled(qtbot, window, project_file,  # noqa: F811
                                                                    tmp_path, monkeypatch):
    open_as(qtbot, window, project_file)
    monkeypatch.setattr(website_action, "ask_folder", lambda *args: None)
    window.site_action.trigger()
    assert result_box(window) is None and list(tmp_path.glob("**/index.html")) == []
