"""PenetapanTableModel: each service, its status and what its next step still lacks (ui layer).

A read-only model over ``session.next_steps()``: one tuple per row, no widget per row, so the
Penetapan page stays quick with 2,000 services.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from sp_desktop.domain import penetapan as gate
from sp_desktop.domain.model import ServiceSummary

HEADERS = ("No.", "Jenis pelayanan", "Status", "Langkah berikutnya")
COLUMN_NAME, COLUMN_STATUS, COLUMN_NEXT = 1, 2, 3
ROLE_ID = Qt.ItemDataRole.UserRole + 1
"""Role whose data is the service id of a row."""

_Index = QModelIndex | QPersistentModelIndex


def next_step_text(status: str, gaps: list[str]) -> str:
    """The cell text: what is missing, or which move is open."""
    if gaps:
        return " ".join(gaps)
    if status == gate.DITETAPKAN:
        return "Sudah ditetapkan."
    if status == gate.SIAP_DITETAPKAN:
        return "Menunggu pencatatan keputusan penetapan."
    target = gate.NEXT.get(status)
    return f"Dapat dijadikan \u201c{gate.label(target)}\u201d." if target else ""


class PenetapanTableModel(QAbstractTableModel):
    """Rows of ``(ServiceSummary, gaps)``; the page reloads them after each change."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[tuple[int, str, str, str, str]] = []  # id, number, name, status label, next step
        self._row_of: dict[int, int] = {}

    def set_rows(self, rows: list[tuple[ServiceSummary, list[str]]]) -> None:
        """Replace every row (``session.next_steps()``)."""
        self.beginResetModel()
        self._rows = [(s.id, str(n), s.jenis_pelayanan, gate.label(s.status), next_step_text(s.status, gaps))
                      for n, (s, gaps) in enumerate(rows, start=1)]
        self._row_of = {item[0]: r for r, item in enumerate(self._rows)}
        self.endResetModel()

    def service_id(self, row: int) -> int:
        return self._rows[row][0]

    def row_of(self, service_id: int) -> int:
        """The row showing ``service_id``, or -1."""
        return self._row_of.get(service_id, -1)

    # -- Qt ----------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row[index.column() + 1]
        if role == ROLE_ID:
            return row[0]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 4:
            return HEADERS[section]
        return None
