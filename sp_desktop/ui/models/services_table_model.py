"""Table model of the jenis pelayanan list: no, nama, klasifikasi, status, kelengkapan, last review (ui layer).

Rows are :class:`ServiceSummary` values (``session.summaries()``): no component is decoded and no
review is run per row, and the search filters here in Python rather than through a proxy model
that calls back into Python for every row, so a list of thousands of services stays instant.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from sp_desktop.domain.components import KOMPONEN, komponen_label
from sp_desktop.domain.enums import Klasifikasi, StatusLayanan
from sp_desktop.domain.formatting import format_date
from sp_desktop.domain.model import ServiceSummary
from sp_desktop.domain.names import name_key
from sp_desktop.domain.penerapan import REVIEW_PERIOD_DAYS, ReviewState
from sp_desktop.ui.models.id_list_table_model import IdListTableModel, Index

COLUMN_NO, COLUMN_NAME, COLUMN_KLASIFIKASI, COLUMN_STATUS, COLUMN_KELENGKAPAN, COLUMN_TINJAU = range(6)
KLASIFIKASI_LABELS = {k.value: k.label for k in Klasifikasi}
STATUS_LABELS = {s.value: s.label for s in StatusLayanan}
_READY_COLOR = QColor("#1e6b34")
_STALE_COLOR = QColor("#a04000")
STALE_MARK = "⚠"
_TOTAL = len(KOMPONEN)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def completeness_text(filled: int) -> str:
    """What the Kelengkapan column shows, e.g. ``"12/14 komponen"``."""
    return f"{filled}/{_TOTAL} komponen"


def review_text(state: ReviewState | None, today: date) -> tuple[str, str, bool]:
    """What the last-review column shows of a service: ``(text, tooltip, stale)``.

    The text is the date the standard was last adopted or reviewed; one older than a year starts
    with a warning mark and says so, so the mark does not rest on its colour alone.
    """
    last = state.last if state and state.ditetapkan else None
    if last is None:  # never adopted: nothing to review yet
        return "", "", False
    said = format_date(last)
    what = "ditinjau" if state.ditinjau is not None and state.ditinjau >= (state.ditetapkan or last) else "ditetapkan"
    tooltip = f"Ditetapkan/ditinjau: {said} (terakhir {what})"
    if state.stale(today):
        tooltip += (f". Sudah lebih dari {REVIEW_PERIOD_DAYS} hari tanpa reviu: catat reviu berkala di halaman "
                    "Penerapan (PEKPPP menilai reviu standar setiap tahun).")
        return f"{STALE_MARK} {said} · perlu ditinjau", tooltip, True
    return said, tooltip, False


class ServicesTableModel(IdListTableModel):
    """Read-only rows of :class:`ServiceSummary` in project order, narrowed by a search text.

    :meth:`set_services` replaces the whole list, :meth:`set_filter` chooses which of it is shown;
    rows are the shown services, "No" is the place of a service in the whole list.
    """

    headers = ("No", "Jenis pelayanan", "Klasifikasi", "Status", "Kelengkapan", "Ditetapkan/ditinjau")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._all: list[ServiceSummary] = []
        self._positions: dict[int, int] = {}
        self._keys: list[str] | None = None  # name keys of _all, computed on the first search
        self._needle = ""
        self._rows: dict[int, int] = {}
        self._reviews: dict[int, tuple[str, str, bool]] = {}

    def set_services(
        self,
        summaries: list[ServiceSummary],
        reviews: Mapping[int, ReviewState] | None = None,
        today: date | None = None,
    ) -> None:
        """Replace the whole list (in project order); the search text stays applied.

        Args:
            summaries: the services.
            reviews: per service id, when it was last adopted and reviewed (``session.review_states``);
                the texts are worked out here, once per reload, not at every paint.
            today: the day the age is counted to (today when None).
        """
        self._all = list(summaries)
        today = today or date.today()
        self._reviews = {}
        for service_id, state in (reviews or {}).items():
            shown = review_text(state, today)
            if shown[0]:
                self._reviews[service_id] = shown
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
            if column == COLUMN_TINJAU:
                return self._reviews.get(service.id, ("", "Belum ditetapkan", False))[1]
            return self._display(row, column, service)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COLUMN_NO, COLUMN_KELENGKAPAN):
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and column == COLUMN_STATUS:
            return _READY_COLOR if StatusLayanan.past_draft(service.status) else None
        if role == Qt.ItemDataRole.ForegroundRole and column == COLUMN_TINJAU:
            return _STALE_COLOR if self.is_stale(service.id) else None
        if role == Qt.ItemDataRole.UserRole:
            return service.id
        return None

    def is_stale(self, service_id: int) -> bool:
        """Whether the service's adopted standard is over a year without adoption or review."""
        return self._reviews.get(service_id, ("", "", False))[2]

    def _display(self, row: int, column: int, service: ServiceSummary) -> str:
        if column == COLUMN_NAME:
            return service.jenis_pelayanan
        if column == COLUMN_NO:
            return str(self._positions[service.id] + 1)
        if column == COLUMN_KLASIFIKASI:
            return KLASIFIKASI_LABELS.get(service.klasifikasi, service.klasifikasi)
        if column == COLUMN_STATUS:
            return STATUS_LABELS.get(service.status, service.status)
        if column == COLUMN_TINJAU:
            return self._reviews.get(service.id, ("", "", False))[0]
        return completeness_text(_TOTAL - len(service.missing))
