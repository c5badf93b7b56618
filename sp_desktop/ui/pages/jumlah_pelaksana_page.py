"""JumlahPelaksanaPage: how many people carry out the service, as one text (UI layer)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...domain.model import Layanan
from ..generated.ui_jumlah_pelaksana_page import Ui_JumlahPelaksanaPage
from .step_page import StepPage, set_text


class JumlahPelaksanaPage(StepPage):
    """One free text, e.g. "8 orang (2 petugas loket, 4 operator, 2 verifikator)"."""

    step_key = "jumlah_pelaksana"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_JumlahPelaksanaPage()
        self.ui.setupUi(self)
        self.ui.jumlah_plain_text_edit.textChanged.connect(self._on_jumlah_plain_text_edit_text_changed)

    def _fill(self, layanan: Layanan) -> None:
        set_text(self.ui.jumlah_plain_text_edit, layanan.jumlah_pelaksana)

    def _on_jumlah_plain_text_edit_text_changed(self) -> None:
        self._report({"jumlah_pelaksana": self.ui.jumlah_plain_text_edit.toPlainText()}, "jumlah_pelaksana")
