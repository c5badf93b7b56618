"""Table model of the jenis pelayanan list: no, nama, klasifikasi, status, kelengkapan (ui layer)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from sp_desktop.domain.checks import BLOKIR, check_layanan
from sp_desktop.domain.components import KOMPONEN, komponen_label
from sp_desktop.domain.enums import Klasifikasi, StatusLayanan
from sp_desktop.domain.model import Layanan

COLUMN_NO, COLUMN_NAME, COLUMN_KLASIFIKASI, COLUMN_STATUS, COLUMN_KELENGKAPAN = range(5)
_HEADERS = ("No", "Jenis pelayanan", "Klasifikasi", "Status", "Kelengkapan")
_KLASIFIKASI_LABELS = {k.value: k.label for k in Klasifikasi}
_STATUS_LABELS = {s.value: s.label for s in StatusLayanan}
_READY_COLOR = QColor("#1e6b34")
_Index = QModelIndex | QPersistentModelIndex


def missing_components(layanan: Layanan) -> list[str]:
    """Keys of the fourteen components that the review still blocks on (empty or invalid)."""
    blocked = {f.komponen for f in check_layanan(layanan) if f.tingkat == BLOKIR}
    return [k.key for k in KOMPONEN if k.key in blocked]


class ServicesTableModel(QAbstractTableModel):
    """Read-only rows of :class:`Layanan` in project order; refreshed with :meth:`set_services`."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._services: list[Layanan] = []
        self._missing: list[list[str]] = []

    def set_services(self, services: list[Layanan]) -> None:
        """Replace the rows (the list is in project order)."""
        self.beginResetModel()
        self._services = list(services)
        self._missing = [missing_components(s) for s in self._services]
        self.endResetModel()

    def service_at(self, row: int) -> Layanan:
        """The service shown in ``row``."""
        return self._services[row]

    def row_of(self, service_id: int) -> int:
        """The row of the service with ``service_id``, or -1."""
        return next((row for row, s in enumerate(self._services) if s.id == service_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._services)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        service = self._services[row]
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

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(_HEADERS)
        ):
            return _HEADERS[section]
        return None
