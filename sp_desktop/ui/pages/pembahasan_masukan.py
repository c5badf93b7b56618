"""The "Masukan" tab: each input against a service and component, its follow-up and agreement (ui layer)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from sp_desktop.domain.pembahasan import Pembahasan
from sp_desktop.ui.generated.ui_pembahasan_masukan import Ui_PembahasanMasukan
from sp_desktop.ui.models.masukan_table_model import MasukanTableModel
from sp_desktop.ui.pages.pembahasan_tab import DiscussionTab


class MasukanTab(DiscussionTab):
    """The inputs' table; "Terapkan ke standar…" asks the page to apply the selected agreed input.

    Signals:
        apply_requested(int): the row of the input to apply.
    """

    apply_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PembahasanMasukan()
        self.ui.setupUi(self)
        self._all_names: list[str] = []
        self.model = MasukanTableModel(self)
        self.ui.masukan_list_widget.set_model(self.model)
        self.ui.masukan_list_widget.view.setAccessibleName("Daftar masukan")
        self.model.rows_edited.connect(self._on_model_rows_edited)
        self.ui.masukan_list_widget.view.selectionModel().currentRowChanged.connect(self._update_apply)
        self.model.modelReset.connect(self._update_apply)
        self.ui.apply_push_button.clicked.connect(self._on_apply_push_button_clicked)

    def set_services(self, names: list[str]) -> None:
        """Every service of the project (offered when the agenda is empty)."""
        self._all_names = list(names)
        self.offer_services()

    def offer_services(self) -> None:
        """Offer the agenda's services (every service while the agenda is empty) in the Layanan column."""
        self.model.beginResetModel()
        self.model.set_services(self.discussion.layanan or self._all_names)
        self.model.endResetModel()

    def _fill(self, p: Pembahasan) -> None:
        self.model.set_services(p.layanan or self._all_names)
        self.model.set_items(p.masukan)
        self._update_apply()

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.model.checks_enabled = not read_only
        self.ui.masukan_list_widget.set_read_only(read_only)
        self._update_apply()

    def current_row(self) -> int:
        return self.ui.masukan_list_widget.current_row()

    def _update_apply(self, *_args) -> None:
        row = self.current_row()
        items = self.discussion.masukan
        m = items[row] if 0 <= row < len(items) else None
        hint = ""
        if m is not None and not m.disepakati:
            hint = "Hanya masukan yang disepakati yang dapat diterapkan."
        elif m is not None and m.diterapkan:
            hint = "Masukan ini sudah pernah diterapkan; dapat diterapkan lagi bila perlu."
        self.ui.apply_push_button.setEnabled(not self.read_only and m is not None and m.disepakati and bool(m.layanan))
        self.ui.apply_hint_label.setText(hint)

    def _on_model_rows_edited(self, _key: object) -> None:
        self.discussion.masukan = self.model.items()
        self._update_apply()
        self._report()

    def _on_apply_push_button_clicked(self) -> None:
        row = self.current_row()
        if row >= 0:
            self.apply_requested.emit(row)
