"""Riwayat: the audit trail of one service (who changed what, when) (ui layer)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableWidgetItem, QWidget

from sp_desktop.domain.components import komponen_label
from sp_desktop.storage.repository import AuditEntry
from sp_desktop.ui.generated.ui_audit_dialog import Ui_AuditDialog

_AKSI_LABELS = {
    "tambah": "Tambah",
    "ubah": "Ubah",
    "hapus": "Hapus",
    "pulihkan": "Pulihkan",
    "urutkan": "Urutkan",
    "status": "Status",
    "impor": "Impor",
}


class AuditDialog(QDialog):
    """A read-only table of audit entries (waktu, pelaku, aksi, komponen, keterangan), newest first.

    Args:
        title: what the entries are about, e.g. the service name.
        entries: the entries as returned by ``session.audit(service_id)``.
    """

    def __init__(self, title: str, entries: list[AuditEntry], parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_AuditDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(f"Riwayat: {title}")
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Close).setText("Tutup")
        self.ui.button_box.rejected.connect(self.reject)
        count = len(entries)
        self.ui.intro_label.setText(
            f"{count} catatan perubahan untuk “{title}”, terbaru di atas."
            if count
            else f"Belum ada catatan perubahan untuk “{title}”."
        )
        table = self.ui.audit_table_widget
        table.setRowCount(count)
        for row, entry in enumerate(entries):
            values = (
                entry.waktu.strftime("%d-%m-%Y %H.%M.%S"),
                entry.pelaku or "—",
                _AKSI_LABELS.get(entry.aksi, entry.aksi),
                komponen_label(entry.komponen),
                entry.keterangan,
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
