from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QFileDialog

from sp_desktop.ui.pages.instansi_page import InstansiPage


def make_page(qtbot, session):
    page = InstansiPage(session)
    qtbot.addWidget(page)
    page.show()
    return page


def retype(qtbot, edit, text):
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def test_instansi_page_shows_stored_profile(qtbot, session):
    page = make_page(qtbot, session)
    assert page.ui.nama_line_edit.text() == "Dinas Kependudukan dan Pencatatan Sipil"
    assert page.ui.zona_waktu_combo_box.currentData() == "WITA"
    assert page.ui.kepala_golongan_combo_box.currentData() == "IV/c"
    assert page.ui.kepala_pangkat_line_edit.text() == "Pembina Utama Muda"
    assert "19680101 200003 1 001" in page.ui.kepala_nip_feedback_label.text()


def test_instansi_page_saves_every_keystroke(qtbot, session, reopen):
    page = make_page(qtbot, session)
    retype(qtbot, page.ui.nama_line_edit, "Dinas Kesehatan")
    retype(qtbot, page.ui.kota_line_edit, "Metro")
    qtbot.keyClicks(page.ui.telepon_line_edit, " ext. 2")
    instansi = reopen().instansi
    assert instansi.nama == "Dinas Kesehatan"
    assert instansi.kota == "Metro"
    assert instansi.telepon == "(0548) 123456 ext. 2"


def test_instansi_page_time_zone_combo_is_saved(qtbot, session, reopen):
    page = make_page(qtbot, session)
    combo = page.ui.zona_waktu_combo_box
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Up)  # WITA -> WIB
    assert reopen().instansi.zona_waktu == "WIB"


def test_instansi_page_nip_is_grouped_and_stored_as_digits(qtbot, session, reopen):
    page = make_page(qtbot, session)
    retype(qtbot, page.ui.kepala_nip_line_edit, "19700212 199503 1 002")
    assert "NIP. 19700212 199503 1 002" in page.ui.kepala_nip_feedback_label.text()
    assert reopen().instansi.kepala.nip == "197002121995031002"


def test_instansi_page_nip_with_errors_is_not_stored(qtbot, session, reopen):
    page = make_page(qtbot, session)
    edit = page.ui.kepala_nip_line_edit
    edit.setFocus()
    edit.end(False)
    qtbot.keyClicks(edit, "9")  # 19 digits
    feedback = page.ui.kepala_nip_feedback_label.text()
    assert "18 digit" in feedback and "#b3261e" in feedback  # red
    assert "belum disimpan" in feedback
    assert reopen().instansi.kepala.nip == "196801012000031001"


def test_instansi_page_nip_warnings_do_not_refuse(qtbot, session, reopen):
    page = make_page(qtbot, session)
    retype(qtbot, page.ui.kepala_nip_line_edit, "196801012000133001")  # TMT month 13
    feedback = page.ui.kepala_nip_feedback_label.text()
    assert "Bulan TMT" in feedback and "#8a5a00" in feedback  # amber
    assert reopen().instansi.kepala.nip == "196801012000133001"


def test_instansi_page_golongan_sets_pangkat(qtbot, session, reopen):
    page = make_page(qtbot, session)
    combo = page.ui.kepala_golongan_combo_box
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # IV/c -> IV/d
    assert page.ui.kepala_pangkat_line_edit.text() == "Pembina Utama Madya"
    kepala = reopen().instansi.kepala
    assert (kepala.golongan, kepala.pangkat) == ("IV/d", "Pembina Utama Madya")


def write_png(path: Path) -> Path:
    image = QImage(24, 16, QImage.Format.Format_RGB32)
    image.fill(QColor("#1e6b34"))
    assert image.save(str(path), "PNG")
    return path


def test_instansi_page_logo_is_loaded_previewed_and_cleared(qtbot, session, reopen, tmp_path, monkeypatch):
    png = write_png(tmp_path / "logo.png")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(png), "")))
    page = make_page(qtbot, session)
    assert not page.ui.clear_logo_push_button.isEnabled()
    qtbot.mouseClick(page.ui.choose_logo_push_button, Qt.MouseButton.LeftButton)
    assert not page.ui.logo_preview_label.pixmap().isNull()
    logo = reopen().logo
    assert logo.mime == "image/png" and logo.data == png.read_bytes()
    qtbot.mouseClick(page.ui.clear_logo_push_button, Qt.MouseButton.LeftButton)
    assert reopen().logo is None
    assert page.ui.logo_preview_label.text() == "Belum ada logo"


def test_instansi_page_bad_logo_shows_message(qtbot, session, reopen, tmp_path, monkeypatch, message_boxes):
    bad = tmp_path / "bukan-gambar.png"
    bad.write_bytes(b"%PDF-1.4 this is not an image")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(bad), "")))
    page = make_page(qtbot, session)
    qtbot.mouseClick(page.ui.choose_logo_push_button, Qt.MouseButton.LeftButton)
    assert message_boxes.kinds() == ["warning"]
    assert "bukan gambar PNG atau JPG" in message_boxes.texts()[0]
    assert reopen().logo is None
