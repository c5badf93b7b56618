"""DasarHukumPage: the ordered legal basis of a service, with quick picks of national rules (UI layer)."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from ...domain.model import Layanan
from ...domain.quick_picks import DASAR_HUKUM_UMUM, missing_quick_picks
from ..generated.ui_dasar_hukum_page import Ui_DasarHukumPage
from ..models.text_list_table_model import TextListTableModel
from .step_page import StepPage


class DasarHukumPage(StepPage):
    """List of regulations; the quick-pick menu offers the common national ones not yet listed."""

    step_key = "dasar_hukum"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_DasarHukumPage()
        self.ui.setupUi(self)
        self.model = TextListTableModel("Peraturan", "mis. Peraturan Daerah Nomor … Tahun … tentang …", self)
        self.ui.items_list_widget.set_model(self.model)
        self.model.rows_edited.connect(self._on_model_rows_edited)
        self.quick_pick_menu = QMenu(self)
        self.quick_pick_actions: list[QAction] = []
        for rule in DASAR_HUKUM_UMUM:
            action = self.quick_pick_menu.addAction(rule)
            action.setData(rule)
            action.triggered.connect(lambda _checked=False, r=rule: self._on_quick_pick_triggered(r))
            self.quick_pick_actions.append(action)
        self.quick_pick_menu.aboutToShow.connect(self._update_quick_picks)
        self.ui.quick_pick_button.setMenu(self.quick_pick_menu)

    def _fill(self, layanan: Layanan) -> None:
        self.model.set_items(layanan.dasar_hukum)
        self._update_quick_picks()

    def _update_quick_picks(self) -> None:
        missing = set(missing_quick_picks(self.model.items()))
        for action in self.quick_pick_actions:
            action.setEnabled(action.data() in missing)
        self.ui.quick_pick_button.setEnabled(bool(missing))

    def _on_quick_pick_triggered(self, rule: str) -> None:
        self.ui.items_list_widget.add_items([rule])

    def _on_model_rows_edited(self, key: str | None) -> None:
        self._update_quick_picks()
        self._report({"dasar_hukum": self.model.items()}, f"dasar_hukum:{key}" if key else None)
