"""Bantuan: the topics on the exchange between laptops and on the review of many units."""

import pytest

from sp_desktop.ui.dialogs import help_dialog


@pytest.fixture
def dialog(qtbot, tmp_path):
    dlg = help_dialog.HelpDialog(None, tmp_path / "proyek.spdb")
    qtbot.addWidget(dlg)
    dlg.resize(900, 600)
    dlg.show()
    qtbot.waitUntil(dlg.isVisible)
    return dlg


def _select(dialog, title: str) -> str:
    topics = dialog.ui.topics_list_widget
    titles = [topics.item(row).text() for row in range(topics.count())]
    assert title in titles
    topics.setCurrentRow(titles.index(title))
    assert dialog.windowTitle() == f"Bantuan — {title}"
    return dialog.ui.content_text_browser.toPlainText()


def test_new_topics_come_last_in_the_list(dialog):
    topics = dialog.ui.topics_list_widget
    titles = [topics.item(row).text() for row in range(topics.count())]
    assert titles[-2:] == ["Pertukaran antarlaptop", "Tinjauan banyak unit"]
    assert titles[0] == "Panduan pengguna"  # the topics before them keep their rows
    assert titles[help_dialog.TOPIC_PROJECT_FILE] == "Lokasi berkas proyek"


def test_exchange_topic_explains_copy_send_receive_conflicts_and_undo(dialog):
    text = _select(dialog, "Pertukaran antarlaptop")
    for expected in ("Salin untuk anggota", "Kirim perubahan", "Terima perubahan", "Konflik (N)",
                     "Pakai milik saya", "Pakai kiriman", "Riwayat penerimaan", "Batalkan penerimaan ini",
                     "Proyek di folder bersama", "Kerjakan salinan lokal", "dibuat dari berkas ini sendiri"):
        assert expected in text, expected
    assert "tidak ditemukan" not in text


def test_review_topic_explains_the_tabs_notes_and_report(dialog):
    text = _select(dialog, "Tinjauan banyak unit")
    for expected in ("Tinjau banyak unit", "Daftar unit", "Cari", "Bandingkan", "Pemeriksaan", "Catatan evaluasi",
                     "Ekspor catatan untuk unit", "Laporan konsolidasi", "Temuan evaluasi", "Bagian Organisasi"):
        assert expected in text, expected
    assert "tidak ditemukan" not in text


def test_switching_back_to_an_older_topic_shows_its_text_again(dialog):
    _select(dialog, "Tinjauan banyak unit")
    text = _select(dialog, "Pembahasan dengan masyarakat")
    assert "Pembahasan rancangan dengan masyarakat" in text
