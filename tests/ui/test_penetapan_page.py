"""The Penetapan page driven with real widgets: status moves by the ketua, reasons when blocked, the decree."""

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QApplication

from sp_desktop.domain import penetapan as gate
from sp_desktop.services import identity
from sp_desktop.ui.pages.penetapan_page import PenetapanPage

AKTA, KK, KIA = "Penerbitan Akta Kelahiran", "Penerbitan Kartu Keluarga", "Penerbitan Kartu Identitas Anak (KIA)"


@pytest.fixture
def ids(session):
    found = {s.jenis_pelayanan: s.id for s in session.summaries()}
    session.move_status(list(found.values()), "siap_dibahas")
    return found


@pytest.fixture
def page(qtbot, session, signals, ids):
    widget = PenetapanPage(session, signals)
    qtbot.addWidget(widget)
    widget.resize(1150, 700)
    widget.show()
    return widget


def status(session, name):
    return next(s.status for s in session.summaries() if s.jenis_pelayanan == name)


def click_row(qtbot, page, row, modifier=Qt.KeyboardModifier.NoModifier):
    view = page.ui.services_table_view
    rect = view.visualRect(page.model.index(row, 1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def test_penetapan_page_qtmodeltester(qtmodeltester, page):
    qtmodeltester.check(page.model)


def test_penetapan_page_ketua_marks_services_dibahas(qtbot, page, session):
    click_row(qtbot, page, 0)
    click_row(qtbot, page, 1, Qt.KeyboardModifier.ControlModifier)
    button = page.ui.mark_discussed_push_button
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: status(session, KK) == "dibahas")
    assert status(session, AKTA) == "dibahas"
    assert page.model.index(0, 2).data() == "Dibahas"
    assert page.selected_ids() == [s.id for s in session.summaries()][:2]  # kept across the reload
    assert page.ui.mark_ready_push_button.isEnabled()


def test_penetapan_page_shows_the_reason_when_blocked(qtbot, page, session):
    click_row(qtbot, page, 2)  # KIA: no discussion covers it
    assert not page.ui.mark_discussed_push_button.isEnabled()
    assert gate.NO_DISCUSSION in page.ui.reason_label.text()
    assert page.ui.mark_discussed_push_button.toolTip() == gate.NO_DISCUSSION
    assert page.model.index(2, 3).data() == gate.NO_DISCUSSION
    click_row(qtbot, page, 0, Qt.KeyboardModifier.ControlModifier)
    assert not page.ui.mark_discussed_push_button.isEnabled()  # all of the selection, or none
    assert f"“{KIA}”: {gate.NO_DISCUSSION}" in page.ui.reason_label.text()
    assert AKTA not in page.ui.reason_label.text()


def test_penetapan_page_non_ketua_sees_why(qtbot, page, session):
    session.set_actor(next(m.id for m in session.members() if m.peran == "sekretaris"))
    click_row(qtbot, page, 0)
    assert not page.ui.mark_discussed_push_button.isEnabled()
    assert not page.ui.to_draft_push_button.isEnabled()
    assert page.ui.reason_label.text() == gate.NOT_KETUA


def test_penetapan_page_wrong_pin_is_refused(qtbot, page, session, message_boxes):
    identity.set_own_pin(session, "2468")
    click_row(qtbot, page, 0)
    qtbot.mouseClick(page.ui.mark_discussed_push_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.pin_gate.dialog is not None)
    dialog = page.pin_gate.dialog
    qtbot.keyClicks(dialog.ui.current_pin_line_edit, "1111")
    dialog.accept()
    assert message_boxes.texts() == ["PIN ketua salah. Tindakan tidak dilakukan."]
    assert status(session, AKTA) == "siap_dibahas"


def test_penetapan_page_records_a_decree(qtbot, page, session):
    akta = session.summaries()[0].id
    session.move_status([akta], "dibahas")
    session.move_status([akta], "siap_ditetapkan")
    page.ui.tab_widget.setCurrentWidget(page.decree_tab)
    tab = page.decree_tab
    assert "1</b> standar" in tab.ui.candidates_label.text()
    tab.ui.nomor_line_edit.clear()
    assert not tab.ui.record_push_button.isEnabled()
    qtbot.keyClicks(tab.ui.nomor_line_edit, "188.4/60/DKPS/2018")
    tab.ui.tanggal_date_edit.setDate(QDate(2018, 12, 3))
    qtbot.keyClicks(tab.ui.menimbang_plain_text_edit, "bahwa perlu menetapkan standar pelayanan")
    assert tab.ui.record_push_button.isEnabled()
    qtbot.mouseClick(tab.ui.record_push_button, Qt.MouseButton.LeftButton)
    box = tab.confirm_box
    qtbot.waitUntil(box.isVisible)
    assert "188.4/60/DKPS/2018" in box.text() and "3 Desember 2018" in box.text()
    assert box.informativeText().startswith("1 standar pelayanan menjadi “ditetapkan”")
    qtbot.mouseClick(box.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: status(session, AKTA) == "ditetapkan")
    decree = session.decree()
    assert (decree.nomor, decree.tanggal, decree.menimbang) == (
        "188.4/60/DKPS/2018", "2018-12-03", ["bahwa perlu menetapkan standar pelayanan"])
    assert "188.4/55/DKPS/2018" in tab.ui.history_label.text()
    assert page.model.index(0, 2).data() == "Ditetapkan"
    assert tab.ui.candidates_label.text() == "Belum ada standar berstatus “siap ditetapkan”."


def test_penetapan_page_settings_and_evaluation_are_saved(qtbot, page, session):
    page.ui.tab_widget.setCurrentWidget(page.decree_tab)
    combo = page.decree_tab.ui.penetap_combo_box
    combo.setCurrentIndex(combo.findData("kepala_daerah"))
    assert session.pengaturan().penetap == "kepala_daerah"
    assert not page.decree_tab.ui.pengesahan_check_box.isEnabled()
    page.ui.tab_widget.setCurrentWidget(page.evaluation_tab)
    ui = page.evaluation_tab.ui
    check = ui.evaluasi_wajib_check_box
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))
    assert session.pengaturan().evaluasi_wajib
    assert ui.evaluation_state_label.text().startswith(gate.EVAL_NOT_SENT)
    qtbot.keyClicks(ui.nomor_surat_line_edit, "061/5/ORG")
    ui.kirim_check_box.setChecked(True)
    ui.kirim_date_edit.setDate(QDate(2018, 11, 26))
    qtbot.mouseClick(ui.save_evaluation_push_button, Qt.MouseButton.LeftButton)
    ev = session.evaluation()
    assert (ev.nomor_surat, ev.tanggal_kirim, ev.hasil) == ("061/5/ORG", "2018-11-26", "")
    assert ui.evaluation_state_label.text().startswith(gate.EVAL_NO_REPLY)
    qtbot.keyClicks(ui.sk_tim_nomor_line_edit, "800/12/DKPS/2018")
    ui.sk_tim_tanggal_date_edit.setDate(QDate(2018, 8, 1))
    qtbot.mouseClick(ui.save_sk_tim_push_button, Qt.MouseButton.LeftButton)
    assert (session.sk_tim().nomor, session.sk_tim().tanggal) == ("800/12/DKPS/2018", "2018-08-01")


