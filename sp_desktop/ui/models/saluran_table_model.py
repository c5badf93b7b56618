"""Table model of the complaint channels: kind and address (UI layer)."""

from __future__ import annotations

from ...domain.enums import JenisSaluran
from ...domain.model import SaluranPengaduan
from .rows_table_model import Column, RowsTableModel


class SaluranTableModel(RowsTableModel):
    """Rows of :class:`~sp_desktop.domain.model.SaluranPengaduan`."""

    columns = (
        Column("jenis", "Saluran", kind="choice", choices=tuple((j.value, j.label) for j in JenisSaluran), width=170),
        Column("alamat", "Alamat / nomor / letak", placeholder="mis. (0548) 123456 atau Ruang tunggu lantai 1"),
    )

    def new_item(self) -> SaluranPengaduan:
        return SaluranPengaduan(jenis=JenisSaluran.TELEPON.value, alamat="")

    def item_from_text(self, text: str) -> SaluranPengaduan:
        return SaluranPengaduan(jenis=JenisSaluran.LAINNYA.value, alamat=text)
