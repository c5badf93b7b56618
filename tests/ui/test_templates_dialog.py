"""Dokumen › Templat Word: save the built-in layout, load it back, list the fields, refuse a broken one."""

from __future__ import annotations

import io

import pytest
from docx import Document
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from sp_desktop.services import user_templates as ut
from sp_desktop.ui.dialogs.templates_dialog import TemplatesDialog
from tests.unit.test_meeting_docs import discussion

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def with_discussion(session):
    with session._write("pembahasan"):
        extra = session.repo.extra()
        extra["pembahasan"] = [discussion(id="satu")]
        session.repo.save_extra(extra)
    return session


class Files:
    """Stands in for the file dialogs: where to save, which file to open."""

    def __init__(self, folder):
        self.folder = folder
        self.open_path = None
        self.saved = []

    def ask_save(self, _parent, _title, proposed):
        path = self.folder / proposed.name
        self.saved.append(path)
        return path

    def ask_open(self, _parent, _title, _folder):
        return self.open_path


def make_dialog(qtbot, session, files, app_settings):
    dialog = TemplatesDialog(session, ask_open=files.ask_open, ask_save=files.ask_save, settings=app_settings)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 600)
    dialog.show()
    return dialog


def message(qtbot, dialog) -> QMessageBox:
    qtbot.waitUntil(lambda: dialog.message_box is not None and dialog.message_box.isVisible())
    box = dialog.message_box
    dialog.message_box = None
    return box


def close(qtbot, box):
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), LEFT)


def table_rows(dialog):
    table = dialog.ui.fields_table_widget
    return {table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text())
            for r in range(table.rowCount())}


def test_templates_dialog_save_builtin_then_load_it_back(qtbot, with_discussion, tmp_path, app_settings):
    files = Files(tmp_path)
    dialog = make_dialog(qtbot, with_discussion, files, app_settings)
    assert dialog.ui.status_label.text() == "Memakai tata letak bawaan."
    assert not dialog.ui.reset_push_button.isEnabled()
    qtbot.mouseClick(dialog.ui.save_builtin_push_button, LEFT)
    box = message(qtbot, dialog)
    assert box.windowTitle() == "Templat disimpan"
    close(qtbot, box)
    saved = files.saved[-1]
    assert saved.name == "Templat Undangan.docx"
    assert "{{ nomor }}" in Document(str(saved)).element.xml

    files.open_path = saved
    with qtbot.waitSignal(dialog.changed) as changed:
        qtbot.mouseClick(dialog.ui.load_push_button, LEFT)
    assert changed.args == ["undangan"]
    close(qtbot, message(qtbot, dialog))
    assert dialog.ui.status_label.text().startswith("Memakai templat \u201cTemplat Undangan.docx\u201d, dimuat oleh ")
    assert ut.stored_data(with_discussion, "undangan") == saved.read_bytes()

    qtbot.mouseClick(dialog.ui.reset_push_button, LEFT)
    qtbot.waitUntil(lambda: dialog.ui.status_label.text() == "Memakai tata letak bawaan.")
    assert ut.stored(with_discussion, "undangan") is None


def test_templates_dialog_lists_fields_with_this_projects_values(qtbot, with_discussion, tmp_path, app_settings):
    dialog = make_dialog(qtbot, with_discussion, Files(tmp_path), app_settings)
    rows = table_rows(dialog)
    assert rows["{{ nomor }}"] == ("Nomor surat undangan", "005/123/Disdukcapil")
    assert rows["{{ hari_tanggal }}"][1] == "Jumat, 23 November 2018"
    assert "{%tr for t in yth %}" in rows
    dialog.ui.kind_combo_box.setCurrentIndex(dialog.ui.kind_combo_box.findData("sk-tim"))
    qtbot.waitUntil(lambda: "{%tr for a in menimbang %}" in table_rows(dialog))
    assert "{{ penetap }}" in table_rows(dialog)


def test_templates_dialog_refuses_a_broken_template(qtbot, with_discussion, tmp_path, app_settings):
    broken = tmp_path / "rusak.docx"
    doc = Document()
    doc.add_paragraph("Nomor: {{ nomer }}")
    buffer = io.BytesIO()
    doc.save(buffer)
    broken.write_bytes(buffer.getvalue())
    files = Files(tmp_path)
    files.open_path = broken
    dialog = make_dialog(qtbot, with_discussion, files, app_settings)
    qtbot.mouseClick(dialog.ui.load_push_button, LEFT)
    box = message(qtbot, dialog)
    assert box.windowTitle() == "Templat ditolak"
    assert box.text().startswith("Kolom 'nomer' tidak dikenal untuk Undangan; kolom yang tersedia: nomor, ")
    close(qtbot, box)
    assert ut.stored(with_discussion, "undangan") is None
    assert dialog.ui.status_label.text() == "Memakai tata letak bawaan."

    files.open_path = tmp_path / "bukan.docx"
    files.open_path.write_bytes(b"ini teks biasa")
    qtbot.mouseClick(dialog.ui.load_push_button, LEFT)
    box = message(qtbot, dialog)
    assert "bukan dokumen Word (.docx)" in box.text()
    close(qtbot, box)
