"""Table model of the complaints log: diterima, layanan, saluran, komponen, ringkasan, status, selesai (ui layer).

Rows are ``(row id, PengaduanMasuk)`` as the session's filter returns them (newest first); the texts
are made when a cell is painted, so 10,000 complaints load as fast as the list is read.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from sp_desktop.domain.formatting import format_date
from sp_desktop.domain.pengaduan_masuk import channel_label, component_text
from sp_desktop.domain.survei import STATUS_PENGADUAN, PengaduanMasuk

Index = QModelIndex | QPersistentModelIndex
(COLUMN_TANGGAL, COLUMN_LAYANAN, COLUMN_SALURAN, COLUMN_KOMPONEN, COLUMN_RINGKASAN, COLUMN_STATUS,
 COLUMN_SELESAI) = range(7)
_OPEN_COLOUR = QColor("#8a5a00")


def day_text(text: str | None) -> str:
    """An ISO date as the tables show it ("3 Februari 2026"); "" for none."""
    if not text:
        return ""
    try:
        return format_date(date.fromisoformat(text))
    except ValueError:
        return text


class PengaduanMasukTableModel(QAbstractTableModel):
    """Read-only rows of the complaints a filter selects."""

    headers = ("Diterima", "Jenis pelayanan", "Saluran", "Komponen", "Ringkasan", "Status", "Selesai")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[tuple[int, PengaduanMasuk]] = []

    def set_rows(self, rows: list[tuple[int, PengaduanMasuk]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_id(self, row: int) -> int:
        return self._rows[row][0]

    def record(self, row: int) -> PengaduanMasuk:
        return self._rows[row][1]

    def row_of(self, row_id: int) -> int:
        return next((i for i, (rid, _p) in enumerate(self._rows) if rid == row_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.headers):
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row_id, p = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(p, column, role == Qt.ItemDataRole.ToolTipRole)
        if role == Qt.ItemDataRole.ForegroundRole and column == COLUMN_STATUS and p.status != "selesai":
            return _OPEN_COLOUR
        if role == Qt.ItemDataRole.UserRole:
            return row_id
        return None

    @staticmethod
    def _text(p: PengaduanMasuk, column: int, tooltip: bool) -> str:
        if column == COLUMN_TANGGAL:
            return day_text(p.tanggal)
        if column == COLUMN_LAYANAN:
            return p.layanan or "-"
        if column == COLUMN_SALURAN:
            return channel_label(p.saluran)
        if column == COLUMN_KOMPONEN:
            return component_text(p.komponen)
        if column == COLUMN_RINGKASAN:
            if tooltip and p.tindak_lanjut:
                return f"{p.ringkasan}\n\nTindak lanjut: {p.tindak_lanjut}"
            return p.ringkasan if tooltip else " ".join(p.ringkasan.split())
        if column == COLUMN_STATUS:
            return STATUS_PENGADUAN.get(p.status, p.status)
        return day_text(p.tanggal_selesai)
