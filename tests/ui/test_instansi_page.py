from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QFormLayout, QLabel, QLineEdit, QPushButton

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


def _form_labels(page):
    labels = []
    for form in (page.ui.instansi_form_layout, page.ui.kepala_form_layout):
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and isinstance(item.widget(), QLabel):
                labels.append(item.widget())
    return labels


def _rightmost_ink_column(label) -> int:
    image = label.grab().toImage()
    background = label.palette().color(label.backgroundRole()).lightness()
    for x in range(image.width() - 1, -1, -1):
        if any(abs(image.pixelColor(x, y).lightness() - background) > 60 for y in range(image.height())):
            return x
    return -1


def test_instansi_page_form_labels_are_drawn_whole(qtbot, session):
    page = make_page(qtbot, session)
    page.resize(1176, 700)
    labels = _form_labels(page)
    assert "&Telepon" in [label.text() for label in labels]
    for label in labels:
        # Ink in the label's last pixel column means its last letter is cut off.
        assert _rightmost_ink_column(label) < label.width() - 1, label.text()


def test_instansi_page_tab_order_follows_the_layout(qtbot, session):
    page = make_page(qtbot, session)
    ui = page.ui
    expected = [
        ui.pemerintah_daerah_line_edit, ui.nama_line_edit, ui.singkatan_line_edit, ui.alamat_line_edit,
        ui.telepon_line_edit, ui.email_line_edit, ui.laman_line_edit, ui.kota_line_edit, ui.zona_waktu_combo_box,
        ui.choose_logo_push_button, ui.kepala_nama_line_edit, ui.kepala_nip_line_edit,
        ui.kepala_golongan_combo_box, ui.kepala_pangkat_line_edit, ui.kepala_jabatan_line_edit,
    ]  # "Hapus logo" is disabled while there is no logo, so Tab passes it by
    page.activateWindow()
    ui.pemerintah_daerah_line_edit.setFocus()
    qtbot.waitUntil(ui.pemerintah_daerah_line_edit.hasFocus)
    visited = [QApplication.focusWidget()]
    for _ in expected[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    assert [w.objectName() for w in visited] == [w.objectName() for w in expected]


def test_instansi_page_every_text_field_shows_an_example(qtbot, session):
    page = make_page(qtbot, session)
    edits = page.findChildren(QLineEdit)
    assert page.ui.alamat_line_edit in edits and page.ui.email_line_edit in edits
    missing = [edit.objectName() for edit in edits if not edit.placeholderText().strip()]
    assert missing == []
    assert "@" in page.ui.email_line_edit.placeholderText()


def test_instansi_page_mnemonics_are_unique(qtbot, session):
    page = make_page(qtbot, session)
    texts = [w.text() for w in page.findChildren(QLabel) + page.findChildren(QPushButton)]
    letters = [text[text.index("&") + 1].lower() for text in texts if "&" in text.replace("&&", "")]
    assert len(letters) == len(set(letters)), sorted(letters)


def test_instansi_page_follows_a_profile_changed_elsewhere_but_not_its_own_typing(qtbot, session):
    from sp_desktop.ui.session_signals import SessionSignals

    signals = SessionSignals(session)
    page = InstansiPage(session, signals)
    qtbot.addWidget(page)
    page.show()
    edit = page.ui.telepon_line_edit
    edit.setFocus()
    edit.setCursorPosition(0)
    qtbot.keyClicks(edit, "(")  # own typing: saved, the field and its cursor stay as typed
    assert session.instansi().telepon == edit.text() and edit.cursorPosition() == 1
    elsewhere = session.instansi()
    elsewhere.telepon = "0548-999"
    session.save_instansi(elsewhere)  # a receive, a resolved conflict or an import writes the same way
    assert edit.text() == "0548-999"
    qtbot.keyClicks(page.ui.nama_line_edit, "!")  # the next keystroke saves the new profile, not the old
    assert session.instansi().telepon == "0548-999"
    signals.detach()
