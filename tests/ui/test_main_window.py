import os
import re
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from sp_desktop.services.session import open_project
from sp_desktop.ui.main_window import NAV_INSTANSI, NAV_LAYANAN, MainWindow


@pytest.fixture
def window(qtbot, app_settings):
    win = MainWindow(app_settings)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    return win


def choose_identity(qtbot, window, row=0):
    dialog = window.controller.identity_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.ui.members_table_widget.selectRow(row)
    qtbot.mouseClick(dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert window.controller.session.actor is not None


def open_as(qtbot, window, path, row=0):
    assert window.open_path(path)
    choose_identity(qtbot, window, row)


def read_back(window):
    """What the open project's file holds, read through a consistent copy opened with the real session."""
    session = window.controller.session
    copy = session.path.with_name(f"dibaca-{os.urandom(4).hex()}.spdb")
    session.save_copy(copy)
    other = open_project(copy)
    try:
        return other.load_project()
    finally:
        other.close()


def test_main_window_title_and_pages_after_opening(qtbot, window, project_file):
    assert window.windowTitle() == "SP Desktop"
    assert window.ui.main_stacked_widget.currentWidget() is window.ui.start_container_widget
    open_as(qtbot, window, project_file)
    assert window.windowTitle() == "contoh.spdb — SP Desktop"
    assert window.ui.main_stacked_widget.currentWidget() is window.ui.workspace_widget
    assert window.ui.nav_list_widget.currentRow() == NAV_LAYANAN  # a project with services opens on the list
    assert window.ui.pages_stacked_widget.currentWidget() is window.services_page
    window.ui.nav_list_widget.setCurrentRow(NAV_INSTANSI)
    assert window.ui.pages_stacked_widget.currentWidget() is window.instansi_page


def test_main_window_identity_is_asked_at_each_opening_with_the_last_choice_preselected(
    qtbot, app_settings, window, project_file
):
    assert window.open_path(project_file)
    assert window.ui.pages_stacked_widget.isEnabled() is False  # read-only until someone is chosen
    dialog = window.controller.identity_dialog
    table = dialog.ui.members_table_widget
    assert table.rowCount() == 4
    assert [table.item(1, c).text() for c in range(3)] == [
        "Dewi Lestari, S.E.",
        "Kepala Bidang Pelayanan Pencatatan Sipil",
        "Sekretaris",
    ]
    choose_identity(qtbot, window, row=1)
    assert window._actor_label.text() == "Anda: Dewi Lestari, S.E. (Sekretaris)"
    assert window.ui.pages_stacked_widget.isEnabled()
    window.controller.close_project()

    again = MainWindow(app_settings)
    qtbot.addWidget(again)
    assert again.open_path(project_file)
    # A shared office PC: the last choice is preselected, never silently reused.
    assert again.controller.session.actor is None
    dialog = again.controller.identity_dialog
    assert dialog is not None and dialog.isVisible()
    sekretaris = next(m for m in again.controller.session.members() if m.peran == "sekretaris")
    assert dialog.chosen_member_id() == sekretaris.id
    qtbot.mouseClick(dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert again.controller.session.actor.nama == "Dewi Lestari, S.E."


def test_main_window_switch_user_reopens_identity_dialog(qtbot, window, project_file):
    open_as(qtbot, window, project_file, row=0)
    window.ui.switch_user_action.trigger()
    choose_identity(qtbot, window, row=2)
    assert window._actor_label.text() == "Anda: Andi Pratama (Anggota)"


def test_main_window_switch_user_refreshes_the_open_editor(qtbot, window, project_file):
    open_as(qtbot, window, project_file, row=0)  # the ketua
    page = window.services_page
    page.open_service(page.selected_service().id)  # Penerbitan Akta Kelahiran, complete
    review = page.editor.review
    assert review.ui.mark_ready_button.isEnabled()
    window.ui.switch_user_action.trigger()
    choose_identity(qtbot, window, row=2)  # an anggota
    reason = "Hanya ketua tim yang dapat menandai standar siap dibahas atau membukanya kembali."
    assert not review.ui.mark_ready_button.isEnabled()
    assert review.ui.mark_ready_reason_label.text() == reason
    window.ui.switch_user_action.trigger()
    choose_identity(qtbot, window, row=0)
    assert review.ui.mark_ready_button.isEnabled()
    assert not review.ui.mark_ready_reason_label.text()


def test_identity_dialog_adds_first_member_of_empty_team(qtbot, window, empty_project_file):
    assert window.open_path(empty_project_file)
    dialog = window.controller.identity_dialog
    assert dialog.is_first_member
    form = dialog.ui.member_form_widget
    assert form.ui.peran_combo_box.currentData() == "ketua"
    ok = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(form.ui.nama_line_edit, "Ir. BUDI SANTOSO, M.T.")
    qtbot.keyClicks(form.ui.jabatan_line_edit, "Sekretaris Dinas")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert window._actor_label.text() == "Anda: Ir. BUDI SANTOSO, M.T. (Ketua)"
    tim = read_back(window).tim
    assert [(m.nama, m.nip, m.jabatan, m.peran) for m in tim] == [
        ("Ir. BUDI SANTOSO, M.T.", "", "Sekretaris Dinas", "ketua")
    ]


def test_main_window_status_bar_shows_saved_time(qtbot, window, project_file):
    open_as(qtbot, window, project_file)
    assert window._saved_label.text() == "Tersimpan otomatis"
    window.ui.nav_list_widget.setCurrentRow(NAV_INSTANSI)
    qtbot.keyClicks(window.instansi_page.ui.singkatan_line_edit, " Bontang")
    assert re.fullmatch(r"Tersimpan pukul \d\d\.\d\d\.\d\d", window._saved_label.text())
    assert read_back(window).instansi.singkatan == "Disdukcapil Bontang"


def test_main_window_close_returns_to_start_screen(qtbot, window, project_file):
    open_as(qtbot, window, project_file)
    window.ui.close_action.trigger()
    assert window.controller.session is None
    assert window.windowTitle() == "SP Desktop"
    assert window.ui.main_stacked_widget.currentWidget() is window.ui.start_container_widget
    assert window.start_page.ui.recent_list_widget.count() == 1
    assert not window.ui.save_copy_action.isEnabled()
    open_project(project_file).close()  # the file lock was released


def test_main_window_recent_files_newest_first_and_missing_removed(
    qtbot, window, project_file, empty_project_file, message_boxes
):
    open_as(qtbot, window, project_file)
    assert window.open_path(empty_project_file)
    window.controller.identity_dialog.reject()
    assert window.controller.settings.recent_files() == [empty_project_file.resolve(), project_file.resolve()]
    actions = window.ui.recent_menu.actions()
    assert [a.text() for a in actions] == ["&1 kosong.spdb", "&2 contoh.spdb"]

    window.ui.close_action.trigger()
    project_file.unlink()
    window.ui.recent_menu.actions()[1].trigger()
    assert message_boxes.kinds() == ["information"]
    assert "tidak ditemukan lagi" in message_boxes.texts()[0]
    assert window.controller.settings.recent_files() == [empty_project_file.resolve()]
    assert window.start_page.ui.recent_list_widget.count() == 1

    item = window.start_page.ui.recent_list_widget.item(0)
    window.start_page.ui.recent_list_widget.itemActivated.emit(item)
    assert window.windowTitle() == "kosong.spdb — SP Desktop"
    window.controller.identity_dialog.reject()


def test_main_window_recent_files_keep_at_most_eight(app_settings, tmp_path):
    for number in range(10):
        app_settings.add_recent(tmp_path / f"p{number}.spdb")
    recent = app_settings.recent_files()
    assert len(recent) == 8 and recent[0].name == "p9.spdb"


def test_main_window_new_project_via_file_dialog(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "baru"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    window.ui.new_action.trigger()
    assert (tmp_path / "baru.spdb").exists()
    assert window.windowTitle() == "baru.spdb — SP Desktop"
    assert window.controller.identity_dialog.is_first_member
    window.controller.identity_dialog.reject()


def test_main_window_new_project_refuses_existing_file(qtbot, window, project_file, monkeypatch, message_boxes):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(project_file), "")))
    window.ui.new_action.trigger()
    assert message_boxes.kinds() == ["warning"] and "sudah ada" in message_boxes.texts()[0]
    assert window.controller.session is None


