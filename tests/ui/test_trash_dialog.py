import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from sp_desktop.services.session import open_project
from sp_desktop.ui.dialogs.trash_dialog import COLUMN_SOURCE, TrashDialog

LEFT = Qt.MouseButton.LeftButton
NAMES = ["Penerbitan Akta Kelahiran", "Penerbitan Kartu Keluarga", "Penerbitan Kartu Identitas Anak (KIA)"]


def open_as_ketua(path):
    session = open_project(path, interactive=True)
    session.set_actor(next(m for m in session.members() if m.peran == "ketua").id)
    return session


@pytest.fixture
def project(project_file):
    session = open_as_ketua(project_file)
    yield session
    session.close()


def make_dialog(qtbot, session):
    dialog = TrashDialog(session)
    qtbot.addWidget(dialog)
    dialog.resize(860, 480)
    dialog.show()
    return dialog


def rows(dialog):
    table = dialog.ui.trash_table_widget
    return [(table.item(r, 0).text(), table.item(r, COLUMN_SOURCE).text()) for r in range(table.rowCount())]


def select(dialog, name):
    table = dialog.ui.trash_table_widget
    table.selectRow(next(r for r in range(table.rowCount()) if table.item(r, 0).text() == name))


def names(session):
    return [s.jenis_pelayanan for s in session.summaries()]


def confirm_box(qtbot, dialog):
    qtbot.mouseClick(dialog.ui.empty_push_button, LEFT)
    box = dialog.confirm_box
    assert box is not None and box.isVisible()
    return box


def click_box_button(qtbot, box, text):
    button = next(b for b in box.buttons() if b.text().replace("&", "") == text)
    qtbot.mouseClick(button, LEFT)


def test_trash_dialog_keeps_deleted_services_across_openings(qtbot, project_file):
    session = open_as_ketua(project_file)
    deleted = session.summaries()[1]
    session.rename_service(deleted.id, "Kartu Keluarga Baru")
    session.delete_service(deleted.id)
    session.close()

    session = open_as_ketua(project_file)
    try:
        dialog = make_dialog(qtbot, session)
        assert rows(dialog) == [("Kartu Keluarga Baru", "Sampah")]
        assert "setelah proyek ditutup" in dialog.ui.intro_label.text()
        assert "dikosongkan saat proyek ditutup" not in dialog.ui.intro_label.text()
        assert dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Close).text() == "Tutup"
        with qtbot.waitSignal(dialog.restored) as restored:
            qtbot.mouseClick(dialog.ui.restore_push_button, LEFT)
        assert restored.args == [deleted.id]  # its own id, so its audit trail is its own again
        assert names(session) == [NAMES[0], "Kartu Keluarga Baru", NAMES[2]]
        assert any("Nama diubah" in e.keterangan for e in session.audit(deleted.id))
        assert rows(dialog) == [] and not dialog.ui.empty_push_button.isEnabled()
        assert "Sampah kosong" in dialog.ui.intro_label.text()
        dialog.reject()
    finally:
        session.close()


def test_trash_dialog_empties_after_confirmation_naming_what_goes(qtbot, project):
    first, second = project.summaries()[0], project.summaries()[2]
    project.delete_service(first.id)
    project.delete_service(second.id)
    dialog = make_dialog(qtbot, project)
    assert rows(dialog) == [(NAMES[2], "Sampah"), (NAMES[0], "Sampah")]

    box = confirm_box(qtbot, dialog)
    assert box.windowTitle() == "Kosongkan Sampah"
    assert NAMES[0] in box.text() and NAMES[2] in box.text() and "2 jenis pelayanan" in box.text()
    assert "masih dapat dipulihkan dari riwayat" in box.informativeText()
    assert sorted(b.text().replace("&", "") for b in box.buttons()) == ["Batal", "Kosongkan Sampah"]
    assert box.defaultButton().text().replace("&", "") == "Batal"
    click_box_button(qtbot, box, "Batal")
    assert project.trash_count() == 2 and dialog.confirm_box is None

    click_box_button(qtbot, confirm_box(qtbot, dialog), "Kosongkan Sampah")
    assert project.trash_count() == 0
    assert rows(dialog) == [(NAMES[2], "Riwayat"), (NAMES[0], "Riwayat")]
    assert not dialog.ui.empty_push_button.isEnabled()
    table = dialog.ui.trash_table_widget
    assert table.item(0, 0).font().italic() and "riwayat" in table.item(0, 0).toolTip()

    select(dialog, NAMES[0])
    with qtbot.waitSignal(dialog.restored) as restored:
        qtbot.mouseClick(dialog.ui.restore_push_button, LEFT)
    assert restored.args == [first.id]
    assert names(project) == [NAMES[0], NAMES[1]]
    assert rows(dialog) == [(NAMES[2], "Riwayat")]
    dialog.reject()


def test_trash_dialog_lists_trash_before_history(qtbot, project):
    old, recent = project.summaries()[0], project.summaries()[1]
    project.delete_service(old.id)
    project.empty_trash()
    project.delete_service(recent.id)
    dialog = make_dialog(qtbot, project)
    assert rows(dialog) == [(NAMES[1], "Sampah"), (NAMES[0], "Riwayat")]
    assert dialog.ui.empty_push_button.isEnabled()
    dialog.reject()


def test_trash_dialog_shows_why_when_another_program_locks_the_file(qtbot, project, message_boxes):
    project.delete_service(project.summaries()[0].id)
    dialog = make_dialog(qtbot, project)
    project.db.conn.execute("PRAGMA busy_timeout=50")  # wait briefly for the other program, not 3 s
    holder = sqlite3.connect(project.path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # what DB Browser for SQLite does while it edits the file
    try:
        click_box_button(qtbot, confirm_box(qtbot, dialog), "Kosongkan Sampah")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert message_boxes.kinds() == ["warning"]
    title = message_boxes.shown[0][1]
    assert title == "Kosongkan Sampah" and "dikunci oleh program lain" in message_boxes.texts()[0]
    assert project.trash_count() == 1 and rows(dialog) == [(NAMES[0], "Sampah")]
    dialog.reject()


def test_trash_dialog_confirmation_is_window_modal_and_non_blocking(qtbot, project):
    project.delete_service(project.summaries()[0].id)
    dialog = make_dialog(qtbot, project)
    box = confirm_box(qtbot, dialog)  # returned at once: open(), not exec()
    assert box.windowModality() == Qt.WindowModality.WindowModal
    assert isinstance(box, QMessageBox) and box.parent() is dialog
    box.reject()
    assert project.trash_count() == 1
    dialog.reject()
