"""Table model of the jenis pelayanan list: no, nama, klasifikasi, status, kelengkapan (ui layer)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from sp_desktop.domain.components import KOMPONEN, komponen_label
from sp_desktop.domain.enums import Klasifikasi, StatusLayanan
from sp_desktop.domain.identification import missing_components
from sp_desktop.domain.model import Layanan
from sp_desktop.ui.models.id_list_table_model import IdListTableModel, Index

COLUMN_NO, COLUMN_NAME, COLUMN_KLASIFIKASI, COLUMN_STATUS, COLUMN_KELENGKAPAN = range(5)
_KLASIFIKASI_LABELS = {k.value: k.label for k in Klasifikasi}
_STATUS_LABELS = {s.value: s.label for s in StatusLayanan}
_READY_COLOR = QColor("#1e6b34")


class ServicesTableModel(IdListTableModel):
    """Read-only rows of :class:`Layanan` in project order; refreshed with :meth:`set_services`."""

    headers = ("No", "Jenis pelayanan", "Klasifikasi", "Status", "Kelengkapan")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._missing: list[list[str]] = []

    def set_services(self, services: list[Layanan]) -> None:
        """Replace the rows (the list is in project order)."""
        self._reset(services)

    def _on_reset(self) -> None:
        self._missing = [missing_components(s) for s in self._items]

    def service_at(self, row: int) -> Layanan:
        """The service shown in ``row``."""
        return self.item_at(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        service = self._items[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column, service)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COLUMN_KELENGKAPAN and self._missing[row]:
                names = ", ".join(komponen_label(k) for k in self._missing[row])
                return f"Belum lengkap: {names}"
            return self._display(row, column, service)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COLUMN_NO, COLUMN_KELENGKAPAN):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == COLUMN_STATUS:
            return _READY_COLOR if service.status == StatusLayanan.SIAP_DIBAHAS.value else None
        if role == Qt.ItemDataRole.UserRole:
            return service.id
        return None

    def _display(self, row: int, column: int, service: Layanan) -> str:
        if column == COLUMN_NO:
            return str(row + 1)
        if column == COLUMN_NAME:
            return service.jenis_pelayanan
        if column == COLUMN_KLASIFIKASI:
            return _KLASIFIKASI_LABELS.get(service.klasifikasi, service.klasifikasi)
        if column == COLUMN_STATUS:
            return _STATUS_LABELS.get(service.status, service.status)
        filled = len(KOMPONEN) - len(self._missing[row])
        return f"{filled}/{len(KOMPONEN)} komponen"
