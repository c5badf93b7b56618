"""Typing into the real widgets of every step reaches the project file."""

import pytest
from editor_helpers import add_row, cell_editor, make_editor, open_step
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QComboBox

from sp_desktop.domain.components import TEXT_LIST_KEYS
from sp_desktop.domain.model import Durasi, LangkahProsedur
from sp_desktop.domain.quick_picks import DASAR_HUKUM_UMUM
from sp_desktop.ui.widgets.row_delegate import DurationEditor

CTRL = Qt.KeyboardModifier.ControlModifier


def retype(qtbot, field, text):
    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)


@pytest.fixture
def new_service(session):
    return session.add_service("Penerbitan Surat Keterangan Pindah")


def test_jenis_pelayanan_step_saves_name_and_klasifikasi(qtbot, session, reopen, new_service):
    editor = make_editor(qtbot, session, new_service.id)
    page = open_step(qtbot, editor, "jenis_pelayanan")
    retype(qtbot, page.ui.name_line_edit, "Penerbitan Surat Pindah Datang")
    combo = page.ui.klasifikasi_combo_box
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Up)  # administratif -> jasa
    stored = [s for s in reopen().layanan if s.id == new_service.id][0]
    assert (stored.jenis_pelayanan, stored.klasifikasi) == ("Penerbitan Surat Pindah Datang", "jasa")
    assert editor.ui.title_label.text() == "Penerbitan Surat Pindah Datang"


def test_dasar_hukum_step_quick_picks_and_free_text(qtbot, session, new_service):
    editor = make_editor(qtbot, session, new_service.id)
    page = open_step(qtbot, editor, "dasar_hukum")
    page.quick_pick_actions[0].trigger()
    add_row(qtbot, page.ui.items_list_widget, "Peraturan Daerah Kota Bontang Nomor 5 Tahun 2019")
    page._update_quick_picks()
    assert not page.quick_pick_actions[0].isEnabled()  # already listed
    assert page.quick_pick_actions[1].isEnabled()
    assert session.service(new_service.id).dasar_hukum == [
        DASAR_HUKUM_UMUM[0], "Peraturan Daerah Kota Bontang Nomor 5 Tahun 2019"
    ]


def test_dasar_hukum_step_out_of_hierarchy_is_said_and_sorted_on_request(qtbot, session, new_service):
    permen = "Peraturan Menteri Dalam Negeri Nomor 108 Tahun 2019"
    uu = "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik"
    perwali = "Peraturan Wali Kota Bontang Nomor 31 Tahun 2018"
    new_service.dasar_hukum = [perwali, permen, uu]
    session.save_service(new_service, "dasar_hukum", "persiapan uji")
    editor = make_editor(qtbot, session, new_service.id)
    page = open_step(qtbot, editor, "dasar_hukum")
    assert page.ui.order_label.isVisible()
    assert "nomor 2 (Peraturan Menteri/Lembaga) semestinya di atas nomor 1" in page.ui.order_label.text()
    qtbot.mouseClick(page.ui.sort_button, Qt.MouseButton.LeftButton)
    assert session.service(new_service.id).dasar_hukum == [uu, permen, perwali]
    assert not page.ui.order_label.isVisible() and not page.ui.sort_button.isEnabled()
    pp = next(rule for rule in DASAR_HUKUM_UMUM if rule.startswith("Peraturan Pemerintah"))
    next(a for a in page.quick_pick_actions if a.data() == pp).trigger()  # goes to its rank, not the end
    assert session.service(new_service.id).dasar_hukum == [uu, pp, permen, perwali]
    editor.undo_stack.undo()
    editor.undo_stack.undo()
    assert session.service(new_service.id).dasar_hukum == [perwali, permen, uu]


def test_persyaratan_step_saves_uraian_and_tahap(qtbot, session, new_service):
    editor = make_editor(qtbot, session, new_service.id)
    page = open_step(qtbot, editor, "persyaratan")
    add_row(qtbot, page.ui.items_list_widget, "Fotokopi KTP & KK <asli>")
    add_row(qtbot, page.ui.items_list_widget, "Surat pengantar RT/RW")
    model = page.model
    combo = cell_editor(qtbot, page.ui.items_list_widget.view, model.index(1, 1))
    assert isinstance(combo, QComboBox)
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # Di awal -> Di akhir
    stored = session.service(new_service.id).persyaratan
    assert [(p.uraian, p.tahap) for p in stored] == [("Fotokopi KTP & KK <asli>", "awal"),
                                                    ("Surat pengantar RT/RW", "akhir")]


