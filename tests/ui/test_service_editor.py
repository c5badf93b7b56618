"""The service editor as a whole: undo/redo, navigation, completion marks, review, errors, persistence."""

import pytest
from editor_helpers import add_row, make_editor, open_step
from PySide6.QtCore import Qt

from sp_desktop.domain.identification import StepState
from sp_desktop.domain.model import Durasi, Persyaratan
from sp_desktop.services.session import open_project
from sp_desktop.storage.errors import WriteFailed

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def retype(qtbot, field, text):
    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(field, text)


@pytest.fixture
def new_service(session):
    return session.add_service("Penerbitan Surat Keterangan Pindah")


@pytest.fixture
def complete_service(session):
    return next(s for s in session.services() if s.jenis_pelayanan == "Penerbitan Akta Kelahiran")


def test_typing_merges_into_one_undo_step_and_ctrl_z_resaves(qtbot, session, new_service):
    editor = make_editor(qtbot, session, new_service.id)
    field = open_step(qtbot, editor, "jenis_pelayanan").ui.name_line_edit
    retype(qtbot, field, "Surat Pindah")
    assert editor.undo_stack.count() == 1
    assert session.service(new_service.id).jenis_pelayanan == "Surat Pindah"
    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL)
    assert session.service(new_service.id).jenis_pelayanan == "Penerbitan Surat Keterangan Pindah"
    assert field.text() == "Penerbitan Surat Keterangan Pindah"
    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL_SHIFT)
    assert session.service(new_service.id).jenis_pelayanan == "Surat Pindah"
    assert field.text() == "Surat Pindah"
    assert editor.ui.title_label.text() == "Surat Pindah"


def test_undo_of_a_row_move_restores_order_and_opens_its_step(qtbot, session, new_service):
    new_service.persyaratan = [Persyaratan("KTP"), Persyaratan("KK"), Persyaratan("Surat pengantar")]
    session.save_service(new_service, "persyaratan", "persiapan uji")
    editor = make_editor(qtbot, session, new_service.id)
    page = open_step(qtbot, editor, "persyaratan")
    list_widget = page.ui.items_list_widget
    list_widget.select_row(2)
    list_widget.view.setFocus()
    qtbot.keyClick(list_widget.view, Qt.Key.Key_Up, CTRL)
    assert [p.uraian for p in session.service(new_service.id).persyaratan] == ["KTP", "Surat pengantar", "KK"]
    open_step(qtbot, editor, "produk")
    qtbot.keyClick(editor.ui.steps_list_widget, Qt.Key.Key_Z, CTRL)
    assert editor.current_step() == "persyaratan"
    assert [p.uraian for p in session.service(new_service.id).persyaratan] == ["KTP", "KK", "Surat pengantar"]
    assert page.model.items()[1].uraian == "KK"
    editor.undo_stack.redo()
    assert [p.uraian for p in session.service(new_service.id).persyaratan] == ["KTP", "Surat pengantar", "KK"]


def test_keyboard_and_buttons_move_between_steps_and_guidance_follows(qtbot, session, new_service):
    editor = make_editor(qtbot, session, new_service.id)
    steps = editor.ui.steps_list_widget
    steps.setFocus()
    assert editor.current_step() == "jenis_pelayanan"
    qtbot.keyClick(steps, Qt.Key.Key_PageDown, CTRL)
    assert editor.current_step() == "dasar_hukum"
    assert editor.ui.guidance_text_browser.toPlainText().startswith("Dasar Hukum")
    field = editor.pages["jenis_pelayanan"].ui.name_line_edit  # keys work from inside a page too
    editor.go_to_step("jenis_pelayanan")
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Right, ALT)
    assert editor.current_step() == "dasar_hukum"
    qtbot.mouseClick(editor.ui.next_button, Qt.MouseButton.LeftButton)
    assert editor.current_step() == "persyaratan"
    assert editor.ui.position_label.text() == "Langkah 3 dari 16"
    qtbot.keyClick(editor.ui.steps_list_widget, Qt.Key.Key_PageUp, CTRL)
    qtbot.keyClick(editor.ui.steps_list_widget, Qt.Key.Key_Left, ALT)
    assert editor.current_step() == "jenis_pelayanan"
    assert not editor.ui.previous_button.isEnabled()
    qtbot.mouseClick(editor.ui.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.ui.previous_button, Qt.MouseButton.LeftButton)
    assert editor.current_step() == "jenis_pelayanan"


