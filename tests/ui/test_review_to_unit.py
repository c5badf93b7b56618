"""From the reviewer to the unit: a note written in the review window, sent as .spx, received by the unit, and
shown in the unit's notes dialog as a "Temuan evaluasi" (ui/review/, services/review_notes.py, notes_dialog.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from sp_desktop.services.review_notes import receive_review_file
from sp_desktop.services.session import open_project
from sp_desktop.ui.dialogs.notes_dialog import OPEN_TEXT, NotesDialog
from tests.ui import test_review_window as review_tests
from tests.ui.test_review_window import REVIEWER, UTARA, add_note, open_review
from tests.unit.review_fixtures import AKTA

units, window, saves = review_tests.units, review_tests.window, review_tests.saves  # the same fixtures


def test_a_reviewers_note_reaches_the_units_notes_dialog_as_a_review_finding(
        qtbot, window, units, monkeypatch, saves, tmp_path):
    folder, paths = units
    answers, _asked = saves
    review = open_review(qtbot, window, folder, monkeypatch)
    add_note(qtbot, review, UTARA, AKTA, "Persyaratan", "Surat pengantar RT tidak diminta kecamatan lain.")
    dialog = review.notes_tab
    qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    dialog.note_dialog.title_edit.setText("Persyaratan tambahan")
    qtbot.mouseClick(dialog.note_dialog.save_button, Qt.MouseButton.LeftButton)
    answers.append(tmp_path / "catatan-utara.spx")
    qtbot.mouseClick(review.notes_tab.export_button, Qt.MouseButton.LeftButton)
    review.close()

    session = open_project(paths[0], interactive=True)
    try:
        session.set_actor(next(m for m in session.members() if m.peran == "ketua").id)
        receipt = receive_review_file(session, tmp_path / "catatan-utara.spx")
        assert receipt.added == 1
        akta = next(s for s in session.summaries() if s.jenis_pelayanan == AKTA)
        notes = NotesDialog(session, akta.id)
        qtbot.addWidget(notes)
        notes.show()
        table = notes.notes_table
        assert table.rowCount() == 1
        assert table.item(0, 0).text() == "Persyaratan tambahan" and table.item(0, 3).text() == OPEN_TEXT
        assert REVIEWER in table.item(0, 1).text()
        assert table.item(0, 0).toolTip().startswith("Temuan evaluasi")
        text = notes.text_browser.toPlainText()
        assert "Temuan evaluasi" in text and "Surat pengantar RT tidak diminta kecamatan lain." in text
        assert f"dicatat oleh {REVIEWER}" in text
        notes.close()
    finally:
        session.close()
