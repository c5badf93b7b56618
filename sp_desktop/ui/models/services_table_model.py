"""Table model of the jenis pelayanan list: no, nama, klasifikasi, status, kelengkapan (ui layer).

Rows are :class:`ServiceSummary` values (``session.summaries()``): no component is decoded and no
review is run per row, and the search filters here in Python rather than through a proxy model
that calls back into Python for every row, so a list of thousands of services stays instant.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from sp_desktop.domain.components import KOMPONEN, komponen_label
from sp_desktop.domain.enums import Klasifikasi, StatusLayanan
from sp_desktop.domain.model import ServiceSummary
from sp_desktop.domain.names import name_key
from sp_desktop.ui.models.id_list_table_model import IdListTableModel, Index

COLUMN_NO, COLUMN_NAME, COLUMN_KLASIFIKASI, COLUMN_STATUS, COLUMN_KELENGKAPAN = range(5)
KLASIFIKASI_LABELS = {k.value: k.label for k in Klasifikasi}
STATUS_LABELS = {s.value: s.label for s in StatusLayanan}
_READY_COLOR = QColor("#1e6b34")
_TOTAL = len(KOMPONEN)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def completeness_text(filled: int) -> str:
    """What the Kelengkapan column shows, e.g. ``"12/14 komponen"``."""
    return f"{filled}/{_TOTAL} komponen"


class ServicesTableModel(IdListTableModel):
    """Read-only rows of :class:`ServiceSummary` in project order, narrowed by a search text.

    :meth:`set_services` replaces the whole list, :meth:`set_filter` chooses which of it is shown;
    rows are the shown services, "No" is the place of a service in the whole list.
    """

    headers = ("No", "Jenis pelayanan", "Klasifikasi", "Status", "Kelengkapan")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._all: list[ServiceSummary] = []
        self._positions: dict[int, int] = {}
        self._keys: list[str] | None = None  # name keys of _all, computed on the first search
        self._needle = ""
        self._rows: dict[int, int] = {}

    def set_services(self, summaries: list[ServiceSummary]) -> None:
        """Replace the whole list (in project order); the search text stays applied."""
        self._all = list(summaries)
        self._positions = {s.id: position for position, s in enumerate(self._all)}
        self._keys = None
        self._reset(self._matching())

    def set_filter(self, text: str) -> None:
        """Show only the services whose name contains ``text`` (case and spacing ignored, as on import)."""
        needle = name_key(text)
        if needle != self._needle:
            self._needle = needle
            self._reset(self._matching())

    def _matching(self) -> list[ServiceSummary]:
        if not self._needle:
            return self._all
        if self._keys is None:
            self._keys = [name_key(s.jenis_pelayanan) for s in self._all]
        needle = self._needle
        return [s for s, key in zip(self._all, self._keys) if needle in key]

    def _on_reset(self) -> None:
        self._rows = {s.id: row for row, s in enumerate(self._items)}

    def service_at(self, row: int) -> ServiceSummary:
        """The service shown in ``row``."""
        return self.item_at(row)

    def row_of(self, item_id: int) -> int:
        """The row showing the service with ``item_id``, or -1 (not in the list, or filtered out)."""
        return self._rows.get(item_id, -1)

    def position_of(self, item_id: int) -> int:
        """The place (0-based) of the service with ``item_id`` in the whole list, or -1."""
        return self._positions.get(item_id, -1)

    def total_count(self) -> int:
        """How many services the project has, shown or not."""
        return len(self._all)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        service = self._items[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column, service)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COLUMN_KELENGKAPAN and service.missing:
                names = ", ".join(komponen_label(k) for k in service.missing)
                return f"Belum lengkap: {names}"
            return self._display(row, column, service)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COLUMN_NO, COLUMN_KELENGKAPAN):
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and column == COLUMN_STATUS:
            return _READY_COLOR if StatusLayanan.past_draft(service.status) else None
        if role == Qt.ItemDataRole.UserRole:
            return service.id
        return None

    def _display(self, row: int, column: int, service: ServiceSummary) -> str:
        if column == COLUMN_NAME:
            return service.jenis_pelayanan
        if column == COLUMN_NO:
            return str(self._positions[service.id] + 1)
        if column == COLUMN_KLASIFIKASI:
            return KLASIFIKASI_LABELS.get(service.klasifikasi, service.klasifikasi)
        if column == COLUMN_STATUS:
            return STATUS_LABELS.get(service.status, service.status)
        return completeness_text(_TOTAL - len(service.missing))
