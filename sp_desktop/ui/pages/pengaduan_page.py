"""PengaduanPage: complaint channels, the officer who handles them, and the follow-up (UI layer)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...domain.model import Layanan, Pengaduan, PetugasPengaduan
from ..generated.ui_pengaduan_page import Ui_PengaduanPage
from ..models.saluran_table_model import SaluranTableModel
from .step_page import StepPage, set_text


class PengaduanPage(StepPage):
    """Channels table (jenis + alamat), petugas nama/telepon/e-mail/alamat kantor, and tindak lanjut."""

    step_key = "pengaduan"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PengaduanPage()
        self.ui.setupUi(self)
        self.model = SaluranTableModel(self)
        self.ui.channels_list_widget.set_model(self.model)
        self.model.rows_edited.connect(lambda key: self._report_all(f"saluran:{key}" if key else None))
        self._petugas_fields = {
            "nama": self.ui.petugas_nama_line_edit,
            "telepon": self.ui.petugas_telepon_line_edit,
            "email": self.ui.petugas_email_line_edit,
            "alamat": self.ui.petugas_alamat_line_edit,
        }
        for name, field in self._petugas_fields.items():
            field.textEdited.connect(lambda _t, n=name: self._report_all(f"petugas:{n}"))
        self.ui.tindak_lanjut_plain_text_edit.textChanged.connect(lambda: self._report_all("tindak_lanjut"))

    def _fill(self, layanan: Layanan) -> None:
        pengaduan = layanan.pengaduan
        self.model.set_items(pengaduan.saluran)
        for name, field in self._petugas_fields.items():
            set_text(field, getattr(pengaduan.petugas, name))
        set_text(self.ui.tindak_lanjut_plain_text_edit, pengaduan.tindak_lanjut)

    def _report_all(self, merge_key: str | None) -> None:
        pengaduan = Pengaduan(
            saluran=self.model.items(),
            petugas=PetugasPengaduan(**{name: field.text() for name, field in self._petugas_fields.items()}),
            tindak_lanjut=self.ui.tindak_lanjut_plain_text_edit.toPlainText(),
        )
        self._report({"pengaduan": pengaduan}, f"pengaduan:{merge_key}" if merge_key else None)
