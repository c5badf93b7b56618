"""TextListPage: one page class for the six internal components that are lists of text (UI layer).

Sarana dan prasarana, kompetensi, pengawasan internal, jaminan pelayanan, jaminan keamanan and
evaluasi kinerja differ only in their wording, so they share this page and its list widget.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from ...domain.model import Layanan
from ..generated.ui_text_list_page import Ui_TextListPage
from ..models.text_list_table_model import TextListTableModel
from .step_page import StepPage


@dataclass(frozen=True)
class _Wording:
    hint: str
    header: str
    placeholder: str


WORDING: dict[str, _Wording] = {
    "sarana_prasarana": _Wording(
        "Peralatan dan fasilitas yang dipakai untuk layanan ini, termasuk fasilitas bagi kelompok rentan "
        "(penyandang disabilitas, lanjut usia, ibu hamil, anak-anak).",
        "Sarana, prasarana, dan/atau fasilitas", "mis. Ruang tunggu dengan kursi prioritas",
    ),
    "kompetensi_pelaksana": _Wording(
        "Pengetahuan, keahlian, keterampilan, dan pengalaman yang harus dimiliki pelaksana.",
        "Kompetensi", "mis. Memahami peraturan administrasi kependudukan",
    ),
    "pengawasan_internal": _Wording(
        "Siapa yang mengendalikan pelaksanaan layanan dan bagaimana caranya.",
        "Pengawasan", "mis. Dilakukan oleh atasan langsung secara berjenjang",
    ),
    "jaminan_pelayanan": _Wording(
        "Kepastian bahwa layanan dilaksanakan sesuai standar, biasanya sejalan dengan maklumat pelayanan.",
        "Jaminan pelayanan", "mis. Pelayanan diberikan sesuai standar pelayanan yang ditetapkan",
    ),
    "jaminan_keamanan": _Wording(
        "Komitmen memberikan rasa aman, bebas dari bahaya, risiko, dan keragu-raguan.",
        "Jaminan keamanan dan keselamatan", "mis. Produk ditandatangani pejabat yang berwenang",
    ),
    "evaluasi_kinerja": _Wording(
        "Cara menilai apakah pelaksanaan layanan sesuai standar, dan seberapa sering.",
        "Evaluasi", "mis. Survei kepuasan masyarakat setiap tahun",
    ),
}


class TextListPage(StepPage):
    """Edits one list-of-text component of a service.

    Args:
        step_key: one of the keys of :data:`WORDING`.
        parent: the Qt parent.
    """

    def __init__(self, step_key: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.step_key = step_key
        wording = WORDING[step_key]
        self.ui = Ui_TextListPage()
        self.ui.setupUi(self)
        self.ui.hint_label.setText(wording.hint)
        self.model = TextListTableModel(wording.header, wording.placeholder, self)
        self.ui.items_list_widget.set_model(self.model)
        self.model.rows_edited.connect(self._on_model_rows_edited)

    def _fill(self, layanan: Layanan) -> None:
        self.model.set_items(getattr(layanan, self.step_key))

    def _on_model_rows_edited(self, key: str | None) -> None:
        self._report({self.step_key: self.model.items()}, f"{self.step_key}:{key}" if key else None)
