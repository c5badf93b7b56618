"""Table model of a discussion's inputs: service, component, input, follow-up, agreed, applied (ui layer)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ...domain.components import KOMPONEN
from ...domain.pembahasan import Masukan
from .peserta_table_model import CheckColumnsMixin
from .rows_table_model import Column, RowsTableModel

_KOMPONEN_CHOICES = tuple((k.key, k.label) for k in KOMPONEN)


class MasukanTableModel(CheckColumnsMixin, RowsTableModel):
    """Rows of :class:`~sp_desktop.domain.pembahasan.Masukan`; the services offered are the agenda's.

    Call :meth:`set_services` with the names a new row may pick (the agenda, or every service).
    """

    check_attrs = ("disepakati",)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.checks_enabled = True
        self.set_services([])

    def set_services(self, names: list[str]) -> None:
        """Offer ``names`` in the Layanan column (a stored name not among them is still shown)."""
        self.columns = (
            Column("layanan", "Layanan", kind="choice", choices=tuple((n, n) for n in names), width=160,
                   placeholder="pilih layanan"),
            Column("komponen", "Komponen", kind="choice", choices=_KOMPONEN_CHOICES, width=150),
            Column("masukan", "Masukan", placeholder="apa yang diusulkan peserta"),
            Column("tindak_lanjut", "Tindak lanjut", placeholder="mis. Disetujui; persyaratan diubah"),
            Column("disepakati", "Disepakati", width=76),
            Column("diterapkan", "Diterapkan", width=84),
        )
        self._default_service = names[0] if len(names) == 1 else ""

    def new_item(self) -> Masukan:
        return Masukan(layanan=self._default_service)

    def item_from_text(self, text: str) -> Masukan | None:
        return Masukan(layanan=self._default_service, masukan=text.strip()) if text.strip() else None

    def is_editable(self, item: Masukan, column: Column) -> bool:
        return column.attr != "diterapkan"

    def display_text(self, column: Column, value: Any) -> str:
        if column.attr == "diterapkan":
            try:
                return datetime.fromisoformat(value).strftime("%d-%m-%Y") if value else "belum"
            except ValueError:
                return str(value)
        return super().display_text(column, value)
