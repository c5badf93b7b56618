"""PersyaratanPage: the requirements of a service and when each is handed in (UI layer)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...domain.model import Layanan
from ..generated.ui_persyaratan_page import Ui_PersyaratanPage
from ..models.persyaratan_table_model import PersyaratanTableModel
from .step_page import StepPage


class PersyaratanPage(StepPage):
    """Ordered table of requirements: uraian and tahap (di awal, di akhir, bertahap)."""

    step_key = "persyaratan"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PersyaratanPage()
        self.ui.setupUi(self)
        self.model = PersyaratanTableModel(self)
        self.ui.items_list_widget.set_model(self.model)
        self.model.rows_edited.connect(self._on_model_rows_edited)

    def _fill(self, layanan: Layanan) -> None:
        self.model.set_items(layanan.persyaratan)

    def _on_model_rows_edited(self, key: str | None) -> None:
        self._report({"persyaratan": self.model.items()}, f"persyaratan:{key}" if key else None)
