"""The review window's "Catatan evaluasi" tab: the reviewer's notes on one unit, added, changed, deleted (ui layer).

The notes live in the reviewer's own file beside the units (``services/review_notes.py``), never in a unit's
file. The reviewer's name is asked in the note dialog once and offered again (it is also read back from the
latest note of the folder's notes file).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from sp_desktop.domain.names import name_key
from sp_desktop.services.review_notes import ReviewNote, ReviewNotes
from sp_desktop.services.review_units import ReviewError, ReviewSet
from sp_desktop.ui.messages import ConfirmBox, warn
from sp_desktop.ui.review.note_dialog import NoteDialog
from sp_desktop.ui.review.tables import cell, fill, make_table, selected_row

TITLE = "Catatan evaluasi"
HEADERS = ["Jenis pelayanan", "Komponen", "Judul", "Isi catatan", "Penilai", "Waktu"]
COLUMN_TEKS = 3


def when(text: str) -> str:
    """``2026-12-02T08:01:02`` as ``02-12-2026 08.01``."""
    day, _sep, time = text.partition("T")
    parts = day.split("-")
    return f"{'-'.join(reversed(parts)) if len(parts) == 3 else day} {time[:5].replace(':', '.')}".strip()


class NotesTab(QWidget):
    """The notes of the chosen unit and the buttons that change them, send them and report on every unit.

    Signals:
        export_requested(str): "Ekspor catatan untuk unit…" for this unit name.
        report_requested(): "Laporan konsolidasi…".
    """

    export_requested = Signal(str)
    report_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("review_notes_tab")
        self._set: ReviewSet | None = None
        self.notes: ReviewNotes | None = None
        self._shown: list[ReviewNote] = []
        self.reviewer = ""
        self.note_dialog: NoteDialog | None = None
        self.confirm_box: ConfirmBox | None = None
        self._pending = ""
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        label = QLabel("Unit yang &dinilai:", self)
        self.unit_combo = QComboBox(self)
        self.unit_combo.setObjectName("review_notes_unit_combo_box")
        self.unit_combo.setMinimumContentsLength(36)
        label.setBuddy(self.unit_combo)
        self.count_label = QLabel("", self)
        self.count_label.setObjectName("review_notes_count_label")
        row.addWidget(label)
        row.addWidget(self.unit_combo)
        row.addWidget(self.count_label, 1)
        layout.addLayout(row)
        table_label = QLabel("Da&ftar catatan:", self)
        self.table = make_table(self, HEADERS, "review_notes_table_widget", COLUMN_TEKS, table_label)
        self.table.setWordWrap(False)
        for column, width in ((0, 220), (1, 230), (2, 170), (4, 150), (5, 130)):
            self.table.horizontalHeader().resizeSection(column, width)
        layout.addWidget(table_label)
        layout.addWidget(self.table, 1)
        self.preview = QTextBrowser(self)
        self.preview.setObjectName("review_note_preview_text_browser")
        self.preview.setMaximumHeight(110)
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the table's tooltip and Sunting reach it by keyboard
        layout.addWidget(self.preview)
        buttons = QGridLayout()
        self.add_button = self._button("Ta&mbah\u2026", "review_note_add_push_button", "Tulis catatan baru")
        self.edit_button = self._button("&Sunting\u2026", "review_note_edit_push_button",
                                        "Ubah judul dan isi catatan yang dipilih")
        self.delete_button = self._button("&Hapus", "review_note_delete_push_button", "Hapus catatan yang dipilih")
        self.export_button = self._button("Ekspor catatan untuk u&nit\u2026", "review_notes_export_push_button",
                                          "Simpan catatan unit ini sebagai paket .spx untuk diterima unit")
        self.report_button = self._button("&Laporan konsolidasi\u2026", "review_report_push_button",
                                          "Simpan laporan seluruh unit (PDF, Excel, atau Word)")
        for col, button in enumerate((self.add_button, self.edit_button, self.delete_button)):
            buttons.addWidget(button, 0, col)
        buttons.setColumnStretch(3, 1)
        buttons.addWidget(self.export_button, 0, 4)
        buttons.addWidget(self.report_button, 0, 5)
        layout.addLayout(buttons)
        self.unit_combo.currentIndexChanged.connect(self._on_unit_combo_current_index_changed)
        self.table.itemSelectionChanged.connect(self._on_table_item_selection_changed)
        self.table.activated.connect(self._on_table_activated)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.report_button.clicked.connect(self.report_requested)
        self._update_buttons()

    def _button(self, text: str, name: str, tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.setAutoDefault(False)
        return button

    # -- showing ---------------------------------------------------------------------------
    def set_review(self, review_set: ReviewSet, notes: ReviewNotes | None) -> None:
        """Offer the units of ``review_set``; ``notes`` is the reviewer's file (None when it cannot be opened)."""
        self._set, self.notes = review_set, notes
        if notes is not None and not self.reviewer:
            earlier = notes.notes()
            self.reviewer = earlier[-1].reviewer if earlier else ""
        self.unit_combo.blockSignals(True)
        self.unit_combo.clear()
        for u in review_set.units:
            self.unit_combo.addItem(u.unit_name, u.unit_name)
        self.unit_combo.blockSignals(False)
        self.reload()

    def current_unit(self) -> str:
        return self.unit_combo.currentData() or ""

    def choose_unit(self, unit: str) -> None:
        index = self.unit_combo.findData(unit)
        if index >= 0:
            self.unit_combo.setCurrentIndex(index)

    def reload(self, select: str = "") -> None:
        """Read the chosen unit's notes again; select the note ``select`` (a uid) or the first."""
        unit = self.current_unit()
        self._shown = self.notes.notes(unit) if self.notes is not None and unit else []
        fill(self.table, [[cell(n.jenis_pelayanan), cell(n.komponen_label), cell(n.judul or "\u2013"),
                           cell(" ".join(n.teks.split()), tooltip=n.teks), cell(n.reviewer), cell(when(n.waktu))]
                          for n in self._shown])
        uids = [n.uid for n in self._shown]
        if uids:
            self.table.selectRow(uids.index(select) if select in uids else 0)
        if self.notes is None:
            self.count_label.setText("Berkas catatan evaluasi tidak dapat dibuka; catatan tidak dapat disimpan.")
        else:
            self.count_label.setText(f"{len(self._shown)} catatan untuk unit ini." if self._shown
                                     else "Belum ada catatan untuk unit ini.")
        self._update_buttons()

    def selected_note(self) -> ReviewNote | None:
        row = selected_row(self.table)
        return self._shown[row] if 0 <= row < len(self._shown) else None

    def _update_buttons(self) -> None:
        ready = self.notes is not None and self._set is not None and bool(self._set.units)
        chosen = self.selected_note() is not None
        self.add_button.setEnabled(ready)
        self.edit_button.setEnabled(ready and chosen)
        self.delete_button.setEnabled(ready and chosen)
        self.export_button.setEnabled(ready and bool(self._shown))
        self.report_button.setEnabled(self._set is not None)
        self._show_preview()

    def _on_table_item_selection_changed(self) -> None:
        self._update_buttons()

    def _show_preview(self) -> None:
        note = self.selected_note()
        if note is None:
            self.preview.setHtml("<p>Pilih catatan untuk melihat isinya, atau tambahkan catatan baru.</p>")
            return
        head = f"{note.jenis_pelayanan} \u00b7 {note.komponen_label} \u00b7 {note.reviewer}, {when(note.waktu)}"
        title = f"<b>{escape(note.judul)}</b><br>" if note.judul else ""
        self.preview.setHtml(f"<p>{title}<span style='color: #555'>{escape(head)}</span></p>"
                             f"<p style='white-space: pre-wrap'>{escape(note.teks)}</p>")

    def _on_unit_combo_current_index_changed(self, _index: int) -> None:
        self.reload()

    # -- acting ----------------------------------------------------------------------------
    def show_context(self, unit: str, jenis_pelayanan: str, komponen: str) -> None:
        """Show ``unit``'s notes; select the note on that service and component, else start writing one."""
        self.choose_unit(unit)
        key = name_key(jenis_pelayanan)
        match = next((n for n in self._shown if name_key(n.jenis_pelayanan) == key and n.komponen == komponen), None)
        if match is not None:
            self.reload(select=match.uid)
            self.table.setFocus()
        elif self.add_button.isEnabled():
            self._open_dialog(NoteDialog(self._set, unit, jenis_pelayanan, komponen, self.reviewer, parent=self))

    def _on_add_button_clicked(self) -> None:
        note = self.selected_note()
        self._open_dialog(NoteDialog(self._set, self.current_unit(), note.jenis_pelayanan if note else "",
                                     note.komponen if note else "", self.reviewer, parent=self))

    def _on_edit_button_clicked(self) -> None:
        note = self.selected_note()
        if note is not None:
            self._open_dialog(NoteDialog(self._set, note.unit, reviewer=self.reviewer, note=note, parent=self))

    def _on_table_activated(self, _index) -> None:
        self._on_edit_button_clicked()

    def _open_dialog(self, dialog: NoteDialog) -> None:
        self.note_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._on_note_dialog_accepted)
        dialog.finished.connect(self._on_note_dialog_finished)
        dialog.open()

    def _on_note_dialog_accepted(self) -> None:
        dialog = self.note_dialog
        if dialog is None or self.notes is None:
            return
        v = dialog.values()
        try:
            if dialog.note is None:
                saved = self.notes.add(v["unit"], v["jenis_pelayanan"], v["komponen"], v["teks"], v["reviewer"],
                                       judul=v["judul"])
                self.reviewer = saved.reviewer
                uid = saved.uid
            else:
                self.notes.update(dialog.note.uid, v["teks"], v["judul"])
                uid = dialog.note.uid
        except ReviewError as exc:
            warn(self, TITLE, str(exc))
            return
        self.choose_unit(v["unit"])
        self.reload(select=uid)
        self.table.setFocus()

    def _on_note_dialog_finished(self, _result: int) -> None:
        self.note_dialog = None

    def _on_delete_button_clicked(self) -> None:
        note = self.selected_note()
        if note is None:
            return
        self._pending = note.uid
        title = note.judul or note.teks[:40]
        self.confirm_box = ConfirmBox(self, "Hapus catatan evaluasi", f"Hapus catatan \u201c{title}\u201d?",
                                      "&Hapus", informative="Catatan yang sudah dikirim ke unit tetap ada di proyek "
                                      "unit itu.", destructive=True)
        self.confirm_box.setObjectName("review_delete_note_confirm_box")
        self.confirm_box.answered.connect(self._on_confirm_box_answered)
        self.confirm_box.open()

    def _on_confirm_box_answered(self, confirmed: bool) -> None:
        self.confirm_box = None
        if not confirmed or self.notes is None:
            return
        try:
            self.notes.delete(self._pending)
        except ReviewError as exc:
            warn(self, TITLE, str(exc))
        self.reload()
        self.table.setFocus()

    def _on_export_button_clicked(self) -> None:
        if self.current_unit():
            self.export_requested.emit(self.current_unit())
