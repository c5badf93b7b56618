"""The "Sampah": services deleted while the project is open, restorable until it closes (ui layer)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableWidgetItem, QWidget

from sp_desktop.services.session import ProjectSession
from sp_desktop.ui.generated.ui_trash_dialog import Ui_TrashDialog
from sp_desktop.ui.messages import guarded


class TrashDialog(QDialog):
    """Lists the trash and restores the selected entry through the session.

    Signals:
        restored(int): the id of the service that came back.
    """

    restored = Signal(int)

    def __init__(self, session: ProjectSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_TrashDialog()
        self.ui.setupUi(self)
        self._session = session
        self._entries = []
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Close).setText("Tutup")
        header = self.ui.trash_table_widget.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.restore_push_button.clicked.connect(self._on_restore_push_button_clicked)
        self.ui.trash_table_widget.itemSelectionChanged.connect(self._on_trash_table_widget_item_selection_changed)
        self.ui.trash_table_widget.doubleClicked.connect(self._on_restore_push_button_clicked)
        self.reload()

    def reload(self) -> None:
        """Show the current trash, newest first."""
        self._entries = sorted(self._session.trash(), key=lambda e: e.waktu, reverse=True)
        table = self.ui.trash_table_widget
        table.setRowCount(len(self._entries))
        for row, entry in enumerate(self._entries):
            values = (entry.jenis_pelayanan, entry.waktu.strftime("%d-%m-%Y %H:%M:%S"), entry.pelaku)
            for column, text in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(text))
        if self._entries:
            table.selectRow(0)
        else:
            self.ui.intro_label.setText(
                "Sampah kosong. Jenis pelayanan yang dihapus selama proyek ini terbuka "
                "akan tampil di sini dan dapat dipulihkan sampai proyek ditutup."
            )
        self._on_trash_table_widget_item_selection_changed()

    def _selected_entry(self):
        rows = self.ui.trash_table_widget.selectionModel().selectedRows()
        return self._entries[rows[0].row()] if rows else None

    def _on_trash_table_widget_item_selection_changed(self) -> None:
        self.ui.restore_push_button.setEnabled(self._selected_entry() is not None)

    def _on_restore_push_button_clicked(self, *_args) -> None:
        entry = self._selected_entry()
        if entry is None:
            return
        layanan = guarded(self, "Pulihkan", self._session.restore_service, entry.id)
        if layanan is not None:
            self.restored.emit(layanan.id)
        self.reload()
