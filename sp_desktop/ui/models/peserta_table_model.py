"""Table model of a discussion's participants: name, unsur, institution, phone, invited, attended (ui layer)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from ...domain.enums import UnsurPeserta
from ...domain.pembahasan import Peserta
from .rows_table_model import Column, RowsTableModel, _Index

CHECK_ATTRS = ("diundang", "hadir")


class CheckColumnsMixin:
    """Boolean attributes shown as check boxes (Space toggles the current one), never as text."""

    check_attrs: tuple[str, ...] = ()

    def _is_check(self, index: _Index) -> bool:
        return index.isValid() and self.columns[index.column()].attr in self.check_attrs

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if self._is_check(index):
            base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            return base | Qt.ItemFlag.ItemIsUserCheckable if self.checks_enabled else base
        return super().flags(index)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._is_check(index):
            return super().data(index, role)
        value = bool(self.value(self._items[index.row()], self.columns[index.column()]))
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return "Ya" if value else "Tidak"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self.columns[index.column()].header}: {'ya' if value else 'tidak'}"
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not self._is_check(index):
            return super().setData(index, value, role)
        if role != Qt.ItemDataRole.CheckStateRole or not self.checks_enabled:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        row, column = index.row(), self.columns[index.column()]
        self._items[row] = self.with_value(self._items[row], column, checked)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
        self.rows_edited.emit(None)
        return True


class PesertaTableModel(CheckColumnsMixin, RowsTableModel):
    """Rows of :class:`~sp_desktop.domain.pembahasan.Peserta`; a pasted line is one name."""

    check_attrs = CHECK_ATTRS
    columns = (
        Column("nama", "Nama", placeholder="nama peserta"),
        Column("unsur", "Unsur", kind="choice", choices=tuple((u.value, u.label) for u in UnsurPeserta), width=160),
        Column("instansi", "Instansi / asal", placeholder="mis. Warga Kelurahan Api-Api"),
        Column("jabatan", "Jabatan", width=100),
        Column("telepon", "Telepon", width=114),
        Column("diundang", "Diundang", width=72),
        Column("hadir", "Hadir", width=54),
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self.checks_enabled = True

    def new_item(self) -> Peserta:
        return Peserta()

    def item_from_text(self, text: str) -> Peserta | None:
        parts = [part.strip() for part in text.split("\t")]
        if not parts[0]:
            return None
        return Peserta(nama=parts[0], instansi=parts[1] if len(parts) > 1 else "",
                       jabatan=parts[2] if len(parts) > 2 else "", telepon=parts[3] if len(parts) > 3 else "")
