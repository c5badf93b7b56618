"""Optional PINs in the GUI: choosing oneself with a PIN, setting one's own, and the ketua's PIN asked for
ketua-only actions."""

import pytest
from editor_helpers import make_editor
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from sp_desktop.services import identity
from sp_desktop.ui.main_window import MainWindow
from sp_desktop.ui.pages.team_page import TeamPage

OK = QDialogButtonBox.StandardButton.Ok


def click(qtbot, button):
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def member(session, peran):
    return next(m for m in session.members() if m.peran == peran)


@pytest.fixture
def ketua_with_pin(session):
    identity.set_own_pin(session, "2468")
    return member(session, "ketua")


def test_identity_pin_member_with_a_pin_is_chosen_with_it(qtbot, app_settings, project_file, message_boxes):
    from sp_desktop.services.session import open_project

    setup = open_project(project_file, interactive=True)
    ketua = member(setup, "ketua")
    setup.set_actor(ketua.id)
    identity.set_own_pin(setup, "1357")
    setup.close()
    window = MainWindow(app_settings)
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(project_file)
    dialog = window.controller.identity_dialog
    assert "tidak melindungi" in dialog.ui.pin_help_label.text()
    dialog.ui.members_table_widget.selectRow(0)  # the ketua
    assert dialog.ui.pin_line_edit.isVisible()
    ok = dialog.ui.button_box.button(OK)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.ui.pin_line_edit, "0000")
    click(qtbot, ok)
    assert window.controller.session.actor is None
    assert message_boxes.texts() == [f"PIN {ketua.nama} salah."]
    qtbot.waitUntil(lambda: window.controller.identity_dialog is not None)  # asked again, same member
    again = window.controller.identity_dialog
    assert again.chosen_member_id() == ketua.id
    qtbot.keyClicks(again.ui.pin_line_edit, "1357")
    click(qtbot, again.ui.button_box.button(OK))
    assert window.controller.session.actor.id == ketua.id
    window.controller.close_project()


def test_identity_pin_a_member_sets_their_own_pin_on_the_team_page(qtbot, session, signals, message_boxes):
    page = TeamPage(session, signals)
    qtbot.addWidget(page)
    page.show()
    assert "tidak melindungi" in page.pin_push_button.toolTip()
    click(qtbot, page.pin_push_button)
    dialog = page.pin_dialog
    assert dialog is not None and not dialog.ui.current_pin_line_edit.isVisible()
    qtbot.keyClicks(dialog.ui.new_pin_line_edit, "86420")
    qtbot.keyClicks(dialog.ui.repeat_pin_line_edit, "86421")
    assert dialog.ui.error_label.text() == "Kedua PIN baru tidak sama."
    assert not dialog.ui.button_box.button(OK).isEnabled()
    qtbot.keyClick(dialog.ui.repeat_pin_line_edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(dialog.ui.repeat_pin_line_edit, "0")
    click(qtbot, dialog.ui.button_box.button(OK))
    assert identity.has_pin(session, session.actor.id)
    assert message_boxes.texts() == ["PIN disimpan."]
    # Removing it asks for the current PIN.
    click(qtbot, page.pin_push_button)
    dialog = page.pin_dialog
    assert not dialog.remove_button.isEnabled()
    qtbot.keyClicks(dialog.ui.current_pin_line_edit, "86420")
    click(qtbot, dialog.remove_button)
    assert not identity.has_pin(session, session.actor.id)


def test_identity_pin_ketua_stepping_down_asks_for_the_ketua_pin(qtbot, session, signals, ketua_with_pin,
                                                                  message_boxes):
    page = TeamPage(session, signals)
    qtbot.addWidget(page)
    page.show()
    page.ui.members_table_view.selectRow(page.model.row_of(ketua_with_pin.id))
    click(qtbot, page.ui.edit_push_button)
    member_dialog = page._member_dialog
    form = member_dialog.ui.member_form_widget
    form.ui.peran_combo_box.setCurrentIndex(form.ui.peran_combo_box.findData("anggota"))
    click(qtbot, member_dialog.ui.button_box.button(OK))
    pin_dialog = page.pin_gate.dialog
    assert pin_dialog is not None and pin_dialog.isVisible() and pin_dialog.parent() is member_dialog
    qtbot.keyClicks(pin_dialog.ui.current_pin_line_edit, "1111")
    click(qtbot, pin_dialog.ui.button_box.button(OK))
    assert message_boxes.texts() == ["PIN ketua salah. Tindakan tidak dilakukan."]
    assert member(session, "ketua").id == ketua_with_pin.id
    assert member_dialog.isVisible()  # the change can be tried again
    click(qtbot, member_dialog.ui.button_box.button(OK))
    pin_dialog = page.pin_gate.dialog
    qtbot.keyClicks(pin_dialog.ui.current_pin_line_edit, "2468")
    click(qtbot, pin_dialog.ui.button_box.button(OK))
    assert not any(m.peran == "ketua" for m in session.members())
    qtbot.waitUntil(lambda: page._member_dialog is None)


def test_identity_pin_status_change_asks_for_the_ketua_pin(qtbot, session, ketua_with_pin):
    service = next(s for s in session.services() if s.jenis_pelayanan == "Penerbitan Akta Kelahiran")
    editor = make_editor(qtbot, session, service.id)
    editor.review.status_requested.emit("siap_dibahas")  # what "Tandai siap dibahas" sends once confirmed
    dialog = editor.pin_gate.dialog
    assert dialog is not None and dialog.isVisible()
    assert session.service(service.id).status == "draf"
    qtbot.keyClicks(dialog.ui.current_pin_line_edit, "2468")
    click(qtbot, dialog.ui.button_box.button(OK))
    assert session.service(service.id).status == "siap_dibahas"
    assert editor.pages["produk"].read_only


def test_identity_pin_tab_goes_to_the_pin_field_without_changing_who_you_are(qtbot, app_settings, project_file):
    from sp_desktop.services.session import open_project

    setup = open_project(project_file, interactive=True)
    ketua = member(setup, "ketua")
    setup.set_actor(ketua.id)
    identity.set_own_pin(setup, "1357")
    setup.close()
    window = MainWindow(app_settings)
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(project_file)
    dialog = window.controller.identity_dialog
    table = dialog.ui.members_table_widget
    table.selectRow(0)  # the ketua, who has a PIN
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert dialog.chosen_member_id() == ketua.id  # Tab did not move to the next member
    assert dialog.ui.pin_line_edit.hasFocus()
    window.controller.close_project()