def test_step_marks_follow_typing(qtbot, session, new_service):
    editor = make_editor(qtbot, session, new_service.id)
    assert editor.step_state("jenis_pelayanan") is StepState.COMPLETE
    assert editor.step_state("persyaratan") is StepState.EMPTY
    page = open_step(qtbot, editor, "persyaratan")
    add_row(qtbot, page.ui.items_list_widget, "Fotokopi KTP")
    assert editor.step_state("persyaratan") is StepState.COMPLETE
    prosedur = open_step(qtbot, editor, "prosedur")
    add_row(qtbot, prosedur.ui.steps_list_widget, "Verifikasi berkas")
    assert editor.step_state("prosedur") is StepState.BLOCKED  # no duration yet
    assert "harus diperbaiki" in editor.ui.steps_list_widget.item(3).toolTip()
    prosedur.model.setData(prosedur.model.index(0, 2), Durasi(15, "menit"))
    assert editor.step_state("prosedur") is StepState.COMPLETE
    assert editor.step_state("waktu_penyelesaian") is StepState.COMPLETE  # derived from the procedure
    assert editor.step_state("biaya") is StepState.EMPTY  # a derived "free" is no fee anybody looked at
    biaya = open_step(qtbot, editor, "biaya")
    qtbot.mouseClick(biaya.ui.stated_radio_button, Qt.MouseButton.LeftButton)
    assert editor.step_state("biaya") is StepState.COMPLETE
    retype(qtbot, open_step(qtbot, editor, "jenis_pelayanan").ui.name_line_edit, " ")
    assert editor.step_state("jenis_pelayanan") is StepState.EMPTY


