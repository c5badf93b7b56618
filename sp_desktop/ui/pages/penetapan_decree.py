"""The "Keputusan penetapan" tab of the Penetapan page: who adopts, the decree, recording it (ui layer)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import QWidget

from sp_desktop.domain.formatting.dates import format_date
from sp_desktop.ui.generated.ui_penetapan_decree import Ui_PenetapanDecree
from sp_desktop.ui.messages import ConfirmBox, guarded

INDONESIAN = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
PENETAP = (("kepala_pd", "Kepala Perangkat Daerah (Keputusan Kepala)"),
           ("kepala_daerah", "Wali Kota / Bupati (untuk PTSP dan PATEN kecamatan)"))
MENGINGAT_HINT = "Kosong = disusun otomatis dari dasar hukum layanan, dengan kutipan Lembaran Negara lengkap."


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _iso_label(iso: str) -> str:
    from datetime import date

    try:
        return format_date(date.fromisoformat(iso))
    except ValueError:
        return iso or "-"


class DecreeTab(QWidget):
    """Edits the adopter settings at once; records the decree after a confirmation naming what it adopts.

    Signals:
        record_requested(tuple): ``(nomor, tanggal, menimbang, mengingat, tempat)`` confirmed by the user;
            the page runs it through the ketua's PIN gate.

    Attributes:
        confirm_box: the open "Catat penetapan" question, or None.
    """

    record_requested = Signal(tuple)

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PenetapanDecree()
        self.ui.setupUi(self)
        self.setLocale(INDONESIAN)
        self._session = session
        self.confirm_box: ConfirmBox | None = None
        for key, text in PENETAP:
            self.ui.penetap_combo_box.addItem(text, key)
        self.ui.mengingat_plain_text_edit.setPlaceholderText(MENGINGAT_HINT)
        self.ui.tanggal_date_edit.setDateRange(QDate(1990, 1, 1), QDate(2100, 12, 31))
        self.ui.penetap_combo_box.currentIndexChanged.connect(self._on_penetap_combo_box_current_index_changed)
        self.ui.pengesahan_check_box.toggled.connect(self._on_pengesahan_check_box_toggled)
        self.ui.nomor_line_edit.textChanged.connect(self._on_nomor_line_edit_text_changed)
        self.ui.record_push_button.clicked.connect(self._on_record_push_button_clicked)
        self.ui.propose_push_button.clicked.connect(self._on_propose_push_button_clicked)
        self.ui.kepala_daerah_nama_line_edit.textEdited.connect(self._on_kepala_daerah_edited)
        self.ui.kepala_daerah_jabatan_line_edit.textEdited.connect(self._on_kepala_daerah_edited)
        self._loading = False
        self.load()

    # -- public ------------------------------------------------------------------------------
    def load(self) -> None:
        """Show the stored settings and the latest decree (or a fresh one dated today)."""
        self._loading = True
        try:
            p = self._session.pengaturan()
            self.ui.penetap_combo_box.setCurrentIndex(max(0, self.ui.penetap_combo_box.findData(p.penetap)))
            self.ui.pengesahan_check_box.setChecked(p.pengesahan_kepala_daerah)
            self.ui.pengesahan_check_box.setEnabled(p.penetap == "kepala_pd")
            nama, jabatan = self._session.kepala_daerah()
            self.ui.kepala_daerah_nama_line_edit.setText(nama)
            self.ui.kepala_daerah_jabatan_line_edit.setText(jabatan)
            self._show_kepala_daerah(p.penetap == "kepala_daerah" or p.pengesahan_kepala_daerah)
            decree = self._session.decree()
            if decree is not None:
                self.ui.nomor_line_edit.setText(decree.nomor)
                date = QDate.fromString(decree.tanggal, Qt.DateFormat.ISODate)
                self.ui.tanggal_date_edit.setDate(date if date.isValid() else QDate.currentDate())
                self.ui.tempat_line_edit.setText(decree.tempat or self._session.instansi().kota)
                self.ui.menimbang_plain_text_edit.setPlainText("\n".join(decree.menimbang))
                self.ui.mengingat_plain_text_edit.setPlainText("\n".join(decree.mengingat))
            else:
                self.ui.tanggal_date_edit.setDate(QDate.currentDate())
                self.ui.tempat_line_edit.setText(self._session.instansi().kota)
            history = self._session.decree_history()
            self.ui.history_label.setText(
                "Keputusan sebelumnya: " + "; ".join(f"{k.nomor} ({_iso_label(k.tanggal)})" for k in history)
                if history else "")
            self.ui.history_label.setVisible(bool(history))
        finally:
            self._loading = False
        self.refresh_state()

    def refresh_state(self) -> None:
        """Say what recording would adopt, and enable "Catat penetapan" only when it is allowed."""
        candidates = self._session.decree_candidates()
        if candidates:
            self.ui.candidates_label.setText(
                f"<b>{len(candidates)}</b> standar berstatus \u201csiap ditetapkan\u201d akan menjadi "
                "\u201cditetapkan\u201d saat penetapan dicatat.")
        else:
            self.ui.candidates_label.setText("Belum ada standar berstatus \u201csiap ditetapkan\u201d.")
        nomor = self.ui.nomor_line_edit.text().strip()
        reasons = self._session.why_cannot_record_decree(nomor)
        if not nomor:
            reasons = ["Isi nomor keputusan penetapan.", *reasons]
        self.ui.record_push_button.setEnabled(not reasons)
        self.ui.record_push_button.setToolTip("\n".join(reasons))
        self.ui.record_reason_label.setText("\n".join(reasons))
        self.ui.record_reason_label.setStyleSheet("color: #a33;" if reasons else "")

    def values(self) -> tuple[str, str, list[str], list[str], str]:
        """The decree as typed: nomor, ISO tanggal, menimbang, mengingat, tempat."""
        ui = self.ui
        return (ui.nomor_line_edit.text().strip(), ui.tanggal_date_edit.date().toString(Qt.DateFormat.ISODate),
                _lines(ui.menimbang_plain_text_edit.toPlainText()), _lines(ui.mengingat_plain_text_edit.toPlainText()),
                ui.tempat_line_edit.text().strip())

    # -- slots -------------------------------------------------------------------------------
    def _save_setting(self, **changes) -> None:
        if self._loading:
            return
        stored = self._session.pengaturan()
        guarded(self, "Simpan pengaturan penetapan", self._session.save_pengaturan,
                dataclasses.replace(stored, **changes))

    def _show_kepala_daerah(self, shown: bool) -> None:
        # The Wali Kota / Bupati signs (PTSP, PATEN) or endorses the head's decree: his or her name is asked.
        for widget in (self.ui.kepala_daerah_nama_label, self.ui.kepala_daerah_nama_line_edit,
                       self.ui.kepala_daerah_jabatan_label, self.ui.kepala_daerah_jabatan_line_edit):
            widget.setVisible(shown)

    def _on_penetap_combo_box_current_index_changed(self, _index: int) -> None:
        key = self.ui.penetap_combo_box.currentData()
        self.ui.pengesahan_check_box.setEnabled(key == "kepala_pd")
        self._show_kepala_daerah(key == "kepala_daerah" or self.ui.pengesahan_check_box.isChecked())
        self._save_setting(penetap=key)

    def _on_pengesahan_check_box_toggled(self, checked: bool) -> None:
        self._show_kepala_daerah(checked or self.ui.penetap_combo_box.currentData() == "kepala_daerah")
        self._save_setting(pengesahan_kepala_daerah=checked)

    def _on_kepala_daerah_edited(self, _text: str) -> None:
        guarded(self, "Simpan kepala daerah", self._session.save_kepala_daerah,
                self.ui.kepala_daerah_nama_line_edit.text().strip(),
                self.ui.kepala_daerah_jabatan_line_edit.text().strip())

    def _on_nomor_line_edit_text_changed(self, _text: str) -> None:
        if not self._loading:
            self.refresh_state()

    def _on_propose_push_button_clicked(self) -> None:
        from sp_desktop.domain.legal_citations import proposed_mengingat

        ids = [s.id for s in self._session.decree_candidates()] or None
        project = self._session.load_project(ids)
        self.ui.mengingat_plain_text_edit.setPlainText("\n".join(proposed_mengingat(project)))

    def _on_record_push_button_clicked(self) -> None:
        if self.confirm_box is not None:
            return
        nomor, tanggal, *_rest = self.values()
        count = len(self._session.decree_candidates())
        box = ConfirmBox(
            self, "Catat penetapan", f"Catat keputusan nomor {nomor} tanggal {_iso_label(tanggal)}?",
            "&Catat penetapan",
            informative=f"{count} standar pelayanan menjadi \u201cditetapkan\u201d. Isinya dibekukan sebagai versi "
            "yang ditetapkan; perubahan berikutnya dibuat sebagai revisi baru.",
        )
        box.answered.connect(self._on_confirm_box_answered)
        self.confirm_box = box
        box.open()

    def _on_confirm_box_answered(self, confirmed: bool) -> None:
        self.confirm_box = None
        if confirmed:
            self.record_requested.emit(self.values())
