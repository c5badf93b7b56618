"""The Evaluasi page: the latest survey's weak unsur, the complaints, the note, and "Buat revisi" with the PIN."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from revision_helpers import adopt  # noqa: E402

from sp_desktop.domain.enums import StatusLayanan  # noqa: E402
from sp_desktop.domain.survei import PengaduanMasuk, Responden, Survei  # noqa: E402
from sp_desktop.services import identity  # noqa: E402
from sp_desktop.ui.pages.evaluasi_page import EvaluasiPage  # noqa: E402

AKTA = "Penerbitan Akta Kelahiran"
KK = "Penerbitan Kartu Keluarga"
CTRL = Qt.KeyboardModifier.ControlModifier
SHOTS = Path("/tmp/m5-complaints-7q3")


def _data(session):
    sid = session.add_survey(Survei(periode="Semester I 2026", mulai="2026-01-01", selesai="2026-06-30",
                                    layanan=[AKTA, KK], populasi=120))
    session.add_respondents(sid, [Responden(layanan=AKTA, nilai=[4, 3, 2, 4, 3, 3, 4, 4, 3]),
                                  Responden(layanan=AKTA, nilai=[3, 3, 2, 3, 4, 3, 4, 3, 3]),
                                  Responden(layanan=KK, nilai=[1] * 9)])
    for komponen in ("waktu_penyelesaian", "waktu_penyelesaian", "persyaratan"):
        session.add_complaint(PengaduanMasuk(tanggal="2026-02-01", layanan=AKTA, ringkasan="x", komponen=komponen))


def make_page(qtbot, session, signals):
    page = EvaluasiPage(session, signals)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.activateWindow()
    qtbot.waitExposed(page)
    return page


def test_evaluasi_page_shows_the_weak_unsur_and_the_complaints(qtbot, session, signals):
    _data(session)
    page = make_page(qtbot, session, signals)
    ui = page.ui
    assert ui.services_list_widget.currentItem().text().startswith(AKTA)
    assert "Survei Semester I 2026: IKM" in ui.basis_label.text()
    assert "Unsur terendah: U3 Waktu Penyelesaian" in ui.basis_label.text()
    table = ui.unsur_table_widget
    assert table.rowCount() == 9
    assert (table.item(2, 0).text(), table.item(2, 2).text()) == ("U3", "2,00")
    assert table.item(2, 0).font().bold() and not table.item(0, 0).font().bold()
    complaints = ui.complaints_table_widget
    assert [(complaints.item(r, 0).text(), complaints.item(r, 1).text()) for r in range(complaints.rowCount())] == [
        ("Jangka waktu penyelesaian", "2"), ("Persyaratan", "1")]
    assert not ui.revise_push_button.isEnabled()  # Akta is still a draft
    assert "sudah ditetapkan" in ui.reason_label.text()
    ui.services_list_widget.setFocus()
    qtbot.keyClick(ui.services_list_widget, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: ui.basis_label.text().startswith(f"<b>{KK}"))
    assert ui.complaints_table_widget.rowCount() == 0


def test_evaluasi_page_makes_a_revision_from_the_note(qtbot, session, signals):
    _data(session)
    akta = next(s for s in session.summaries() if s.jenis_pelayanan == AKTA)
    adopt(session, akta.id)
    identity.set_own_pin(session, "2468")
    page = make_page(qtbot, session, signals)
    ui = page.ui
    assert not ui.revise_push_button.isEnabled()
    assert "Tulis dulu catatan evaluasi" in ui.reason_label.text()
    ui.services_list_widget.setFocus()
    qtbot.keyClick(ui.services_list_widget, Qt.Key.Key_Tab)
    qtbot.waitUntil(ui.perubahan_plain_text_edit.hasFocus)
    qtbot.keyClicks(ui.perubahan_plain_text_edit, "Jangka waktu penyelesaian menjadi 3 hari kerja")
    qtbot.keyClick(ui.perubahan_plain_text_edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(ui.alasan_plain_text_edit.hasFocus)
    qtbot.keyClicks(ui.alasan_plain_text_edit, "U3 terendah; dua pengaduan soal waktu")
    qtbot.keyClick(ui.alasan_plain_text_edit, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: ui.note_state_label.text() == "Catatan tersimpan.")
    note = session.evaluation_note(AKTA)
    assert (note.perubahan, note.unsur_lemah, note.pengaduan, note.survei) == (
        "Jangka waktu penyelesaian menjadi 3 hari kerja", [3], {"waktu_penyelesaian": 2, "persyaratan": 1},
        "Semester I 2026")
    assert ui.revise_push_button.isEnabled()
    SHOTS.mkdir(exist_ok=True)
    page.grab().save(str(SHOTS / "evaluasi-page.png"))
    ui.revise_push_button.setFocus()
    qtbot.keyClick(ui.revise_push_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.pin_gate.dialog is not None)
    dialog = page.pin_gate.dialog
    qtbot.keyClicks(dialog.ui.current_pin_line_edit, "2468")
    dialog.accept()
    qtbot.waitUntil(lambda: session.service(akta.id).status == StatusLayanan.DRAF.value)
    assert session.service(akta.id).versi == 2
    assert session.evaluation_note(AKTA).revisi_versi == 2
    assert session.audit(akta.id)[0].keterangan.startswith(
        f"Revisi versi 2 dibuka dari catatan evaluasi {note.id[:8]}")
    assert ui.note_state_label.text().startswith("Revisi dibuka: versi 2 (draf)")
    assert not ui.revise_push_button.isEnabled()
    page.grab().save(str(SHOTS / "evaluasi-page-revisi.png"))
