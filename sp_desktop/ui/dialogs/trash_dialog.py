"""The "Sampah": deleted services, kept in the file until it is emptied (ui layer).

Below the trash come the deletions emptied from it that the audit trail's copy can still restore.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from sp_desktop.ui.generated.ui_trash_dialog import Ui_TrashDialog
from sp_desktop.ui.messages import ConfirmBox, guarded

if TYPE_CHECKING:
    from sp_desktop.services.session import ProjectSession
    from sp_desktop.storage.repository import TrashEntry

COLUMN_NAME, COLUMN_WHEN, COLUMN_WHO, COLUMN_SOURCE = range(4)
SOURCE_TRASH = "Sampah"
SOURCE_HISTORY = "Riwayat"
_MAX_NAMED = 10
_HISTORY_TIP = "Sudah dikeluarkan dari Sampah; dipulihkan dari salinan yang tersimpan di riwayat."
_EMPTY_TEXT = (
    "Sampah kosong, dan tidak ada jenis pelayanan terhapus yang dapat dipulihkan dari riwayat. "
    "Jenis pelayanan yang dihapus akan tampil di sini dan tetap dapat dipulihkan, juga setelah proyek ditutup."
)


class TrashDialog(QDialog):
    """Lists the trash, then the deletions restorable from the audit trail; restores and empties.

    Signals:
        restored(int): the id of the service that came back.
    """

    restored = Signal(int)

    def __init__(self, session: ProjectSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_TrashDialog()
        self.ui.setupUi(self)
        self._session = session
        self._entries: list[TrashEntry] = []
        self._intro = self.ui.intro_label.text()
        self.confirm_box: QMessageBox | None = None
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Close).setText("Tutup")
        self.ui.restore_push_button.setDefault(True)
        header = self.ui.trash_table_widget.horizontalHeader()
        header.setSectionResizeMode(COLUMN_NAME, QHeaderView.ResizeMode.Stretch)
        for column in (COLUMN_WHEN, COLUMN_WHO, COLUMN_SOURCE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.restore_push_button.clicked.connect(self._on_restore_push_button_clicked)
        self.ui.empty_push_button.clicked.connect(self._on_empty_push_button_clicked)
        self.ui.trash_table_widget.itemSelectionChanged.connect(self._on_trash_table_widget_item_selection_changed)
        self.ui.trash_table_widget.doubleClicked.connect(self._on_restore_push_button_clicked)
        self.reload()

    def reload(self) -> None:
        """Show the trash (newest first), then what the audit trail can still restore (newest first)."""
        trash = sorted(self._session.trash(), key=lambda e: e.waktu, reverse=True)
        history = sorted(self._session.deleted_history(), key=lambda e: e.waktu, reverse=True)
        self._entries = trash + history
        table = self.ui.trash_table_widget
        table.setRowCount(len(self._entries))
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        for row, entry in enumerate(self._entries):
            source = SOURCE_HISTORY if entry.from_audit else SOURCE_TRASH
            values = (entry.jenis_pelayanan, entry.waktu.strftime("%d-%m-%Y %H.%M.%S"), entry.pelaku, source)
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if entry.from_audit:
                    font = item.font()
                    font.setItalic(True)
                    item.setFont(font)
                    item.setForeground(muted)
                    item.setToolTip(_HISTORY_TIP)
                table.setItem(row, column, item)
        if self._entries:
            table.selectRow(0)
        self.ui.intro_label.setText(self._intro if self._entries else _EMPTY_TEXT)
        self.ui.empty_push_button.setEnabled(bool(trash))
        self._on_trash_table_widget_item_selection_changed()

    def _selected_entry(self) -> TrashEntry | None:
        rows = self.ui.trash_table_widget.selectionModel().selectedRows()
        return self._entries[rows[0].row()] if rows else None

    def _on_trash_table_widget_item_selection_changed(self) -> None:
        self.ui.restore_push_button.setEnabled(self._selected_entry() is not None)

    def _on_restore_push_button_clicked(self, *_args) -> None:
        entry = self._selected_entry()
        if entry is None:
            return
        restore = self._session.restore_from_history if entry.from_audit else self._session.restore_service
        layanan = guarded(self, "Pulihkan", restore, entry.id)
        if layanan is not None:
            self.restored.emit(layanan.id)
        self.reload()

    # -- emptying --------------------------------------------------------------------------
    def _on_empty_push_button_clicked(self) -> None:
        names = [e.jenis_pelayanan for e in self._entries if not e.from_audit]
        if not names:
            return
        listed = "\n".join(f"• {name}" for name in names[:_MAX_NAMED])
        if len(names) > _MAX_NAMED:
            listed += f"\n• dan {len(names) - _MAX_NAMED} layanan lainnya"
        box = ConfirmBox(
            self, "Kosongkan Sampah", f"Keluarkan {len(names)} jenis pelayanan berikut dari Sampah?\n\n{listed}",
            "&Kosongkan Sampah", destructive=True, icon=QMessageBox.Icon.Warning,  # Enter never empties the trash
            informative="Layanan itu masih dapat dipulihkan dari riwayat: setelah Sampah dikosongkan, masing-masing "
            "tetap tampil di daftar ini dengan tanda “Riwayat”.",
        )
        box.answered.connect(self._on_confirm_box_answered)
        self.confirm_box = box
        box.open()

    def _on_confirm_box_answered(self, confirmed: bool) -> None:
        self.confirm_box = None
        if confirmed:
            guarded(self, "Kosongkan Sampah", self._session.empty_trash)
            self.reload()
