"""ProsedurPage: the procedure steps and their running totals of time and cost (UI layer)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from ...domain.derive import total_duration_text, total_unit_cost, total_user_fee
from ...domain.formatting import format_fee, format_rupiah_words
from ...domain.model import Layanan
from ..generated.ui_prosedur_page import Ui_ProsedurPage
from ..models.prosedur_table_model import ProsedurTableModel
from .step_page import StepPage

NO_DURATION = "— belum ada langkah yang diberi lama waktu"
NARROWEST = {"pelaksana": 64, "durasi": 80, "biaya_pengguna": 64, "biaya_unit": 64, "keluaran": 64}
"""How far the columns beside the uraian may shrink (their text wraps) before the table scrolls sideways."""
URAIAN_MIN_WIDTH = 170


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
        # Installed after the list widget's own filter, so it runs first: the narrow columns are fitted
        # before the list gives the uraian column what is left.
        view = self.ui.steps_list_widget.view
        view.viewport().installEventFilter(self)
        # The row numbers' header grows with the rows and narrows the viewport, not always with a
        # resize event the filter sees: fit again once the layout has settled.
        view.verticalHeader().geometriesChanged.connect(lambda: QTimer.singleShot(0, self, self._fit_columns))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        viewport = self.ui.steps_list_widget.view.viewport()
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show) and watched is viewport:
            self._fit_columns()
        return False

    def _fit_columns(self) -> None:
        # With the guidance open on an office laptop the table is narrow: the columns beside the
        # uraian give up width together (their text wraps) so that "Keluaran" stays in view.
        view = self.ui.steps_list_widget.view
        width = view.viewport().width()
        columns = [(i, c) for i, c in enumerate(self.model.columns) if c.width is not None]
        nominal = sum(c.width for _i, c in columns)
        slack = sum(c.width - NARROWEST.get(c.attr, c.width) for _i, c in columns)
        deficit = URAIAN_MIN_WIDTH + nominal + 2 - width
        share = min(1.0, max(0.0, deficit / slack)) if slack else 0.0
        for section, column in columns:
            narrowest = NARROWEST.get(column.attr, column.width)
            view.setColumnWidth(section, round(column.width - (column.width - narrowest) * share))
        fixed = sum(view.columnWidth(i) for i, _c in columns)
        view.setColumnWidth(0, max(URAIAN_MIN_WIDTH, width - fixed - 2))

    def _fill(self, layanan: Layanan) -> None:
        self.model.set_items(layanan.prosedur)

    def update_derived(self, layanan: Layanan) -> None:
        # The same words the documents print under "Waktu Pelayanan", so the team reads one style.
        self.ui.total_time_value_label.setText(total_duration_text(layanan) or NO_DURATION)
        self.ui.total_fee_value_label.setText(format_fee(total_user_fee(layanan)))
        self.ui.total_unit_cost_value_label.setText(format_rupiah_words(total_unit_cost(layanan)))

    def _on_model_rows_edited(self, key: str | None) -> None:
        self._report({"prosedur": self.model.items()}, f"prosedur:{key}" if key else None)