def test_review_lists_findings_and_jumps_to_their_step(qtbot, session, new_service):
    editor = make_editor(qtbot, session, new_service.id)
    page = open_step(qtbot, editor, "tinjauan")
    table = page.ui.findings_table_widget
    findings = session.findings(new_service.id)
    assert table.rowCount() == len(findings) > 0
    assert table.item(0, 0).text() == "Dasar hukum"
    assert table.item(0, 2).text() == findings[0].aturan
    assert f"{len(findings)} temuan menghalangi" in page.ui.summary_label.text()
    rect = table.visualItemRect(table.item(1, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert editor.current_step() == findings[1].komponen
    open_step(qtbot, editor, "tinjauan")
    last = table.rowCount() - 1
    table.setCurrentCell(last, 1)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert editor.current_step() == findings[last].komponen


def test_review_status_button_shows_why_a_non_ketua_cannot_mark_ready(qtbot, session, complete_service):
    anggota = next(m for m in session.members() if m.peran == "anggota")
    session.set_actor(anggota.id)
    editor = make_editor(qtbot, session, complete_service.id)
    page = open_step(qtbot, editor, "tinjauan")
    reason = "Hanya ketua tim yang dapat menandai standar siap dibahas atau membukanya kembali."
    assert not page.ui.mark_ready_button.isEnabled()
    assert page.ui.mark_ready_reason_label.text() == reason
    assert page.ui.mark_ready_button.toolTip() == reason
    assert not page.ui.reopen_button.isEnabled()
    assert page.ui.reopen_reason_label.text()  # already a draft: nothing to reopen
    assert page.ui.findings_table_widget.rowCount() == 0
    assert editor.step_state("tinjauan") is StepState.COMPLETE


def accept_confirmation(qtbot, page):
    """Answer the "Tandai siap dibahas?" question with its accepting button."""
    from PySide6.QtWidgets import QMessageBox

    qtbot.waitUntil(lambda: page.confirm_box is not None and page.confirm_box.isVisible())
    box = page.confirm_box
    button = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_ketua_marks_ready_which_freezes_pages_until_reopened(qtbot, session, complete_service):
    editor = make_editor(qtbot, session, complete_service.id)
    page = open_step(qtbot, editor, "tinjauan")
    assert page.ui.mark_ready_button.isEnabled() and not page.ui.mark_ready_reason_label.text()
    with qtbot.waitSignal(editor.status_changed) as blocker:
        qtbot.mouseClick(page.ui.mark_ready_button, Qt.MouseButton.LeftButton)
        accept_confirmation(qtbot, page)
    assert blocker.args == [complete_service.id]
    assert session.service(complete_service.id).status == "siap_dibahas"
    assert editor.ui.status_label.text() == "Siap dibahas"
    assert editor.ui.banner_label.isVisible() and "siap dibahas" in editor.ui.banner_label.text()
    assert editor.pages["jenis_pelayanan"].ui.name_line_edit.isReadOnly()
    assert not editor.pages["persyaratan"].ui.items_list_widget.ui.add_button.isEnabled()
    assert not page.ui.mark_ready_button.isEnabled()
    qtbot.mouseClick(page.ui.reopen_button, Qt.MouseButton.LeftButton)
    assert session.service(complete_service.id).status == "draf"
    assert not editor.pages["jenis_pelayanan"].ui.name_line_edit.isReadOnly()
    assert not editor.ui.banner_label.isVisible()


def test_failed_save_keeps_typed_text_and_tells_once(qtbot, session, new_service, monkeypatch, message_boxes):
    editor = make_editor(qtbot, session, new_service.id)
    field = open_step(qtbot, editor, "jumlah_pelaksana").ui.jumlah_plain_text_edit
    real_save = session.save_service

    def failing_save(*_args):
        raise WriteFailed("Perubahan tidak dapat disimpan ke Proyek Uji.spdb: disk penuh.")

    monkeypatch.setattr(session, "save_service", failing_save)
    qtbot.keyClicks(field, "8 o")
    assert message_boxes.kinds() == ["warning"]  # once, not once per keystroke
    assert "disk penuh" in message_boxes.texts()[0]
    assert field.toPlainText() == "8 o"
    assert editor.ui.banner_label.isVisible()
    assert editor.undo_stack.count() == 0
    monkeypatch.setattr(session, "save_service", real_save)
    qtbot.keyClicks(field, "rang")
    assert session.service(new_service.id).jumlah_pelaksana == "8 orang"
    assert not editor.ui.banner_label.isVisible()


def test_edits_survive_closing_and_reopening_the_file(qtbot, session, new_service):
    editor = make_editor(qtbot, session, new_service.id)
    retype(qtbot, open_step(qtbot, editor, "jenis_pelayanan").ui.name_line_edit, "Surat Pindah Datang")
    add_row(qtbot, open_step(qtbot, editor, "produk").ui.items_list_widget, "Surat Keterangan Pindah Datang")
    editor.close()
    path = session.path
    session.close()
    reopened = open_project(path)
    try:
        stored = reopened.service(new_service.id)
        assert stored.jenis_pelayanan == "Surat Pindah Datang"
        assert stored.produk == ["Surat Keterangan Pindah Datang"]
    finally:
        reopened.close()


def test_guidance_panel_collapses_and_comes_back(qtbot, session, new_service):
    editor = make_editor(qtbot, session, new_service.id)
    splitter = editor.ui.main_splitter
    assert splitter.sizes()[2] > 0
    qtbot.mouseClick(editor.ui.guidance_tool_button, Qt.MouseButton.LeftButton)
    assert splitter.sizes()[2] == 0
    editor.ui.steps_list_widget.setFocus()
    qtbot.keyClick(editor.ui.steps_list_widget, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: splitter.sizes()[2] > 0)  # a shortcut "clicks" the button after a short animation
    assert editor.ui.guidance_tool_button.isChecked()


def test_ctrl_z_inside_a_cell_editor_undoes_the_typed_cell(qtbot, session, new_service):
    editor = make_editor(qtbot, session, new_service.id)
    page = open_step(qtbot, editor, "produk")
    list_widget = page.ui.items_list_widget
    qtbot.mouseClick(list_widget.ui.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: list_widget.view.state() == list_widget.view.State.EditingState)
    cell = list_widget.view.focusWidget()
    qtbot.keyClicks(cell, "Surat Pindah")
    assert session.service(new_service.id).produk == ["Surat Pindah"]
    assert editor.undo_stack.count() == 2  # the new row, then the typing merged into one step
    qtbot.keyClick(cell, Qt.Key.Key_Z, CTRL)
    assert session.service(new_service.id).produk == [""]
    qtbot.keyClick(list_widget.view, Qt.Key.Key_Z, CTRL)
    assert session.service(new_service.id).produk == []
    assert page.model.rowCount() == 0


def test_marking_ready_drops_undo_history_so_reopening_starts_clean(qtbot, session, complete_service, message_boxes):
    editor = make_editor(qtbot, session, complete_service.id)
    field = open_step(qtbot, editor, "jenis_pelayanan").ui.name_line_edit
    retype(qtbot, field, "Akta Kelahiran Anak")
    assert editor.undo_action.isEnabled()
    page = open_step(qtbot, editor, "tinjauan")
    qtbot.mouseClick(page.ui.mark_ready_button, Qt.MouseButton.LeftButton)
    accept_confirmation(qtbot, page)
    assert session.service(complete_service.id).status == "siap_dibahas"
    assert editor.undo_stack.count() == 0
    assert not editor.undo_action.isEnabled() and not editor.redo_action.isEnabled()
    qtbot.keyClick(editor.ui.steps_list_widget, Qt.Key.Key_Z, CTRL)
    assert message_boxes.shown == []  # nothing to undo, so no refused save either
    qtbot.mouseClick(page.ui.reopen_button, Qt.MouseButton.LeftButton)
    assert session.service(complete_service.id).status == "draf"
    assert not editor.undo_stack.canUndo() and not editor.undo_stack.canRedo()
    assert session.service(complete_service.id).jenis_pelayanan == "Akta Kelahiran Anak"
    assert editor.pages["jenis_pelayanan"].ui.name_line_edit.text() == "Akta Kelahiran Anak"


def test_refused_undo_drops_history_that_no_longer_matches_the_file(
    qtbot, session, new_service, monkeypatch, message_boxes
):
    editor = make_editor(qtbot, session, new_service.id)
    field = open_step(qtbot, editor, "jenis_pelayanan").ui.name_line_edit
    retype(qtbot, field, "Surat Pindah")

    def failing_save(*_args):
        raise WriteFailed("Perubahan tidak dapat disimpan ke Proyek Uji.spdb: disk penuh.")

    monkeypatch.setattr(session, "save_service", failing_save)
    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL)
    assert message_boxes.kinds() == ["warning"]
    qtbot.waitUntil(lambda: editor.undo_stack.count() == 0)
    assert not editor.redo_action.isEnabled()
    assert field.text() == session.service(new_service.id).jenis_pelayanan == "Surat Pindah"
