import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from sp_desktop.ui.pages import pembahasan_page
from tests.ui.editor_helpers import add_row
from tests.ui.test_pembahasan_page import make_page

AKTA = "Penerbitan Akta Kelahiran"


def test_pembahasan_apply_opens_the_component_editor_and_stores_with_the_discussion_in_the_audit(
        qtbot, session, signals, message_boxes):
    page = make_page(qtbot, session, signals)
    page.ui.detail_tab_widget.setCurrentWidget(page.masukan_tab)
    tab = page.masukan_tab
    tab.ui.masukan_list_widget.select_row(1)  # not agreed
    assert not tab.ui.apply_push_button.isEnabled()
    assert "disepakati" in tab.ui.apply_hint_label.text()
    tab.ui.masukan_list_widget.select_row(0)
    qtbot.mouseClick(tab.ui.apply_push_button, Qt.MouseButton.LeftButton)
    dialog = page.apply_dialog
    assert dialog is not None and "Fotokopi KTP saksi cukup satu lembar" in dialog.ui.masukan_label.text()
    assert dialog.page.step_key == "persyaratan"
    ok = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    add_row(qtbot, dialog.page.ui.items_list_widget, "Fotokopi KTP 1 orang saksi")
    akta = next(s for s in session.summaries() if s.jenis_pelayanan == AKTA)
    assert all(p.uraian != "Fotokopi KTP 1 orang saksi" for p in session.service(akta.id).persyaratan)  # not yet
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert "Fotokopi KTP 1 orang saksi" in [p.uraian for p in session.service(akta.id).persyaratan]
    entry = session.audit(akta.id)[0]
    assert entry.keterangan.startswith("Masukan pembahasan FGD 23 November 2018: Fotokopi KTP saksi")
    assert tab.model.index(0, 5).data() != "belum"
    assert not message_boxes.shown


def test_pembahasan_page_is_read_only_with_the_reason_for_a_member(qtbot, session, signals):
    anggota = next(m for m in session.members() if m.peran == "anggota")
    session.set_actor(anggota.id)
    page = make_page(qtbot, session, signals)
    assert page.ui.read_only_label.isVisible()
    assert "sekretaris atau ketua" in page.ui.read_only_label.text()
    assert not page.ui.add_push_button.isEnabled() and not page.ui.remove_push_button.isEnabled()
    assert page.plan_tab.ui.tempat_line_edit.isReadOnly()
    assert not page.peserta_tab.ui.walk_in_push_button.isEnabled()
    assert not page.lampiran_tab.ui.add_photo_push_button.isEnabled()
    assert not page.peserta_tab.model.flags(page.peserta_tab.model.index(0, 6)) & Qt.ItemFlag.ItemIsUserCheckable
    assert page.ui.undangan_push_button.isEnabled()  # documents may still be printed
    ketua = next(m for m in session.members() if m.peran == "ketua")
    session.set_actor(ketua.id)
    assert not page.ui.read_only_label.isVisible() and page.ui.add_push_button.isEnabled()


def test_pembahasan_delete_asks_and_second_round_copies_the_plan(qtbot, session, signals, message_boxes):
    page = make_page(qtbot, session, signals)
    qtbot.mouseClick(page.ui.duplicate_push_button, Qt.MouseButton.LeftButton)
    assert page.ui.discussions_table_widget.rowCount() == 2 and page.current_row() == 1
    assert page.plan_tab.ui.tempat_line_edit.text() == "Ruang Rapat Lantai 2"
    assert not page.plan_tab.ui.tanggal_check_box.isChecked()
    assert page.ui.discussions_table_widget.item(1, 3).text() == "0/3"
    message_boxes.answer = message_boxes.answer.No
    qtbot.mouseClick(page.ui.remove_push_button, Qt.MouseButton.LeftButton)
    assert len(session.discussions()) == 2
    message_boxes.answer = message_boxes.answer.Yes
    qtbot.mouseClick(page.ui.remove_push_button, Qt.MouseButton.LeftButton)
    assert len(session.discussions()) == 1 and page.ui.discussions_table_widget.rowCount() == 1
    assert "Hapus pembahasan" in message_boxes.shown[-1][2]


def test_pembahasan_agenda_filters_two_thousand_services(qtbot, session, signals, sample_document):
    template = sample_document["layanan"][2]
    sample_document["layanan"] += [dict(template, jenis_pelayanan=f"Layanan Uji {i:04d}") for i in range(2000)]
    session.import_document(sample_document)
    start = time.perf_counter()
    page = make_page(qtbot, session, signals)
    assert time.perf_counter() - start < 3
    plan = page.plan_tab
    assert plan.agenda_model.rowCount() == 2003
    qtbot.keyClicks(plan.ui.agenda_filter_line_edit, "uji 19")
    assert plan.agenda_proxy.rowCount() == 100
    start = time.perf_counter()
    qtbot.mouseClick(plan.ui.agenda_all_push_button, Qt.MouseButton.LeftButton)
    assert time.perf_counter() - start < 2
    assert len(session.discussions()[0].layanan) == 102
    assert plan.ui.agenda_count_label.text() == "102 layanan dipilih"


def test_pembahasan_document_buttons_export_the_selected_discussion(qtbot, session, signals, monkeypatch):
    calls = []
    import sp_desktop.ui.doc_export_action as action

    monkeypatch.setattr(action, "export_interactively",
                        lambda parent, s, kind, **kw: calls.append((kind, kw.get("session_index"))))
    page = make_page(qtbot, session, signals)
    for name, _kind in pembahasan_page.DOCUMENTS:
        qtbot.mouseClick(getattr(page.ui, name), Qt.MouseButton.LeftButton)
    assert calls == [("undangan", 0), ("daftar-hadir", 0), ("berita-acara", 0), ("laporan-pembahasan", 0)]
    qtbot.mouseClick(page.ui.rancangan_push_button, Qt.MouseButton.LeftButton)
    dialog = page.export_dialog
    assert dialog.isVisible()
    dialog.close()
    QApplication.processEvents()
