"""Evaluasi: per service the latest survey's unsur, the complaints by component, the note, and "Buat revisi" (ui layer).

The note is saved through the session (``save_evaluation_note``); "Buat revisi" runs
``revise_from_evaluation`` through the ketua's PIN gate, which opens the next version as a draft
with the note cited in the audit trail.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QListWidgetItem, QTableWidget, QTableWidgetItem, QWidget

from sp_desktop.domain import skm
from sp_desktop.domain.enums import StatusLayanan
from sp_desktop.domain.evaluasi import is_blank
from sp_desktop.domain.formatting import format_number
from sp_desktop.domain.pengaduan_masuk import component_text
from sp_desktop.domain.roles import NotAllowed
from sp_desktop.storage.errors import ProjectError
from sp_desktop.ui.dialogs.pin_dialog import KetuaPinGate
from sp_desktop.ui.generated.ui_evaluasi_page import Ui_EvaluasiPage
from sp_desktop.ui.pages.pengaduan_masuk_form import SaveKeys

_TITLE = "Evaluasi"
_EVENTS = {"evaluasi", "survei", "pengaduan_masuk", "services", "service", "status"}
_WEAK = QBrush(QColor("#fde2c8"))
ERROR_STYLE = "color: #a33;"


def _fig(value, places: int = 2) -> str:
    return "-" if value is None else format_number(float(skm.round_half_up(value, places)), places)


def _fill(table: QTableWidget, headers: tuple[str, ...], rows: list[tuple[str, ...]], marked: set[int]) -> None:
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setRowCount(len(rows))
    bold = QFont(table.font())
    bold.setBold(True)
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if c > 0 and text[:1].isdigit() or text == "-":
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if r in marked:
                item.setBackground(_WEAK)
                item.setFont(bold)
            table.setItem(r, c, item)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1 if len(headers) > 2 else 0, QHeaderView.ResizeMode.Stretch)


class EvaluasiPage(QWidget):
    """The Evaluasi page of the main window (see the module docstring)."""

    def __init__(self, session, signals, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_EvaluasiPage()
        self.ui.setupUi(self)
        self._session = session
        self._basis = None
        self._stale = False
        self.pin_gate = KetuaPinGate(session, self)
        ui = self.ui
        ui.main_splitter.setStretchFactor(1, 3)
        ui.page_layout.setStretch(2, 1)  # the splitter takes the height, not the title
        ui.detail_layout.setStretch(1, 1)
        ui.services_list_widget.setSpacing(3)
        ui.buttons_layout.removeWidget(ui.reason_label)  # a reason of two lines gets a row of its own
        ui.buttons_layout.addStretch(1)
        ui.detail_layout.addWidget(ui.reason_label)
        for table in (ui.unsur_table_widget, ui.complaints_table_widget):
            table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 6)
        ui.main_splitter.setSizes([300, 1000])
        for edit in (ui.perubahan_plain_text_edit, ui.alasan_plain_text_edit):
            edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * 5 + 12)
        self._save_keys = SaveKeys(self.save_note, self)
        for edit in (ui.perubahan_plain_text_edit, ui.alasan_plain_text_edit):
            edit.installEventFilter(self._save_keys)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save_note)
        ui.services_list_widget.currentRowChanged.connect(self._on_services_list_widget_current_row_changed)
        ui.save_push_button.clicked.connect(self.save_note)
        ui.revise_push_button.clicked.connect(self._on_revise_push_button_clicked)
        ui.perubahan_plain_text_edit.textChanged.connect(self._on_note_edited)
        ui.alasan_plain_text_edit.textChanged.connect(self._on_note_edited)
        signals.changed.connect(self._on_signals_changed)
        signals.actor_changed.connect(self._update_buttons)
        self.reload()

    # -- reading ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the services again, keeping the chosen one."""
        self._stale = False
        widget = self.ui.services_list_widget
        chosen = self.service_id()
        notes = {n.layanan: n for n in self._session.evaluation_notes()}
        with QSignalBlocker(widget):
            widget.clear()
            for s in self._session.summaries():
                status = StatusLayanan(s.status).label if s.status in StatusLayanan.values() else s.status
                note = notes.get(s.jenis_pelayanan)
                mark = " · ada catatan" if note is not None and not is_blank(note) else ""
                item = QListWidgetItem(f"{s.jenis_pelayanan}\n{status}{mark}", widget)
                item.setData(Qt.ItemDataRole.UserRole, s.id)
            rows = [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())]
            widget.setCurrentRow(rows.index(chosen) if chosen in rows else (0 if rows else -1))
        self._show(self.service_id())

    def service_id(self) -> int | None:
        item = self.ui.services_list_widget.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _show(self, service_id: int | None) -> None:
        ui = self.ui
        self._basis = self._session.evaluation_basis(service_id) if service_id is not None else None
        basis = self._basis
        ui.detail_widget.setEnabled(basis is not None)
        if basis is None:
            ui.basis_label.setText("Belum ada jenis pelayanan.")
            return
        ui.basis_label.setText(self._basis_text(basis))
        weak = set(basis.unsur_lemah)
        rows = []
        if basis.hasil is not None:
            for u in basis.hasil.unsur:
                mutu = u.mutu
                rows.append((f"U{u.nomor}", skm.UNSUR[u.nomor - 1], _fig(u.nrr), _fig(u.konversi),
                             f"{mutu[0]} ({mutu[1]})" if mutu else "-"))
        _fill(ui.unsur_table_widget, ("Unsur", "Uraian", "NRR", "Nilai", "Mutu"), rows,
              {i for i, u in enumerate(basis.hasil.unsur) if u.nomor in weak} if basis.hasil is not None else set())
        crow = [(component_text(k or None), format_number(n)) for k, n in basis.pengaduan]
        _fill(ui.complaints_table_widget, ("Komponen", "Jumlah"), crow, set())
        note = self._session.evaluation_note(basis.layanan)
        with QSignalBlocker(ui.perubahan_plain_text_edit), QSignalBlocker(ui.alasan_plain_text_edit):
            ui.perubahan_plain_text_edit.setPlainText(note.perubahan if note else "")
            ui.alasan_plain_text_edit.setPlainText(note.alasan if note else "")
        if note is not None and note.revisi_versi:
            ui.note_state_label.setText(f"Catatan ini menjadi dasar revisi versi {note.revisi_versi}.")
        else:
            ui.note_state_label.setText("")
        self._update_buttons()

    @staticmethod
    def _basis_text(basis) -> str:
        name = f"<b>{escape(basis.layanan)}</b> (versi {basis.versi})"
        if basis.survei is None:
            survey = "Belum ada survei kepuasan yang mencakup layanan ini."
        else:
            h = basis.hasil
            ikm = _fig(h.konversi) if h.konversi is not None else "belum dapat dihitung"
            mutu = f", mutu {h.mutu[0]} ({h.mutu[1]})" if h.mutu else ""
            whole = " (seluruh unit: responden tidak menyebut jenis pelayanan)" if basis.seluruh_unit else ""
            weak = ", ".join(f"U{n} {skm.UNSUR[n - 1]}" for n in basis.unsur_lemah) or "-"
            survey = (f"Survei {escape(basis.survei.periode)}{whole}: IKM {ikm}{mutu}, "
                      f"{format_number(h.responden)} responden. Unsur terendah: {escape(weak)}.")
        complaints = (f"{format_number(basis.jumlah_pengaduan)} pengaduan, {format_number(basis.terbuka)} belum "
                      "selesai." if basis.jumlah_pengaduan else "Belum ada pengaduan tentang layanan ini.")
        return f"{name}<br>{survey}<br>{complaints}"

    def _update_buttons(self) -> None:
        ui = self.ui
        if self._basis is None:
            ui.revise_push_button.setEnabled(False)
            return
        reason = self._session.why_cannot_revise_from_evaluation(self._basis.service_id)
        ui.revise_push_button.setEnabled(reason is None)
        ui.revise_push_button.setToolTip(reason or ui.revise_push_button.toolTip())
        ui.reason_label.setText(reason or "")

    # -- writes ----------------------------------------------------------------------------
    def save_note(self):
        """Store the note with the current citations (survey, weak unsur, complaints)."""
        if self._basis is None:
            return None
        ui = self.ui
        note = self._session.note_from_basis(self._basis)
        note.perubahan = ui.perubahan_plain_text_edit.toPlainText().strip()
        note.alasan = ui.alasan_plain_text_edit.toPlainText().strip()
        try:
            stored = self._session.save_evaluation_note(note)
        except (NotAllowed, ProjectError) as error:
            ui.note_state_label.setStyleSheet(ERROR_STYLE)
            ui.note_state_label.setText(str(error))
            return None
        ui.note_state_label.setStyleSheet("")
        ui.note_state_label.setText("Catatan tersimpan.")
        self._update_buttons()
        return stored

    def _on_revise_push_button_clicked(self) -> None:
        if self._basis is None:
            return
        if self.save_note() is None:
            return
        service_id = self._basis.service_id
        self.pin_gate.run("Buat revisi", lambda: self._session.revise_from_evaluation(service_id),
                          self._on_revised)

    def _on_revised(self, lay) -> None:
        self.reload()
        self.ui.note_state_label.setText(f"Revisi dibuka: versi {lay.versi} (draf) dari catatan evaluasi ini. "
                                         "Ubah standarnya di halaman Jenis Pelayanan.")

    # -- slots -----------------------------------------------------------------------------
    def _on_note_edited(self) -> None:
        self.ui.note_state_label.setStyleSheet("")
        self.ui.note_state_label.setText("Belum disimpan (Ctrl+Enter).")

    def _on_services_list_widget_current_row_changed(self, _row: int) -> None:
        self._show(self.service_id())

    def _on_signals_changed(self, what: str, _service_id: object) -> None:
        if what not in _EVENTS or what == "evaluasi":
            return
        if not self.isVisible():
            self._stale = True
            return
        self.reload()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._stale:
            self.reload()
        super().showEvent(event)

