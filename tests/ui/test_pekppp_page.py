"""Evaluasi PEKPPP page: the nine indicators with score and what is missing; "Buat paket bukti…" writes the ZIP."""

import zipfile

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from sp_desktop.domain.penerapan import Kegiatan
from sp_desktop.ui.pages.pekppp_page import PekpppPage


def _page(qtbot, session, signals, **kwargs):
    page = PekpppPage(session, signals, **kwargs)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    return page


def _cell(page, row, col):
    return page.ui.scores_table_widget.item(row, col).text()


def test_page_shows_nine_indicators_and_follows_the_project(qtbot, session, signals):
    page = _page(qtbot, session, signals)
    table = page.ui.scores_table_widget
    assert table.rowCount() == 9
    assert _cell(page, 0, 0).startswith("1.a.Ak") and _cell(page, 8, 0).startswith("9.a.Ak")
    assert _cell(page, 0, 1) == "2"
    assert "SK Penetapan" in _cell(page, 0, 3)
    assert _cell(page, 3, 1) == "0"
    session.add_kegiatan(Kegiatan(jenis="reviu", tanggal="2026-05-10", sasaran="Tim"))
    qtbot.waitUntil(lambda: _cell(page, 3, 1) != "0")
    assert "direviu" in _cell(page, 3, 2)
    assert page.ui.total_label.text().startswith("Jumlah skor mandiri:")


def test_make_pack_writes_the_zip_chosen_in_the_dialog(qtbot, session, signals, tmp_path, message_boxes,
                                                       app_settings):
    target = tmp_path / "keluar" / "paket"
    target.parent.mkdir()
    asked = []
    page = _page(qtbot, session, signals, ask=lambda parent, title, proposed: asked.append(proposed) or target,
                 settings=app_settings)
    message_boxes.answer = QMessageBox.StandardButton.No
    qtbot.mouseClick(page.ui.pack_button, Qt.MouseButton.LeftButton)
    assert asked and asked[0].suffix == ".zip" and "PEKPPP" in asked[0].name
    with zipfile.ZipFile(target) as zf:
        assert "DAFTAR-ISI.txt" in zf.namelist()
    kind, title, text = message_boxes.shown[-1]
    assert kind == "question" and "selesai" in title and str(target) in text


def test_make_pack_over_the_project_is_refused(qtbot, session, signals, message_boxes, app_settings):
    page = _page(qtbot, session, signals, ask=lambda *args: session.path, settings=app_settings)
    before = session.path.stat().st_size
    qtbot.mouseClick(page.ui.pack_button, Qt.MouseButton.LeftButton)
    assert message_boxes.shown[-1][0] == "warning" and "tidak dibuat" in message_boxes.shown[-1][1]
    assert session.path.stat().st_size == before
