import dataclasses

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QPushButton

from sp_desktop.domain.model import DEFAULT_MAKLUMAT, Pengaturan
from sp_desktop.storage.errors import WriteFailed
from sp_desktop.ui.dialogs.document_settings_dialog import (
    BLANK_PLEDGE_MESSAGE,
    DECREE_POINTER,
    DocumentSettingsDialog,
)

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier
SAMPLE_PENETAPAN = {"nomor": "188.4/55/DKPS/2018", "tanggal": "2018-11-30"}


@pytest.fixture
def open_dialog(qtbot, session):
    """A function that shows a fresh dialog on the test session, active so that keys reach it."""

    def make() -> DocumentSettingsDialog:
        dialog = DocumentSettingsDialog(session)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        return dialog

    return make


@pytest.fixture
def dialog(open_dialog) -> DocumentSettingsDialog:
    return open_dialog()


def replace_text(qtbot, widget, text: str) -> None:
    """Select everything in a line edit, spin box or text edit and type ``text`` over it."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, CTRL)
    if text:
        qtbot.keyClicks(widget, text)
    else:
        qtbot.keyClick(widget, Qt.Key.Key_Delete)


def toggle(qtbot, check_box) -> None:
    """Click a check box on its indicator (a wide box may be empty at its centre)."""
    qtbot.mouseClick(check_box, LEFT, pos=QPoint(8, check_box.height() // 2))


def click_save(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok), LEFT)


def click_cancel(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel), LEFT)


def named_focus() -> str:
    """The focused widget's object name (its owner's for the line edit inside a spin box), or a button's text."""
    widget = QApplication.focusWidget()
    if isinstance(widget, QPushButton) and not widget.objectName():
        return widget.text()
    while widget is not None and (not widget.objectName() or widget.objectName().startswith("qt_")):
        widget = widget.parentWidget()
    return widget.objectName() if widget is not None else ""


def tab_through(qtbot, count: int) -> list[str]:
    """Press Tab ``count`` times; the focused widgets in order, each once (a date edit tabs through its sections)."""
    visited = [named_focus()]
    for _ in range(count):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if named_focus() != visited[-1]:
            visited.append(named_focus())
    return visited


def test_document_settings_dialog_shows_stored_settings(dialog):
    ui = dialog.ui
    assert dialog.windowTitle() == "Pengaturan Dokumen"
    assert ui.paper_combo_box.currentText() == "F4 (215 × 330 mm)"
    assert [ui.paper_combo_box.itemData(i) for i in range(ui.paper_combo_box.count())] == ["f4", "a4"]
    margins = (ui.margin_top_spin_box, ui.margin_right_spin_box, ui.margin_bottom_spin_box, ui.margin_left_spin_box)
    assert [spin.value() for spin in margins] == [20.0, 20.0, 25.0, 30.0]  # bottom 2.5 cm per tata naskah
    assert all((spin.minimum(), spin.maximum(), spin.decimals()) == (5.0, 60.0, 1) for spin in margins)
    assert ui.margin_left_spin_box.text() == "30,0 mm"  # Indonesian decimal comma
    assert (ui.font_size_spin_box.minimum(), ui.font_size_spin_box.maximum()) == (9.0, 14.0)
    assert ui.font_size_spin_box.value() == 11.0
    assert ui.text_area_label.text() == "Bidang tulis 165 × 285\u00a0mm"
    assert ui.page_number_combo_box.currentData() == "tata_naskah"
    assert ui.page_number_combo_box.currentText() == "Tata naskah: \u201c- 2 -\u201d di tengah atas"
    assert ui.page_number_combo_box.itemText(1) == "\u201cHalaman 2 dari 5\u201d di kanan bawah"
    assert ui.versi_line_edit.text() == "1"
    check, edit = ui.rancangan_today_check_box, ui.tanggal_rancangan_date_edit
    assert check.isChecked() and check.text() == "Gunakan tanggal hari ini"
    assert not edit.isEnabled() and edit.date() == QDate.currentDate()
    # The Maklumat follows the penetapan (30 November 2018 in the sample), else today.
    check, edit = ui.maklumat_today_check_box, ui.tanggal_maklumat_date_edit
    assert check.isChecked() and check.text() == "Ikuti tanggal penetapan (bila belum ada: hari ini)"
    assert not edit.isEnabled() and edit.date() == QDate(2018, 11, 30)
    assert ui.maklumat_plain_text_edit.toPlainText() == DEFAULT_MAKLUMAT
    assert not ui.restore_default_push_button.isEnabled()
    assert "kompensasi" in ui.maklumat_note_label.text() and "terus-menerus" in ui.maklumat_note_label.text()
    assert not ui.belum_ditetapkan_check_box.isChecked()
    assert ui.nomor_line_edit.text() == SAMPLE_PENETAPAN["nomor"]
    assert ui.tanggal_penetapan_date_edit.text() == "30 November 2018"


