"""The one list widget of every step, and the table models behind it."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox

from sp_desktop.domain.model import Durasi, LangkahProsedur, Persyaratan, SaluranPengaduan
from sp_desktop.ui.models.persyaratan_table_model import PersyaratanTableModel
from sp_desktop.ui.models.prosedur_table_model import ProsedurTableModel
from sp_desktop.ui.models.saluran_table_model import SaluranTableModel
from sp_desktop.ui.models.text_list_table_model import TextListTableModel
from sp_desktop.ui.widgets.editable_list import EditableListWidget

CTRL = Qt.KeyboardModifier.ControlModifier

MODELS = [
    (TextListTableModel, ["Komputer", "Printer", ""]),
    (PersyaratanTableModel, [Persyaratan("KTP", "awal"), Persyaratan("KK", "bertahap")]),
    (ProsedurTableModel, [LangkahProsedur("Verifikasi", "Petugas", Durasi(1.5, "jam"), 5000, 0, "Berkas"),
                          LangkahProsedur("Cetak")]),
    (SaluranTableModel, [SaluranPengaduan("telepon", "(0548) 123456"), SaluranPengaduan("kotak_saran", "Lobi")]),
]


@pytest.mark.parametrize(("model_class", "items"), MODELS, ids=lambda v: getattr(v, "__name__", ""))
def test_table_models_pass_modeltester(qtmodeltester, model_class, items):
    model = model_class()
    model.set_items(items)
    qtmodeltester.check(model, force_py=True)
    model.insert_items(1, [model.new_item()])
    model.move_item(0, +1)
    model.removeRows(0, 1)
    qtmodeltester.check(model, force_py=True)


def test_prosedur_model_shows_money_and_duration_and_clears_zero_duration():
    model = ProsedurTableModel()
    model.set_items(MODELS[2][1])
    assert model.data(model.index(0, 2)) == "1,5 jam"
    assert model.data(model.index(0, 3)) == "Rp5.000"
    assert model.setData(model.index(0, 2), Durasi(0, "jam"))
    assert model.items()[0].durasi is None
    assert model.setData(model.index(1, 2), Durasi(2.0, "hari_kerja"))
    assert model.items()[1].durasi == Durasi(2, "hari_kerja")


@pytest.fixture
def list_widget(qtbot):
    widget = EditableListWidget()
    model = TextListTableModel("Sarana")
    model.set_items(["Komputer", "Printer", "Ruang tunggu"])
    widget.set_model(model)
    qtbot.addWidget(widget)
    widget.resize(600, 300)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_editable_list_add_button_edits_new_row_in_place(qtbot, list_widget):
    list_widget.select_row(0)
    with qtbot.waitSignal(list_widget.model().rows_edited):
        qtbot.mouseClick(list_widget.ui.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: list_widget.view.state() == list_widget.view.State.EditingState)
    editor = list_widget.view.focusWidget()
    qtbot.keyClicks(editor, "AC")
    assert list_widget.model().items() == ["Komputer", "AC", "Printer", "Ruang tunggu"]  # saved per keystroke


def test_editable_list_keys_move_and_delete(qtbot, list_widget):
    view = list_widget.view
    list_widget.select_row(2)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Up, CTRL)
    qtbot.keyClick(view, Qt.Key.Key_Up, CTRL)
    assert list_widget.model().items() == ["Ruang tunggu", "Komputer", "Printer"]
    assert list_widget.current_row() == 0
    qtbot.keyClick(view, Qt.Key.Key_Up, CTRL)  # already first: nothing happens
    qtbot.keyClick(view, Qt.Key.Key_Down, CTRL)
    assert list_widget.model().items() == ["Komputer", "Ruang tunggu", "Printer"]
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert list_widget.model().items() == ["Komputer", "Printer"]
    assert list_widget.current_row() == 1


def test_editable_list_buttons_move_and_remove(qtbot, list_widget):
    list_widget.select_row(0)
    assert not list_widget.ui.move_up_button.isEnabled()
    qtbot.mouseClick(list_widget.ui.move_down_button, Qt.MouseButton.LeftButton)
    assert list_widget.model().items() == ["Printer", "Komputer", "Ruang tunggu"]
    qtbot.mouseClick(list_widget.ui.move_up_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(list_widget.ui.remove_button, Qt.MouseButton.LeftButton)
    assert list_widget.model().items() == ["Printer", "Ruang tunggu"]


def test_editable_list_ctrl_v_pastes_numbered_lines_below_selection(qtbot, list_widget):
    QGuiApplication.clipboard().setText("1. Kursi roda\n2) Ramp\n   landai\n3. Toilet")
    list_widget.select_row(0)
    view = list_widget.view
    view.setFocus()
    with qtbot.waitSignal(list_widget.model().rows_edited) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_V, CTRL)
    assert blocker.args == [None]  # one change, undone in one step
    assert list_widget.model().items() == ["Komputer", "Kursi roda", "Ramp landai", "Toilet", "Printer",
                                           "Ruang tunggu"]


def test_editable_list_paste_dialog_previews_and_adds(qtbot, list_widget):
    QGuiApplication.clipboard().setText("a. Meja layanan\nb. Papan informasi\n")
    qtbot.mouseClick(list_widget.ui.paste_button, Qt.MouseButton.LeftButton)
    dialog = list_widget.paste_dialog
    qtbot.waitExposed(dialog)
    assert dialog.ui.preview_list_widget.count() == 2
    dialog.ui.source_plain_text_edit.moveCursor(dialog.ui.source_plain_text_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(dialog.ui.source_plain_text_edit, "c. Nomor antrean")
    assert dialog.ui.preview_list_widget.item(2).text() == "Nomor antrean"
    ok = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert list_widget.model().items()[-3:] == ["Meja layanan", "Papan informasi", "Nomor antrean"]
    assert list_widget.paste_dialog is None


def test_editable_list_read_only_refuses_changes(qtbot, list_widget):
    list_widget.set_read_only(True)
    list_widget.select_row(1)
    view = list_widget.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    qtbot.keyClick(view, Qt.Key.Key_Up, CTRL)
    assert list_widget.model().items() == ["Komputer", "Printer", "Ruang tunggu"]
    assert not any(b.isEnabled() for b in (list_widget.ui.add_button, list_widget.ui.remove_button,
                                            list_widget.ui.paste_button))
