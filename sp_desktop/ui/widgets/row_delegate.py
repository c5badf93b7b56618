"""Cell editors of the editable lists, committing on every keystroke (UI layer).

Autosave wants each keystroke saved, so the editors push their value to the model as the user
types instead of waiting for Enter; the model's ``setData`` then emits the edit.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ...domain.limits import MAX_DURASI
from ...domain.model import Durasi
from ..models.rows_table_model import ROLE_CHOICES, ROLE_KIND, ROLE_PLACEHOLDER
from .undo_keys import route_undo_keys

MAX_RUPIAH = 2_000_000_000
INDONESIAN = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
DURATION_EDITOR_WIDTH = 190


class DurationEditor(QWidget):
    """A number and a unit side by side; ``value()`` is a Durasi, or None while the number is 0.

    Args:
        choices: the units as ``(value, label)`` pairs.
        parent: the Qt parent (the view's viewport).
    """

    changed = Signal()

    def __init__(self, choices: list[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setAutoFillBackground(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.nilai_spin_box = QDoubleSpinBox(self)
        self.nilai_spin_box.setRange(0, MAX_DURASI)
        self.nilai_spin_box.setDecimals(2)
        self.nilai_spin_box.setLocale(INDONESIAN)
        self.satuan_combo_box = QComboBox(self)
        for value, label in choices:
            self.satuan_combo_box.addItem(label, value)
        layout.addWidget(self.nilai_spin_box, 1)
        layout.addWidget(self.satuan_combo_box, 1)
        self.setFocusProxy(self.nilai_spin_box)
        self.nilai_spin_box.valueChanged.connect(self.changed)
        self.satuan_combo_box.currentIndexChanged.connect(self.changed)
        route_undo_keys(self.nilai_spin_box)

    def value(self) -> Durasi | None:
        """The duration shown, or None when its number is 0."""
        nilai = self.nilai_spin_box.value()
        return Durasi(nilai=nilai, satuan=self.satuan_combo_box.currentData()) if nilai > 0 else None

    def set_value(self, durasi: Durasi | None) -> None:
        """Show ``durasi`` (None shows 0 and keeps the chosen unit)."""
        nilai = float(durasi.nilai) if durasi else 0.0
        if self.nilai_spin_box.value() != nilai:
            self.nilai_spin_box.setValue(nilai)
        if durasi is not None:
            position = max(0, self.satuan_combo_box.findData(durasi.satuan))
            if self.satuan_combo_box.currentIndex() != position:
                self.satuan_combo_box.setCurrentIndex(position)


class RowDelegate(QStyledItemDelegate):
    """Creates a line edit, combo box, spin box or duration editor according to the column's kind."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._setting_editor = False

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
        kind = index.data(ROLE_KIND)
        if kind == "duration":
            editor = DurationEditor(index.data(ROLE_CHOICES), parent)
            editor.changed.connect(lambda e=editor: self._commit(e))
            return editor
        if kind == "choice":
            editor = QComboBox(parent)
            for value, label in index.data(ROLE_CHOICES):
                editor.addItem(label, value)
            editor.currentIndexChanged.connect(lambda _i, e=editor: self._commit(e))
            return editor
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
            editor.valueChanged.connect(lambda _v, e=editor: self._commit(e))
        else:
            editor = QLineEdit(parent)
            editor.setPlaceholderText(index.data(ROLE_PLACEHOLDER) or "")
            editor.textEdited.connect(lambda _t, e=editor: self._commit(e))
        route_undo_keys(editor)
        return editor

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        rect = option.rect
        if isinstance(editor, DurationEditor) and rect.width() < DURATION_EDITOR_WIDTH:
            rect = rect.adjusted(0, 0, DURATION_EDITOR_WIDTH - rect.width(), 0)  # overlap the next cell
        editor.setGeometry(rect)

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
            position = max(0, editor.findData(value))
            if editor.currentIndex() != position:
                editor.setCurrentIndex(position)
        elif isinstance(editor, QSpinBox | QDoubleSpinBox):
            if editor.value() != (value or 0):
                editor.setValue(value or 0)
        elif editor.text() != (value or ""):
            editor.setText(value or "")

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex) -> None:
        if isinstance(editor, DurationEditor):
            value = editor.value()
        elif isinstance(editor, QComboBox):
            value = editor.currentData()
        elif isinstance(editor, QSpinBox | QDoubleSpinBox):
            value = editor.value()
        else:
            value = editor.text()
        model.setData(index, value, Qt.ItemDataRole.EditRole)