def test_main_window_open_and_save_copy(qtbot, window, project_file, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(project_file), "")))
    window.ui.open_action.trigger()
    choose_identity(qtbot, window)
    copy = tmp_path / "cadangan.spdb"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(copy), "")))
    window.ui.save_copy_action.trigger()
    assert window.ui.status_bar.currentMessage() == f"Salinan disimpan: {copy}"
    other = open_project(copy)
    try:
        assert len(other.services()) == 3
    finally:
        other.close()


def _not_a_project(tmp_path, project_file):
    path = tmp_path / "catatan.spdb"
    path.write_text("Catatan rapat, bukan proyek.", encoding="utf-8")
    return path, "bukan berkas proyek"


def _damaged(tmp_path, project_file):
    path = tmp_path / "rusak.spdb"
    path.write_bytes(project_file.read_bytes()[:1500])
    return path, "rusak"


def _newer(tmp_path, project_file):
    path = tmp_path / "baru-versi.spdb"
    path.write_bytes(project_file.read_bytes())
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version=999")
    conn.close()
    return path, "versi yang lebih baru"


def _read_only(tmp_path, project_file, monkeypatch):
    # Tests run as root, for whom chmod does not stop writing, so the OS answer is simulated.
    path = tmp_path / "hanya-baca.spdb"
    path.write_bytes(project_file.read_bytes())
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, *a, **k: False if Path(p) == path else real_access(p, mode))
    return path, "hanya-baca"


