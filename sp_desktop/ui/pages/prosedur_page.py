"""ProsedurPage: the procedure steps and their running totals of time and cost (UI layer)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...domain.derive import step_durations, total_unit_cost, total_user_fee
from ...domain.formatting import format_duration_total, format_fee, format_rupiah_words
from ...domain.model import Layanan
from ..generated.ui_prosedur_page import Ui_ProsedurPage
from ..models.prosedur_table_model import ProsedurTableModel
from .step_page import StepPage

NO_DURATION = "— belum ada langkah yang diberi lama waktu"


class ProsedurPage(StepPage):
    """Table of procedure steps; below it the total time and fees, updated as the team types."""

    step_key = "prosedur"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ProsedurPage()
        self.ui.setupUi(self)
        self.model = ProsedurTableModel(self)
        self.ui.steps_list_widget.set_model(self.model)
        self.model.rows_edited.connect(self._on_model_rows_edited)

    def _fill(self, layanan: Layanan) -> None:
        self.model.set_items(layanan.prosedur)

    def update_derived(self, layanan: Layanan) -> None:
        durations = step_durations(layanan)
        self.ui.total_time_value_label.setText(format_duration_total(durations, words=True) or NO_DURATION)
        self.ui.total_fee_value_label.setText(format_fee(total_user_fee(layanan)))
        self.ui.total_unit_cost_value_label.setText(format_rupiah_words(total_unit_cost(layanan)))

    def _on_model_rows_edited(self, key: str | None) -> None:
        self._report({"prosedur": self.model.items()}, f"prosedur:{key}" if key else None)
