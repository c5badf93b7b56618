"""Table model of the penerapan activities: tanggal, jenis, sasaran, media, layanan (ui layer)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from sp_desktop.domain.formatting import format_date
from sp_desktop.domain.penerapan import JenisKegiatan, Kegiatan
from sp_desktop.ui.models.id_list_table_model import IdListTableModel, Index

COLUMN_TANGGAL, COLUMN_JENIS, COLUMN_SASARAN, COLUMN_MEDIA, COLUMN_LAYANAN = range(5)
JENIS_LABELS = {j.value: j.label for j in JenisKegiatan}
ALL_SERVICES = "Semua jenis pelayanan"


def services_text(k: Kegiatan) -> str:
    """The services an activity covers, as the table shows them."""
    return ", ".join(k.layanan) if k.layanan else ALL_SERVICES


def date_text(k: Kegiatan) -> str:
    when = k.date()
    return format_date(when) if when else k.tanggal


class PenerapanTableModel(IdListTableModel):
    """Read-only rows of :class:`Kegiatan`, newest first (ties keep the order they were recorded in)."""

    headers = ("Tanggal", "Jenis", "Sasaran", "Media", "Jenis pelayanan")

    def set_activities(self, activities: list[Kegiatan]) -> None:
        """Replace the rows; they are shown newest first."""
        order = sorted(enumerate(activities), key=lambda pair: (pair[1].tanggal, pair[0]), reverse=True)
        self._reset([k for _i, k in order])

    def kegiatan_at(self, row: int) -> Kegiatan:
        return self.item_at(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        k: Kegiatan = self._items[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == COLUMN_TANGGAL:
                return date_text(k)
            if column == COLUMN_JENIS:
                return JENIS_LABELS.get(k.jenis, k.jenis)
            if column == COLUMN_SASARAN:
                return k.sasaran
            if column == COLUMN_MEDIA:
                return k.media
            return services_text(k)
        if role == Qt.ItemDataRole.UserRole:
            return k.id
        return None
