"""Table model of a plain list of texts: dasar hukum, produk and the internal components (UI layer)."""

from __future__ import annotations

from typing import Any

from .rows_table_model import Column, RowsTableModel


class TextListTableModel(RowsTableModel):
    """One column of text, one row per list item.

    Args:
        header: the column title, e.g. "Peraturan".
        placeholder: the hint shown in an empty cell.
        parent: the Qt parent.
    """

    def __init__(self, header: str = "Uraian", placeholder: str = "", parent=None):
        super().__init__(parent)
        self.columns = (Column("", header, placeholder=placeholder),)

    def new_item(self) -> str:
        return ""

    def item_from_text(self, text: str) -> str:
        return text

    def value(self, item: str, column: Column) -> str:
        return item

    def with_value(self, item: str, column: Column, value: Any) -> str:
        return str(value)
