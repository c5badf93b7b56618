"""The files kept with one penerapan activity: list, add, open, remove (ui layer).

The files live in the project file (``berkas``); opening one writes a copy to a temporary folder of
this page and hands it to the program the system associates with it.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QWidget

from sp_desktop.domain.file_names import safe_part
from sp_desktop.domain.formatting import format_number
from sp_desktop.domain.os_messages import os_reason
from sp_desktop.domain.penerapan import Kegiatan
from sp_desktop.services.session import ProjectSession
from sp_desktop.ui.file_actions import open_file
from sp_desktop.ui.messages import confirm, guarded, warn

_TITLE = "Berkas bukti"


def size_text(n: int) -> str:
    """A file size as people read it: "820 KB", "3,4 MB"."""
    if n >= 1024 * 1024:
        return f"{format_number(round(n / (1024 * 1024), 1))} MB"
    return f"{format_number(max(1, round(n / 1024)))} KB"


class KegiatanFiles(QObject):
    """Runs the "Berkas bukti" box of the Penerapan page for the activity shown.

    Args:
        session: the open project.
        ui: the page's generated form (its ``files_*`` widgets).
        page: the page, parent of the dialogs and message boxes.
    """

    def __init__(self, session: ProjectSession, ui, page: QWidget):
        super().__init__(page)
        self._session = session
        self._ui = ui
        self._page = page
        self._kegiatan: Kegiatan | None = None
        self._folder: tempfile.TemporaryDirectory | None = None
        ui.add_file_push_button.clicked.connect(self._on_add_file_push_button_clicked)
        ui.open_file_push_button.clicked.connect(self._on_open_file_push_button_clicked)
        ui.remove_file_push_button.clicked.connect(self._on_remove_file_push_button_clicked)
        ui.files_list_widget.itemActivated.connect(self._on_files_list_widget_item_activated)
        ui.files_list_widget.currentRowChanged.connect(self._on_files_list_widget_current_row_changed)

    def show_for(self, kegiatan: Kegiatan | None) -> None:
        """List the files of ``kegiatan`` (none, and the box disabled, for None)."""
        self._kegiatan = kegiatan
        ui = self._ui
        ui.files_group_box.setEnabled(kegiatan is not None)
        widget = ui.files_list_widget
        widget.clear()
        for attachment in self._session.kegiatan_files(kegiatan.id) if kegiatan else []:
            item = QListWidgetItem(f"{attachment.nama}  ({size_text(attachment.ukuran)})", widget)
            item.setData(Qt.ItemDataRole.UserRole, attachment.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, attachment.nama)
            item.setToolTip(f"Dilampirkan oleh {attachment.pelaku}")
        if widget.count():
            widget.setCurrentRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self._ui.files_list_widget.currentItem() is not None
        self._ui.open_file_push_button.setEnabled(has)
        self._ui.remove_file_push_button.setEnabled(has)

    def attach(self, paths: Iterable[Path]) -> int:
        """Keep the files at ``paths`` with the activity shown; returns how many were stored."""
        if self._kegiatan is None:
            return 0
        stored = 0
        for path in map(Path, paths):
            try:
                data = path.read_bytes()
            except OSError as exc:
                warn(self._page, _TITLE, f"Berkas {path.name} tidak dapat dibaca: {os_reason(exc)}.")
                continue
            done = guarded(self._page, _TITLE, self._session.attach_kegiatan_file, self._kegiatan.id, path.name, data)
            stored += done is not None
        self.show_for(self._kegiatan)
        if stored:
            self._ui.files_list_widget.setCurrentRow(self._ui.files_list_widget.count() - 1)
        return stored

    def open_current(self) -> Path | None:
        """Write the selected file to a temporary folder and open it; returns the copy's path."""
        item = self._ui.files_list_widget.currentItem()
        if item is None:
            return None
        data = guarded(self._page, _TITLE, self._session.kegiatan_file_data, item.data(Qt.ItemDataRole.UserRole))
        if data is None:
            return None
        if self._folder is None:
            self._folder = tempfile.TemporaryDirectory(prefix="sp-desktop-berkas-", ignore_cleanup_errors=True)
        name = safe_part(item.data(Qt.ItemDataRole.UserRole + 1))[-100:] or "berkas"
        target = Path(self._folder.name) / f"{item.data(Qt.ItemDataRole.UserRole)}-{name}"
        try:
            target.write_bytes(data)
        except OSError as exc:
            warn(self._page, _TITLE, f"Berkas tidak dapat disalin untuk dibuka: {os_reason(exc)}.")
            return None
        if not open_file(target):
            warn(self._page, _TITLE, f"Tidak ada program untuk membuka {target.name} di komputer ini.")
        return target

    def _on_add_file_push_button_clicked(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self._page, "Pilih berkas bukti", "", "Foto dan dokumen (*.jpg *.jpeg *.png *.pdf *.docx *.doc *.xlsx);;"
            "Semua berkas (*)"
        )
        if paths:
            self.attach(paths)

    def _on_open_file_push_button_clicked(self) -> None:
        self.open_current()

    def _on_files_list_widget_item_activated(self, _item: QListWidgetItem) -> None:
        self.open_current()

    def _on_remove_file_push_button_clicked(self) -> None:
        item = self._ui.files_list_widget.currentItem()
        if item is None:
            return
        name = item.data(Qt.ItemDataRole.UserRole + 1)
        if confirm(self._page, "Hapus berkas", f"Hapus berkas “{name}” dari kegiatan ini?"):
            guarded(self._page, _TITLE, self._session.remove_kegiatan_file, item.data(Qt.ItemDataRole.UserRole))
            self.show_for(self._kegiatan)

    def _on_files_list_widget_current_row_changed(self, _row: int) -> None:
        self._update_buttons()
