"""A table model over an ordered list of domain items, editable in place (UI layer).

Subclasses name their columns and how an item is built; the model keeps its own copies and
announces every user change with ``rows_edited`` so the page can save the whole list.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from ...domain.formatting import format_duration, format_number, format_rupiah

ROLE_CHOICES = Qt.ItemDataRole.UserRole + 1
"""Role whose data is a column's ``(value, label)`` choices, read by the row delegate."""
ROLE_KIND = Qt.ItemDataRole.UserRole + 2
"""Role whose data is a column's kind (see :class:`Column`)."""
ROLE_PLACEHOLDER = Qt.ItemDataRole.UserRole + 3
"""Role whose data is the grey hint of an empty cell."""
ROLE_FREE_TEXT = Qt.ItemDataRole.UserRole + 4
"""Role whose data tells whether a ``choice`` cell also takes a name typed in (``Column.free_text``)."""

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """One column of a rows table.

    Attributes:
        attr: the item attribute shown (``""`` when the item is the text itself).
        header: the Indonesian column title.
        kind: ``text``, ``choice``, ``number`` (decimal), ``money`` (whole rupiah) or ``duration``
            (a :class:`~sp_desktop.domain.model.Durasi` or None; its unit choices in ``choices``).
        choices: ``(value, label)`` pairs of a ``choice`` column.
        width: a fixed width in pixels, or None to stretch.
        placeholder: grey hint shown in an empty text cell.
        free_text: a ``choice`` cell that also takes a typed name; the model's ``with_value`` gets the
            text when it is none of the labels.
    """

    attr: str
    header: str
    kind: str = "text"
    choices: tuple[tuple[str, str], ...] = ()
    width: int | None = None
    placeholder: str = ""
    free_text: bool = False


class RowsTableModel(QAbstractTableModel):
    """Base of the editable list models; one row per item.

    Signals:
        rows_edited(object): the user changed the rows; the argument is a merge key (``"row:col"``
            for a cell edit, None for adding, removing, moving or pasting rows).
    """

    rows_edited = Signal(object)
    columns: tuple[Column, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._items: list[Any] = []

    # -- what subclasses provide -----------------------------------------------------------
    def new_item(self) -> Any:
        """A blank item for the "Tambah" button."""
        raise NotImplementedError

    def item_from_text(self, text: str) -> Any:
        """An item whose main text is ``text`` (one pasted line), or None when the line holds no item."""
        raise NotImplementedError

    def value(self, item: Any, column: Column) -> Any:
        """The raw value of ``column`` in ``item``."""
        return getattr(item, column.attr)

    def with_value(self, item: Any, column: Column, value: Any) -> Any:
        """``item`` with ``column`` set to ``value`` (the same object, changed, or a new one)."""
        setattr(item, column.attr, value)
        return item

    def is_editable(self, item: Any, column: Column) -> bool:
        """Whether the cell may be edited now."""
        return True

    # -- the items -------------------------------------------------------------------------
    def items(self) -> list[Any]:
        """Copies of the items, in order."""
        return copy.deepcopy(self._items)

    def set_items(self, items: list[Any]) -> None:
        """Show ``items`` (copied); does not emit ``rows_edited``."""
        self.beginResetModel()
        self._items = copy.deepcopy(list(items))
        self.endResetModel()

    def insert_items(self, row: int, items: list[Any]) -> None:
        """Insert ``items`` before ``row`` as one user change (None entries, e.g. a pasted header row, are skipped)."""
        items = [item for item in items if item is not None]
        if not items:
            return
        row = max(0, min(row, len(self._items)))
        self.beginInsertRows(QModelIndex(), row, row + len(items) - 1)
        self._items[row:row] = copy.deepcopy(items)
        self.endInsertRows()
        self.rows_edited.emit(None)

    def move_item(self, row: int, delta: int) -> int:
        """Move the item at ``row`` up (-1) or down (+1); returns its new row (unchanged at an end)."""
        target = row + delta
        if not (0 <= row < len(self._items) and 0 <= target < len(self._items)):
            return row
        self.moveRows(QModelIndex(), row, 1, QModelIndex(), target + 1 if delta > 0 else target)
        return target

    # -- Qt model API ----------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header if 0 <= section < len(self.columns) else None
        return str(section + 1)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.is_editable(self._items[index.row()], self.columns[index.column()]):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        value = self.value(self._items[index.row()], column)
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.display_text(column, value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in ("number", "money", "duration"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ROLE_CHOICES:
            return list(column.choices)
        if role == ROLE_KIND:
            return column.kind
        if role == ROLE_PLACEHOLDER:
            return column.placeholder
        if role == ROLE_FREE_TEXT:
            return column.free_text
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row, column = index.row(), self.columns[index.column()]
        if self.value(self._items[row], column) == value:
            return False
        self._items[row] = self.with_value(self._items[row], column, value)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
        self.rows_edited.emit(f"{row}:{index.column()}")
        return True

    def insertRows(self, row: int, count: int, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or count < 1 or not 0 <= row <= len(self._items):
            return False
        self.insert_items(row, [self.new_item() for _ in range(count)])
        return True

    def removeRows(self, row: int, count: int, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or count < 1 or row < 0 or row + count > len(self._items):
            return False
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        del self._items[row:row + count]
        self.endRemoveRows()
        self.rows_edited.emit(None)
        return True

    def moveRows(
        self, source_parent: _Index, source_row: int, count: int, dest_parent: _Index, dest_child: int
    ) -> bool:
        if source_parent.isValid() or dest_parent.isValid() or count < 1:
            return False
        if source_row < 0 or source_row + count > len(self._items) or not 0 <= dest_child <= len(self._items):
            return False
        if source_row <= dest_child <= source_row + count:
            return False  # moving onto itself
        if not self.beginMoveRows(QModelIndex(), source_row, source_row + count - 1, QModelIndex(), dest_child):
            return False
        moved = self._items[source_row:source_row + count]
        del self._items[source_row:source_row + count]
        insert_at = dest_child - count if dest_child > source_row else dest_child
        self._items[insert_at:insert_at] = moved
        self.endMoveRows()
        self.rows_edited.emit(None)
        return True

    # -- display ---------------------------------------------------------------------------
    def display_text(self, column: Column, value: Any) -> str:
        """How a raw value reads in a cell."""
        if value is None or value == "":
            return ""
        if column.kind == "choice":
            return next((label for key, label in column.choices if key == value), str(value))
        if column.kind == "money":
            return format_rupiah(int(value), cents=False)
        if column.kind == "number":
            return format_number(float(value)) if value else ""
        if column.kind == "duration":
            try:
                return format_duration(value.nilai, value.satuan)
            except ValueError:
                return f"{value.nilai} {value.satuan}"
        return str(value)
