"""The versions dialog: versions with decree and fingerprint, two chosen and compared, exported and printed."""

from pathlib import Path

import docx
import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from sp_desktop.domain.enums import StatusLayanan
from sp_desktop.ui.dialogs.versions_dialog import COL_NOMOR, COL_SIDIK, COL_STATE, VersionsDialog

AKTA = "Penerbitan Akta Kelahiran"
SHOTS = Path("/tmp/h5-revisi-7q3")


def _adopt(session, service_id, nomor, tanggal):
    lay = session.service(service_id)
    with session._write("status", service_id):
        lay.status = StatusLayanan.DITETAPKAN.value
        session.repo.update_service(lay, session._actor_name)
        return session._snapshot_adopted(lay, nomor, tanggal)


@pytest.fixture
def revised(session):
    """Akta adopted as versi 1, then revised: versi 2 (draft) has a new product and one fewer requirement."""
    akta = next(s for s in session.services() if s.jenis_pelayanan == AKTA)
    sidik = _adopt(session, akta.id, "188.4/55/DKPS/2018", "2018-11-30")
    revision = session.start_revision(akta.id)
    revision.produk.append("Kutipan akta kelahiran elektronik")
    del revision.persyaratan[-1]
    session.save_service(revision, "produk", "Produk ditambah")
    return session, akta.id, sidik


def _dialog(qtbot, session, service_id, ask_path=None):
    dialog = VersionsDialog(session, service_id, ask_path=ask_path)
    qtbot.addWidget(dialog)
    dialog.resize(1366 * 3 // 4, 640)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_dialog_lists_the_versions_and_shows_the_differences(qtbot, revised):
    session, akta_id, sidik = revised
    dialog = _dialog(qtbot, session, akta_id)
    table = dialog.ui.versions_table_widget
    assert table.rowCount() == 2
    assert (table.item(0, COL_STATE).text(), table.item(0, COL_NOMOR).text(), table.item(0, COL_SIDIK).text()) == (
        "Ditetapkan, sudah direvisi", "188.4/55/DKPS/2018", sidik)
    assert table.item(1, COL_STATE).text() == "Draf revisi (isi sekarang)"
    diff = dialog.ui.diff_table_widget
    labels = [diff.item(r, 1).text().split("\n")[0] for r in range(diff.rowCount())]
    assert [label.split(" butir")[0] for label in labels] == ["Persyaratan", "Produk pelayanan"]
    assert diff.item(1, 2).text() == "(belum ada)" and diff.item(1, 3).text() == "Kutipan akta kelahiran elektronik"
    assert dialog.ui.summary_label.text() == "2 perbedaan pada 2 komponen."
    dialog.grab().save(str(SHOTS / "versions_dialog.png"))

    # The same version on both sides: nothing to list, nothing to export.
    dialog.ui.to_combo_box.setFocus()
    qtbot.keyClick(dialog.ui.to_combo_box, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: dialog.ui.diff_table_widget.rowCount() == 0)
    assert dialog.ui.summary_label.text() == "Kedua versi sama isinya."
    assert not dialog.ui.export_push_button.isEnabled()


def test_the_dialog_exports_the_daftar_perubahan(qtbot, revised, tmp_path):
    session, akta_id, _sidik = revised
    target = tmp_path / "daftar-perubahan.docx"
    dialog = _dialog(qtbot, session, akta_id, ask_path=lambda *args: target)
    qtbot.mouseClick(dialog.ui.export_push_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, "doc_export_result_message_box") is not None, timeout=20000)
    box = dialog.findChild(QMessageBox, "doc_export_result_message_box")
    assert "selesai" in box.windowTitle()
    text = "\n".join(cell.text for t in docx.Document(str(target)).tables for row in t.rows for cell in row.cells)
    assert "Kutipan akta kelahiran elektronik" in text and "(belum ada)" in text
    box.close()


def test_the_dialog_prints_the_standar_of_the_adopted_version_with_its_fingerprint(qtbot, revised, tmp_path):
    session, akta_id, sidik = revised
    target = tmp_path / "standar-v1.pdf"
    dialog = _dialog(qtbot, session, akta_id, ask_path=lambda *args: target)
    qtbot.mouseClick(dialog.ui.versions_table_widget.viewport(), Qt.MouseButton.LeftButton,
                     pos=dialog.ui.versions_table_widget.visualItemRect(
                         dialog.ui.versions_table_widget.item(0, 0)).center())
    qtbot.waitUntil(lambda: dialog._selected_versi() == 1)
    qtbot.mouseClick(dialog.ui.print_push_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_box is not None, timeout=20000)
    assert "Standar versi 1 tersimpan" in dialog.result_box.text()
    text = " ".join(page.extract_text() for page in PdfReader(str(target)).pages)
    assert f"Sidik versi 1: {sidik}" in " ".join(text.split())
    assert "Kutipan akta kelahiran elektronik" not in text  # the adopted content, not the revision
    dialog.result_box.close()


def test_the_editor_of_an_adopted_standard_offers_a_revision_and_the_versions(qtbot, session):
    from editor_helpers import make_editor

    akta = next(s for s in session.services() if s.jenis_pelayanan == AKTA)
    _adopt(session, akta.id, "188.4/55/DKPS/2018", "2018-11-30")
    editor = make_editor(qtbot, session, akta.id)
    editor.resize(1366, 768)
    banner = editor.ui.banner_label
    assert banner.isVisible()
    assert banner.text().startswith("Standar ini sudah ditetapkan (versi 1)")
    button = editor.version_controls.revision_button
    assert button.isVisible() and button.isEnabled()
    editor.grab().save(str(SHOTS / "editor_ditetapkan.png"))

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.service(akta.id).versi == 2)
    assert session.service(akta.id).status == StatusLayanan.DRAF.value
    qtbot.waitUntil(lambda: not editor.ui.banner_label.isVisible())
    assert not button.isVisible()

    qtbot.mouseClick(editor.version_controls.versions_button, Qt.MouseButton.LeftButton)
    dialog = editor.findChild(VersionsDialog, "versions_dialog")
    qtbot.waitExposed(dialog)
    assert dialog.ui.versions_table_widget.rowCount() == 2
    assert dialog.ui.summary_label.text() == "Kedua versi sama isinya."
    dialog.close()