def test_document_settings_dialog_saves_every_field(qtbot, dialog, session, reopen):
    ui = dialog.ui
    qtbot.keyClick(ui.paper_combo_box, Qt.Key.Key_Down)
    replace_text(qtbot, ui.margin_top_spin_box, "25")
    replace_text(qtbot, ui.margin_right_spin_box, "20,5")
    replace_text(qtbot, ui.margin_bottom_spin_box, "22")
    replace_text(qtbot, ui.margin_left_spin_box, "35")
    replace_text(qtbot, ui.font_size_spin_box, "12")
    qtbot.keyClick(ui.page_number_combo_box, Qt.Key.Key_Down)
    replace_text(qtbot, ui.versi_line_edit, "2.1")
    toggle(qtbot, ui.rancangan_today_check_box)
    assert ui.tanggal_rancangan_date_edit.isEnabled()
    ui.tanggal_rancangan_date_edit.setDate(QDate(2024, 8, 17))
    assert ui.tanggal_rancangan_date_edit.text() == "17 Agustus 2024"  # Indonesian month names
    replace_text(qtbot, ui.maklumat_plain_text_edit, "Kami sanggup melayani sesuai standar.")
    toggle(qtbot, ui.maklumat_today_check_box)
    ui.tanggal_maklumat_date_edit.setDate(QDate(2024, 12, 2))
    assert ui.text_area_label.text() == "Bidang tulis 154,5 × 250\u00a0mm"

    click_save(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    stored = reopen()
    assert stored.pengaturan == Pengaturan(
        maklumat_teks="Kami sanggup melayani sesuai standar.",
        kertas="a4",
        margin_mm=(25.0, 20.5, 22.0, 35.0),
        ukuran_huruf=12.0,
        versi_rancangan="2.1",
        tanggal_rancangan="2024-08-17",
        tanggal_maklumat="2024-12-02",
        nomor_halaman="x_dari_y",
    )
    assert stored.extra["penetapan"] == SAMPLE_PENETAPAN
    assert session.pengaturan() == stored.pengaturan


def test_document_settings_dialog_shows_stored_dates_and_goes_back_to_today(qtbot, session, open_dialog, reopen):
    session.save_pengaturan(
        dataclasses.replace(session.pengaturan(), tanggal_rancangan="2024-03-05", tanggal_maklumat="2024-04-01")
    )
    dialog = open_dialog()
    ui = dialog.ui
    assert not ui.rancangan_today_check_box.isChecked()
    assert ui.tanggal_rancangan_date_edit.isEnabled() and ui.tanggal_rancangan_date_edit.text() == "5 Maret 2024"
    assert ui.tanggal_maklumat_date_edit.text() == "1 April 2024"

    toggle(qtbot, ui.rancangan_today_check_box)
    assert not ui.tanggal_rancangan_date_edit.isEnabled()
    click_save(qtbot, dialog)

    assert reopen().pengaturan.tanggal_rancangan == ""
    assert reopen().pengaturan.tanggal_maklumat == "2024-04-01"


def test_document_settings_dialog_restores_default_text(qtbot, session, open_dialog, reopen):
    session.save_pengaturan(dataclasses.replace(session.pengaturan(), maklumat_teks="Janji lama tim kami."))
    dialog = open_dialog()
    ui = dialog.ui
    assert ui.restore_default_push_button.isEnabled()

    qtbot.mouseClick(ui.restore_default_push_button, LEFT)
    assert ui.maklumat_plain_text_edit.toPlainText() == DEFAULT_MAKLUMAT
    assert not ui.restore_default_push_button.isEnabled()
    qtbot.keyClick(ui.maklumat_plain_text_edit, Qt.Key.Key_Z, CTRL)  # the team's own text is one undo away
    assert ui.maklumat_plain_text_edit.toPlainText() == "Janji lama tim kami."
    qtbot.mouseClick(ui.restore_default_push_button, LEFT)
    click_save(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert reopen().pengaturan.maklumat_teks == DEFAULT_MAKLUMAT


def test_document_settings_dialog_refuses_blank_pledge(qtbot, dialog, session, reopen):
    before = reopen()
    audit_before = len(session.audit(None))
    ui = dialog.ui
    replace_text(qtbot, ui.versi_line_edit, "9")
    replace_text(qtbot, ui.maklumat_plain_text_edit, "")

    click_save(qtbot, dialog)

    assert dialog.isVisible()
    assert ui.maklumat_problem_label.text() == BLANK_PLEDGE_MESSAGE
    assert ui.maklumat_plain_text_edit.hasFocus()
    assert ui.versi_line_edit.text() == "9"  # nothing typed is lost
    after = reopen()
    assert after.pengaturan == before.pengaturan and after.extra == before.extra
    assert len(session.audit(None)) == audit_before

    qtbot.keyClicks(ui.maklumat_plain_text_edit, "Kami siap melayani.")
    assert ui.maklumat_problem_label.text() == ""
    click_save(qtbot, dialog)
    assert reopen().pengaturan.maklumat_teks == "Kami siap melayani."
    assert reopen().pengaturan.versi_rancangan == "9"


def test_document_settings_dialog_refuses_narrow_text_width_on_chosen_paper(qtbot, dialog, reopen):
    before = reopen().pengaturan
    ui = dialog.ui
    replace_text(qtbot, ui.margin_left_spin_box, "57,5")
    replace_text(qtbot, ui.margin_right_spin_box, "57,5")
    assert ui.text_area_label.text().startswith("Bidang tulis 100 × ")  # F4 is 215 mm wide: just enough

    qtbot.keyClick(ui.paper_combo_box, Qt.Key.Key_Down)  # A4 is 210 mm wide
    assert ui.text_area_label.text().startswith("Bidang tulis hanya 95\u00a0mm (minimal 100\u00a0mm)")
    click_save(qtbot, dialog)

    assert dialog.isVisible()
    assert ui.margin_right_spin_box.hasFocus()
    assert reopen().pengaturan == before

    qtbot.keyClick(ui.paper_combo_box, Qt.Key.Key_Up)
    click_save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = reopen().pengaturan
    assert (stored.kertas, stored.margin_mm) == ("f4", (20.0, 57.5, 25.0, 57.5))


def test_document_settings_dialog_shows_the_decree_read_only(qtbot, dialog, session, reopen):
    # The ketua records the decree on the Penetapan page, where the adoption gate is; here it is only shown.
    ui = dialog.ui
    assert ui.nomor_line_edit.isReadOnly() and ui.tanggal_penetapan_date_edit.isReadOnly()
    assert not ui.belum_ditetapkan_check_box.isEnabled()
    assert ui.penetapan_problem_label.isVisible() and ui.penetapan_problem_label.text() == DECREE_POINTER
    qtbot.keyClicks(ui.nomor_line_edit, "99")
    assert ui.nomor_line_edit.text() == SAMPLE_PENETAPAN["nomor"]


def test_document_settings_dialog_keeps_the_recorded_decree_whole(qtbot, session, open_dialog, reopen):
    extra = session.repo.extra()
    extra["penetapan"] = {**SAMPLE_PENETAPAN, "menimbang": ["bahwa perlu"], "tempat": "Bontang"}
    with session._write("pengaturan"):
        session.repo.save_extra(extra)
    dialog = open_dialog()
    replace_text(qtbot, dialog.ui.versi_line_edit, "2")
    click_save(qtbot, dialog)
    assert reopen().extra["penetapan"] == {**SAMPLE_PENETAPAN, "menimbang": ["bahwa perlu"], "tempat": "Bontang"}
    assert session.pengaturan().versi_rancangan == "2"


@pytest.mark.parametrize("how", ["batal", "escape"])
def test_document_settings_dialog_cancel_changes_nothing(qtbot, dialog, session, reopen, how):
    before = reopen()
    audit_before = len(session.audit(None))
    ui = dialog.ui
    qtbot.keyClick(ui.paper_combo_box, Qt.Key.Key_Down)
    replace_text(qtbot, ui.margin_top_spin_box, "40")
    replace_text(qtbot, ui.versi_line_edit, "7")
    replace_text(qtbot, ui.maklumat_plain_text_edit, "Teks lain.")

    if how == "batal":
        click_cancel(qtbot, dialog)
    else:
        qtbot.keyClick(ui.versi_line_edit, Qt.Key.Key_Escape)

    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
    after = reopen()
    assert after.pengaturan == before.pengaturan and after.extra == before.extra
    assert len(session.audit(None)) == audit_before


def test_document_settings_dialog_save_without_changes_writes_nothing(qtbot, dialog, session):
    audit_before = len(session.audit(None))
    saved = session.last_saved

    click_save(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert len(session.audit(None)) == audit_before and session.last_saved == saved


def test_document_settings_dialog_enter_saves_except_in_pledge_text(qtbot, dialog, session):
    ui = dialog.ui
    replace_text(qtbot, ui.maklumat_plain_text_edit, "Baris satu")
    qtbot.keyClick(ui.maklumat_plain_text_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(ui.maklumat_plain_text_edit, "baris dua")
    assert dialog.isVisible()
    assert ui.maklumat_plain_text_edit.toPlainText() == "Baris satu\nbaris dua"

    replace_text(qtbot, ui.versi_line_edit, "3")
    qtbot.keyClick(ui.versi_line_edit, Qt.Key.Key_Return)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert session.pengaturan().versi_rancangan == "3"
    assert session.pengaturan().maklumat_teks == "Baris satu\nbaris dua"


def test_document_settings_dialog_enter_in_spin_box_saves(qtbot, dialog, session):
    replace_text(qtbot, dialog.ui.margin_bottom_spin_box, "31")
    qtbot.keyClick(dialog.ui.margin_bottom_spin_box, Qt.Key.Key_Enter)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert session.pengaturan().margin_mm[2] == 31.0


def test_document_settings_dialog_shows_session_refusal_and_keeps_input(qtbot, dialog, session, message_boxes):
    actor = session.actor
    session.actor = None  # nobody chosen: the session refuses every change
    ui = dialog.ui
    replace_text(qtbot, ui.versi_line_edit, "4")

    click_save(qtbot, dialog)

    assert message_boxes.shown == [("warning", "Simpan pengaturan dokumen", "Pilih dulu siapa Anda dari daftar tim.")]
    assert dialog.isVisible()
    assert ui.versi_line_edit.text() == "4"
    assert session.pengaturan().versi_rancangan == "1" and session.penetapan() == SAMPLE_PENETAPAN

    session.actor = actor
    click_save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert session.pengaturan().versi_rancangan == "4"
    assert session.penetapan() == SAMPLE_PENETAPAN


def test_document_settings_dialog_shows_write_failure_and_stays_open(
    qtbot, dialog, session, message_boxes, monkeypatch
):
    def failing_save(_pengaturan):
        raise WriteFailed("Perubahan tidak dapat disimpan ke Proyek Uji.spdb: disk penuh.", session.path)

    real_save = session.save_pengaturan
    monkeypatch.setattr(session, "save_pengaturan", failing_save)
    replace_text(qtbot, dialog.ui.versi_line_edit, "5")

    click_save(qtbot, dialog)

    assert message_boxes.kinds() == ["warning"]
    assert "disk penuh" in message_boxes.texts()[0]
    assert dialog.isVisible() and dialog.ui.versi_line_edit.text() == "5"

    monkeypatch.setattr(session, "save_pengaturan", real_save)
    click_save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert session.pengaturan().versi_rancangan == "5"


def test_document_settings_dialog_tab_order_follows_the_columns(qtbot, dialog):
    ui = dialog.ui
    toggle(qtbot, ui.rancangan_today_check_box)  # its date becomes reachable; the Maklumat date stays "today"
    ui.paper_combo_box.setFocus()

    assert tab_through(qtbot, 24) == [
        "paper_combo_box",
        "margin_top_spin_box",
        "margin_right_spin_box",
        "margin_bottom_spin_box",
        "margin_left_spin_box",
        "font_size_spin_box",
        "page_number_combo_box",
        "versi_line_edit",
        "rancangan_today_check_box",
        "tanggal_rancangan_date_edit",
        "alur_rancangan_check_box",
        "nomor_line_edit",  # read-only, still reachable to read or copy the number
        "tanggal_penetapan_date_edit",
        "standar_layout_combo_box",
        "urutan_komponen_combo_box",
        "alur_standar_check_box",
        "maklumat_plain_text_edit",
        "maklumat_today_check_box",  # "Kembalikan" is disabled: the text is the default
        "Simpan",
        "Batal",
        "paper_combo_box",
    ]
