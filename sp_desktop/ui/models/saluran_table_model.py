"""Table model of the complaint channels: kind (or the channel's own name) and address (UI layer)."""

from __future__ import annotations

from typing import Any

from ...domain.enums import JenisSaluran
from ...domain.model import SaluranPengaduan
from .rows_table_model import Column, RowsTableModel

_LAINNYA = JenisSaluran.LAINNYA.value


class SaluranTableModel(RowsTableModel):
    """Rows of :class:`~sp_desktop.domain.model.SaluranPengaduan`.

    The "Saluran" cell is picked from the list or typed: a typed name of a known channel
    ("SP4N-LAPOR!", "laman") becomes that channel, any other name a ``lainnya`` channel of that
    name, so nothing typed is ever swapped for another channel.
    """

    columns = (
        Column("jenis", "Saluran", kind="choice", choices=tuple((j.value, j.label) for j in JenisSaluran), width=190,
               placeholder="pilih atau tulis nama saluran", free_text=True),
        Column("alamat", "Alamat / nomor / letak", placeholder="mis. (0548) 123456 atau Ruang tunggu lantai 1"),
    )

    def new_item(self) -> SaluranPengaduan:
        return SaluranPengaduan(jenis=JenisSaluran.TELEPON.value, alamat="")

    def item_from_text(self, text: str) -> SaluranPengaduan | None:
        # "SP4N-LAPOR!: lapor.go.id" or "Telepon\t(0548) 123456": a known channel before the address.
        for separator in ("\t", ":"):
            name, found, address = text.partition(separator)
            if found and name.strip() and "/" not in name and not address.startswith("//"):
                return self._channel(name, address.strip())
        jenis = JenisSaluran.from_text(text)
        if jenis is not None:
            return SaluranPengaduan(jenis=jenis.value, alamat="")
        return SaluranPengaduan(jenis=_LAINNYA, alamat=text.strip())

    @staticmethod
    def _channel(name: str, alamat: str) -> SaluranPengaduan:
        jenis = JenisSaluran.from_text(name)
        if jenis is None:
            return SaluranPengaduan(jenis=_LAINNYA, alamat=alamat, nama=name.strip())
        return SaluranPengaduan(jenis=jenis.value, alamat=alamat)

    def value(self, item: SaluranPengaduan, column: Column) -> Any:
        if column.attr == "jenis" and item.jenis == _LAINNYA and item.nama.strip():
            return item.nama  # the channel's own name stands in the cell
        return super().value(item, column)

    def with_value(self, item: SaluranPengaduan, column: Column, value: Any) -> SaluranPengaduan:
        if column.attr != "jenis":
            return super().with_value(item, column, value)
        if value in JenisSaluran.values():
            item.jenis = value
            if value != _LAINNYA:
                item.nama = ""
            return item
        channel = self._channel(str(value), item.alamat)
        item.jenis, item.nama = channel.jenis, channel.nama
        return item
