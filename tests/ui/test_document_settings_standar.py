from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from sp_desktop.domain.maklumat import OLD_DEFAULT_MAKLUMAT
from sp_desktop.domain.model import DEFAULT_MAKLUMAT
from sp_desktop.ui.dialogs.document_settings_dialog import DocumentSettingsDialog

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier


def make_dialog(qtbot, session) -> DocumentSettingsDialog:
    dialog = DocumentSettingsDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def choose(qtbot, combo, data):
    combo.setFocus()
    for _ in range(combo.count()):
        if combo.currentData() == data:
            break
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == data


def save(qtbot, dialog):
    qtbot.mouseClick(dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_document_settings_standar_layout_and_order_are_stored(qtbot, session):
    dialog = make_dialog(qtbot, session)
    ui = dialog.ui
    assert ui.standar_layout_combo_box.currentData() == "ab"
    assert ui.urutan_komponen_combo_box.currentData() == "permenpan"
    assert [ui.urutan_komponen_combo_box.itemData(i) for i in range(3)] == ["permenpan", "metro", "uu25"]
    assert "Bontang" in ui.standar_layout_combo_box.itemData(1, Qt.ItemDataRole.ToolTipRole)
    choose(qtbot, ui.standar_layout_combo_box, "tunggal")
    choose(qtbot, ui.urutan_komponen_combo_box, "metro")
    save(qtbot, dialog)
    stored = session.pengaturan()
    assert (stored.tata_letak_standar, stored.urutan_komponen) == ("tunggal", "metro")
    again = make_dialog(qtbot, session)
    assert again.ui.standar_layout_combo_box.currentData() == "tunggal"
    assert again.ui.urutan_komponen_combo_box.currentText() == "Produk lebih dahulu (Metro)"


def test_document_settings_standar_warns_while_the_pledge_lacks_an_element(qtbot, session):
    dialog = make_dialog(qtbot, session)
    label = dialog.ui.maklumat_elements_label
    assert not label.isVisible()
    edit = dialog.ui.maklumat_plain_text_edit
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(edit, "Kami sanggup melayani sesuai standar pelayanan dan siap menerima sanksi.")
    assert label.isVisible() and label.text().startswith("Peringatan: ")
    assert "perbaikan secara terus-menerus" in label.text() and "kompensasi" in label.text()
    qtbot.keyClicks(edit, " Kami juga siap memberikan kompensasi.")
    assert "kompensasi" not in label.text() and "terus-menerus" in label.text()
    qtbot.mouseClick(dialog.ui.restore_default_push_button, LEFT)
    assert edit.toPlainText() == DEFAULT_MAKLUMAT and not label.isVisible()
    save(qtbot, dialog)  # only a warning: the team's text may still be saved


def test_document_settings_standar_old_default_shows_as_the_new_one(qtbot, session):
    pengaturan = session.pengaturan()
    pengaturan.maklumat_teks = OLD_DEFAULT_MAKLUMAT
    session.save_pengaturan(pengaturan)
    dialog = make_dialog(qtbot, session)
    assert dialog.ui.maklumat_plain_text_edit.toPlainText() == DEFAULT_MAKLUMAT
    assert not dialog.ui.maklumat_elements_label.isVisible()
    assert not dialog.ui.restore_default_push_button.isEnabled()


def test_document_settings_standar_maklumat_date_follows_the_penetapan(qtbot, session):
    dialog = make_dialog(qtbot, session)  # the sample project was adopted on 30 November 2018
    ui = dialog.ui
    assert ui.maklumat_today_check_box.isChecked()
    assert "penetapan" in ui.maklumat_today_check_box.text()
    assert ui.tanggal_maklumat_date_edit.date() == QDate(2018, 11, 30)
    save(qtbot, dialog)
    assert session.pengaturan().tanggal_maklumat == ""  # still "follow", not a fixed date
    extra = session.repo.extra()
    del extra["penetapan"]  # not adopted yet (the decree is recorded on the Penetapan page)
    with session._write("pengaturan"):
        session.repo.save_extra(extra)
    again = make_dialog(qtbot, session)
    ui = again.ui
    assert ui.belum_ditetapkan_check_box.isChecked()
    assert ui.tanggal_maklumat_date_edit.date() == QDate.currentDate()
