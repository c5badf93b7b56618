"""Bantuan › Tentang: the version and how this copy was built (installed package or source)."""

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

import sp_desktop
from sp_desktop.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, app_settings):
    win = MainWindow(app_settings)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    return win


def open_about(qtbot, window) -> QMessageBox:
    """Open Tentang the way a user does: the Bantuan menu's last entry."""
    entry = [a for a in window.ui.help_menu.actions() if not a.isSeparator()][-1]
    assert entry.text() == "&Tentang SP Desktop"
    entry.trigger()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "about_box") is not None)
    box = window.findChild(QMessageBox, "about_box")
    qtbot.waitUntil(box.isVisible)
    return box


def close(qtbot, window, box) -> None:
    qtbot.mouseClick(box.buttons()[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "about_box") is None)


def test_about_shows_the_version_and_a_source_run(qtbot, window, tmp_path):
    box = open_about(qtbot, window)
    assert box.windowTitle() == "Tentang SP Desktop"
    text = box.text()
    assert f"versi {sp_desktop.__version__}" in text
    assert "Dijalankan dari kode sumber" in text
    assert str(Path(sp_desktop.__file__).resolve().parent) in text
    window.grab().save(str(tmp_path / "tentang.png"))
    close(qtbot, window, box)


def test_about_names_the_installed_package_and_its_folder_when_frozen(qtbot, window, monkeypatch, tmp_path):
    install = tmp_path / "Programs" / "SP Desktop"
    install.mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(install / "sp-desktop.exe"))
    box = open_about(qtbot, window)
    text = box.text()
    assert f"versi {sp_desktop.__version__}" in text
    assert "Paket terpasang (PyInstaller)" in text
    assert "kode sumber" not in text
    assert str(install.resolve()) in text
    close(qtbot, window, box)