def test_prosedur_step_saves_cells_and_updates_totals_while_typing(qtbot, session, new_service):
    editor = make_editor(qtbot, session, new_service.id)
    page = open_step(qtbot, editor, "prosedur")
    steps = page.ui.steps_list_widget
    add_row(qtbot, steps, "Pemohon menyerahkan berkas di loket")
    model = page.model
    duration = cell_editor(qtbot, steps.view, model.index(0, 2))
    assert isinstance(duration, DurationEditor)
    qtbot.keyClicks(duration, "2 jam")
    assert page.ui.total_time_value_label.text() == "2 jam"
    fee = cell_editor(qtbot, steps.view, model.index(0, 3))
    retype(qtbot, fee, "15000")
    assert page.ui.total_fee_value_label.text() == "Rp15.000,00 (lima belas ribu rupiah)"
    keluaran = cell_editor(qtbot, steps.view, model.index(0, 5))
    qtbot.keyClicks(keluaran, "Berkas permohonan")
    qtbot.keyClick(keluaran, Qt.Key.Key_Return)
    step = session.service(new_service.id).prosedur[0]
    assert step == LangkahProsedur("Pemohon menyerahkan berkas di loket", "", Durasi(2, "jam"), 15000, 0,
                                   "Berkas permohonan")


def test_waktu_penyelesaian_step_derived_or_stated(qtbot, session, new_service):
    new_service.prosedur = [LangkahProsedur("Verifikasi", "Petugas", Durasi(3, "hari_kerja"))]
    session.save_service(new_service, "prosedur", "persiapan uji")
    editor = make_editor(qtbot, session, new_service.id)
    page = open_step(qtbot, editor, "waktu_penyelesaian")
    assert page.ui.derived_value_label.text() == "3 hari kerja"  # one style: the one the documents print
    assert page.ui.effective_value_label.text() == "<b>3 hari kerja</b>"
    assert not page.ui.stated_line_edit.isEnabled()
    qtbot.mouseClick(page.ui.stated_check_box, Qt.MouseButton.LeftButton)
    assert session.service(new_service.id).waktu_penyelesaian == "3 hari kerja"
    page.ui.stated_line_edit.end(False)
    qtbot.keyClicks(page.ui.stated_line_edit, " sejak berkas dinyatakan lengkap")
    assert session.service(new_service.id).waktu_penyelesaian == "3 hari kerja sejak berkas dinyatakan lengkap"
    assert "sejak berkas" in page.ui.effective_value_label.text()
    qtbot.mouseClick(page.ui.stated_check_box, Qt.MouseButton.LeftButton)
    assert session.service(new_service.id).waktu_penyelesaian is None


def test_biaya_step_stated_tariff_and_free_uraian_never_blank(qtbot, session, new_service):
    editor = make_editor(qtbot, session, new_service.id)
    page = open_step(qtbot, editor, "biaya")
    assert page.ui.derived_radio_button.isChecked()
    qtbot.mouseClick(page.ui.stated_radio_button, Qt.MouseButton.LeftButton)
    assert session.service(new_service.id).biaya.uraian == "Tidak dipungut biaya"
    retype(qtbot, page.ui.uraian_line_edit, "")
    assert page.ui.uraian_problem_label.isVisible()
    assert "tidak boleh kosong" in page.ui.uraian_problem_label.text()
    assert session.service(new_service.id).biaya.uraian == "Tidak dipungut biaya"
    qtbot.keyClicks(page.ui.uraian_line_edit, "Gratis")
    assert not page.ui.uraian_problem_label.isVisible()
    retype(qtbot, page.ui.tarif_spin_box, "50000")
    assert page.ui.tarif_words_label.text() == "Rp50.000,00 (lima puluh ribu rupiah)"
    qtbot.keyClicks(page.ui.dasar_line_edit, "Perda Kota Bontang Nomor 5 Tahun 2019")
    biaya = session.service(new_service.id).biaya
    assert (biaya.tarif, biaya.uraian, biaya.dasar) == (50000, "Gratis", "Perda Kota Bontang Nomor 5 Tahun 2019")
    qtbot.mouseClick(page.ui.derived_radio_button, Qt.MouseButton.LeftButton)
    assert session.service(new_service.id).biaya is None


def test_produk_step_offers_last_keluaran(qtbot, session, new_service):
    new_service.prosedur = [LangkahProsedur("Verifikasi", keluaran="Berkas"),
                            LangkahProsedur("Penandatanganan", keluaran="Surat Keterangan Pindah")]
    session.save_service(new_service, "prosedur", "persiapan uji")
    editor = make_editor(qtbot, session, new_service.id)
    page = open_step(qtbot, editor, "produk")
    button = page.ui.suggestion_button
    assert button.isVisible()
    assert button.text() == "Gunakan keluaran langkah terakhir: Surat Keterangan Pindah"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert session.service(new_service.id).produk == ["Surat Keterangan Pindah"]
    assert not button.isVisible()


