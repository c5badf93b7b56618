"""The "Evaluasi dan SK Tim" tab of the Penetapan page: the draft decree's evaluation, the team's decree (ui layer)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QCheckBox, QDateEdit, QWidget

from sp_desktop.domain import keputusan as kp
from sp_desktop.domain import penetapan as gate
from sp_desktop.ui.generated.ui_penetapan_evaluation import Ui_PenetapanEvaluation
from sp_desktop.ui.messages import guarded

INDONESIAN = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)


def _set_date(check: QCheckBox | None, edit: QDateEdit, iso: str) -> None:
    date = QDate.fromString(iso, Qt.DateFormat.ISODate) if iso else QDate()
    edit.setDate(date if date.isValid() else QDate.currentDate())
    if check is not None:
        check.setChecked(date.isValid())
        edit.setEnabled(date.isValid())


def _date_of(check: QCheckBox, edit: QDateEdit) -> str:
    return edit.date().toString(Qt.DateFormat.ISODate) if check.isChecked() else ""


class EvaluationTab(QWidget):
    """Records the evaluation of the draft decree and the SK Tim; each group has its own "Simpan"."""

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PenetapanEvaluation()
        self.ui.setupUi(self)
        self.setLocale(INDONESIAN)
        self._session = session
        self._loading = False
        for key, text in gate.HASIL:
            self.ui.hasil_combo_box.addItem(text, key)
        for edit in (self.ui.kirim_date_edit, self.ui.balasan_date_edit, self.ui.sk_tim_tanggal_date_edit):
            edit.setDateRange(QDate(1990, 1, 1), QDate(2100, 12, 31))
        self.ui.catatan_plain_text_edit.setMaximumHeight(90)
        self.ui.evaluasi_wajib_check_box.toggled.connect(self._on_evaluasi_wajib_check_box_toggled)
        self.ui.kirim_check_box.toggled.connect(self.ui.kirim_date_edit.setEnabled)
        self.ui.balasan_check_box.toggled.connect(self.ui.balasan_date_edit.setEnabled)
        self.ui.save_evaluation_push_button.clicked.connect(self._on_save_evaluation_push_button_clicked)
        self.ui.save_sk_tim_push_button.clicked.connect(self._on_save_sk_tim_push_button_clicked)
        self.load()

    def load(self) -> None:
        """Show what is stored."""
        self._loading = True
        try:
            ui = self.ui
            ui.evaluasi_wajib_check_box.setChecked(self._session.pengaturan().evaluasi_wajib)
            ev = self._session.evaluation()
            ui.nomor_surat_line_edit.setText(ev.nomor_surat)
            _set_date(ui.kirim_check_box, ui.kirim_date_edit, ev.tanggal_kirim)
            _set_date(ui.balasan_check_box, ui.balasan_date_edit, ev.tanggal_balasan)
            ui.hasil_combo_box.setCurrentIndex(max(0, ui.hasil_combo_box.findData(ev.hasil)))
            ui.catatan_plain_text_edit.setPlainText(ev.catatan)
            sk = self._session.sk_tim()
            ui.sk_tim_nomor_line_edit.setText(sk.nomor if sk else "")
            _set_date(None, ui.sk_tim_tanggal_date_edit, sk.tanggal if sk else "")
        finally:
            self._loading = False
        self.show_state()

    def evaluation(self) -> kp.EvaluasiSk:
        """The evaluation as typed (keys this tab does not show keep their stored value)."""
        ui = self.ui
        return dataclasses.replace(
            self._session.evaluation(), nomor_surat=ui.nomor_surat_line_edit.text().strip(),
            tanggal_kirim=_date_of(ui.kirim_check_box, ui.kirim_date_edit),
            tanggal_balasan=_date_of(ui.balasan_check_box, ui.balasan_date_edit),
            hasil=ui.hasil_combo_box.currentData(), catatan=ui.catatan_plain_text_edit.toPlainText().strip())

    def show_state(self) -> None:
        gaps = gate.evaluation_gaps(self._session.adoption_context())
        if self._session.evaluation().hasil == gate.HASIL_DISETUJUI:
            text = "Rancangan keputusan sudah disetujui Bagian Organisasi."
        elif gaps:
            text = gaps[0] + " Penetapan menunggu evaluasi ini."
        else:
            text = "Evaluasi tidak menjadi syarat penetapan proyek ini."
        self.ui.evaluation_state_label.setText(text)

    def _on_evaluasi_wajib_check_box_toggled(self, checked: bool) -> None:
        if self._loading:
            return
        stored = self._session.pengaturan()
        guarded(self, "Simpan pengaturan evaluasi", self._session.save_pengaturan,
                dataclasses.replace(stored, evaluasi_wajib=checked))
        self.show_state()

    def _on_save_evaluation_push_button_clicked(self) -> None:
        guarded(self, "Simpan evaluasi", self._session.save_evaluation, self.evaluation())
        self.show_state()

    def _on_save_sk_tim_push_button_clicked(self) -> None:
        nomor = self.ui.sk_tim_nomor_line_edit.text().strip()
        stored = self._session.sk_tim() or kp.Keputusan()
        tanggal = self.ui.sk_tim_tanggal_date_edit.date().toString(Qt.DateFormat.ISODate) if nomor else ""
        guarded(self, "Simpan SK Tim", self._session.save_sk_tim, dataclasses.replace(stored, nomor=nomor,
                                                                                       tanggal=tanggal))
