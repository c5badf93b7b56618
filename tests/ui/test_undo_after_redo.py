"""Undo after redo: new typing is its own step, and the cursor stays where the text changed."""

import pytest
from editor_helpers import make_editor, open_step
from PySide6.QtCore import Qt

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def new_service(session):
    return session.add_service("Surat Pindah")


def test_undo_after_redo_typing_after_a_redo_is_a_step_of_its_own(qtbot, session, new_service):
    editor = make_editor(qtbot, session, new_service.id)
    field = open_step(qtbot, editor, "jenis_pelayanan").ui.name_line_edit
    field.end(False)
    qtbot.keyClicks(field, " Antar Kota")
    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL)
    assert field.text() == "Surat Pindah"
    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL_SHIFT)
    assert field.text() == "Surat Pindah Antar Kota"
    qtbot.keyClicks(field, " Provinsi")
    assert session.service(new_service.id).jenis_pelayanan == "Surat Pindah Antar Kota Provinsi"
    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL)
    assert field.text() == "Surat Pindah Antar Kota"
    assert session.service(new_service.id).jenis_pelayanan == "Surat Pindah Antar Kota"
    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL)
    assert field.text() == "Surat Pindah"


def test_undo_after_redo_typing_after_an_undo_does_not_join_the_step_below(qtbot, session, new_service):
    editor = make_editor(qtbot, session, new_service.id)
    page = open_step(qtbot, editor, "pengaduan")
    tindak_lanjut = page.ui.tindak_lanjut_plain_text_edit
    tindak_lanjut.setFocus()
    qtbot.keyClicks(tindak_lanjut, "Diteruskan")
    petugas = page.ui.petugas_nama_line_edit
    petugas.setFocus()
    qtbot.keyClicks(petugas, "Budi")
    qtbot.keyClick(petugas, Qt.Key.Key_Z, CTRL)  # takes back "Budi"
    tindak_lanjut.setFocus()
    tindak_lanjut.moveCursor(tindak_lanjut.textCursor().MoveOperation.End)
    qtbot.keyClicks(tindak_lanjut, " ke Inspektorat")
    qtbot.keyClick(tindak_lanjut, Qt.Key.Key_Z, CTRL)
    assert tindak_lanjut.toPlainText() == "Diteruskan"


def test_undo_after_redo_cursor_stays_at_the_change(qtbot, session, new_service):
    editor = make_editor(qtbot, session, new_service.id)
    field = open_step(qtbot, editor, "jenis_pelayanan").ui.name_line_edit
    field.setCursorPosition(len("Surat "))
    qtbot.keyClicks(field, "Keterangan ")
    assert field.text() == "Surat Keterangan Pindah"
    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL)
    assert field.cursorPosition() == len("Surat ")
    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL_SHIFT)
    assert field.text() == "Surat Keterangan Pindah"
    assert field.cursorPosition() == len("Surat Keterangan ")
    qtbot.keyClicks(field, "Datang dan ")
    assert field.text() == "Surat Keterangan Datang dan Pindah"
