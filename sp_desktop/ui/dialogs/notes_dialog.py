"""The notes kept on one service (rows of an imported Word file no component took, review findings) (ui layer).

Opened from the "Catatan (N)" button in the service editor's header (:func:`add_notes_button`), which shows
only when the service has notes; N counts the open ones.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sp_desktop.ui.messages import ConfirmBox, guarded

TITLE = "Catatan layanan"
COLUMN_JUDUL, COLUMN_SUMBER, COLUMN_WAKTU, COLUMN_STATE = range(4)
_JENIS = {"impor": "Baris dokumen yang tidak dikenali", "evaluasi": "Temuan evaluasi"}
OPEN_TEXT = "Belum selesai"


def _when(text: str | None) -> str:
    """``2026-12-02T08:01:02`` (or with a space) as ``02-12-2026 08.01``."""
    if not text:
        return ""
    date, _sep, time = text.replace("T", " ").partition(" ")
    parts = date.split("-")
    day = "-".join(reversed(parts)) if len(parts) == 3 else date
    return f"{day} {time[:5].replace(':', '.')}".strip()


class NotesDialog(QDialog):
    """Lists one service's notes; "Tandai selesai" (or open again) and "Hapus" act on the selected one.

    Signals:
        notes_changed(): a note was marked or deleted (the editor updates its button).
    """

    notes_changed = Signal()

    def __init__(self, session, service_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("notes_dialog")
        self._session = session
        self._service_id = service_id
        self._notes = []
        self.confirm_box: ConfirmBox | None = None
        self._pending = 0  # the note the open question is about
        name = session.service(service_id).jenis_pelayanan.strip() or "(tanpa nama)"
        self.setWindowTitle(f"{TITLE} \u2014 {name}")
        self._setup_ui()
        self.reload()
        self.resize(880, 560)

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel("Catatan pada layanan ini: baris dokumen Word yang tidak masuk ke komponen mana pun, dan temuan "
                       "evaluasi. Pindahkan isinya ke komponen yang tepat bila perlu, lalu tandai selesai.", self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        top = QWidget(splitter)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        list_label = QLabel("&Catatan:", top)
        self.notes_table = QTableWidget(0, 4, top)
        self.notes_table.setObjectName("notes_table_widget")
        self.notes_table.setHorizontalHeaderLabels(["Judul", "Sumber", "Waktu", "Keadaan"])
        self.notes_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.notes_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.notes_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.notes_table.setTabKeyNavigation(False)
        self.notes_table.verticalHeader().hide()
        header = self.notes_table.horizontalHeader()
        header.setSectionResizeMode(COLUMN_JUDUL, QHeaderView.ResizeMode.Stretch)
        for column in (COLUMN_SUMBER, COLUMN_WAKTU, COLUMN_STATE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        list_label.setBuddy(self.notes_table)
        top_layout.addWidget(list_label)
        top_layout.addWidget(self.notes_table, 1)
        bottom = QWidget(splitter)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        text_label = QLabel("&Isi catatan:", bottom)
        self.text_browser = QTextBrowser(bottom)
        self.text_browser.setObjectName("note_text_browser")
        self.text_browser.setOpenLinks(False)
        text_label.setBuddy(self.text_browser)
        bottom_layout.addWidget(text_label)
        bottom_layout.addWidget(self.text_browser, 1)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setSizes([260, 200])
        layout.addWidget(splitter, 1)
        self.empty_label = QLabel("Layanan ini tidak memiliki catatan.", self)
        self.empty_label.setObjectName("empty_label")
        layout.addWidget(self.empty_label)

        self.button_box = QDialogButtonBox(self)
        self.done_button = QPushButton("Tandai &selesai", self)
        self.done_button.setObjectName("done_push_button")
        self.done_button.setDefault(True)
        self.delete_button = QPushButton("&Hapus", self)
        self.delete_button.setObjectName("delete_push_button")
        self.delete_button.setAutoDefault(False)
        self.button_box.addButton(self.done_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.button_box.addButton(self.delete_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        close = self.button_box.addButton("&Tutup", QDialogButtonBox.ButtonRole.RejectRole)
        close.setObjectName("close_push_button")
        close.setAutoDefault(False)
        layout.addWidget(self.button_box)
        self.done_button.clicked.connect(self._on_done_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.button_box.rejected.connect(self.reject)
        self.notes_table.itemSelectionChanged.connect(self._on_notes_table_item_selection_changed)

    # -- showing ---------------------------------------------------------------------------
    def reload(self, select: int | None = None) -> None:
        """Read the notes again; select the note with id ``select`` (or the first)."""
        self._notes = self._session.service_notes(self._service_id)
        table = self.notes_table
        table.setRowCount(len(self._notes))
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        for row, note in enumerate(self._notes):
            state = f"Selesai {_when(note.selesai)}" if note.selesai else OPEN_TEXT
            values = (note.judul or "(tanpa judul)", note.sumber, _when(note.waktu), state)
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(f"{_JENIS.get(note.jenis, note.jenis)} \u00b7 dicatat oleh {note.pelaku}"
                                if column == COLUMN_JUDUL else text)
                if note.selesai:
                    item.setForeground(muted)
                table.setItem(row, column, item)
        ids = [n.id for n in self._notes]
        row = ids.index(select) if select in ids else (0 if ids else -1)
        self.empty_label.setVisible(not self._notes)
        if row >= 0:
            table.selectRow(row)
        self._show_selected()

    def selected_note(self):
        rows = self.notes_table.selectionModel().selectedRows()
        return self._notes[rows[0].row()] if rows and rows[0].row() < len(self._notes) else None

    def _on_notes_table_item_selection_changed(self) -> None:
        self._show_selected()

    def _show_selected(self) -> None:
        note = self.selected_note()
        self.done_button.setEnabled(note is not None)
        self.delete_button.setEnabled(note is not None)
        if note is None:
            self.text_browser.clear()
            self.done_button.setText("Tandai &selesai")
            return
        self.done_button.setText("Buka &lagi" if note.selesai else "Tandai &selesai")
        kind = _JENIS.get(note.jenis, note.jenis)
        source = f" dari {note.sumber}" if note.sumber else ""
        head = f"{kind}{source} \u00b7 dicatat oleh {note.pelaku}, {_when(note.waktu)}"
        self.text_browser.setHtml(
            f"<p><b>{escape(note.judul or '(tanpa judul)')}</b><br><span style='color: #555'>{escape(head)}</span></p>"
            f"<p style='white-space: pre-wrap'>{escape(note.teks or '(kosong)')}</p>")

    # -- acting ----------------------------------------------------------------------------
    def _on_done_button_clicked(self) -> None:
        note = self.selected_note()
        if note is None:
            return
        guarded(self, TITLE, self._session.set_note_done, note.id, note.selesai is None)
        self.reload(select=note.id)
        self.notes_changed.emit()

    def _on_delete_button_clicked(self) -> None:
        note = self.selected_note()
        if note is None:
            return
        self._pending = note.id
        title = note.judul or note.teks[:40]
        self.confirm_box = ConfirmBox(self, "Hapus catatan", f"Hapus catatan \u201c{title}\u201d?", "&Hapus",
                                      informative="Isinya tetap tercatat di riwayat layanan.", destructive=True)
        self.confirm_box.setObjectName("delete_note_confirm_box")
        self.confirm_box.answered.connect(self._on_confirm_box_answered)
        self.confirm_box.open()

    def _on_confirm_box_answered(self, confirmed: bool) -> None:
        self.confirm_box = None
        if not confirmed:
            return
        guarded(self, TITLE, self._session.delete_note, self._pending)
        self.reload()
        self.notes_changed.emit()
        self.notes_table.setFocus()


def add_notes_button(editor) -> QToolButton:
    """The "Catatan (N)" button in the service editor's header, shown while the service has notes."""
    ui = editor.ui
    button = QToolButton(editor)
    button.setObjectName("notes_tool_button")
    button.setToolTip("Catatan pada layanan ini: baris dokumen Word yang tidak dikenali dan temuan evaluasi")
    ui.header_layout.insertWidget(ui.header_layout.indexOf(ui.guidance_tool_button), button)

    def refresh() -> None:
        notes = editor._session.service_notes(editor.service_id)
        open_count = sum(1 for n in notes if not n.selesai)
        button.setText(f"Catatan ({open_count})")
        button.setVisible(bool(notes))

    def open_dialog() -> None:
        editor.notes_dialog = NotesDialog(editor._session, editor.service_id, editor)
        editor.notes_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.notes_dialog.notes_changed.connect(refresh)
        editor.notes_dialog.open()

    button.clicked.connect(open_dialog)
    button.refresh = refresh  # the editor calls it when it loads a service
    button.hide()
    return button
