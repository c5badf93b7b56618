"""The procedure table as a word processor's table: Tab/Shift+Tab, editors inside their cells, pasted rows."""

import pytest
from editor_helpers import add_row, cell_editor, make_editor, open_step
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from sp_desktop.domain.model import Durasi, LangkahProsedur
from sp_desktop.ui.widgets.row_delegate import DurationEditor

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def new_service(session):
    return session.add_service("Penerbitan Surat Keterangan Pindah")


def editing(view):
    return view.state() == view.State.EditingState


def focused_cell(view):
    return view.currentIndex().row(), view.currentIndex().column()


def test_prosedur_keys_tab_walks_every_cell_and_wraps_to_the_next_row(qtbot, session, new_service):
    new_service.prosedur = [LangkahProsedur("Serahkan berkas"), LangkahProsedur("Verifikasi")]
    session.save_service(new_service, "prosedur", "persiapan uji")
    editor = make_editor(qtbot, session, new_service.id)
    page = open_step(qtbot, editor, "prosedur")
    view = page.ui.steps_list_widget.view
    field = cell_editor(qtbot, view, page.model.index(0, 1))
    qtbot.keyClicks(field, "Pemohon")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), DurationEditor))
    assert focused_cell(view) == (0, 2)
    qtbot.keyClicks(QApplication.focusWidget(), "10 menit")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # out of the duration editor, to the fee
    qtbot.waitUntil(lambda: focused_cell(view) == (0, 3) and editing(view))
    for _ in range(2):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: focused_cell(view) == (0, 5) and editing(view))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # the end of the row goes on to the next row
    qtbot.waitUntil(lambda: focused_cell(view) == (1, 0) and editing(view))
    assert QApplication.focusWidget().text() == "Verifikasi"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)  # Shift+Tab goes back up
    qtbot.waitUntil(lambda: focused_cell(view) == (0, 5) and editing(view))
    step = session.service(new_service.id).prosedur[0]
    assert (step.pelaksana, step.durasi) == ("Pemohon", Durasi(10, "menit"))


def test_prosedur_keys_tab_in_the_last_cell_adds_a_row_and_leaves_a_blank_one(qtbot, session, new_service):
    editor = make_editor(qtbot, session, new_service.id)
    page = open_step(qtbot, editor, "prosedur")
    list_widget = page.ui.steps_list_widget
    add_row(qtbot, list_widget, "Serahkan berkas")
    view = list_widget.view
    field = cell_editor(qtbot, view, page.model.index(0, 5))
    qtbot.keyClicks(field, "Berkas")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 and focused_cell(view) == (1, 0) and editing(view))
    qtbot.keyClicks(QApplication.focusWidget(), "Verifikasi")
    assert [s.uraian for s in session.service(new_service.id).prosedur] == ["Serahkan berkas", "Verifikasi"]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)  # Shift+Tab from the first cell of row 2
    qtbot.waitUntil(lambda: focused_cell(view) == (0, 5) and editing(view))


def test_prosedur_keys_tab_past_a_blank_last_row_leaves_the_table(qtbot, session, new_service):
    editor = make_editor(qtbot, session, new_service.id)
    page = open_step(qtbot, editor, "prosedur")
    list_widget = page.ui.steps_list_widget
    qtbot.mouseClick(list_widget.ui.add_button, Qt.MouseButton.LeftButton)
    view = list_widget.view
    field = cell_editor(qtbot, view, page.model.index(0, 5))
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not editing(view) and not view.isAncestorOf(QApplication.focusWidget()))
    assert QApplication.focusWidget() is not view and page.model.rowCount() == 1


def test_prosedur_keys_duration_editor_fits_its_cell_and_closes_on_a_click_elsewhere(qtbot, session, new_service):
    new_service.prosedur = [LangkahProsedur("Serahkan berkas", "Pemohon", Durasi(2, "hari_kerja"))]
    session.save_service(new_service, "prosedur", "persiapan uji")
    editor = make_editor(qtbot, session, new_service.id)
    page = open_step(qtbot, editor, "prosedur")
    view = page.ui.steps_list_widget.view
    duration = cell_editor(qtbot, view, page.model.index(0, 2))
    assert isinstance(duration, DurationEditor)
    assert duration.text() == "2 hari kerja"
    cell = view.visualRect(page.model.index(0, 2))
    assert duration.geometry().right() <= cell.right()  # never over the fee cell
    assert duration.geometry().left() >= cell.left()
    duration.selectAll()
    qtbot.keyClicks(duration, "1,5 jam")
    qtbot.mouseClick(page.ui.total_time_value_label, Qt.MouseButton.LeftButton)
    page.ui.total_time_value_label.setFocus()  # a click on a label moves no focus by itself
    qtbot.waitUntil(lambda: not editing(view))
    assert session.service(new_service.id).prosedur[0].durasi == Durasi(1.5, "jam")
    assert page.ui.total_time_value_label.text() == "1 jam 30 menit"


def test_prosedur_keys_keluaran_is_in_view_with_the_guidance_open(qtbot, session, new_service):
    editor = make_editor(qtbot, session, new_service.id)
    editor.resize(1146, 700)  # the editor's share of a 1366-pixel screen beside the navigation
    qtbot.waitUntil(lambda: editor.width() == 1146)
    assert editor.ui.guidance_tool_button.isChecked()
    page = open_step(qtbot, editor, "prosedur")
    view = page.ui.steps_list_widget.view
    header = view.horizontalHeader()
    last = page.model.columnCount() - 1
    qtbot.waitUntil(lambda: header.sectionViewportPosition(last) + header.sectionSize(last)
                    <= view.viewport().width())


def test_prosedur_keys_pasted_word_table_rows_fill_the_columns(qtbot, session, new_service):
    editor = make_editor(qtbot, session, new_service.id)
    page = open_step(qtbot, editor, "prosedur")
    view = page.ui.steps_list_widget.view
    QGuiApplication.clipboard().setText(
        "No\tUraian\tPelaksana\tWaktu\tBiaya\tKeluaran\r\n"
        "1\tPemohon menyerahkan berkas\tPemohon\t10 menit\tRp0\tBerkas permohonan\r\n"
        "2\tPetugas mencetak akta\tOperator SIAK\t1 hari kerja\tRp15.000\tKutipan akta\r\n"
    )
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_V, CTRL)
    stored = session.service(new_service.id).prosedur
    assert stored == [
        LangkahProsedur("Pemohon menyerahkan berkas", "Pemohon", Durasi(10, "menit"), 0, 0, "Berkas permohonan"),
        LangkahProsedur("Petugas mencetak akta", "Operator SIAK", Durasi(1, "hari_kerja"), 15000, 0, "Kutipan akta"),
    ]
