"""Table model of the procedure steps: uraian, pelaksana, duration, fees and output (UI layer)."""

from __future__ import annotations

import re
from typing import Any

from ...domain.enums import SatuanDurasi
from ...domain.formatting.durations import parse_duration
from ...domain.model import Durasi, LangkahProsedur
from .rows_table_model import Column, RowsTableModel

_FREE_WORDS = {"-", "–", "—", "0", "gratis", "nihil", "tidak dipungut biaya", "tidak ada", "rp0", "rp-", "rp -"}
_RUPIAH = re.compile(r"^(?:rp\.?\s*)?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(?:\d{1,2}|-))?$")
_HEADER_WORDS = {"uraian", "uraian langkah", "kegiatan", "pelaksana", "waktu", "keluaran", "output", "no", "no.",
                 "biaya", "mutu baku", "persyaratan/kelengkapan", "kelengkapan", "biaya pemohon", "biaya unit"}


class ProsedurTableModel(RowsTableModel):
    """Rows of :class:`~sp_desktop.domain.model.LangkahProsedur`.

    The duration is one cell typed as "30 menit" or "2 hari kerja"; an empty cell or 0 means no duration
    (None). A pasted line with tabs (a row copied from a Word or Excel table) fills the columns.
    """

    columns = (
        Column("uraian", "Uraian langkah", placeholder="mis. Pemohon menyerahkan berkas di loket"),
        Column("pelaksana", "Pelaksana", width=88, placeholder="mis. Petugas"),
        Column("durasi", "Waktu", kind="duration", choices=tuple((s.value, s.label) for s in SatuanDurasi),
               width=86, placeholder="mis. 30 menit"),
        Column("biaya_pengguna", "Biaya\npemohon", kind="money", width=76),
        Column("biaya_unit", "Biaya\nunit", kind="money", width=76),
        Column("keluaran", "Keluaran", width=92, placeholder="mis. Berkas"),
    )

    def new_item(self) -> LangkahProsedur:
        return LangkahProsedur()

    def item_from_text(self, text: str) -> LangkahProsedur | None:
        if "\t" not in text:
            return LangkahProsedur(uraian=text)
        return _step_from_cells([cell.strip() for cell in text.split("\t")])

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


def _rupiah(cell: str) -> int | None:
    text = " ".join(cell.casefold().split())
    if text in _FREE_WORDS:
        return 0
    match = _RUPIAH.match(text.replace("rp ", "rp"))
    return int(match.group(1).replace(".", "")) if match else None


def _step_from_cells(cells: list[str]) -> LangkahProsedur | None:
    """A step from the cells of one table row, each cell going to the column its content fits.

    The columns of the app's own table come in its order (uraian, pelaksana, waktu, biaya pemohon,
    biaya unit, keluaran); other tables ("No | Kegiatan | Pelaksana | Waktu | Output") are read by
    what each cell holds: a leading row number is dropped, a duration goes to Waktu, amounts to the
    fees in turn, the first texts to Uraian and Pelaksana and the next to Keluaran. A header row
    gives None.
    """
    if all(cell.casefold() in _HEADER_WORDS or not cell for cell in cells):
        return None
    if len(cells) > 1 and re.fullmatch(r"\d{1,3}\.?", cells[0]):
        cells = cells[1:]
    step = LangkahProsedur()
    texts: list[str] = []
    fees: list[int] = []
    for cell in cells:
        if not cell:  # an empty cell keeps the next ones in their columns
            if step.durasi is None and len(texts) < 2:
                texts.append("")
            elif step.durasi is not None and len(fees) < 2:
                fees.append(0)
            continue
        duration = parse_duration(cell) if step.durasi is None else None
        if duration is not None and texts:
            step.durasi = _durasi(Durasi(nilai=duration[0], satuan=duration[1]))
            continue
        amount = _rupiah(cell) if step.durasi is not None or len(texts) >= 2 else None
        if amount is not None and len(fees) < 2:
            fees.append(amount)
            continue
        texts.append(cell)
    step.uraian = texts[0] if texts else ""
    step.pelaksana = texts[1] if len(texts) > 1 else ""
    step.keluaran = " ".join(texts[2:])
    step.biaya_pengguna, step.biaya_unit = (fees + [0, 0])[:2]
    return step
