"""JenisPelayananPage: the service's name and its classification (UI layer)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...domain.enums import Klasifikasi
from ...domain.model import Layanan
from ..generated.ui_jenis_pelayanan_page import Ui_JenisPelayananPage
from .step_page import StepPage, set_text


class JenisPelayananPage(StepPage):
    """Name (jenis pelayanan) and klasifikasi: barang, jasa or administratif."""

    step_key = "jenis_pelayanan"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_JenisPelayananPage()
        self.ui.setupUi(self)
        for klasifikasi in Klasifikasi:
            self.ui.klasifikasi_combo_box.addItem(klasifikasi.label, klasifikasi.value)
        self.ui.name_line_edit.textEdited.connect(self._on_name_line_edit_text_edited)
        self.ui.klasifikasi_combo_box.currentIndexChanged.connect(self._on_klasifikasi_combo_box_current_index_changed)

    def _fill(self, layanan: Layanan) -> None:
        set_text(self.ui.name_line_edit, layanan.jenis_pelayanan)
        combo = self.ui.klasifikasi_combo_box
        position = combo.findData(layanan.klasifikasi)
        if position < 0:  # an imported, unknown value stays visible until the team picks one
            combo.addItem(layanan.klasifikasi, layanan.klasifikasi)
            position = combo.count() - 1
        combo.setCurrentIndex(position)

    def _on_name_line_edit_text_edited(self, text: str) -> None:
        self._report({"jenis_pelayanan": text}, "jenis_pelayanan:nama")

    def _on_klasifikasi_combo_box_current_index_changed(self, _index: int) -> None:
        self._report({"klasifikasi": self.ui.klasifikasi_combo_box.currentData()})
