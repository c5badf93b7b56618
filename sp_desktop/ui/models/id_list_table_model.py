"""Base of the read-only table models over a list of stored items with an ``id`` (ui layer)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class IdListTableModel(QAbstractTableModel):
    """Rows of items replaced as a whole; subclasses set ``headers`` and implement ``data``."""

    headers: tuple[str, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._items: list[Any] = []

    def _reset(self, items: list[Any]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._on_reset()
        self.endResetModel()

    def _on_reset(self) -> None:
        """Recompute per-row derived values (called inside the reset)."""

    def item_at(self, row: int) -> Any:
        """The item shown in ``row``."""
        return self._items[row]

    def row_of(self, item_id: int) -> int:
        """The row of the item with ``item_id``, or -1."""
        return next((row for row, item in enumerate(self._items) if item.id == item_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.headers)
        ):
            return self.headers[section]
        return None
