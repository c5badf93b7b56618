from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from sp_desktop.ui.main_window import NAV_LAYANAN
from tests.ui.test_main_window import open_as, window  # noqa: F401 - fixture


def close_dialog(qtbot, dialog):
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_main_window_document_actions_need_an_open_project(window):  # noqa: F811
    for action in (window.ui.export_action, window.ui.print_action, window.ui.document_settings_action):
        assert not action.isEnabled()


def test_main_window_export_action_preselects_the_selected_service(qtbot, window, project_file):  # noqa: F811
    open_as(qtbot, window, project_file)
    page = window.services_page
    second = page.select_service(window.controller.session.services()[1].id)
    assert second
    window.ui.export_action.trigger()
    from sp_desktop.ui.dialogs.export_dialog import ExportDialog

    dialog = window.findChild(ExportDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.chosen_service_ids() == [window.controller.session.services()[1].id]
    close_dialog(qtbot, dialog)


def test_main_window_print_action_makes_print_the_default_button(qtbot, window, project_file):  # noqa: F811
    open_as(qtbot, window, project_file)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    from sp_desktop.ui.dialogs.export_dialog import ExportDialog

    dialog = window.findChild(ExportDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.ui.print_push_button.isDefault()
    close_dialog(qtbot, dialog)


def test_main_window_edit_menu_follows_the_open_editor(qtbot, window, project_file):  # noqa: F811
    open_as(qtbot, window, project_file)
    window.ui.edit_menu.aboutToShow.emit()
    actions = window.ui.edit_menu.actions()
    assert [a.text() for a in actions] == ["Urungkan", "Ulangi"]
    assert not any(a.isEnabled() for a in actions)
    assert window.ui.nav_list_widget.currentRow() == NAV_LAYANAN
    window.services_page.open_service(window.controller.session.services()[0].id)
    editor = window.services_page.editor
    window.ui.edit_menu.aboutToShow.emit()
    assert window.ui.edit_menu.actions() == [editor.undo_action, editor.redo_action]
    editor.go_to_step("jumlah_pelaksana")
    text_edit = editor.pages["jumlah_pelaksana"].ui.jumlah_plain_text_edit
    service_id = editor.service_id
    stored_before = window.controller.session.service(service_id).jumlah_pelaksana
    text_edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(text_edit, " tambah")
    assert window.controller.session.service(service_id).jumlah_pelaksana == stored_before + " tambah"
    assert editor.undo_action.isEnabled()
    window.ui.edit_menu.actions()[0].trigger()
    assert window.controller.session.service(service_id).jumlah_pelaksana == stored_before


def test_main_window_refusal_link_opens_the_service_at_its_step(qtbot, window, project_file):  # noqa: F811
    open_as(qtbot, window, project_file)
    second = window.controller.session.services()[1]
    dialog = window.open_export_dialog()
    qtbot.waitUntil(dialog.isVisible)
    dialog.step_requested.emit(second.id, "persyaratan")  # as the refusal box's link does
    page = window.services_page
    qtbot.waitUntil(page.is_editor_shown)
    assert page.editor.service_id == second.id
    assert page.editor.current_step() == "persyaratan"
    close_dialog(qtbot, dialog)
