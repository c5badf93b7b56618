"""ProdukPage: the products of a service, suggesting the last procedure step's output (UI layer)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...domain.identification import suggested_product
from ...domain.model import Layanan
from ..generated.ui_produk_page import Ui_ProdukPage
from ..models.text_list_table_model import TextListTableModel
from .step_page import StepPage


class ProdukPage(StepPage):
    """List of products; while it is empty, a button offers the last procedure step's keluaran."""

    step_key = "produk"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ProdukPage()
        self.ui.setupUi(self)
        self.model = TextListTableModel("Produk pelayanan", "mis. Kutipan Akta Kelahiran", self)
        self.ui.items_list_widget.set_model(self.model)
        self.model.rows_edited.connect(self._on_model_rows_edited)
        self.ui.suggestion_button.clicked.connect(self._on_suggestion_button_clicked)
        self._suggestion: str | None = None
        self.ui.suggestion_button.hide()

    def _fill(self, layanan: Layanan) -> None:
        self.model.set_items(layanan.produk)

    def update_derived(self, layanan: Layanan) -> None:
        self._suggestion = suggested_product(layanan)
        button = self.ui.suggestion_button
        button.setVisible(self._suggestion is not None)
        if self._suggestion is not None:
            shown = self._suggestion if len(self._suggestion) <= 70 else self._suggestion[:67] + "…"
            button.setText(f"Gunakan keluaran langkah terakhir: {shown}")

    def _on_suggestion_button_clicked(self) -> None:
        if self._suggestion is not None:
            self.ui.items_list_widget.add_items([self._suggestion])

    def _on_model_rows_edited(self, key: str | None) -> None:
        self._report({"produk": self.model.items()}, f"produk:{key}" if key else None)
