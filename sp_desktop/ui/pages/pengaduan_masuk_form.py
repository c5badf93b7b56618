"""The complaint form of the Pengaduan Masuk page: load a record, read it back, the closing-date rule (ui layer)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, QSignalBlocker, Qt

from sp_desktop.domain.components import KOMPONEN
from sp_desktop.domain.survei import STATUS_PENGADUAN, PengaduanMasuk

NO_COMPONENT = "Tidak spesifik"
NO_SERVICE = "(tidak menyebut layanan)"


def qdate(text: str | None) -> QDate:
    try:
        d = date.fromisoformat(text or "")
    except ValueError:
        d = date.today()
    return QDate(d.year, d.month, d.day)


class SaveKeys(QObject):
    """Turns Ctrl+Enter in a text box into ``save()`` (the box would insert a line break)."""

    def __init__(self, save, parent: QObject):
        super().__init__(parent)
        self._save = save

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if event.type() == QEvent.Type.KeyPress:
                self._save()
            event.accept()
            return True
        return super().eventFilter(watched, event)


class ComplaintForm:
    """Fills and reads the form widgets of ``ui`` (the generated page form); the session gives the channels."""

    def __init__(self, session, ui):
        self._session = session
        self.ui = ui
        self._base = PengaduanMasuk()
        self._channel_chosen = False  # a new complaint's channel follows the service until one is picked
        ui.komponen_combo_box.addItem(NO_COMPONENT, "")
        for k in KOMPONEN:
            ui.komponen_combo_box.addItem(k.label, k.key)
        for key, label in STATUS_PENGADUAN.items():
            ui.status_combo_box.addItem(label, key)
        for edit in (ui.tanggal_date_edit, ui.tanggal_selesai_date_edit):
            edit.setMinimumDate(QDate(1945, 8, 17))
        ui.status_combo_box.currentIndexChanged.connect(self._on_status_combo_box_current_index_changed)
        ui.tanggal_date_edit.dateChanged.connect(self._on_tanggal_date_edit_date_changed)
        ui.layanan_combo_box.currentIndexChanged.connect(self._on_layanan_combo_box_current_index_changed)
        ui.saluran_combo_box.activated.connect(self._on_saluran_combo_box_activated)

    def set_services(self, names: list[str]) -> None:
        combo = self.ui.layanan_combo_box
        chosen = combo.currentData()
        with QSignalBlocker(combo):
            combo.clear()
            combo.addItem(NO_SERVICE, "")
            for name in names:
                combo.addItem(name, name)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)

    def fill_channels(self, keep: str | None = None) -> None:
        """The channels offered for the chosen service (its own first, SP4N-LAPOR! always)."""
        combo = self.ui.saluran_combo_box
        keep = keep if keep is not None else combo.currentData()
        layanan = self.ui.layanan_combo_box.currentData() or ""
        with QSignalBlocker(combo):
            combo.clear()
            for jenis, label in self._session.complaint_channels(layanan):
                combo.addItem(label, jenis)
            own = self._session.own_channel_count(layanan) if layanan else 0
            if 0 < own < combo.count():
                combo.insertSeparator(own)
            index = combo.findData(keep) if keep else -1
            combo.setCurrentIndex(index if index >= 0 else 0)

    def load(self, p: PengaduanMasuk | None, layanan: str = "") -> None:
        """Show ``p``, or a blank new complaint dated today (about ``layanan`` when given)."""
        ui = self.ui
        self._base = p or PengaduanMasuk(tanggal=date.today().isoformat(), layanan=layanan)
        p = self._base
        with QSignalBlocker(ui.layanan_combo_box):
            index = ui.layanan_combo_box.findData(p.layanan)
            if index < 0 and p.layanan:
                ui.layanan_combo_box.addItem(p.layanan + " (tidak ada lagi di daftar)", p.layanan)
                index = ui.layanan_combo_box.count() - 1
            ui.layanan_combo_box.setCurrentIndex(max(0, index))
        self._channel_chosen = bool(p.id)
        self.fill_channels(p.saluran if p.id else "")
        ui.tanggal_date_edit.setDate(qdate(p.tanggal))
        ui.komponen_combo_box.setCurrentIndex(max(0, ui.komponen_combo_box.findData(p.komponen or "")))
        ui.ringkasan_plain_text_edit.setPlainText(p.ringkasan)
        ui.tindak_lanjut_plain_text_edit.setPlainText(p.tindak_lanjut)
        ui.status_combo_box.setCurrentIndex(max(0, ui.status_combo_box.findData(p.status)))
        ui.tanggal_selesai_date_edit.setDate(qdate(p.tanggal_selesai or p.tanggal))
        self._sync_closing()
        ui.error_label.clear()

    def record(self) -> PengaduanMasuk:
        """What the form says, as a record (the closing date only while selesai)."""
        ui = self.ui
        status = ui.status_combo_box.currentData()
        return PengaduanMasuk(
            tanggal=ui.tanggal_date_edit.date().toString("yyyy-MM-dd"),
            saluran=ui.saluran_combo_box.currentData() or "lainnya",
            layanan=ui.layanan_combo_box.currentData() or "",
            komponen=ui.komponen_combo_box.currentData() or None,
            ringkasan=ui.ringkasan_plain_text_edit.toPlainText(),
            status=status,
            tindak_lanjut=ui.tindak_lanjut_plain_text_edit.toPlainText(),
            tanggal_selesai=ui.tanggal_selesai_date_edit.date().toString("yyyy-MM-dd") if status == "selesai" else None,
            id=self._base.id,
            lain=dict(self._base.lain),
        )

    def _sync_closing(self) -> None:
        ui = self.ui
        closed = ui.status_combo_box.currentData() == "selesai"
        ui.tanggal_selesai_date_edit.setEnabled(closed)
        ui.tanggal_selesai_label.setEnabled(closed)
        ui.tanggal_selesai_date_edit.setMinimumDate(ui.tanggal_date_edit.date())

    def _on_status_combo_box_current_index_changed(self, _index: int) -> None:
        ui = self.ui
        if ui.status_combo_box.currentData() == "selesai" and not self._base.tanggal_selesai:
            today = QDate.currentDate()
            ui.tanggal_selesai_date_edit.setDate(max(today, ui.tanggal_date_edit.date()))
        self._sync_closing()

    def _on_tanggal_date_edit_date_changed(self, _d) -> None:
        self._sync_closing()

    def _on_layanan_combo_box_current_index_changed(self, _index: int) -> None:
        self.fill_channels(None if self._channel_chosen else "")

    def _on_saluran_combo_box_activated(self, _index: int) -> None:
        self._channel_chosen = True
