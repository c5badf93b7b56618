"""Table model of the procedure steps: uraian, pelaksana, duration, fees and output (UI layer)."""

from __future__ import annotations

from typing import Any

from ...domain.enums import SatuanDurasi
from ...domain.model import Durasi, LangkahProsedur
from .rows_table_model import Column, RowsTableModel


class ProsedurTableModel(RowsTableModel):
    """Rows of :class:`~sp_desktop.domain.model.LangkahProsedur`.

    The duration is one cell edited with a number and a unit; a number of 0 means no duration (None).
    """

    columns = (
        Column("uraian", "Uraian langkah", placeholder="mis. Pemohon menyerahkan berkas di loket"),
        Column("pelaksana", "Pelaksana", width=100, placeholder="mis. Petugas"),
        Column("durasi", "Waktu", kind="duration", choices=tuple((s.value, s.label) for s in SatuanDurasi),
               width=86),
        Column("biaya_pengguna", "Biaya pemohon", kind="money", width=96),
        Column("biaya_unit", "Biaya unit", kind="money", width=80),
        Column("keluaran", "Keluaran", width=104, placeholder="mis. Berkas"),
    )

    def new_item(self) -> LangkahProsedur:
        return LangkahProsedur()

    def item_from_text(self, text: str) -> LangkahProsedur:
        return LangkahProsedur(uraian=text)

    def with_value(self, item: LangkahProsedur, column: Column, value: Any) -> LangkahProsedur:
        if column.kind == "duration":
            item.durasi = _durasi(value)
        elif column.kind == "money":
            setattr(item, column.attr, int(value or 0))
        else:
            setattr(item, column.attr, value)
        return item


def _durasi(value: Durasi | None) -> Durasi | None:
    if value is None or not value.nilai or value.nilai <= 0:
        return None
    nilai = float(value.nilai)
    return Durasi(nilai=int(nilai) if nilai.is_integer() else nilai, satuan=value.satuan or SatuanDurasi.MENIT.value)
