"""The Penerapan page driven with real widgets, and the review mark in the list of services."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from sp_desktop.domain.formatting import format_date
from sp_desktop.domain.penerapan import Kegiatan
from sp_desktop.ui.models.services_table_model import COLUMN_TINJAU, STALE_MARK, ServicesTableModel
from sp_desktop.ui.pages.penerapan_page import PenerapanPage
from sp_desktop.ui.pages.services_page import ServicesPage

AKTA = "Penerbitan Akta Kelahiran"
KK = "Penerbitan Kartu Keluarga"
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def make_page(qtbot, session, signals):
    page = PenerapanPage(session, signals)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.activateWindow()
    qtbot.waitExposed(page)
    return page


def adopt(session, name, tanggal="2018-11-30"):
    """Mark a service ditetapkan as the adoption gate would (the sample's decree is dated 30 November 2018)."""
    service = next(s for s in session.summaries() if s.jenis_pelayanan == name)
    session.db.execute("UPDATE layanan SET status = 'ditetapkan' WHERE id = ?", [service.id])
    session.save_penetapan("188.4/55/DKPS/2018", tanggal)
    return service.id


def test_penerapan_page_adds_an_activity_with_the_keyboard(qtbot, session, signals):
    page = make_page(qtbot, session, signals)
    view = page.ui.kegiatan_table_view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_N, CTRL_SHIFT)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.ui.jenis_combo_box.hasFocus()
    qtbot.keyClick(page.ui.jenis_combo_box, Qt.Key.Key_Up)  # Sosialisasi -> Internalisasi
    date_edit = page.ui.tanggal_date_edit
    date_edit.setFocus()
    date_edit.setSelectedSection(date_edit.Section.DaySection)
    qtbot.keyClicks(date_edit, "05022025")
    qtbot.keyClicks(page.ui.sasaran_line_edit, "Seluruh pegawai")
    qtbot.keyClicks(page.ui.media_combo_box.lineEdit(), "Apel pagi")
    page.ui.keterangan_plain_text_edit.setFocus()
    qtbot.keyClicks(page.ui.keterangan_plain_text_edit, "Dipimpin Kepala Dinas")
    [stored] = session.kegiatan_list()
    assert (stored.jenis, stored.tanggal, stored.sasaran, stored.media, stored.layanan, stored.keterangan) == (
        "internalisasi", "2025-02-05", "Seluruh pegawai", "Apel pagi", [], "Dipimpin Kepala Dinas")
    cells = [page.model.data(page.model.index(0, c)) for c in range(5)]
    assert cells == ["5 Februari 2025", "Internalisasi", "Seluruh pegawai", "Apel pagi", "Semua jenis pelayanan"]
    assert page.ui.sasaran_line_edit.text() == "Seluruh pegawai"


