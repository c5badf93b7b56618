import io

from PIL import Image
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from sp_desktop.services.session import open_project
from sp_desktop.ui.pages.pembahasan_page import PembahasanPage
from sp_desktop.ui.session_signals import SessionSignals

KK = "Penerbitan Kartu Keluarga"


def make_page(qtbot, session, signals):
    page = PembahasanPage(session, signals)
    qtbot.addWidget(page)
    page.resize(1166, 700)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def editing(qtbot, view):
    qtbot.waitUntil(lambda: view.state() == view.State.EditingState)
    return QApplication.focusWidget()


def type_in_editor(qtbot, view, text):
    editor = editing(qtbot, view)
    qtbot.keyClicks(editor, text)
    return editor


def photo_file(tmp_path):
    path = tmp_path / "suasana.jpg"
    Image.new("RGB", (3000, 2000), (20, 120, 200)).save(path, "JPEG")
    return path


def test_pembahasan_page_records_a_meeting_and_finds_it_after_reopening(qtbot, session, signals, tmp_path,
                                                                         message_boxes):
    page = make_page(qtbot, session, signals)
    assert page.ui.discussions_table_widget.rowCount() == 1
    qtbot.mouseClick(page.ui.add_push_button, Qt.MouseButton.LeftButton)
    assert page.ui.discussions_table_widget.rowCount() == 2 and page.current_row() == 1

    # -- Rencana
    plan = page.plan_tab.ui
    plan.metode_combo_box.setFocus()
    qtbot.keyClick(plan.metode_combo_box, Qt.Key.Key_Down)  # FGD -> dengar pendapat
    qtbot.mouseClick(plan.tanggal_check_box, Qt.MouseButton.LeftButton)
    plan.tanggal_date_edit.setDate(QDate(2019, 3, 4))
    qtbot.mouseClick(plan.waktu_check_box, Qt.MouseButton.LeftButton)
    plan.mulai_time_edit.setFocus()
    qtbot.keyClicks(plan.mulai_time_edit, "0830")
    qtbot.keyClicks(plan.tempat_line_edit, "Aula Kantor Wali Kota")
    qtbot.keyClicks(plan.nomor_undangan_line_edit, "005/77/DKPS/III/2019")
    qtbot.keyClicks(plan.agenda_filter_line_edit, "kartu kel")
    assert page.plan_tab.agenda_proxy.rowCount() == 1
    view = plan.agenda_list_view
    view.setFocus()
    view.setCurrentIndex(page.plan_tab.agenda_proxy.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert plan.agenda_count_label.text() == "1 layanan dipilih"
    assert "WITA" in plan.zona_label.text()

    # -- Peserta: one invitee typed in the table, marked attended; one walk-in
    page.ui.detail_tab_widget.setCurrentWidget(page.peserta_tab)
    peserta = page.peserta_tab
    table = peserta.ui.peserta_list_widget.view
    qtbot.mouseClick(peserta.ui.peserta_list_widget.ui.add_button, Qt.MouseButton.LeftButton)
    editor = type_in_editor(qtbot, table, "Ibu Sari")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # to Unsur
    unsur = editing(qtbot, table)
    unsur.setCurrentIndex(unsur.findData("akademisi"))
    qtbot.keyClick(unsur, Qt.Key.Key_Tab)  # to Instansi
    editor = type_in_editor(qtbot, table, "Universitas Mulawarman")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)
    table.setFocus()
    table.setCurrentIndex(peserta.model.index(0, 6))
    qtbot.keyClick(table, Qt.Key.Key_Space)  # hadir
    qtbot.mouseClick(peserta.ui.walk_in_push_button, Qt.MouseButton.LeftButton)
    editor = type_in_editor(qtbot, table, "Pak Joko")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)
    assert "diundang 1, hadir 2" in peserta.ui.counts_label.text()
    assert "Media massa" in peserta.ui.missing_label.text()

    # -- Masukan
    page.ui.detail_tab_widget.setCurrentWidget(page.masukan_tab)
    masukan = page.masukan_tab
    grid = masukan.ui.masukan_list_widget.view
    qtbot.mouseClick(masukan.ui.masukan_list_widget.ui.add_button, Qt.MouseButton.LeftButton)
    layanan = editing(qtbot, grid)
    assert layanan.currentData() == KK  # the only service on the agenda
    qtbot.keyClick(layanan, Qt.Key.Key_Tab)
    komponen = editing(qtbot, grid)
    komponen.setCurrentIndex(komponen.findData("biaya"))
    qtbot.keyClick(komponen, Qt.Key.Key_Tab)
    editor = type_in_editor(qtbot, grid, "Cantumkan bahwa layanan ini gratis")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    editor = type_in_editor(qtbot, grid, "Disetujui")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: grid.state() != grid.State.EditingState)
    grid.setFocus()
    grid.setCurrentIndex(masukan.model.index(0, 4))
    qtbot.keyClick(grid, Qt.Key.Key_Space)  # disepakati
    assert masukan.ui.apply_push_button.isEnabled()

    # -- Notulen & foto
    page.ui.detail_tab_widget.setCurrentWidget(page.lampiran_tab)
    lampiran = page.lampiran_tab
    qtbot.keyClicks(lampiran.ui.notulen_plain_text_edit, "Dibuka oleh Kepala Dinas.")
    qtbot.keyClicks(lampiran.ui.nomor_berita_acara_line_edit, "005/80/DKPS/III/2019")
    assert page.lampiran_tab.add_files([photo_file(tmp_path)], photo=True) == 1
    qtbot.waitUntil(lambda: page.lampiran_tab.ui.attachments_list_widget.count() == 1)
    assert not message_boxes.shown

    # -- everything is in the file: read it from a copy, and show it in a fresh page
    copy = tmp_path / "salinan.spdb"
    session.save_copy(copy)
    other = open_project(copy, interactive=True)
    try:
        p = other.discussions()[1]
        assert (p.metode, p.tanggal, p.mulai, p.tempat) == ("public_hearing", "2019-03-04", "08:30",
                                                           "Aula Kantor Wali Kota")
        assert p.nomor_undangan == "005/77/DKPS/III/2019" and p.layanan == [KK]
        assert [(x.nama, x.unsur, x.instansi, x.hadir, x.diundang) for x in p.peserta] == [
            ("Ibu Sari", "akademisi", "Universitas Mulawarman", True, True),
            ("Pak Joko", "pengguna_layanan", "", True, False),
        ]
        m = p.masukan[0]
        assert (m.layanan, m.komponen, m.masukan, m.tindak_lanjut, m.disepakati) == (
            KK, "biaya", "Cantumkan bahwa layanan ini gratis", "Disetujui", True)
        assert p.notulen == "Dibuka oleh Kepala Dinas." and p.nomor_berita_acara == "005/80/DKPS/III/2019"
        photos = other.discussion_attachments(p.id, "foto")
        assert [a.nama for a in photos] == ["suasana.jpg"]
        with Image.open(io.BytesIO(other.discussion_attachment_data(photos[0].id))) as im:
            assert max(im.size) == 2000
        other.set_actor(next(x for x in other.members() if x.peran == "sekretaris").id)
        other_signals = SessionSignals(other)
        again = make_page(qtbot, other, other_signals)
        again.ui.discussions_table_widget.setCurrentCell(1, 0)
        assert again.plan_tab.ui.tempat_line_edit.text() == "Aula Kantor Wali Kota"
        assert again.plan_tab.ui.mulai_time_edit.time().toString("HH:mm") == "08:30"
        assert again.peserta_tab.model.rowCount() == 2
        assert again.masukan_tab.model.rowCount() == 1
        assert again.lampiran_tab.ui.attachments_list_widget.count() == 1
        assert again.ui.discussions_table_widget.item(1, 3).text() == "2/2"
        other_signals.detach()
    finally:
        other.close()


def test_pembahasan_table_models_pass_modeltester(qtmodeltester):
    from sp_desktop.domain.pembahasan import Masukan, Peserta
    from sp_desktop.ui.models.masukan_table_model import MasukanTableModel
    from sp_desktop.ui.models.peserta_table_model import PesertaTableModel

    peserta = PesertaTableModel()
    peserta.set_items([Peserta(nama="A", hadir=True), Peserta(nama="B", diundang=False)])
    qtmodeltester.check(peserta, force_py=True)
    assert peserta.index(0, 6).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert peserta.setData(peserta.index(1, 6), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert peserta.items()[1].hadir
    masukan = MasukanTableModel()
    masukan.set_services([KK])
    masukan.set_items([Masukan(layanan=KK, disepakati=True, diterapkan="2019-03-04T10:00:00")])
    qtmodeltester.check(masukan, force_py=True)
    assert masukan.index(0, 5).data() == "04-03-2019"
    assert not masukan.flags(masukan.index(0, 5)) & Qt.ItemFlag.ItemIsEditable
    assert masukan.new_item().layanan == KK
