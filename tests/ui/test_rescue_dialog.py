import hashlib
import json
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from sp_desktop.ui.app import create_main_window
from sp_desktop.ui.dialogs.rescue_dialog import INTACT_TEXT, RescueDialog
from sp_desktop.ui.main_window import MainWindow

LEFT = Qt.MouseButton.LeftButton
NAMES = ["Penerbitan Akta Kelahiran", "Penerbitan Kartu Keluarga", "Penerbitan Kartu Identitas Anak (KIA)"]


def sha256(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def damaged_file(project_file):
    """The example project damaged by another tool: broken JSON in one service, text that is not UTF-8 in another."""
    conn = sqlite3.connect(project_file)
    ids = [row[0] for row in conn.execute("SELECT id FROM layanan ORDER BY position")]
    conn.execute("UPDATE layanan SET persyaratan = '{broken' WHERE id = ?", [ids[0]])
    conn.execute("UPDATE layanan SET produk = CAST(x'ff' AS TEXT) WHERE id = ?", [ids[2]])
    conn.commit()
    conn.close()
    return project_file


@pytest.fixture
def window(qtbot, app_settings):
    win = MainWindow(app_settings)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    return win


def open_rescue(window, path) -> RescueDialog:
    assert not window.open_path(path)
    dialog = window.controller.rescue_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def save_as(monkeypatch, target):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))


def test_rescue_dialog_opens_instead_of_a_damaged_project_and_changes_nothing(
    qtbot, window, damaged_file, message_boxes
):
    before = sha256(damaged_file)
    side_files = sorted(p.name for p in damaged_file.parent.iterdir())
    dialog = open_rescue(window, damaged_file)
    assert message_boxes.shown == []  # the dialog, not a bare warning
    assert dialog.windowModality() == Qt.WindowModality.WindowModal and dialog.parent() is window
    assert "rusak" in dialog.ui.intro_label.text() and "tidak akan diubah" in dialog.ui.intro_label.text()
    tree = dialog.ui.services_tree_widget
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    assert [item.text(0) for item in items] == NAMES
    assert "Persyaratan" in items[0].text(1)
    assert [items[0].child(0).text(0), items[0].child(0).text(1)] == ["Persyaratan", "JSON rusak"]
    assert items[1].text(1) == INTACT_TEXT and items[1].childCount() == 0
    assert items[2].child(0).text(0) == "Produk pelayanan" and "UTF-8" in items[2].child(0).text(1)
    assert "1 utuh, 2 sebagian" in dialog.ui.summary_label.text()
    assert not dialog.ui.other_list_widget.isVisible()
    close = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Close)
    assert close.text() == "Tutup"
    qtbot.mouseClick(close, LEFT)
    assert window.controller.rescue_dialog is None and window.controller.session is None
    assert sha256(damaged_file) == before
    assert sorted(p.name for p in damaged_file.parent.iterdir()) == side_files


def test_rescue_dialog_saves_a_new_project_and_opens_it(qtbot, window, damaged_file, tmp_path, monkeypatch):
    before = sha256(damaged_file)
    dialog = open_rescue(window, damaged_file)
    target = tmp_path / "diselamatkan"
    save_as(monkeypatch, target)
    qtbot.mouseClick(dialog.ui.save_project_push_button, LEFT)
    assert dialog.saved_project == tmp_path / "diselamatkan.spdb"
    assert "Proyek baru disimpan" in dialog.ui.status_label.text()
    box = dialog.open_box
    assert box is not None and box.isVisible() and box.windowModality() == Qt.WindowModality.WindowModal
    texts = sorted(b.text().replace("&", "") for b in box.buttons())
    assert texts == ["Buka proyek baru", "Nanti saja"]
    button = next(b for b in box.buttons() if b.text().replace("&", "") == "Buka proyek baru")
    qtbot.mouseClick(button, LEFT)

    session = window.controller.session
    assert session is not None and session.path == tmp_path / "diselamatkan.spdb"
    assert window.controller.rescue_dialog is None
    assert [s.jenis_pelayanan for s in session.summaries()] == NAMES
    first, _second, third = session.services()
    assert first.persyaratan == [] and third.produk == []
    assert session.services()[1].persyaratan  # the readable service came whole
    assert window.windowTitle().startswith("diselamatkan.spdb")
    assert sha256(damaged_file) == before


def test_rescue_dialog_saves_sp_json(qtbot, window, damaged_file, tmp_path, monkeypatch):
    before = sha256(damaged_file)
    dialog = open_rescue(window, damaged_file)
    save_as(monkeypatch, tmp_path / "hasil penyelamatan")
    qtbot.mouseClick(dialog.ui.save_json_push_button, LEFT)
    written = tmp_path / "hasil penyelamatan.json"
    data = json.loads(written.read_text(encoding="utf-8"))
    assert [s["jenis_pelayanan"] for s in data["layanan"]] == NAMES
    assert "SP JSON disimpan" in dialog.ui.status_label.text()
    assert sha256(damaged_file) == before
    dialog.reject()


def test_rescue_dialog_never_writes_over_a_project(qtbot, window, damaged_file, empty_project_file, monkeypatch,
                                                  message_boxes):
    before = sha256(damaged_file)
    dialog = open_rescue(window, damaged_file)
    save_as(monkeypatch, damaged_file)
    qtbot.mouseClick(dialog.ui.save_project_push_button, LEFT)
    assert dialog.saved_project is None and dialog.open_box is None
    disguised = empty_project_file.with_name("arsip.json")  # a project someone named .json
    empty_project_file.rename(disguised)
    kept = sha256(disguised)
    save_as(monkeypatch, disguised)
    qtbot.mouseClick(dialog.ui.save_json_push_button, LEFT)
    assert message_boxes.kinds() == ["warning", "warning"]
    assert [title for _kind, title, _text in message_boxes.shown] == ["Simpan sebagai proyek baru",
                                                                       "Simpan sebagai SP JSON"]
    first, second = message_boxes.texts()
    assert "sedang diselamatkan" in first and "tidak pernah ditimpa" in first
    assert "berkas proyek" in second
    assert not dialog.ui.status_label.isVisible()
    assert sha256(damaged_file) == before and sha256(disguised) == kept
    dialog.reject()


def test_rescue_dialog_also_at_start_up(qtbot, app_settings, damaged_file, message_boxes):
    before = sha256(damaged_file)
    window = create_main_window(damaged_file, app_settings)
    qtbot.addWidget(window)
    dialog = window.controller.rescue_dialog
    assert isinstance(dialog, RescueDialog)
    assert window.ui.main_stacked_widget.currentWidget() is window.ui.start_container_widget
    assert message_boxes.shown == []
    dialog.reject()
    assert sha256(damaged_file) == before


def test_rescue_dialog_keeps_the_open_project(qtbot, window, damaged_file, tmp_path):
    other = tmp_path / "lain.spdb"
    window.open_path(other, create=True)
    dialog = open_rescue(window, damaged_file)
    assert window.controller.session.path == other
    dialog.reject()