def test_pengaduan_step_saves_channels_petugas_and_tindak_lanjut(qtbot, session, new_service):
    editor = make_editor(qtbot, session, new_service.id)
    page = open_step(qtbot, editor, "pengaduan")
    channels = page.ui.channels_list_widget
    qtbot.mouseClick(channels.ui.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: channels.view.state() == channels.view.State.EditingState)
    jenis = QApplication.focusWidget()
    qtbot.keyClick(jenis, Qt.Key.Key_Down)  # Telepon -> WhatsApp
    qtbot.keyClick(jenis, Qt.Key.Key_Return)
    alamat = cell_editor(qtbot, channels.view, page.model.index(0, 1))
    qtbot.keyClicks(alamat, "0812 3456 7890")
    qtbot.keyClick(alamat, Qt.Key.Key_Return)
    qtbot.keyClicks(page.ui.petugas_nama_line_edit, "Rina Marlina, S.Sos.")
    qtbot.keyClicks(page.ui.petugas_telepon_line_edit, "(0548) 123456")
    qtbot.keyClicks(page.ui.petugas_email_line_edit, "pengaduan@bontangkota.go.id")
    qtbot.keyClicks(page.ui.petugas_alamat_line_edit, "Jl. Bessai Berinta")
    qtbot.keyClicks(page.ui.tindak_lanjut_plain_text_edit, "Diteruskan kepada Inspektorat")
    pengaduan = session.service(new_service.id).pengaduan
    assert [(s.jenis, s.alamat) for s in pengaduan.saluran] == [("whatsapp", "0812 3456 7890")]
    petugas = pengaduan.petugas
    assert (petugas.nama, petugas.telepon, petugas.email, petugas.alamat) == (
        "Rina Marlina, S.Sos.", "(0548) 123456", "pengaduan@bontangkota.go.id", "Jl. Bessai Berinta")
    assert pengaduan.tindak_lanjut == "Diteruskan kepada Inspektorat"


def test_pengaduan_step_typed_channel_names_are_kept_never_swapped_by_a_first_letter(qtbot, session, new_service):
    editor = make_editor(qtbot, session, new_service.id)
    page = open_step(qtbot, editor, "pengaduan")
    channels = page.ui.channels_list_widget
    view = channels.view
    for name, alamat in (("SP4N-LAPOR!", "www.lapor.go.id"), ("Aplikasi Halo Dukcapil", "0811-5555-000")):
        qtbot.mouseClick(channels.ui.add_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: view.state() == view.State.EditingState)
        jenis = QApplication.focusWidget()
        qtbot.keyClick(jenis, Qt.Key.Key_A, CTRL)
        qtbot.keyClicks(jenis, name)
        qtbot.keyClick(jenis, Qt.Key.Key_Tab)
        qtbot.waitUntil(lambda: view.currentIndex().column() == 1 and view.state() == view.State.EditingState)
        qtbot.keyClicks(QApplication.focusWidget(), alamat)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    stored = session.service(new_service.id).pengaduan.saluran
    assert [(s.jenis, s.nama, s.alamat) for s in stored] == [
        ("sp4n_lapor", "", "www.lapor.go.id"), ("lainnya", "Aplikasi Halo Dukcapil", "0811-5555-000")]
    assert [page.model.index(row, 0).data() for row in range(2)] == ["SP4N-LAPOR!", "Aplikasi Halo Dukcapil"]
    assert "Laman" in [label for _value, label in page.model.columns[0].choices]


@pytest.mark.parametrize("step_key", TEXT_LIST_KEYS)
def test_internal_list_steps_paste_numbered_lines(qtbot, session, new_service, step_key):
    editor = make_editor(qtbot, session, new_service.id)
    page = open_step(qtbot, editor, step_key)
    QGuiApplication.clipboard().setText("1. Komputer dan printer\n2) Ruang tunggu\n\n• Toilet ramah disabilitas\n")
    view = page.ui.items_list_widget.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_V, CTRL)
    assert getattr(session.service(new_service.id), step_key) == [
        "Komputer dan printer", "Ruang tunggu", "Toilet ramah disabilitas"
    ]


def test_jumlah_pelaksana_step_saves_each_keystroke(qtbot, session, new_service):
    editor = make_editor(qtbot, session, new_service.id)
    page = open_step(qtbot, editor, "jumlah_pelaksana")
    qtbot.keyClicks(page.ui.jumlah_plain_text_edit, "8 orang")
    assert session.service(new_service.id).jumlah_pelaksana == "8 orang"
