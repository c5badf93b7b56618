"""Helpers for driving the service editor's real widgets in tests."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QWidget

from sp_desktop.ui.service_editor import ServiceEditorWidget


def make_editor(qtbot, session, service_id: int) -> ServiceEditorWidget:
    editor = ServiceEditorWidget(session, service_id)
    qtbot.addWidget(editor)
    editor.resize(1200, 760)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    return editor


def open_step(qtbot, editor: ServiceEditorWidget, step_key: str):
    """Click the step in the step list and return its page."""
    steps = editor.ui.steps_list_widget
    index = steps.model().index(list(editor.pages).index(step_key), 0)
    steps.scrollTo(index)
    qtbot.mouseClick(steps.viewport(), Qt.MouseButton.LeftButton, pos=steps.visualRect(index).center())
    assert editor.current_step() == step_key
    return editor.pages[step_key]


def cell_editor(qtbot, view, index: QModelIndex) -> QWidget:
    """Double-click a cell and return the editor the delegate opened."""
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    qtbot.waitUntil(lambda: view.state() == view.State.EditingState)
    return QApplication.focusWidget()


def add_row(qtbot, list_widget, text: str) -> None:
    """Click "Tambah" and type ``text`` into the new row's first cell, then press Enter."""
    qtbot.mouseClick(list_widget.ui.add_button, Qt.MouseButton.LeftButton)
    view = list_widget.view
    qtbot.waitUntil(lambda: view.state() == view.State.EditingState)
    field = QApplication.focusWidget()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)
