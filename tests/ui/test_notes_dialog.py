"""The notes of a service (ui/dialogs/notes_dialog.py) and the editor's "Catatan (N)" button that opens them."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from editor_helpers import make_editor
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from sp_desktop.domain.model import Layanan
from sp_desktop.ui.dialogs.notes_dialog import OPEN_TEXT, NotesDialog

SOURCE = "Standar Lama.docx"


@dataclass
class _Built:  # what session.import_word reads of domain.word_build.BuiltService
    layanan: Layanan
    notes: list[tuple[str, str]]
    previews: list


@pytest.fixture
def imported(session) -> int:
    built = _Built(Layanan(jenis_pelayanan="Legalisir Dokumen"),
                   [("Motto Pelayanan", "Cepat <dan> ramah\nbaris kedua"), ("Maklumat", "Kami sanggup")], [])
    return session.import_word([(built, "Legalisir Dokumen")], SOURCE)[0]


@pytest.fixture
def dialog(qtbot, session, imported):
    dlg = NotesDialog(session, imported)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def _confirm_box(dialog) -> QMessageBox:
    box = dialog.confirm_box
    assert isinstance(box, QMessageBox) and box.isVisible() and box.objectName() == "delete_note_confirm_box"
    return box


def test_lists_the_notes_with_title_source_time_state_and_text(dialog):
    table = dialog.notes_table
    assert table.rowCount() == 2
    assert [table.item(r, 0).text() for r in range(2)] == ["Motto Pelayanan", "Maklumat"]
    assert table.item(0, 1).text() == SOURCE and table.item(0, 3).text() == OPEN_TEXT
    assert len(table.item(0, 2).text()) == len("02-12-2026 08.01")
    text = dialog.text_browser.toPlainText()
    assert "Motto Pelayanan" in text and "Cepat <dan> ramah\nbaris kedua" in text and SOURCE in text
    assert dialog.windowTitle().endswith("Legalisir Dokumen")
    assert dialog.empty_label.isHidden()


def test_mark_done_with_the_keyboard_and_open_again(qtbot, dialog, session, imported):
    dialog.activateWindow()
    dialog.notes_table.setFocus()
    qtbot.waitUntil(dialog.notes_table.hasFocus)
    qtbot.keyClick(dialog.notes_table, Qt.Key.Key_Down)
    assert dialog.selected_note().judul == "Maklumat"
    qtbot.keyClick(dialog.notes_table, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # Tandai &selesai
    qtbot.waitUntil(lambda: session.service_notes(imported)[1].selesai is not None)  # a mnemonic animates its click
    notes = session.service_notes(imported)
    assert notes[0].selesai is None and notes[1].selesai is not None
    assert dialog.notes_table.item(1, 3).text().startswith("Selesai")
    assert dialog.selected_note().judul == "Maklumat" and dialog.done_button.text() == "Buka &lagi"
    assert session.note_counts()[imported] == 1
    qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
    assert session.service_notes(imported)[1].selesai is None
    assert any("Maklumat" in e.keterangan for e in session.audit(imported))


def test_delete_asks_first_and_cancel_keeps_the_note(qtbot, dialog, session, imported):
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    box = _confirm_box(dialog)
    assert box.defaultButton() is not box.confirm_button  # Enter never deletes
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert len(session.service_notes(imported)) == 2
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    box = _confirm_box(dialog)
    qtbot.mouseClick(box.confirm_button, Qt.MouseButton.LeftButton)
    assert [n.judul for n in session.service_notes(imported)] == ["Maklumat"]
    assert dialog.notes_table.rowCount() == 1


def test_deleting_the_last_note_shows_the_empty_text(qtbot, dialog, session, imported):
    for _ in range(2):
        qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(_confirm_box(dialog).confirm_button, Qt.MouseButton.LeftButton)
    assert session.service_notes(imported) == []
    assert not dialog.empty_label.isHidden()
    assert not dialog.done_button.isEnabled() and not dialog.delete_button.isEnabled()


def test_editor_button_shows_the_open_count_and_opens_the_dialog(qtbot, session, imported):
    editor = make_editor(qtbot, session, imported)
    button = editor.notes_button
    assert button.isVisible() and button.text() == "Catatan (2)"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = editor.notes_dialog
    assert dialog.isVisible()
    qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
    assert button.text() == "Catatan (1)"
    dialog.close()


def test_editor_button_is_hidden_for_a_service_without_notes(qtbot, session):
    other = session.summaries()[0].id
    editor = make_editor(qtbot, session, other)
    assert editor.notes_button.isHidden()