BAD_FILES = {"not_a_project": _not_a_project, "damaged": _damaged, "newer": _newer}


@pytest.mark.parametrize("kind", [*BAD_FILES, "read_only", "already_open"])
def test_main_window_bad_file_shows_message_and_keeps_project(
    qtbot, window, project_file, tmp_path, monkeypatch, message_boxes, kind
):
    open_as(qtbot, window, project_file)
    holder = None
    if kind == "read_only":
        path, expected = _read_only(tmp_path, project_file, monkeypatch)
    elif kind == "already_open":
        path = tmp_path / "dipakai.spdb"
        path.write_bytes(project_file.read_bytes())
        holder = open_project(path)
        expected = "sudah terbuka"
    else:
        path, expected = BAD_FILES[kind](tmp_path, project_file)
    try:
        assert not window.open_path(path)
    finally:
        if holder is not None:
            holder.close()
    assert message_boxes.kinds() == ["warning"]
    assert expected in message_boxes.texts()[0]
    assert window.windowTitle() == "contoh.spdb — SP Desktop"
    assert window.controller.session.path == project_file
    assert len(window.controller.session.services()) == 3


def test_main_window_new_project_in_locked_folder_shows_message(qtbot, window, tmp_path, monkeypatch, message_boxes):
    blocker = tmp_path / "bukan-folder"
    blocker.write_text("x", encoding="utf-8")
    target = blocker / "baru.spdb"  # its "folder" is a file, so nothing can be created there
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    window.ui.new_action.trigger()
    assert message_boxes.kinds() == ["warning"]
    assert "tidak dapat dibuat" in message_boxes.texts()[0]
    assert window.ui.main_stacked_widget.currentWidget() is window.ui.start_container_widget


def _open_edit_menu(qtbot, window):
    menu_bar, menu = window.ui.menu_bar, window.ui.edit_menu
    with qtbot.waitSignal(menu.aboutToShow):
        qtbot.mouseClick(menu_bar, Qt.MouseButton.LeftButton,
                         pos=menu_bar.actionGeometry(menu.menuAction()).center())
    qtbot.waitUntil(menu.isVisible)
    texts = [action.text() for action in menu.actions()]
    menu.close()
    qtbot.waitUntil(lambda: not menu.isVisible())
    return texts


def test_main_window_edit_menu_opens_twice_with_a_service_open(qtbot, window, project_file):
    open_as(qtbot, window, project_file)
    assert _open_edit_menu(qtbot, window) == ["Urungkan", "Ulangi"]  # placeholders, no service open
    assert _open_edit_menu(qtbot, window) == ["Urungkan", "Ulangi"]
    page = window.services_page
    page.open_service(window.controller.session.summaries()[0].id)
    editor = page.editor
    for _ in range(3):
        assert _open_edit_menu(qtbot, window) == ["Urungkan", "Ulangi"]
        assert window.ui.edit_menu.actions() == [editor.undo_action, editor.redo_action]
    page.show_list()
    assert _open_edit_menu(qtbot, window) == ["Urungkan", "Ulangi"]
    assert not any(action.isEnabled() for action in window.ui.edit_menu.actions())
    page.open_service(window.controller.session.summaries()[1].id)
    assert _open_edit_menu(qtbot, window) == ["Urungkan", "Ulangi"]
    assert window.ui.edit_menu.actions() == [editor.undo_action, editor.redo_action]


def test_main_window_navigation_shows_where_the_keyboard_focus_is(qtbot, app_settings):
    from PySide6.QtGui import QColor

    window = MainWindow(app_settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    nav = window.ui.nav_list_widget
    nav.setCurrentRow(1)
    nav.setFocus()
    qtbot.waitUntil(nav.hasFocus)
    image = nav.viewport().grab().toImage()
    rect = nav.visualItemRect(nav.item(1))
    edge = [QColor(image.pixel(rect.left() + 1, y)).lightness() for y in range(rect.top() + 3, rect.bottom() - 3)]
    # A dark ring round the focused item: without it, Tab into the left bar shows nothing (issue 7, item 15).
    assert max(edge) < 60
