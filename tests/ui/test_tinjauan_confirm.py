"""Tinjauan: marking a standard "siap dibahas" asks first, then shows the state calmly with the next step."""

import pytest
from editor_helpers import make_editor, open_step
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from sp_desktop.ui.pages.tinjauan_page import NEXT_STEP, frozen_notice

ERROR_COLOURS = ("#fdecea", "#8c1d18", "#f2b8b5", "#b3261e", "red")


@pytest.fixture
def complete_service(session):
    return next(s for s in session.services() if s.jenis_pelayanan == "Penerbitan Akta Kelahiran")


def open_confirmation(qtbot, session, service_id):
    editor = make_editor(qtbot, session, service_id)
    page = open_step(qtbot, editor, "tinjauan")
    qtbot.mouseClick(page.ui.mark_ready_button, Qt.MouseButton.LeftButton)
    box = page.confirm_box
    assert box is not None
    qtbot.waitUntil(box.isVisible)  # the click returned with the question open: it does not block
    return editor, page, box


def button(box: QMessageBox, role: QMessageBox.ButtonRole):
    return next(b for b in box.buttons() if box.buttonRole(b) == role)


def test_tinjauan_mark_ready_asks_in_indonesian_in_a_window_modal_box(qtbot, session, complete_service):
    _editor, _page, box = open_confirmation(qtbot, session, complete_service.id)
    assert box.windowModality() == Qt.WindowModality.WindowModal
    assert sorted(b.text() for b in box.buttons()) == ["&Batal", "&Tandai siap dibahas"]
    assert "Penerbitan Akta Kelahiran" in box.text()
    assert NEXT_STEP in box.informativeText()
    assert session.service(complete_service.id).status == "draf"  # nothing happens before the answer
    qtbot.mouseClick(button(box, QMessageBox.ButtonRole.RejectRole), Qt.MouseButton.LeftButton)


def test_tinjauan_cancelled_confirmation_keeps_the_draft(qtbot, session, complete_service):
    editor, page, box = open_confirmation(qtbot, session, complete_service.id)
    with qtbot.assertNotEmitted(editor.status_changed):
        qtbot.mouseClick(button(box, QMessageBox.ButtonRole.RejectRole), Qt.MouseButton.LeftButton)
    assert page.confirm_box is None
    assert session.service(complete_service.id).status == "draf"
    assert page.ui.mark_ready_button.isEnabled()
    assert not page.ui.next_step_label.isVisible()


def test_tinjauan_confirmed_mark_shows_the_state_calmly_with_the_next_step(qtbot, session, complete_service):
    editor, page, box = open_confirmation(qtbot, session, complete_service.id)
    with qtbot.waitSignal(editor.status_changed):
        qtbot.mouseClick(button(box, QMessageBox.ButtonRole.AcceptRole), Qt.MouseButton.LeftButton)
    assert session.service(complete_service.id).status == "siap_dibahas"
    label = page.ui.next_step_label
    assert label.isVisible()
    assert NEXT_STEP in label.text() and "Ctrl+E" in NEXT_STEP
    style = label.styleSheet().lower()
    assert style and not any(colour in style for colour in ERROR_COLOURS)
    assert "Siap dibahas" in page.ui.status_value_label.text()
    qtbot.mouseClick(page.ui.reopen_button, Qt.MouseButton.LeftButton)  # reopening needs no question
    assert session.service(complete_service.id).status == "draf"
    assert not label.isVisible()


def test_tinjauan_frozen_notice_tells_the_ketua_what_to_do_not_to_ask_the_ketua():
    for_ketua = frozen_notice(is_ketua=True)
    assert "minta ketua" not in for_ketua.lower() and "buka kembali" in for_ketua.lower()
    assert "minta ketua tim" in frozen_notice(is_ketua=False).lower()
    assert NEXT_STEP in for_ketua
