"""The Pengaduan Masuk page driven with real widgets: log by keyboard, filter, close, summary."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from sp_desktop.domain.survei import PengaduanMasuk, Survei
from sp_desktop.ui.pages.pengaduan_masuk_page import PengaduanMasukPage

AKTA = "Penerbitan Akta Kelahiran"
KK = "Penerbitan Kartu Keluarga"
CTRL = Qt.KeyboardModifier.ControlModifier
SHOTS = Path("/tmp/m5-complaints-7q3")


def make_page(qtbot, session, signals):
    page = PengaduanMasukPage(session, signals)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.activateWindow()
    qtbot.waitExposed(page)
    return page


def _tab(qtbot, page, widget):
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.waitUntil(widget.hasFocus)


def test_pengaduan_masuk_page_logs_a_complaint_by_keyboard(qtbot, session, signals):
    page = make_page(qtbot, session, signals)
    ui = page.ui
    ui.complaints_table_view.setFocus()
    qtbot.waitUntil(ui.complaints_table_view.hasFocus)
    qtbot.keyClick(ui.complaints_table_view, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # &Diterima
    qtbot.waitUntil(ui.tanggal_date_edit.hasFocus)
    ui.tanggal_date_edit.setSelectedSection(ui.tanggal_date_edit.Section.DaySection)
    qtbot.keyClicks(ui.tanggal_date_edit, "03022026")
    _tab(qtbot, page, ui.layanan_combo_box)
    qtbot.keyClick(ui.layanan_combo_box, Qt.Key.Key_Down)  # (none) -> Akta
    qtbot.keyClick(ui.layanan_combo_box, Qt.Key.Key_Down)  # -> Kartu Keluarga
    assert ui.layanan_combo_box.currentData() == KK
    _tab(qtbot, page, ui.saluran_combo_box)
    assert ui.saluran_combo_box.currentData() == "telepon"  # the standard's first channel
    qtbot.keyClicks(ui.saluran_combo_box, "SP4N")
    _tab(qtbot, page, ui.komponen_combo_box)
    qtbot.keyClicks(ui.komponen_combo_box, "Persyaratan")
    _tab(qtbot, page, ui.ringkasan_plain_text_edit)
    qtbot.keyClicks(ui.ringkasan_plain_text_edit, "Syarat surat pindah tidak dijelaskan")
    qtbot.keyClick(ui.ringkasan_plain_text_edit, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    [(row_id, stored)] = session.complaints()
    assert (stored.tanggal, stored.layanan, stored.saluran, stored.komponen, stored.ringkasan, stored.status) == (
        "2026-02-03", KK, "sp4n_lapor", "persyaratan", "Syarat surat pindah tidak dijelaskan", "baru")
    cells = [page.model.data(page.model.index(0, c)) for c in range(7)]
    assert cells == ["3 Februari 2026", KK, "SP4N-LAPOR!", "Persyaratan", "Syarat surat pindah tidak dijelaskan",
                     "Baru", ""]
    assert "1 pengaduan" in ui.summary_label.text() and "baru 1" in ui.summary_label.text()
    assert ui.form_group_box.title() == "Ubah pengaduan"  # a second Ctrl+Enter changes it, never a copy
    qtbot.keyClick(ui.ringkasan_plain_text_edit, Qt.Key.Key_Return, CTRL)
    assert len(session.complaints()) == 1


def _seed(session):
    session.add_complaint(PengaduanMasuk(tanggal="2026-01-05", layanan=AKTA, komponen="waktu_penyelesaian",
                                         ringkasan="Akta belum jadi setelah tujuh hari", saluran="whatsapp"))
    session.add_complaint(PengaduanMasuk(tanggal="2026-03-10", layanan=KK, komponen="persyaratan",
                                         ringkasan="Syarat surat pindah tidak jelas", status="diproses"))
    session.add_complaint(PengaduanMasuk(tanggal="2025-11-20", layanan=AKTA, ringkasan="Ruang tunggu panas"))


def test_pengaduan_masuk_page_filters(qtbot, session, signals):
    _seed(session)
    session.add_survey(Survei(periode="Semester I 2026", mulai="2026-01-01", selesai="2026-06-30", layanan=[AKTA]))
    page = make_page(qtbot, session, signals)
    ui = page.ui
    assert page.model.rowCount() == 3
    ui.search_line_edit.setFocus()
    qtbot.keyClicks(ui.search_line_edit, "pindah")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.record(0).layanan == KK
    ui.search_line_edit.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    ui.period_combo_box.setFocus()
    qtbot.keyClicks(ui.period_combo_box, "Semester")
    ui.period_combo_box.activated.emit(ui.period_combo_box.currentIndex())
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert ui.mulai_date_edit.date() == QDate(2026, 1, 1) and not ui.mulai_date_edit.isEnabled()
    assert page.period() == ("2026-01-01", "2026-06-30", "Semester I 2026")
    ui.status_filter_combo_box.setFocus()
    qtbot.keyClicks(ui.status_filter_combo_box, "Diproses")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    ui.status_filter_combo_box.setCurrentIndex(0)
    ui.komponen_filter_combo_box.setCurrentIndex(ui.komponen_filter_combo_box.findData("waktu_penyelesaian"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.record(0).layanan == AKTA)
    ui.komponen_filter_combo_box.setCurrentIndex(0)
    ui.layanan_filter_combo_box.setCurrentIndex(ui.layanan_filter_combo_box.findData(AKTA))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert "1 pengaduan" in ui.summary_label.text()


def test_pengaduan_masuk_page_closes_a_complaint(qtbot, session, signals):
    _seed(session)
    page = make_page(qtbot, session, signals)
    ui = page.ui
    view = ui.complaints_table_view
    view.setFocus()
    row = next(r for r in range(page.model.rowCount()) if page.model.record(r).layanan == KK)
    view.setCurrentIndex(page.model.index(row, 0))
    qtbot.waitUntil(lambda: ui.ringkasan_plain_text_edit.toPlainText() == "Syarat surat pindah tidak jelas")
    assert not ui.tanggal_selesai_date_edit.isEnabled()
    ui.status_combo_box.setFocus()
    qtbot.keyClicks(ui.status_combo_box, "Selesai")
    assert ui.tanggal_selesai_date_edit.isEnabled()
    assert ui.tanggal_selesai_date_edit.minimumDate() == QDate(2026, 3, 10)  # never before receipt
    ui.tanggal_selesai_date_edit.setFocus()
    ui.tanggal_selesai_date_edit.setSelectedSection(ui.tanggal_selesai_date_edit.Section.DaySection)
    qtbot.keyClicks(ui.tanggal_selesai_date_edit, "17032026")
    ui.tindak_lanjut_plain_text_edit.setFocus()
    qtbot.keyClicks(ui.tindak_lanjut_plain_text_edit, "Brosur persyaratan dicetak ulang")
    qtbot.keyClick(ui.tindak_lanjut_plain_text_edit, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: "rata-rata selesai dalam 7 hari" in ui.summary_label.text(), timeout=500)
    closed = next(p for _r, p in session.complaints() if p.layanan == KK)
    assert (closed.status, closed.tanggal_selesai, closed.tindak_lanjut) == (
        "selesai", "2026-03-17", "Brosur persyaratan dicetak ulang")
    assert ui.error_label.text() == ""
    SHOTS.mkdir(exist_ok=True)
    page.grab().save(str(SHOTS / "pengaduan-masuk-page.png"))


def test_pengaduan_masuk_page_shows_a_refusal_under_the_form(qtbot, session, signals):
    page = make_page(qtbot, session, signals)
    ui = page.ui
    ui.search_line_edit.setFocus()
    qtbot.waitUntil(ui.search_line_edit.hasFocus)
    qtbot.keyClick(ui.search_line_edit, Qt.Key.Key_N, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(ui.tanggal_date_edit.hasFocus)
    qtbot.keyClick(ui.tanggal_date_edit, Qt.Key.Key_Return, CTRL)  # no summary typed
    qtbot.waitUntil(lambda: ui.error_label.text() == "Isi ringkasan pengaduan.")
    assert session.complaints() == []
