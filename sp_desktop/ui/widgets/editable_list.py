"""EditableListWidget: the one list editor of every step (add, edit in place, remove, reorder, paste).

UI layer. The widget works on any :class:`RowsTableModel`; the page listens to the model's
``rows_edited`` and saves the whole list.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

from ...domain.paste import parse_pasted_lines
from ..generated.ui_editable_list import Ui_EditableList
from ..models.rows_table_model import RowsTableModel
from .paste_lines_dialog import PasteLinesDialog
from .row_delegate import RowDelegate

MIN_STRETCH_WIDTH = 150
"""The main text column never gets narrower than this; the table scrolls sideways instead."""


class EditableListWidget(QWidget):
    """An ordered list shown as a table, with buttons and keys to edit it.

    Keys on the table: Delete removes the row, Ctrl+Up / Ctrl+Down move it, Ctrl+V adds one row
    per line of the clipboard (numbering removed). Call :meth:`set_model` before use.

    Args:
        parent: the Qt parent (the widget is usually created by a page's Designer form).
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_EditableList()
        self.ui.setupUi(self)
        self._model: RowsTableModel | None = None
        self._read_only = False
        self._stretch_sections: list[int] = []
        self.paste_dialog: PasteLinesDialog | None = None
        view = self.ui.items_table_view
        self._edit_triggers = view.editTriggers()
        view.setItemDelegate(RowDelegate(view))
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setHighlightSections(False)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.viewport().installEventFilter(self)
        view.addActions([self.ui.remove_action, self.ui.move_up_action, self.ui.move_down_action, self.ui.paste_action])
        self.ui.add_button.clicked.connect(self._on_add_button_clicked)
        self.ui.remove_button.clicked.connect(self._on_remove_action_triggered)
        self.ui.move_up_button.clicked.connect(self._on_move_up_action_triggered)
        self.ui.move_down_button.clicked.connect(self._on_move_down_action_triggered)
        self.ui.paste_button.clicked.connect(self._on_paste_button_clicked)
        self.ui.remove_action.triggered.connect(self._on_remove_action_triggered)
        self.ui.move_up_action.triggered.connect(self._on_move_up_action_triggered)
        self.ui.move_down_action.triggered.connect(self._on_move_down_action_triggered)
        self.ui.paste_action.triggered.connect(self._on_paste_action_triggered)

    # -- public API ------------------------------------------------------------------------
    @property
    def view(self):
        """The QTableView showing the rows."""
        return self.ui.items_table_view

    def model(self) -> RowsTableModel | None:
        """The model being edited."""
        return self._model

    def set_model(self, model: RowsTableModel) -> None:
        """Edit ``model``; column widths follow its column definitions."""
        self._model = model
        view = self.ui.items_table_view
        view.setModel(model)
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        self._stretch_sections = [i for i, column in enumerate(model.columns) if column.width is None]
        for section, column in enumerate(model.columns):
            header.setSectionResizeMode(section, QHeaderView.ResizeMode.Interactive)
            if column.width is not None:
                view.setColumnWidth(section, column.width)
        self._fit_columns()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.rowsMoved):
            signal.connect(self._update_buttons)
        view.selectionModel().currentRowChanged.connect(self._update_buttons)
        view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def set_read_only(self, read_only: bool) -> None:
        """Allow reading and selecting rows but no change."""
        self._read_only = read_only
        view = self.ui.items_table_view
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers if read_only else self._edit_triggers
        )
        for action in (self.ui.remove_action, self.ui.move_up_action, self.ui.move_down_action, self.ui.paste_action):
            action.setEnabled(not read_only)
        self._update_buttons()

    def current_row(self) -> int:
        """The selected row, or -1 when no row is selected."""
        view = self.ui.items_table_view
        if view.selectionModel() is None or not view.selectionModel().hasSelection():
            return -1
        index = view.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int, column: int = 0) -> None:
        """Make ``row`` current and selected."""
        if self._model is None or not 0 <= row < self._model.rowCount():
            return
        index = self._model.index(row, column)
        self.ui.items_table_view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )

    def add_items(self, items: list) -> None:
        """Insert ``items`` below the selected row (at the end when none is), as one change (not when read-only)."""
        if self._model is None or not items or self._read_only:
            return
        row = self.current_row() + 1 if self.current_row() >= 0 else self._model.rowCount()
        self._model.insert_items(row, items)
        self.select_row(row + len(items) - 1)

    def add_lines(self, text: str) -> None:
        """Insert one item per line of ``text`` (numbering and bullets removed)."""
        if self._model is not None:
            self.add_items([self._model.item_from_text(line) for line in parse_pasted_lines(text)])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.ui.items_table_view.viewport():
            self._fit_columns()
        return False

    def _fit_columns(self) -> None:
        # Like a stretching last section, but the text column keeps a readable minimum width.
        if not self._stretch_sections or self._model is None:
            return
        view = self.ui.items_table_view
        fixed = sum(view.columnWidth(i) for i in range(len(self._model.columns)) if i not in self._stretch_sections)
        width = max(MIN_STRETCH_WIDTH, (view.viewport().width() - fixed - 2) // len(self._stretch_sections))
        for section in self._stretch_sections:
            view.setColumnWidth(section, width)

    # -- slots -----------------------------------------------------------------------------
    def _on_add_button_clicked(self) -> None:
        if self._model is None:
            return
        self.add_items([self._model.new_item()])
        view = self.ui.items_table_view
        view.setFocus()
        view.edit(view.currentIndex())

    def _on_remove_action_triggered(self) -> None:
        row = self.current_row()
        if self._model is not None and row >= 0:
            self._model.removeRows(row, 1)
            self.select_row(min(row, self._model.rowCount() - 1))

    def _move(self, delta: int) -> None:
        row = self.current_row()
        if self._model is not None and row >= 0:
            column = self.ui.items_table_view.currentIndex().column()
            self.select_row(self._model.move_item(row, delta), column)

    def _on_move_up_action_triggered(self) -> None:
        self._move(-1)

    def _on_move_down_action_triggered(self) -> None:
        self._move(+1)

    def _on_paste_action_triggered(self) -> None:
        self.add_lines(QGuiApplication.clipboard().text())

    def _on_paste_button_clicked(self) -> None:
        self.paste_dialog = PasteLinesDialog(QGuiApplication.clipboard().text(), self)
        self.paste_dialog.finished.connect(self._on_paste_dialog_finished)
        self.paste_dialog.open()

    def _on_paste_dialog_finished(self, result: int) -> None:
        dialog, self.paste_dialog = self.paste_dialog, None
        if dialog is None:
            return
        if result == PasteLinesDialog.DialogCode.Accepted and self._model is not None:
            self.add_items([self._model.item_from_text(text) for text in dialog.items()])
        dialog.deleteLater()

    def _update_buttons(self, *_args: QModelIndex) -> None:
        count = self._model.rowCount() if self._model is not None else 0
        row = self.current_row()
        writable = not self._read_only
        self.ui.empty_label.setVisible(count == 0)
        self.ui.add_button.setEnabled(writable)
        self.ui.paste_button.setEnabled(writable)
        self.ui.remove_button.setEnabled(writable and row >= 0)
        self.ui.move_up_button.setEnabled(writable and row > 0)
        self.ui.move_down_button.setEnabled(writable and 0 <= row < count - 1)
