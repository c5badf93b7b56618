"""Pertukaran › Riwayat penerimaan: the packages received, and undoing one (ui layer).

Undoing is asked first; the dialog then closes and emits ``undo_requested``: the menu undoes the receive
and reopens the project (``ui/exchange_actions.py``), since the session this dialog reads is replaced.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sp_desktop.ui.busy import while_busy
from sp_desktop.ui.dialogs.conflict_dialog import when_text
from sp_desktop.ui.messages import ConfirmBox, guarded

if TYPE_CHECKING:
    from sp_desktop.services.exchange_types import Receipt
    from sp_desktop.services.session import ProjectSession

COLUMN_WHEN, COLUMN_FROM, COLUMN_FILE = range(3)
EMPTY_TEXT = "Belum ada paket perubahan yang diterima di proyek ini."
INTRO = ("Paket perubahan yang sudah diterima, terbaru di atas. Membatalkan satu penerimaan mengembalikan proyek "
         "ke keadaan sebelum paket itu diterima; penerimaan sesudahnya ikut dibatalkan.")


class ReceiptsDialog(QDialog):
    """The receipts, newest first, with "Batalkan penerimaan ini".

    Signals:
        undo_requested(int): the user confirmed undoing this receipt (the dialog has closed).
    """

    undo_requested = Signal(int)

    def __init__(self, session: ProjectSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("receipts_dialog")
        self.setWindowTitle("Riwayat penerimaan")
        self._session = session
        self._receipts: list[Receipt] = []
        self.confirm_box: ConfirmBox | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(INTRO, self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("receipts_table_widget")
        self.table.setHorizontalHeaderLabels(["Waktu", "Dari", "Paket"])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COLUMN_WHEN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMN_FROM, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMN_FILE, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.empty_label = QLabel(EMPTY_TEXT, self)
        self.empty_label.setObjectName("empty_label")
        layout.addWidget(self.empty_label)
        row = QHBoxLayout()
        self.undo_button = QPushButton("Batalkan &penerimaan ini\u2026", self)
        self.undo_button.setObjectName("undo_push_button")
        self.undo_button.setAutoDefault(False)
        row.addWidget(self.undo_button)
        row.addStretch(1)
        self.close_button = QPushButton("&Tutup", self)
        self.close_button.setObjectName("close_push_button")
        self.close_button.setDefault(True)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self.undo_button.clicked.connect(self._on_undo_button_clicked)
        self.close_button.clicked.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._on_table_item_selection_changed)
        self.resize(760, 420)
        self.reload()

    def reload(self) -> None:
        """Read the receipts again (newest first) and select the newest."""
        from sp_desktop.services.exchange import receipts

        self._receipts = receipts(self._session)
        self.table.setRowCount(len(self._receipts))
        for row, receipt in enumerate(self._receipts):
            for column, text in enumerate((when_text(receipt.waktu[:16].replace("T", " ")), receipt.dari or "-",
                                           receipt.berkas)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.empty_label.setVisible(not self._receipts)
        self.table.setVisible(bool(self._receipts))
        if self._receipts:
            self.table.selectRow(0)
        self._on_table_item_selection_changed()

    def current(self) -> Receipt | None:
        rows = self.table.selectionModel().selectedRows()
        return self._receipts[rows[0].row()] if rows else None

    def _on_table_item_selection_changed(self) -> None:
        self.undo_button.setEnabled(self.current() is not None)

    def _on_undo_button_clicked(self) -> None:
        receipt = self.current()
        if receipt is None:
            return
        later = sum(1 for r in self._receipts if r.id > receipt.id)
        also = f" {later} penerimaan sesudahnya juga ikut dibatalkan." if later else ""
        box = ConfirmBox(self, "Batalkan penerimaan",
                         f"Batalkan penerimaan paket {receipt.berkas} dari {receipt.dari or 'pengirim'}?",
                         "&Ya, batalkan",
                         informative=("Proyek dikembalikan ke keadaan sebelum paket itu diterima, lalu dibuka "
                                      f"ulang.{also} Perubahan yang Anda buat sesudahnya juga hilang."),
                         destructive=True)
        box.setObjectName("undo_confirm_box")
        box.answered.connect(self._on_confirm_box_answered)
        self.confirm_box = box
        box.open()

    def _on_confirm_box_answered(self, yes: bool) -> None:
        box, self.confirm_box = self.confirm_box, None
        receipt = self.current()
        if not yes or receipt is None or box is None:
            return
        self.accept()
        self.undo_requested.emit(receipt.id)


def undo_and_reopen(window, receipt_id: int) -> bool:
    """Bring the window's project back to before that receive, then reopen it; True when reopened."""
    controller = window.controller
    if controller.session is None:
        return False
    from sp_desktop.services.exchange import undo_receive
    from sp_desktop.ui.exchange_actions import leave_editor

    leave_editor(window)
    path = guarded(window, "Batalkan penerimaan", while_busy, undo_receive, controller.session, receipt_id)
    if path is None:
        return False
    controller.close_project()  # the same file: open_path alone would keep the old session
    if not controller.open_path(Path(path)):
        return False
    controller.message.emit("Penerimaan dibatalkan; proyek dibuka ulang.")
    return True
