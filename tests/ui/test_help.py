"""Bantuan: the user guide, the shortcut list, where the project file is, and its full path in the window."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QLabel

from sp_desktop.ui.dialogs import help_dialog
from sp_desktop.ui.main_window import NAV_LAYANAN, MainWindow


@pytest.fixture
def window(qtbot, app_settings):
    win = MainWindow(app_settings)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    return win


def open_project(window, path):
    assert window.open_path(path)
    dialog = window.controller.identity_dialog
    dialog.ui.members_table_widget.selectRow(0)
    dialog.accept()


def _open_from_menu(qtbot, window, action):
    before = set(window.findChildren(help_dialog.HelpDialog))
    action.trigger()
    dialogs = [d for d in window.findChildren(help_dialog.HelpDialog) if d not in before]
    assert len(dialogs) == 1
    qtbot.waitUntil(dialogs[0].isVisible)
    return dialogs[0]


def test_help_menu_offers_guide_shortcuts_project_file_and_about(window):
    texts = [action.text() for action in window.ui.help_menu.actions() if not action.isSeparator()]
    assert texts == ["&Panduan pengguna…", "Daftar pintasan papan &ketik…", "&Lokasi berkas proyek…",
                     "&Tentang SP Desktop"]


def test_help_guide_explains_the_cycle_screens_and_documents(qtbot, window):
    dialog = _open_from_menu(qtbot, window, window.ui.guide_action)
    text = dialog.ui.content_text_browser.toPlainText()
    for expected in ("Siklus Standar Pelayanan", "Pembahasan", "Penetapan", "Profil Instansi", "Tim Penyusun",
                     "Jenis Pelayanan", "Tinjauan", "Rancangan Standar Pelayanan", "Maklumat Pelayanan",
                     "Poster Maklumat"):
        assert expected in text
    assert dialog.windowTitle() == "Bantuan — Panduan pengguna"
    dialog.close()


def _portable(sequence: QKeySequence) -> str:
    text = sequence.toString(QKeySequence.SequenceFormat.PortableText)
    for english, indonesian in (("Up", "Atas"), ("Down", "Bawah"), ("Left", "Kiri"), ("Right", "Kanan")):
        text = text.replace(f"+{english}", f"+{indonesian}")
    return text


def test_help_shortcut_list_names_every_shortcut_of_the_app(qtbot, window, project_file):
    open_project(window, project_file)
    page = window.services_page
    page.open_service(window.controller.session.summaries()[0].id)
    actions = [*window.findChildren(QAction), *page.findChildren(QAction)]
    keys = {_portable(key) for action in actions for key in action.shortcuts()}
    keys.discard("")
    dialog = _open_from_menu(qtbot, window, window.ui.shortcuts_action)
    text = dialog.ui.content_text_browser.toPlainText()
    missing = sorted(key for key in keys if key not in text)
    assert missing == []
    assert dialog.ui.topics_list_widget.currentRow() == help_dialog.TOPIC_SHORTCUTS
    dialog.close()


def test_help_project_file_shows_the_path_and_opens_its_folder(qtbot, window, project_file, monkeypatch):
    open_project(window, project_file)
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    dialog = _open_from_menu(qtbot, window, window.ui.project_file_action)
    assert str(project_file) in dialog.ui.content_text_browser.toPlainText()
    assert dialog.ui.project_path_label.text() == str(project_file)
    qtbot.mouseClick(dialog.ui.open_folder_push_button, Qt.MouseButton.LeftButton)
    assert [url.toLocalFile() for url in opened] == [str(project_file.parent)]
    dialog.close()


def test_help_without_a_project_cannot_open_a_folder(qtbot, window):
    dialog = _open_from_menu(qtbot, window, window.ui.project_file_action)
    assert not dialog.ui.open_folder_push_button.isEnabled()
    assert "Belum ada proyek yang dibuka" in dialog.ui.content_text_browser.toPlainText()
    dialog.close()


def test_help_window_shows_the_project_full_path(qtbot, window, project_file):
    open_project(window, project_file)
    label = window.findChild(QLabel, "project_path_label")
    assert label is not None and label.text() == str(project_file)
    assert str(project_file) in label.toolTip()
    assert window.windowFilePath() == str(project_file)
    window.ui.nav_list_widget.setCurrentRow(NAV_LAYANAN)
    window.controller.close_project()
    assert label.text() == "" and window.windowFilePath() == ""


def test_help_texts_are_found_as_package_resources():
    for name in ("panduan.md", "pintasan.md", "berkas_proyek.md", "tanpa_proyek.md"):
        assert help_dialog.help_text(name).startswith("# ")
