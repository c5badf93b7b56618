from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from sp_desktop.ui.dialogs.member_dialog import MemberDialog
from sp_desktop.ui.pages.team_page import TeamPage


def make_page(qtbot, session, signals):
    page = TeamPage(session, signals)
    qtbot.addWidget(page)
    page.show()
    return page


def open_dialog(qtbot, page, button) -> MemberDialog:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(MemberDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def click_ok(qtbot, dialog):
    qtbot.mouseClick(dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def select_role(qtbot, form, peran):
    combo = form.ui.peran_combo_box
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == peran:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == peran


def test_team_page_lists_members_with_grouped_nip(qtbot, session, signals):
    page = make_page(qtbot, session, signals)
    model = page.model
    assert model.rowCount() == 4
    assert model.data(model.index(0, 1)) == "19750515 200312 1 004"
    assert not page.ui.problems_label.isVisible()


def test_team_page_adds_member(qtbot, session, signals, reopen):
    page = make_page(qtbot, session, signals)
    dialog = open_dialog(qtbot, page, page.ui.add_push_button)
    form = dialog.ui.member_form_widget
    qtbot.keyClicks(form.ui.nama_line_edit, "Siti Aminah, S.Sos.")
    qtbot.keyClicks(form.ui.nip_line_edit, "19850505 201001 2 003")
    assert "19850505 201001 2 003" in form.ui.nip_feedback_label.text()
    qtbot.keyClicks(form.ui.jabatan_line_edit, "Analis Kebijakan")
    select_role(qtbot, form, "sekretaris")
    click_ok(qtbot, dialog)
    assert not dialog.isVisible()
    added = reopen().tim[-1]
    assert (added.nama, added.nip, added.jabatan, added.peran) == (
        "Siti Aminah, S.Sos.",
        "198505052010012003",
        "Analis Kebijakan",
        "sekretaris",
    )
    assert page.model.rowCount() == 5


def test_member_dialog_refuses_nip_with_errors(qtbot, session, signals):
    page = make_page(qtbot, session, signals)
    dialog = open_dialog(qtbot, page, page.ui.add_push_button)
    form = dialog.ui.member_form_widget
    ok = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.keyClicks(form.ui.nama_line_edit, "Tono")
    assert ok.isEnabled()
    qtbot.keyClicks(form.ui.nip_line_edit, "12345")
    assert not ok.isEnabled()
    assert "18 digit" in form.ui.nip_feedback_label.text()
    dialog.reject()


def test_team_page_edits_member(qtbot, session, signals, reopen):
    page = make_page(qtbot, session, signals)
    page.ui.members_table_view.selectRow(2)
    dialog = open_dialog(qtbot, page, page.ui.edit_push_button)
    edit = dialog.ui.member_form_widget.ui.jabatan_line_edit
    assert edit.text() == "Petugas loket (tenaga kontrak)"
    edit.selectAll()
    qtbot.keyClicks(edit, "Petugas loket")
    click_ok(qtbot, dialog)
    assert reopen().tim[2].jabatan == "Petugas loket"
    assert page.model.data(page.model.index(2, 2)) == "Petugas loket"


def test_team_page_refuses_second_ketua(qtbot, session, signals, reopen, message_boxes):
    page = make_page(qtbot, session, signals)
    dialog = open_dialog(qtbot, page, page.ui.add_push_button)
    form = dialog.ui.member_form_widget
    qtbot.keyClicks(form.ui.nama_line_edit, "Ketua Kedua")
    select_role(qtbot, form, "ketua")
    click_ok(qtbot, dialog)
    assert message_boxes.kinds() == ["warning"]
    assert "sudah memiliki ketua" in message_boxes.texts()[0]
    assert dialog.isVisible()  # left open so the role can be corrected
    dialog.reject()
    assert [m.nama for m in reopen().tim if m.peran == "ketua"] == ["Ir. BUDI SANTOSO, M.T."]


def test_team_page_removes_member_after_confirmation(qtbot, session, signals, reopen, message_boxes):
    page = make_page(qtbot, session, signals)
    page.ui.members_table_view.selectRow(3)
    message_boxes.answer = message_boxes.answer.No
    qtbot.mouseClick(page.ui.remove_push_button, Qt.MouseButton.LeftButton)
    assert len(reopen().tim) == 4
    message_boxes.answer = message_boxes.answer.Yes
    qtbot.mouseClick(page.ui.remove_push_button, Qt.MouseButton.LeftButton)
    assert message_boxes.kinds() == ["question", "question"]
    assert "Rina O'Neil" not in [m.nama for m in reopen().tim]
    assert page.model.rowCount() == 3


def test_team_page_shows_team_problems(qtbot, session, signals, message_boxes):
    page = make_page(qtbot, session, signals)
    page.ui.members_table_view.selectRow(1)  # the only sekretaris
    page.activateWindow()
    page.ui.members_table_view.setFocus()
    qtbot.waitUntil(page.ui.members_table_view.hasFocus)
    qtbot.keyClick(page.ui.members_table_view, Qt.Key.Key_Delete)
    assert message_boxes.kinds() == ["question"]
    assert page.ui.problems_label.isVisible()
    assert "belum memiliki sekretaris" in page.ui.problems_label.text()
