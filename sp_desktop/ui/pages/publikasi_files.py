"""The evidence files of one publication record: list, add, open, remove (ui layer).

The files live in the project file (``berkas``, owner ``"publikasi:<id>"``); opening one writes a copy
to a temporary folder of this page and hands it to the program the system associates with it.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QWidget

from sp_desktop.domain.file_names import safe_part
from sp_desktop.domain.os_messages import os_reason
from sp_desktop.domain.publikasi import Publikasi
from sp_desktop.services import publikasi as svc
from sp_desktop.services.session import ProjectSession
from sp_desktop.ui.file_actions import open_file
from sp_desktop.ui.messages import confirm, guarded, warn
from sp_desktop.ui.pages.penerapan_files import size_text

_TITLE = "Bukti publikasi"


class PublikasiFiles(QObject):
    """Runs the "Bukti" box of the Publikasi page for the record shown.

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
        self._record: Publikasi | None = None
        self._folder: tempfile.TemporaryDirectory | None = None
        ui.add_file_push_button.clicked.connect(self._on_add_file_push_button_clicked)
        ui.open_file_push_button.clicked.connect(self._on_open_file_push_button_clicked)
        ui.remove_file_push_button.clicked.connect(self._on_remove_file_push_button_clicked)
        ui.files_list_widget.itemActivated.connect(self._on_files_list_widget_item_activated)
        ui.files_list_widget.currentRowChanged.connect(self._on_files_list_widget_current_row_changed)

    def show_for(self, record: Publikasi | None) -> None:
        """List the evidence of ``record`` (none, and the box disabled, for None)."""
        self._record = record
        ui = self._ui
        ui.files_group_box.setEnabled(record is not None)
        widget = ui.files_list_widget
        widget.clear()
        for attachment in svc.evidence(self._session, record.id) if record else []:
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
        """Keep the files at ``paths`` with the record shown; returns how many were stored."""
        if self._record is None:
            return 0
        stored = 0
        for path in map(Path, paths):
            try:
                data = path.read_bytes()
            except OSError as exc:
                warn(self._page, _TITLE, f"Berkas {path.name} tidak dapat dibaca: {os_reason(exc)}.")
                continue
            done = guarded(self._page, _TITLE, svc.attach_evidence, self._session, self._record.id, path.name, data)
            stored += done is not None
        self.show_for(self._record)
        if stored:
            self._ui.files_list_widget.setCurrentRow(self._ui.files_list_widget.count() - 1)
        return stored

    def open_current(self) -> Path | None:
        """Write the selected file to a temporary folder and open it; returns the copy's path."""
        item = self._ui.files_list_widget.currentItem()
        if item is None:
            return None
        attachment_id = item.data(Qt.ItemDataRole.UserRole)
        data = guarded(self._page, _TITLE, svc.evidence_data, self._session, attachment_id)
        if data is None:
            return None
        if self._folder is None:
            self._folder = tempfile.TemporaryDirectory(prefix="sp-desktop-bukti-", ignore_cleanup_errors=True)
        name = safe_part(item.data(Qt.ItemDataRole.UserRole + 1))[-100:] or "berkas"
        target = Path(self._folder.name) / f"{attachment_id}-{name}"
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
            self._page, "Pilih bukti publikasi", "", "Foto dan dokumen (*.jpg *.jpeg *.png *.pdf);;Semua berkas (*)")
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
        if confirm(self._page, "Hapus bukti", f"Hapus bukti “{name}” dari publikasi ini?"):
            guarded(self._page, _TITLE, svc.remove_evidence, self._session, item.data(Qt.ItemDataRole.UserRole))
            self.show_for(self._record)

    def _on_files_list_widget_current_row_changed(self, _row: int) -> None:
        self._update_buttons()