def test_penerapan_page_attaches_opens_and_removes_a_file(qtbot, session, signals, tmp_path, monkeypatch,
                                                          message_boxes):
    session.add_kegiatan(Kegiatan(tanggal="2025-02-05", sasaran="Ketua RT"))
    photo = tmp_path / "foto sosialisasi.jpg"
    photo.write_bytes(b"\xff\xd8 foto")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(photo)], "")))
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile()) or True))
    page = make_page(qtbot, session, signals)
    qtbot.mouseClick(page.ui.add_file_push_button, Qt.MouseButton.LeftButton)
    [k] = session.kegiatan_list()
    [stored] = session.kegiatan_files(k.id)
    assert stored.nama == "foto sosialisasi.jpg"
    assert page.ui.files_list_widget.count() == 1
    assert page.ui.files_list_widget.item(0).text().startswith("foto sosialisasi.jpg")
    qtbot.mouseClick(page.ui.open_file_push_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1 and opened[0].endswith("foto sosialisasi.jpg")
    assert open(opened[0], "rb").read() == b"\xff\xd8 foto"
    qtbot.mouseClick(page.ui.remove_file_push_button, Qt.MouseButton.LeftButton)
    assert message_boxes.kinds() == ["question"]
    assert session.kegiatan_files(k.id) == []
    assert page.ui.files_list_widget.count() == 0


def test_penerapan_page_lists_the_activities_of_one_service(qtbot, session, signals):
    session.add_kegiatan(Kegiatan(tanggal="2025-01-10", sasaran="Semua", layanan=[]))
    session.add_kegiatan(Kegiatan(tanggal="2025-02-05", sasaran="Orang tua bayi", layanan=[AKTA]))
    session.add_kegiatan(Kegiatan(tanggal="2025-03-01", sasaran="Kepala keluarga", layanan=[KK]))
    page = make_page(qtbot, session, signals)
    assert page.model.rowCount() == 3
    combo = page.ui.filter_combo_box
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # "Semua kegiatan" -> the first service
    assert page.filter_service() == AKTA
    shown = [page.model.kegiatan_at(r).sasaran for r in range(page.model.rowCount())]
    assert shown == ["Orang tua bayi", "Semua"]
    assert page.ui.filter_summary_label.text().startswith(f"“{AKTA}”: 2 kegiatan")
    qtbot.mouseClick(page.ui.add_push_button, Qt.MouseButton.LeftButton)  # a new one is about the chosen service
    assert session.kegiatan_list()[-1].layanan == [AKTA]


def test_penerapan_page_names_the_standards_due_for_review(qtbot, session, signals):
    adopt(session, AKTA)
    page = make_page(qtbot, session, signals)
    text = page.ui.review_label.text()
    assert text.startswith("⚠ 1 standar sudah lebih dari setahun tanpa reviu")
    assert f"{AKTA} (terakhir 30 November 2018)" in text
    session.add_kegiatan(Kegiatan(jenis="reviu", tanggal=date.today().isoformat(), layanan=[AKTA]))
    assert page.ui.review_label.text().startswith("✓ Semua standar yang sudah ditetapkan")


def test_services_list_marks_standards_older_than_a_year(qtbot, session, signals):
    service_id = adopt(session, AKTA)
    page = ServicesPage(session, signals)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    model = page.model
    row = model.row_of(service_id)
    cell = model.index(row, COLUMN_TINJAU)
    assert model.headerData(COLUMN_TINJAU, Qt.Orientation.Horizontal) == "Ditetapkan/ditinjau"
    assert model.data(cell) == f"{STALE_MARK} 30 November 2018 · perlu ditinjau"
    assert model.data(cell, Qt.ItemDataRole.ForegroundRole) is not None
    assert "lebih dari 365 hari tanpa reviu" in model.data(cell, Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(model.row_of(service_id + 1), COLUMN_TINJAU)) == ""  # a draft: nothing to review
    session.add_kegiatan(Kegiatan(jenis="reviu", tanggal=date.today().isoformat(), layanan=[AKTA]))
    cell = model.index(model.row_of(service_id), COLUMN_TINJAU)  # the list reloaded on the write
    assert model.data(cell) == format_date(date.today())
    assert model.data(cell, Qt.ItemDataRole.ForegroundRole) is None


def test_services_table_model_works_review_texts_out_once_per_reload(qtmodeltester, session):
    adopt(session, AKTA)
    summaries = session.summaries()
    model = ServicesTableModel()
    model.set_services(summaries, session.review_states(summaries), today=date(2019, 6, 1))
    qtmodeltester.check(model)
    assert model.data(model.index(0, COLUMN_TINJAU)) == "30 November 2018"
    assert not model.is_stale(summaries[0].id)
    model.set_services(summaries, session.review_states(summaries), today=date(2019, 12, 1))
    assert model.is_stale(summaries[0].id)


def test_penerapan_page_offers_the_rekap_biaya(qtbot, session, signals, monkeypatch):
    import sp_desktop.ui.doc_export_action as doc_export_action

    asked = []
    monkeypatch.setattr(doc_export_action, "export_interactively", lambda parent, s, kind, **kw: asked.append(kind))
    page = make_page(qtbot, session, signals)
    qtbot.mouseClick(page.ui.rekap_push_button, Qt.MouseButton.LeftButton)
    assert asked == ["rekap-biaya"]
    assert "xlsx" in doc_export_action.formats_of("rekap-biaya")
