"""Table model of the Tim Penyusun: nama, NIP (grouped), jabatan, peran (ui layer)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from sp_desktop.domain.enums import Peran
from sp_desktop.domain.formatting import group_nip
from sp_desktop.domain.model import Member
from sp_desktop.ui.models.id_list_table_model import IdListTableModel, Index

_PERAN_LABELS = {p.value: p.label for p in Peran}


class TeamTableModel(IdListTableModel):
    """Read-only rows of :class:`Member`; refreshed as a whole with :meth:`set_members`."""

    headers = ("Nama", "NIP", "Jabatan", "Peran")

    def set_members(self, members: list[Member]) -> None:
        """Replace the rows."""
        self._reset(members)

    def member_at(self, row: int) -> Member:
        """The member shown in ``row``."""
        return self.item_at(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        member = self._items[index.row()]
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
