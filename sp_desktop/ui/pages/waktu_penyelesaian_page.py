"""WaktuPenyelesaianPage: the completion time, derived from the procedure or stated in words (UI layer)."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QWidget

from ...domain.derive import effective_waktu, total_duration_text
from ...domain.model import Layanan
from ..generated.ui_waktu_penyelesaian_page import Ui_WaktuPenyelesaianPage
from .prosedur_page import NO_DURATION
from .step_page import StepPage, set_text


class WaktuPenyelesaianPage(StepPage):
    """Shows the derived total; "Nyatakan dengan kata-kata" stores the typed text instead (None = derived)."""

    step_key = "waktu_penyelesaian"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_WaktuPenyelesaianPage()
        self.ui.setupUi(self)
        self._derived_words = ""
        self.ui.stated_check_box.clicked.connect(self._on_stated_check_box_clicked)
        self.ui.stated_line_edit.textEdited.connect(self._on_stated_line_edit_text_edited)

    def _fill(self, layanan: Layanan) -> None:
        stated = layanan.waktu_penyelesaian
        self.ui.stated_check_box.setChecked(stated is not None)
        self.ui.stated_line_edit.setEnabled(stated is not None)
        if stated is not None:
            set_text(self.ui.stated_line_edit, stated)

    def update_derived(self, layanan: Layanan) -> None:
        self._derived_words = total_duration_text(layanan)  # the documents' own wording of the total
        self.ui.derived_value_label.setText(self._derived_words or NO_DURATION)
        effective = effective_waktu(layanan)
        self.ui.effective_value_label.setText(f"<b>{escape(effective)}</b>" if effective else "—")

    def _on_stated_check_box_clicked(self, checked: bool) -> None:
        self.ui.stated_line_edit.setEnabled(checked)
        if not checked:
            self._report({"waktu_penyelesaian": None})
            return
        if not self.ui.stated_line_edit.text().strip():
            self.ui.stated_line_edit.setText(self._derived_words)
        self._report({"waktu_penyelesaian": self.ui.stated_line_edit.text()})
        self.ui.stated_line_edit.setFocus()

    def _on_stated_line_edit_text_edited(self, text: str) -> None:
        self._report({"waktu_penyelesaian": text}, "waktu_penyelesaian:kata")
