"""Impor layanan dari proyek lain (ui/dialogs/replication_dialog.py): choose a file, tick, import as drafts."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from sp_desktop.services.session import open_project
from sp_desktop.ui.dialogs.replication_dialog import EXISTS_TEXT, ReplicationDialog
from tests.ui.test_main_window import open_as, window  # noqa: F401 - fixture

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture
def other_unit(tmp_path) -> Path:
    """Another unit's project file: the example project under another unit's name, one service renamed."""
    document = json.loads((DATA / "proyek_contoh.json").read_text(encoding="utf-8"))
    document["instansi"]["nama"] = "Dinas Kependudukan Kota Metro"
    document["layanan"][1]["jenis_pelayanan"] = "Legalisir Akta"
    path = tmp_path / "metro.spdb"
    setup = open_project(path, create=True)
    setup.import_document(document)
    setup.close()
    return path


def make(qtbot, session, path):
    dlg = ReplicationDialog(session, ask=lambda *_a: path)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def test_choosing_a_file_lists_its_services_with_status_and_version(qtbot, session, other_unit):
    dlg = make(qtbot, session, other_unit)
    assert not dlg.import_button.isEnabled()
    qtbot.mouseClick(dlg.choose_button, Qt.MouseButton.LeftButton)
    table = dlg.services_table
    assert dlg.unit_label.text() == "Dinas Kependudukan Kota Metro"
    assert table.rowCount() == 3
    names = [table.item(r, 0).text() for r in range(3)]
    assert "Legalisir Akta" in names
    row = names.index("Legalisir Akta")
    assert table.item(row, 1).text() == "Draf" and table.item(row, 2).text() == "1"
    assert table.item(row, 3).text() == ""
    assert table.item(1 - row if row else 1, 3).text() == EXISTS_TEXT
    assert all(table.item(r, 0).checkState() == Qt.CheckState.Unchecked for r in range(3))


def test_ticked_services_are_added_as_drafts_with_the_source_in_the_audit(qtbot, session, other_unit):
    dlg = make(qtbot, session, other_unit)
    qtbot.mouseClick(dlg.choose_button, Qt.MouseButton.LeftButton)
    table = dlg.services_table
    row = [table.item(r, 0).text() for r in range(3)].index("Legalisir Akta")
    table.setFocus()
    table.setCurrentCell(row, 0)
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert dlg.checked_names() == ["Legalisir Akta"] and dlg.import_button.text() == "&Impor 1 layanan"
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert not dlg.isVisible() and len(dlg.imported_ids) == 1
    added = session.service(dlg.imported_ids[0])
    assert added.jenis_pelayanan == "Legalisir Akta" and added.status == "draf" and added.versi == 1
    audit = [e.keterangan for e in session.audit(added.id)]
    assert any("Direplikasi dari Dinas Kependudukan Kota Metro (metro.spdb)" in text for text in audit)


def test_an_unreadable_file_is_explained_and_the_list_stays_empty(qtbot, session, tmp_path, message_boxes):
    bad = tmp_path / "rusak.spdb"
    bad.write_bytes(b"bukan proyek" * 100)
    dlg = make(qtbot, session, bad)
    qtbot.mouseClick(dlg.choose_button, Qt.MouseButton.LeftButton)
    assert message_boxes.kinds() == ["warning"] and "rusak.spdb" in message_boxes.texts()[0]
    assert dlg.services_table.rowCount() == 0 and dlg.file_line_edit.text() == ""
    assert not dlg.import_button.isEnabled()


def test_the_other_file_is_left_unchanged(qtbot, session, other_unit, tmp_path):
    copy = tmp_path / "salinan.spdb"
    shutil.copy(other_unit, copy)
    dlg = make(qtbot, session, other_unit)
    qtbot.mouseClick(dlg.choose_button, Qt.MouseButton.LeftButton)
    dlg.services_table.item(0, 0).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(dlg.import_button, Qt.MouseButton.LeftButton)
    assert other_unit.read_bytes() == copy.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("metro")) == ["metro.spdb"]


def test_menu_entry_opens_the_dialog_and_reports_the_import(qtbot, window, project_file, other_unit,  # noqa: F811
                                                            message_boxes):
    from sp_desktop.ui.word_import_action import replicate_interactively

    open_as(qtbot, window, project_file)
    dlg = replicate_interactively(window, ask=lambda *_a: other_unit)
    assert dlg.isVisible()
    qtbot.mouseClick(dlg.choose_button, Qt.MouseButton.LeftButton)
    dlg.services_table.item(0, 0).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(dlg.import_button, Qt.MouseButton.LeftButton)
    assert message_boxes.kinds() == ["information"]
    assert message_boxes.texts()[0].startswith("1 layanan ditambahkan sebagai draf")
