"""The Word import preview (ui/dialogs/word_import_dialog.py) and its Berkas menu entry (ui/word_import_action.py).

The readings are built by hand (the plain model of domain/word_import_model.py), so these tests check the
dialog and its wiring whatever the reader finds; a builder stands in for domain.word_build where the test is
about the dialog's mechanics, and the real one is used where it is about what the preview shows.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from sp_desktop.domain.model import Layanan, Persyaratan
from sp_desktop.domain.word_import_model import FoundRow, FoundService, Para, WordReading
from sp_desktop.ui.dialogs.word_import_dialog import EXISTS_TEXT, UNKNOWN_TEXT, WordImportDialog
from sp_desktop.ui.main_window import NAV_INSTANSI
from tests.ui.test_main_window import open_as, window  # noqa: F401 - fixture

SOURCE = "Standar Pelayanan 2023.docx"


@dataclass
class _Preview:
    index: int
    label: str
    komponen: str | None
    items: list[str] = field(default_factory=list)


@dataclass
class _Built:
    layanan: Layanan
    notes: list[tuple[str, str]]
    previews: list[_Preview]


def fake_build(found: FoundService, mapping=None):
    """Persyaratan rows become requirements, unmapped rows notes; the preview names the component chosen."""
    mapping = mapping if mapping is not None else {i: r.komponen for i, r in enumerate(found.rows)}
    lay, notes, previews = Layanan(jenis_pelayanan=found.jenis_pelayanan), [], []
    for index, row in enumerate(found.rows):
        key = mapping.get(index, row.komponen)
        if key is None:
            notes.append((row.label, row.text))
        if key == "persyaratan":
            lay.persyaratan += [Persyaratan(p.text) for p in row.paras]
        previews.append(_Preview(index, row.label, key, [f"[{key}] {p.text}" for p in row.paras]))
    return _Built(lay, notes, previews)


def reading(existing_name: str) -> WordReading:
    rows = [
        FoundRow("Persyaratan", [Para("Fotokopi KTP", numbered=True), Para("Kartu Keluarga", numbered=True)],
                 "persyaratan", "tabel 1, baris 2"),
        FoundRow("Jangka Waktu Penyelesaian", [Para("3 hari kerja")], "waktu_penyelesaian", "tabel 1, baris 3"),
        FoundRow("Motto Pelayanan", [Para("Cepat dan ramah")], None, "tabel 1, baris 4"),
    ]
    return WordReading(
        [FoundService("Pelayanan Akta Kelahiran", rows, "Tabel 14 komponen (A/B)", "tabel 1"),
         FoundService(existing_name, rows[:2], "Rancangan 8 butir (Perwali Metro)", "tabel 2")],
        ["Tabel 3 dilewati: bukan tabel komponen"])


@pytest.fixture
def dialog(qtbot, session):
    existing = session.summaries()[0].jenis_pelayanan
    dlg = WordImportDialog(session, reading(existing), f"/dokumen/{SOURCE}", build=fake_build)
    qtbot.addWidget(dlg)
    dlg.resize(1366, 768)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def test_preview_shows_services_rows_mapping_parsed_items_and_remarks(dialog, session):
    services = dialog.services_table
    assert services.rowCount() == 2
    assert services.item(0, 0).text() == "Pelayanan Akta Kelahiran"
    assert services.item(0, 0).checkState() == Qt.CheckState.Checked
    assert services.item(0, 1).text() == "Tabel 14 komponen (A/B)"
    assert services.item(0, 2).text() == ""
    assert services.item(1, 2).text() == EXISTS_TEXT  # its name is a service of the project already
    rows = dialog.rows_table
    assert [rows.item(r, 0).text() for r in range(rows.rowCount())] == [
        "Persyaratan", "Jangka Waktu Penyelesaian", "Motto Pelayanan"]
    assert [dialog.combo(r).currentText() for r in range(3)] == [
        "Persyaratan", "Jangka waktu penyelesaian", UNKNOWN_TEXT]
    assert dialog.combo(0).count() == 16  # 14 components, the name, "not recognised"
    assert dialog.parsed_text(0) == "[persyaratan] Fotokopi KTP\n[persyaratan] Kartu Keluarga"
    assert dialog.parsed_text(2).startswith("Disimpan sebagai catatan") and "Cepat dan ramah" in dialog.parsed_text(2)
    assert "Tabel 3 dilewati" in dialog.remarks_edit.toPlainText()
    assert dialog.import_button.text() == "&Impor 2 layanan" and dialog.import_button.isDefault()
    services.selectRow(1)
    assert rows.rowCount() == 2 and "Rancangan" in services.item(1, 1).text()


def test_changing_a_rows_component_with_the_keyboard_rebuilds_its_preview(qtbot, dialog):
    dialog.activateWindow()
    dialog.rows_table.setFocus()
    qtbot.waitUntil(dialog.rows_table.hasFocus)
    for row in range(3):  # Tab walks the rows' combos in order
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        qtbot.waitUntil(dialog.combo(row).hasFocus)
    combo = dialog.combo(2)
    qtbot.keyClick(combo, Qt.Key.Key_Home)  # the first choice: Persyaratan
    assert combo.currentText() == "Persyaratan"
    assert dialog.parsed_text(2) == "[persyaratan] Cepat dan ramah"
    assert "0 di antaranya disimpan sebagai catatan" in dialog.summary_label.text()
    qtbot.keyClick(combo, Qt.Key.Key_Tab)
    qtbot.waitUntil(dialog.import_button.hasFocus)


def test_cancel_writes_nothing(qtbot, dialog, session):
    before = session.service_count()
    dialog.services_table.setFocus()
    qtbot.keyClick(dialog.services_table, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.imported_ids == []
    assert session.service_count() == before


def test_import_writes_the_chosen_services_as_drafts_with_notes_and_audit(qtbot, dialog, session, reopen):
    before = {s.jenis_pelayanan for s in session.summaries()}
    combo = dialog.combo(1)
    combo.setCurrentIndex(combo.findData(None))  # Jangka waktu: kept as a note instead
    services = dialog.services_table
    services.setFocus()
    services.setCurrentCell(1, 0)
    qtbot.keyClick(services, Qt.Key.Key_Space)  # untick the second service
    assert services.item(1, 0).checkState() == Qt.CheckState.Unchecked
    assert dialog.import_button.text() == "&Impor 1 layanan"
    qtbot.keyClick(services, Qt.Key.Key_Return)  # Enter: the default button
    assert not dialog.isVisible() and len(dialog.imported_ids) == 1
    project = reopen()
    added = [lay for lay in project.layanan if lay.jenis_pelayanan not in before]
    assert [lay.jenis_pelayanan for lay in added] == ["Pelayanan Akta Kelahiran"]
    assert added[0].status == "draf"
    assert [p.uraian for p in added[0].persyaratan] == ["Fotokopi KTP", "Kartu Keluarga"]
    notes = session.service_notes(dialog.imported_ids[0])
    assert [(n.judul, n.teks, n.sumber) for n in notes] == [
        ("Jangka Waktu Penyelesaian", "3 hari kerja", SOURCE), ("Motto Pelayanan", "Cepat dan ramah", SOURCE)]
    assert any(f"Diimpor dari berkas {SOURCE}" in e.keterangan for e in session.audit(dialog.imported_ids[0]))


def test_renamed_service_is_saved_under_the_new_name_and_a_blank_name_is_refused(qtbot, dialog, session,
                                                                              message_boxes):
    before = session.service_count()
    item = dialog.services_table.item(0, 0)
    item.setText("   ")
    assert dialog.services_table.item(0, 2).text() == "nama kosong"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and message_boxes.kinds() == ["warning"]
    assert session.service_count() == before
    item.setText("Akta  Kelahiran Anak")
    dialog.services_table.item(1, 0).setCheckState(Qt.CheckState.Unchecked)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert session.service(dialog.imported_ids[0]).jenis_pelayanan == "Akta Kelahiran Anak"


def test_existing_name_gets_the_import_suffix(qtbot, dialog, session):
    existing = dialog.services_table.item(1, 0).text()
    dialog.services_table.item(0, 0).setCheckState(Qt.CheckState.Unchecked)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert session.service(dialog.imported_ids[0]).jenis_pelayanan == f"{existing} (impor)"


def test_no_service_chosen_disables_import(qtbot, dialog):
    for row in range(2):
        dialog.services_table.item(row, 0).setCheckState(Qt.CheckState.Unchecked)
    assert not dialog.import_button.isEnabled() and dialog.import_button.text() == "&Impor 0 layanan"


def test_preview_with_the_real_builder_lists_what_was_parsed(qtbot, session):
    word_build = pytest.importorskip("sp_desktop.domain.word_build")
    dlg = WordImportDialog(session, reading("Lain"), SOURCE, build=word_build.build_layanan)
    qtbot.addWidget(dlg)
    text = dlg.parsed_text(0)
    assert "Fotokopi KTP" in text and "Kartu Keluarga" in text
    assert "3 hari kerja" in dlg.parsed_text(1)


# -- the menu entry --------------------------------------------------------------------------
def _word_action(window):  # noqa: F811
    return window.findChild(type(window.ui.open_action), "word_import_action")


def test_menu_entries_are_in_berkas_and_enabled_only_with_a_project(qtbot, window, project_file):  # noqa: F811
    action = _word_action(window)
    other = window.findChild(type(window.ui.open_action), "replication_action")
    assert action in window.ui.file_menu.actions() and other in window.ui.file_menu.actions()
    assert action.text() == "Impor dari &Word\u2026" and other.text() == "Impor layanan dari proyek &lain\u2026"
    assert not action.isEnabled() and not other.isEnabled()
    open_as(qtbot, window, project_file)
    assert action.isEnabled() and other.isEnabled()
    window.controller.close_project()
    assert not action.isEnabled()


def test_unreadable_file_is_explained_and_nothing_opens(qtbot, window, project_file, tmp_path,  # noqa: F811
                                                       message_boxes):
    from sp_desktop.ui.word_import_action import import_word_interactively

    open_as(qtbot, window, project_file)
    old = tmp_path / "lama.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 600)
    result = import_word_interactively(window, ask=lambda *_a: old)
    assert result is None
    assert message_boxes.kinds() == ["warning"]
    text = message_boxes.texts()[0]
    assert "lama.doc" in text and ".docx" in text
    assert QApplication.overrideCursor() is None


def test_import_from_the_menu_adds_drafts_and_shows_them_in_the_list(qtbot, window, project_file,  # noqa: F811
                                                                    message_boxes, tmp_path):
    from sp_desktop.ui.word_import_action import import_word_interactively

    open_as(qtbot, window, project_file)
    window.ui.nav_list_widget.setCurrentRow(NAV_INSTANSI)  # elsewhere: the import brings the list forward
    path = tmp_path / SOURCE
    path.write_bytes(b"")
    dialog = import_word_interactively(window, ask=lambda *_a: path, read=lambda _p: reading("Lain"),
                                       build=fake_build)
    assert dialog is not None and dialog.isVisible() and dialog.windowModality() == Qt.WindowModality.WindowModal
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert message_boxes.kinds() == ["information"]
    assert message_boxes.texts()[0].startswith("2 layanan ditambahkan sebagai draf")
    page = window.services_page
    assert window.ui.pages_stacked_widget.currentWidget() is page
    model = page.ui.services_table_view.model()
    names = {model.index(r, c).data() for r in range(model.rowCount()) for c in range(model.columnCount())}
    assert {"Pelayanan Akta Kelahiran", "Lain"} <= names


def test_combo_choices_cover_every_component():
    from sp_desktop.domain.components import KOMPONEN
    from sp_desktop.ui.dialogs.word_import_dialog import CHOICES

    assert [k for k, _t in CHOICES] == [k.key for k in KOMPONEN] + ["jenis_pelayanan", None]
    assert all(isinstance(t, str) and t for _k, t in CHOICES)


def test_a_real_word_file_with_two_services_becomes_two_drafts(qtbot, window, project_file, tmp_path,  # noqa: F811
                                                              message_boxes):
    """Built by tests/word_docs.py, read by the real reader and builder: what a team does from the menu."""
    from sp_desktop.ui.word_import_action import import_word_interactively
    from tests import word_docs

    open_as(qtbot, window, project_file)
    path = word_docs.save(word_docs.doc_two_services(("Akta Lahir Uji", "Akta Mati Uji")), tmp_path / "lama.docx")
    dialog = import_word_interactively(window, ask=lambda *_a: path)
    assert dialog is not None
    names = [dialog.services_table.item(r, 0).text() for r in range(dialog.services_table.rowCount())]
    assert names == ["Akta Lahir Uji", "Akta Mati Uji"]
    labels = [dialog.rows_table.item(r, 0).text() for r in range(dialog.rows_table.rowCount())]
    assert word_docs.WRITTEN["persyaratan"] in labels
    row = labels.index(word_docs.WRITTEN["persyaratan"])
    assert dialog.combo(row).currentData() == "persyaratan" and dialog.parsed_text(row)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    session = window.controller.session
    added = [session.service(i) for i in dialog.imported_ids]
    assert [s.jenis_pelayanan for s in added] == names and all(s.status == "draf" for s in added)
    assert all(s.persyaratan and s.prosedur for s in added)
    assert message_boxes.texts()[0].startswith("2 layanan ditambahkan sebagai draf")
