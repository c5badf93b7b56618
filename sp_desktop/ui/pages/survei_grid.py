"""The response grid: keyboard-only entry of 1-4 per unsur, paste of a spreadsheet block, profile editors (ui layer).

In a U column a digit 1-4 is stored at once and the cursor moves right (after U9, to the next
row's U1); Backspace or Delete clears; any other key is refused with a visible hint (``hint``).
Elsewhere the cells edit as usual, with a list for the profile columns that have fixed values.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from sp_desktop.ui.models.responden_table_model import (
    ANSWER_HINT,
    ATTRS,
    FIRST_U,
    LAST_U,
    ROLE_CHOICES,
    RespondenTableModel,
    is_answer_column,
)

_Index = QModelIndex | QPersistentModelIndex
_WIDTHS = {0: 46, 1: 170, 2: 88, 3: 50, 4: 96, 5: 44, 6: 82, 7: 92}
_CLEAR_KEYS = (Qt.Key.Key_Backspace, Qt.Key.Key_Delete)


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box for the columns with fixed values (layanan, jenis kelamin, pendidikan, pekerjaan)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:  # noqa: N802
        choices = index.data(ROLE_CHOICES) or []
        if not choices:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.addItem("\u2014", "")
        for value, label in choices:
            combo.addItem(label, value)
        combo.setEditable(ATTRS[index.column()] == "layanan")  # a name outside the survey's list may be typed
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            value = index.data(Qt.ItemDataRole.EditRole) or ""
            found = editor.findData(value)
            if found >= 0:
                editor.setCurrentIndex(found)
            elif editor.isEditable():
                editor.setEditText(value)
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            text = editor.currentText()
            value = editor.currentData() if editor.currentText() == editor.itemText(editor.currentIndex()) else text
            model.setData(index, value or "", Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


class RespondenGridView(QTableView):
    """The grid over a :class:`RespondenTableModel`.

    Signals:
        hint(str): a key was refused or an edit failed; the message says what is expected ("" clears it).
    """

    hint = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("responden_table_view")
        self.setAccessibleName("Tabel jawaban responden")
        self.setItemDelegate(ChoiceDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setTabKeyNavigation(False)  # Tab leaves the grid; arrows and Enter move inside it
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row measuring at 10,000

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802 (Qt's name)
        old = self.model()
        if isinstance(old, RespondenTableModel):
            old.refused.disconnect(self.hint)
        super().setModel(model)
        if isinstance(model, RespondenTableModel):
            model.refused.connect(self.hint)
            header = self.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            for column, width in _WIDTHS.items():
                self.setColumnWidth(column, width)
            for column in range(FIRST_U, LAST_U + 1):
                self.setColumnWidth(column, 36)
            header.setStretchLastSection(True)

    def grid_model(self) -> RespondenTableModel | None:
        model = self.model()
        return model if isinstance(model, RespondenTableModel) else None

    # -- keys ------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        model, current = self.grid_model(), self.currentIndex()
        if model is None or not current.isValid() or self.state() == QAbstractItemView.State.EditingState:
            super().keyPressEvent(event)
            return
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_clipboard()
            return
        if event.key() in _CLEAR_KEYS and event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                                                  Qt.KeyboardModifier.KeypadModifier):
            self.clear_selected()
            return
        if not is_answer_column(current.column()):
            super().keyPressEvent(event)
            return
        text = event.text()
        ctrl = event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        if text and text.isprintable() and not ctrl:
            if text in "1234" and len(text) == 1:
                if model.setData(current, int(text), Qt.ItemDataRole.EditRole):
                    self.hint.emit("")
                    self._advance(current)
                return
            self.hint.emit(ANSWER_HINT)  # refused, and said so where the user looks (no beep)
            return
        super().keyPressEvent(event)

    def _advance(self, index: QModelIndex) -> None:
        model = self.model()
        if index.column() < LAST_U:
            target = model.index(index.row(), index.column() + 1)
        else:
            target = model.index(min(index.row() + 1, model.rowCount() - 1), FIRST_U)
        self.setCurrentIndex(target)
        self.scrollTo(target)

    def clear_selected(self) -> None:
        """Empty the selected cells (answers and profile; the No column stays)."""
        model = self.grid_model()
        if model is None:
            return
        indexes = self.selectionModel().selectedIndexes() or [self.currentIndex()]
        for index in sorted(indexes, key=lambda i: (i.row(), i.column())):
            if index.column() > 0 and index.row() < model.respondent_count() and index.data():
                model.setData(index, "", Qt.ItemDataRole.EditRole)

    def paste_clipboard(self) -> None:
        """Paste the clipboard's tab-separated block at the current cell (all or nothing)."""
        model, current = self.grid_model(), self.currentIndex()
        if model is None or not current.isValid():
            return
        text = QApplication.clipboard().text()
        if not text.strip():
            self.hint.emit("Papan klip kosong: salin dulu blok sel dari lembar kerja.")
            return
        if model.paste(current.row(), current.column(), text) is None:
            self.hint.emit("")
