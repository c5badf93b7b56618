"""DasarHukumPage: the ordered legal basis of a service, with quick picks of national rules (UI layer)."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from ...domain.hierarchy import RANK_LABELS, first_order_problem, rank_of, sorted_by_hierarchy
from ...domain.model import Layanan
from ...domain.quick_picks import QUICK_PICK_GROUPS, missing_quick_picks
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
        self.quick_pick_actions: list[QAction] = []  # in DASAR_HUKUM_UMUM order
        self.quick_pick_submenus: list[QMenu] = []
        for group in QUICK_PICK_GROUPS:  # one submenu per field
            submenu = self.quick_pick_menu.addMenu(group.bidang)
            self.quick_pick_submenus.append(submenu)
            for rule in group.rules:
                action = submenu.addAction(rule)
                action.setData(rule)
                action.triggered.connect(lambda _checked=False, r=rule: self._on_quick_pick_triggered(r))
                self.quick_pick_actions.append(action)
        self.quick_pick_menu.aboutToShow.connect(self._update_quick_picks)
        self.ui.quick_pick_button.setMenu(self.quick_pick_menu)
        self.ui.sort_button.clicked.connect(self._on_sort_button_clicked)

    def _fill(self, layanan: Layanan) -> None:
        self.model.set_items(layanan.dasar_hukum)
        self._update_quick_picks()
        self._update_order()

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self._update_quick_picks()
        self._update_order()

    def _update_order(self) -> None:
        # The step asks for the list "dari yang tertinggi"; say where it is not, and offer to sort.
        lines = self.model.items()
        problem = first_order_problem(lines)
        self.ui.sort_button.setEnabled(problem is not None and not self.read_only)
        self.ui.order_label.setVisible(problem is not None)
        if problem is not None:
            self.ui.order_label.setText(
                f"Belum urut dari yang tertinggi: nomor {problem.line + 1} "
                f"({RANK_LABELS[rank_of(lines[problem.line])]}) semestinya di atas nomor {problem.above + 1} "
                f"({RANK_LABELS[rank_of(lines[problem.above])]})."
            )

    def _on_sort_button_clicked(self) -> None:
        lines = self.model.items()
        ordered = sorted_by_hierarchy(lines)
        if self.read_only or ordered == lines:
            return
        self.model.set_items(ordered)
        self._on_model_rows_edited(None)

    def _update_quick_picks(self) -> None:
        missing = set() if self.read_only else set(missing_quick_picks(self.model.items()))
        for action in self.quick_pick_actions:
            action.setEnabled(action.data() in missing)
        for submenu in self.quick_pick_submenus:
            submenu.setEnabled(any(action.isEnabled() for action in submenu.actions()))
        self.ui.quick_pick_button.setEnabled(bool(missing))

    def _on_quick_pick_triggered(self, rule: str) -> None:
        if self.read_only:
            return
        lines = self.model.items()
        if first_order_problem(lines) is None:  # keep an ordered list ordered: the rule goes to its rank
            row = sum(1 for line in lines if rank_of(line) <= rank_of(rule))
            self.model.insert_items(row, [rule])
            self.ui.items_list_widget.select_row(row)
        else:
            self.ui.items_list_widget.add_items([rule])

    def _on_model_rows_edited(self, key: str | None) -> None:
        self._update_quick_picks()
        self._update_order()
        self._report({"dasar_hukum": self.model.items()}, f"dasar_hukum:{key}" if key else None)