def test_penetapan_page_document_buttons_call_the_export_action(qtbot, page, monkeypatch):
    import sp_desktop.ui.doc_export_action as action

    calls = []
    monkeypatch.setattr(action, "export_interactively", lambda parent, session, kind, **kw: calls.append(kind))
    for button in (page.ui.sk_penetapan_push_button, page.ui.surat_pengantar_push_button,
                   page.ui.sk_tim_push_button, page.ui.buku_push_button):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert calls == ["sk-penetapan", "surat-pengantar", "sk-tim", "buku"]
    QApplication.processEvents()


def test_penetapan_page_keeps_a_large_selection_in_one_signal(qtbot, session, signals, ids):
    from sp_desktop.domain.model import Layanan

    with session._write("services"):
        for i in range(400):
            session.repo.insert_service(Layanan(f"Layanan tambahan {i}", status="siap_dibahas"), 3 + i, "uji")
    page = PenetapanPage(session, signals)
    qtbot.addWidget(page)
    page.show()
    view = page.ui.services_table_view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(page.selected_ids()) == 403
    emitted = []
    view.selectionModel().selectionChanged.connect(lambda *_: emitted.append(1))
    page.reload()
    assert len(page.selected_ids()) == 403 and len(emitted) == 1
    assert f"“{KIA}”: {gate.NO_DISCUSSION}" in page.ui.reason_label.text()
    assert "… dan " in page.ui.reason_label.text()


def test_penetapan_page_asks_the_kepala_daerah_name_when_he_or_she_signs(qtbot, page, session):
    tab = page.decree_tab
    page.ui.tab_widget.setCurrentWidget(tab)
    assert not tab.ui.kepala_daerah_nama_line_edit.isVisible()  # the head of the unit adopts: not asked
    tab.ui.penetap_combo_box.setCurrentIndex(tab.ui.penetap_combo_box.findData("kepala_daerah"))
    assert tab.ui.kepala_daerah_nama_line_edit.isVisible()
    qtbot.keyClicks(tab.ui.kepala_daerah_nama_line_edit, "dr. BASRI RASE")
    qtbot.keyClicks(tab.ui.kepala_daerah_jabatan_line_edit, "Wali Kota Bontang")
    assert session.kepala_daerah() == ("dr. BASRI RASE", "Wali Kota Bontang")
    assert session.pengaturan().penetap == "kepala_daerah"

    from sp_desktop.export.sk_parts import kepala_daerah

    signer = kepala_daerah(session.load_project())
    assert "BASRI RASE" in str(signer)
