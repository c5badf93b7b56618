"""The Publikasi page driven with real widgets: records, their evidence, and the SIPPN columns and export."""

from __future__ import annotations

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from sp_desktop.domain.publikasi import Publikasi
from sp_desktop.services import publikasi as svc
from sp_desktop.ui.pages.publikasi_page import PublikasiPage

AKTA = "Penerbitan Akta Kelahiran"
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def make_page(qtbot, session, signals):
    page = PublikasiPage(session, signals)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.activateWindow()
    qtbot.waitExposed(page)
    return page


def test_publikasi_page_records_a_publication_with_the_keyboard(qtbot, session, signals):
    page = make_page(qtbot, session, signals)
    table = page.ui.records_table_widget
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_N, CTRL_SHIFT)
    qtbot.waitUntil(lambda: table.rowCount() == 1)
    assert page.ui.media_combo_box.hasFocus()
    qtbot.keyClick(page.ui.media_combo_box, Qt.Key.Key_Down)  # Situs web -> Media sosial
    page.ui.objek_combo_box.setFocus()
    qtbot.keyClick(page.ui.objek_combo_box, Qt.Key.Key_Down)  # Standar -> Maklumat
    qtbot.keyClicks(page.ui.alamat_line_edit, "instagram.com/dukcapil")
    assert page.ui.alamat_hint_label.isVisible() and "https://" in page.ui.alamat_hint_label.text()
    assert svc.records(session)[0].alamat == ""  # not a link yet: not stored
    page.ui.alamat_line_edit.clear()
    qtbot.keyClicks(page.ui.alamat_line_edit, "https://instagram.com/dukcapil")
    assert not page.ui.alamat_hint_label.isVisible()
    page.ui.semua_check_box.setFocus()
    qtbot.keyClick(page.ui.semua_check_box, Qt.Key.Key_Space)  # no longer every service
    assert page.ui.layanan_list_widget.isEnabled()
    page.ui.layanan_list_widget.item(0).setCheckState(Qt.CheckState.Checked)
    page.ui.keterangan_plain_text_edit.setFocus()
    qtbot.keyClicks(page.ui.keterangan_plain_text_edit, "Unggahan tetap di profil")
    [stored] = svc.records(session)
    assert (stored.media, stored.objek, stored.alamat, stored.layanan, stored.keterangan) == (
        "media_sosial", "maklumat", "https://instagram.com/dukcapil", [AKTA], "Unggahan tetap di profil")
    cells = [table.item(0, c).text() for c in range(table.columnCount())]
    assert cells[0] == "Media sosial" and cells[1] == "Maklumat Pelayanan" and cells[3] == AKTA
    assert cells[4] == "https://instagram.com/dukcapil"
    assert session.audit(None)[0].komponen == "publikasi"


def test_publikasi_page_attaches_opens_and_removes_evidence(qtbot, session, signals, tmp_path, monkeypatch,
                                                            message_boxes):
    record = svc.add_record(session, Publikasi(media="papan_informasi"))
    photo = tmp_path / "papan informasi.jpg"
    photo.write_bytes(b"\xff\xd8 foto papan")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(photo)], "")))
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile()) or True))
    page = make_page(qtbot, session, signals)
    assert page.selected_record().id == record.id
    qtbot.mouseClick(page.ui.add_file_push_button, Qt.MouseButton.LeftButton)
    [stored] = svc.evidence(session, record.id)
    assert stored.nama == "papan informasi.jpg" and stored.pemilik == f"publikasi:{record.id}"
    assert page.ui.files_list_widget.item(0).text().startswith("papan informasi.jpg")
    qtbot.mouseClick(page.ui.open_file_push_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1 and open(opened[0], "rb").read() == b"\xff\xd8 foto papan"
    qtbot.mouseClick(page.ui.remove_file_push_button, Qt.MouseButton.LeftButton)
    assert message_boxes.kinds() == ["question"]
    assert svc.evidence(session, record.id) == [] and page.ui.files_list_widget.count() == 0


def test_publikasi_page_deletes_a_record_after_asking(qtbot, session, signals, message_boxes):
    svc.add_record(session, Publikasi(media="banner"))
    page = make_page(qtbot, session, signals)
    qtbot.mouseClick(page.ui.delete_push_button, Qt.MouseButton.LeftButton)
    assert message_boxes.kinds() == ["question"]
    qtbot.waitUntil(lambda: page.ui.records_table_widget.rowCount() == 0)
    assert svc.records(session) == [] and not page.ui.form_group_box.isEnabled()


def test_publikasi_page_edits_the_sippn_columns_and_exports_with_them(qtbot, session, signals, tmp_path,
                                                                      monkeypatch):
    page = make_page(qtbot, session, signals)
    page.ui.tab_widget.setCurrentWidget(page.ui.sippn_tab)
    table = page.ui.kolom_table_widget
    qtbot.waitUntil(table.isVisible)
    assert table.item(0, 0).text() == "Nama Layanan" and table.item(0, 1).text() == "Nama Layanan"
    table.setCurrentCell(0, 1)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "Nama Jenis Layanan")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: svc.sippn_columns(session)[0].judul == "Nama Jenis Layanan")
    table.item(1, 0).setCheckState(Qt.CheckState.Unchecked)  # Kategori Layanan dropped
    assert not svc.sippn_columns(session)[1].aktif

    target = tmp_path / "keluar" / "sippn.xlsx"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target.with_suffix("")), "")))
    qtbot.mouseClick(page.ui.export_sippn_push_button, Qt.MouseButton.LeftButton)
    assert target.is_file() and str(target) in page.ui.sippn_result_label.text()
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert rows[0][:2] == ("Nama Jenis Layanan", "Dasar Hukum") and len(rows) == 4

    qtbot.mouseClick(page.ui.default_columns_push_button, Qt.MouseButton.LeftButton)
    assert table.item(0, 1).text() == "Nama Layanan" and table.item(1, 0).checkState() == Qt.CheckState.Checked
