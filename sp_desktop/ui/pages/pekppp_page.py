"""Evaluasi PEKPPP: the nine "Kebijakan Pelayanan" indicators scored from the project, and the evidence pack (ui layer).

The scores come from ``services.pekppp.scores``; "Buat paket bukti…" asks for a ZIP name and writes it
with ``services.pekppp.write_pack`` on the GUI thread under a wait cursor (the pack reads the session
while it renders, and the session is not shared across threads).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from sp_desktop.domain.file_names import safe_part
from sp_desktop.export.errors import ExportError
from sp_desktop.services import pekppp
from sp_desktop.storage.errors import ProjectError
from sp_desktop.ui.dialogs.export_naming import default_export_folder
from sp_desktop.ui.file_actions import open_file
from sp_desktop.ui.generated.ui_pekppp_page import Ui_PekpppPage
from sp_desktop.ui.settings_store import AppSettings

TITLE = "Paket bukti PEKPPP"
HEADERS = ("Indikator", "Skor", "Yang sudah ada", "Yang kurang untuk tingkat berikutnya")
_LOW, _FULL = QBrush(QColor("#fde2c8")), QBrush(QColor("#d8f0d8"))
AskPath = Callable[[QWidget | None, str, Path], Path | None]


def ask_zip_path(parent: QWidget | None, title: str, proposed: Path) -> Path | None:
    """Qt's save dialog for a ZIP; ``.zip`` is added when the typed name lacks it."""
    name, _ = QFileDialog.getSaveFileName(parent, title, str(proposed), "Arsip ZIP (*.zip)")
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".zip" else path.with_name(path.name + ".zip")


class PekpppPage(QWidget):
    """The Evaluasi PEKPPP page of the main window (see the module docstring)."""

    def __init__(self, session, signals, parent: QWidget | None = None, *, ask: AskPath | None = None,
                 settings: AppSettings | None = None):
        super().__init__(parent)
        self.ui = Ui_PekpppPage()
        self.ui.setupUi(self)
        self._session = session
        self._ask = ask or ask_zip_path
        self._settings = settings
        self._stale = True
        self.scores: list = []
        table = self.ui.scores_table_widget
        table.setColumnCount(len(HEADERS))
        table.setHorizontalHeaderLabels(list(HEADERS))
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        table.setColumnWidth(0, 370)
        table.setStyleSheet("QTableWidget::item { padding: 6px 4px; }")
        # wrapped text takes the height it needs once the stretched columns have their width
        header.sectionResized.connect(lambda *_: table.resizeRowsToContents())
        self.ui.page_layout.setStretch(2, 1)
        self.ui.refresh_button.clicked.connect(self.refresh)
        self.ui.pack_button.clicked.connect(self.make_pack)
        signals.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, _what: str, _service_id) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Score the project again and show the nine rows."""
        self._stale = False
        try:
            self.scores = pekppp.scores(self._session)
        except ProjectError as exc:
            self.ui.total_label.setText(str(exc))
            return
        table = self.ui.scores_table_widget
        table.setRowCount(len(self.scores))
        for row, s in enumerate(self.scores):
            cells = (f"{s.kode} {s.judul}", str(s.skor), s.ada, s.kurang)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if col == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    item.setBackground(_FULL if s.skor == 5 else _LOW if s.skor <= 2 else QBrush())
                table.setItem(row, col, item)
        table.resizeRowsToContents()
        total = sum(s.skor for s in self.scores)
        self.ui.total_label.setText(f"Jumlah skor mandiri: {total} dari {5 * len(self.scores)}")

    def make_pack(self) -> Path | None:
        """Ask for the ZIP's name and write the pack; returns its path, or None when cancelled or refused."""
        settings = self._settings or AppSettings(QSettings())
        instansi = self._session.instansi()
        about = safe_part(instansi.singkatan or instansi.nama) or "Unit"
        proposed = default_export_folder(settings.last_folder()) / (
            f"Paket Bukti PEKPPP - {about} - {date.today().isoformat()}.zip")
        path = self._ask(self, "Simpan paket bukti PEKPPP", proposed)
        if path is None:
            return None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = pekppp.write_pack(self._session, path)
        except (ExportError, ProjectError) as exc:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self, f"{TITLE} tidak dibuat", str(exc))
            return None
        QApplication.restoreOverrideCursor()
        settings.set_last_folder(path.parent)
        text = f"Paket bukti tersimpan di {path} ({len(result.files)} berkas)."
        if result.missing:
            text += (f" {len(result.missing)} dokumen belum dapat dibuat; alasannya tertulis di "
                     f"{pekppp.INDEX_NAME}.")
        answer = QMessageBox.question(self, f"{TITLE} selesai", text + "\n\nBuka paket sekarang?")
        if answer == QMessageBox.StandardButton.Yes:
            open_file(path)
        return path
