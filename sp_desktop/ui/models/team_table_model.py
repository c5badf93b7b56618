"""Table model of the Tim Penyusun: nama, NIP (grouped), jabatan, peran (ui layer)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from sp_desktop.domain.enums import Peran
from sp_desktop.domain.formatting import group_nip
from sp_desktop.domain.model import Member

_HEADERS = ("Nama", "NIP", "Jabatan", "Peran")
_PERAN_LABELS = {p.value: p.label for p in Peran}
_Index = QModelIndex | QPersistentModelIndex


class TeamTableModel(QAbstractTableModel):
    """Read-only rows of :class:`Member`; refreshed as a whole with :meth:`set_members`."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._members: list[Member] = []

    def set_members(self, members: list[Member]) -> None:
        """Replace the rows."""
        self.beginResetModel()
        self._members = list(members)
        self.endResetModel()

    def member_at(self, row: int) -> Member:
        """The member shown in ``row``."""
        return self._members[row]

    def row_of(self, member_id: int) -> int:
        """The row of the member with ``member_id``, or -1."""
        return next((row for row, m in enumerate(self._members) if m.id == member_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._members)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        member = self._members[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return member.nama
            if column == 1:
                return group_nip(member.nip) if member.nip else "—"
            if column == 2:
                return member.jabatan
            return _PERAN_LABELS.get(member.peran, member.peran)
        if role == Qt.ItemDataRole.FontRole and column == 3 and member.peran == Peran.KETUA.value:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(_HEADERS)
        ):
            return _HEADERS[section]
        return None
