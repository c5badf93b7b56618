"""Table model of a service's requirements: uraian and when each is handed in (UI layer)."""

from __future__ import annotations

from ...domain.enums import Tahap
from ...domain.model import Persyaratan
from .rows_table_model import Column, RowsTableModel


class PersyaratanTableModel(RowsTableModel):
    """Rows of :class:`~sp_desktop.domain.model.Persyaratan`."""

    columns = (
        Column("uraian", "Persyaratan", placeholder="mis. Fotokopi Kartu Keluarga"),
        Column("tahap", "Diserahkan", kind="choice", choices=tuple((t.value, t.label) for t in Tahap), width=130),
    )

    def new_item(self) -> Persyaratan:
        return Persyaratan(uraian="", tahap=Tahap.AWAL.value)

    def item_from_text(self, text: str) -> Persyaratan:
        return Persyaratan(uraian=text, tahap=Tahap.AWAL.value)
