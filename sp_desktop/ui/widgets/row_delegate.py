"""Cell editors of the editable lists, committing on every keystroke (UI layer).

Autosave wants each keystroke saved, so the editors push their value to the model as the user
types instead of waiting for Enter; the model's ``setData`` then emits the edit.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDoubleSpinBox,
    QLineEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ...domain.enums import SatuanDurasi
from ...domain.formatting import format_duration
from ...domain.formatting.durations import DURATION_UNITS, parse_duration
from ...domain.limits import MAX_DURASI
from ...domain.model import Durasi
from ..models.rows_table_model import ROLE_CHOICES, ROLE_FREE_TEXT, ROLE_KIND, ROLE_PLACEHOLDER
from .undo_keys import route_undo_keys

MAX_RUPIAH = 2_000_000_000
INDONESIAN = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
DURATION_HINT = "Tulis angka dan satuannya: menit, jam, hari kerja, atau hari (mis. 30 menit, 1,5 jam, 2 hari kerja)."
UNREADABLE_STYLE = "QLineEdit { color: #a01818; }"


class DurationEditor(QLineEdit):
    """A duration typed as it reads ("30 menit", "1,5 jam", "2 hari kerja"), fitting its cell.

    A bare number keeps the unit shown before (menit for a new step); the completer lists the units
    for the number typed. ``value()`` is a Durasi, or None for an empty text or a number of 0; while
    the text is not (yet) a duration it stays the last one read, and the field says so.

    Args:
        parent: the Qt parent (the view's viewport).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._unit = SatuanDurasi.MENIT.value
        self._value: Durasi | None = None
        self._suggestions = QStringListModel(self)
        completer = QCompleter(self._suggestions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.setPlaceholderText("mis. 30 menit")
        self.setToolTip(DURATION_HINT)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.textEdited.connect(self._on_text_edited)
        completer.activated.connect(self._on_text_edited)

    def value(self) -> Durasi | None:
        """The last duration read from the text (None when empty or 0)."""
        return self._value

    def is_readable(self) -> bool:
        """Whether the text as it stands is a duration (or empty)."""
        return not self.text().strip() or parse_duration(self.text(), self._unit) is not None

    def set_value(self, durasi: Durasi | None) -> None:
        """Show ``durasi``; the text is left alone when it already reads as that value."""
        if durasi == self._value and self.is_readable():
            return
        self._value = durasi
        if durasi is None:
            self.setText("")
            return
        self._unit = durasi.satuan
        try:
            self.setText(format_duration(durasi.nilai, durasi.satuan))
        except (TypeError, ValueError):
            self.setText(f"{durasi.nilai} {durasi.satuan}")

    def _on_text_edited(self, text: str) -> None:
        number = text.strip().split(" ")[0] if text.strip() else ""
        if number and number[0].isdigit():
            self._suggestions.setStringList([f"{number} {label}" for label in DURATION_UNITS.values()])
        parsed = parse_duration(text, self._unit)
        self.setStyleSheet("" if parsed is not None or not text.strip() else UNREADABLE_STYLE)
        if not text.strip():
            value = None
        elif parsed is None:
            return  # not a duration yet ("2 h"): keep the last one until the text says more
        else:
            nilai, self._unit = parsed
            value = Durasi(nilai=int(nilai) if nilai.is_integer() else nilai, satuan=self._unit) if nilai > 0 else None
        if value != self._value:
            self._value = value
            self.changed.emit()


class RowDelegate(QStyledItemDelegate):
    """Creates a line edit, combo box, spin box or duration editor according to the column's kind.

    Editors fill their cell exactly. Tab and Shift+Tab move to the next or previous editable cell,
    from the end of a row to the next row, as in a word processor's table: Tab in the last cell adds
    a row unless that row is still blank (then, like Shift+Tab in the first cell, it leaves the table).
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._setting_editor = False
        self._indexes: dict[int, QPersistentModelIndex] = {}

    def _commit(self, editor: QWidget) -> None:
        # Showing the model's value in a new editor fires its change signals too; only the user's
        # changes are edits (and the view does not know the editor yet at that moment).
        if not self._setting_editor:
            self.commitData.emit(editor)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().paint(painter, option, index)
        placeholder = index.data(ROLE_PLACEHOLDER)
        if placeholder and not index.data(Qt.ItemDataRole.DisplayRole):
            painter.save()
            painter.setPen(option.palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
            font = painter.font()
            font.setItalic(True)
            painter.setFont(font)
            rect = option.rect.adjusted(6, 0, -6, 0)
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), placeholder)
            painter.restore()

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:
        editor = self._new_editor(parent, index)
        route_undo_keys(editor)
        self._indexes[id(editor)] = QPersistentModelIndex(index)
        return editor

    def destroyEditor(self, editor: QWidget, index: QModelIndex) -> None:
        self._indexes.pop(id(editor), None)
        super().destroyEditor(editor, index)

    def _new_editor(self, parent: QWidget, index: QModelIndex) -> QWidget:
        kind = index.data(ROLE_KIND)
        if kind == "duration":
            editor = DurationEditor(parent)
            editor.changed.connect(lambda e=editor: self._commit(e))
            return editor
        if kind == "choice":
            return self._choice_editor(parent, index)
        if kind in ("money", "number"):
            editor = QSpinBox(parent) if kind == "money" else QDoubleSpinBox(parent)
            if kind == "money":
                editor.setRange(0, MAX_RUPIAH)
                editor.setPrefix("Rp")
                editor.setGroupSeparatorShown(True)
            else:
                editor.setRange(0, MAX_DURASI)
                editor.setDecimals(2)
            editor.setLocale(INDONESIAN)
            editor.setAlignment(Qt.AlignmentFlag.AlignRight)
            # Arrows would take a third of a narrow cell and hide the amount; Up/Down still step it.
            editor.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
            editor.valueChanged.connect(lambda _v, e=editor: self._commit(e))
            return editor
        editor = QLineEdit(parent)
        editor.setPlaceholderText(index.data(ROLE_PLACEHOLDER) or "")
        editor.textEdited.connect(lambda _t, e=editor: self._commit(e))
        return editor

    def _choice_editor(self, parent: QWidget, index: QModelIndex) -> QComboBox:
        editor = QComboBox(parent)
        for value, label in index.data(ROLE_CHOICES):
            editor.addItem(label, value)
        if index.data(ROLE_FREE_TEXT):
            # A name the list does not hold is kept as typed (the model decides what it is), never
            # replaced by the first entry that starts with the same letter.
            editor.setEditable(True)
            editor.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            completer = editor.completer()
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            editor.lineEdit().setPlaceholderText(index.data(ROLE_PLACEHOLDER) or "")
            route_undo_keys(editor.lineEdit())
            editor.activated.connect(lambda _i, e=editor: self._commit(e))
        else:
            editor.currentIndexChanged.connect(lambda _i, e=editor: self._commit(e))
        return editor

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        editor.setGeometry(option.rect)  # inside its own cell, never over the next one

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        # The model echoes every committed keystroke back here; leaving an equal value alone keeps
        # the cursor where the user is typing.
        self._setting_editor = True
        try:
            self._show_value(editor, index.data(Qt.ItemDataRole.EditRole))
        finally:
            self._setting_editor = False

    @staticmethod
    def _show_value(editor: QWidget, value: object) -> None:
        if isinstance(editor, DurationEditor):
            editor.set_value(value)
        elif isinstance(editor, QComboBox):
            position = editor.findData(value)
            if editor.isEditable() and position < 0:
                if editor.currentText() != (value or ""):
                    editor.setEditText(str(value or ""))
            elif editor.currentIndex() != max(0, position):
                editor.setCurrentIndex(max(0, position))
        elif isinstance(editor, QSpinBox | QDoubleSpinBox):
            if editor.value() != (value or 0):
                editor.setValue(value or 0)
        elif editor.text() != (value or ""):
            editor.setText(value or "")

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex) -> None:
        if isinstance(editor, DurationEditor):
            value = editor.value()
        elif isinstance(editor, QComboBox):
            value = self._choice_value(editor)
            if value is None:
                return
        elif isinstance(editor, QSpinBox | QDoubleSpinBox):
            value = editor.value()
        else:
            value = editor.text()
        model.setData(index, value, Qt.ItemDataRole.EditRole)

    @staticmethod
    def _choice_value(editor: QComboBox) -> object:
        if not editor.isEditable():
            return editor.currentData()
        text = editor.currentText().strip()
        if not text:
            return None  # a cleared name changes nothing
        position = editor.findText(text, Qt.MatchFlag.MatchFixedString)
        return editor.itemData(position) if position >= 0 else text

    # -- Tab from cell to cell ---------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and isinstance(watched, QWidget)
            and id(watched) in self._indexes
        ):
            forward = event.key() == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            self._tab(watched, forward)
            return True
        return super().eventFilter(watched, event)

    def _tab(self, editor: QWidget, forward: bool) -> None:
        index = QModelIndex(self._indexes[id(editor)])
        view = editor.parentWidget().parentWidget() if editor.parentWidget() else None
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        if not isinstance(view, QAbstractItemView) or not index.isValid():
            return
        model = index.model()
        target = _neighbour_cell(model, index, forward)
        if target is None and forward and not _row_is_blank(model, index.row()):
            if model.insertRows(model.rowCount(), 1):
                target = _neighbour_cell(model, model.index(model.rowCount() - 1, 0), True, include_self=True)
        if target is None:
            _leave(view, forward)
            return
        view.setCurrentIndex(target)
        view.scrollTo(target)
        view.edit(target)


def _editable(index: QModelIndex) -> bool:
    return bool(index.flags() & Qt.ItemFlag.ItemIsEditable)


def _neighbour_cell(model: QAbstractItemModel, index: QModelIndex, forward: bool,
                    include_self: bool = False) -> QModelIndex | None:
    """The next (or previous) editable cell in reading order, or None past the table's end."""
    columns = model.columnCount()
    position = index.row() * columns + index.column()
    step = 1 if forward else -1
    if not include_self:
        position += step
    while 0 <= position < model.rowCount() * columns:
        candidate = model.index(position // columns, position % columns)
        if _editable(candidate):
            return candidate
        position += step
    return None


def _row_is_blank(model: QAbstractItemModel, row: int) -> bool:
    blank_item = getattr(model, "new_item", None)
    items = getattr(model, "items", None)
    if blank_item is None or items is None:
        return False
    return items()[row] == blank_item()


def _leave(view: QAbstractItemView, forward: bool) -> None:
    """Give the focus to the widget after (or before) the table in the window's Tab order."""
    widget = view
    for _ in range(500):  # the focus chain is a ring; stop after one turn at most
        widget = widget.nextInFocusChain() if forward else widget.previousInFocusChain()
        if widget is view or widget is None:
            return
        inside = view.isAncestorOf(widget)
        if (not inside and widget.isVisible() and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.focusProxy() is None):
            widget.setFocus(Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason)
            return
