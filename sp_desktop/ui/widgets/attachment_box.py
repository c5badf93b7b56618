"""A page's box of files kept in the project: list, add, open, remove (ui layer).

The files live in the project file (``berkas``); opening one writes a copy to a temporary folder of
the page and hands it to the program the system associates with it. What the box lists and how it
stores are given by an :class:`AttachmentKind`, so the Penerapan and Publikasi pages share one box.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QWidget

from sp_desktop.domain.file_names import safe_part
from sp_desktop.domain.formatting import format_number
from sp_desktop.domain.os_messages import os_reason
from sp_desktop.ui.file_actions import open_file
from sp_desktop.ui.messages import confirm, guarded, warn


def size_text(n: int) -> str:
    """A file size as people read it: "820 KB", "3,4 MB"."""
    if n >= 1024 * 1024:
        return f"{format_number(round(n / (1024 * 1024), 1))} MB"
    return f"{format_number(max(1, round(n / 1024)))} KB"


@dataclass(frozen=True)
class AttachmentKind:
    """What one box holds and the session calls behind it.

    Attributes:
        title: the message boxes' title ("Berkas bukti").
        noun: what a file is called in the remove question ("berkas", "bukti").
        owner_noun: what the files belong to ("kegiatan ini", "publikasi ini").
        dialog_title, dialog_filter: the file chooser's title and filters.
        temp_prefix: the prefix of the temporary folder copies are opened from.
        files, attach, data, remove: ``files(owner_id)``, ``attach(owner_id, name, data)``,
            ``data(attachment_id)``, ``remove(attachment_id)``.
    """

    title: str
    noun: str
    owner_noun: str
    dialog_title: str
    dialog_filter: str
    temp_prefix: str
    files: Callable[[str], list]
    attach: Callable[[str, str, bytes], Any]
    data: Callable[[int], bytes | None]
    remove: Callable[[int], Any]


class AttachmentBox(QObject):
    """Runs a page's files box (its ``files_group_box``, ``files_list_widget`` and the add/open/remove buttons).

    Args:
        kind: what the box holds and how it stores it.
        ui: the page's generated form.
        page: the page, parent of the dialogs and message boxes.
    """

    def __init__(self, kind: AttachmentKind, ui, page: QWidget):
        super().__init__(page)
        self._kind = kind
        self._ui = ui
        self._page = page
        self._owner: Any = None
        self._folder: tempfile.TemporaryDirectory | None = None
        ui.add_file_push_button.clicked.connect(self._on_add_file_push_button_clicked)
        ui.open_file_push_button.clicked.connect(self.open_current)
        ui.remove_file_push_button.clicked.connect(self._on_remove_file_push_button_clicked)
        ui.files_list_widget.itemActivated.connect(lambda _item: self.open_current())
        ui.files_list_widget.currentRowChanged.connect(lambda _row: self._update_buttons())

    def show_for(self, owner: Any) -> None:
        """List the files of ``owner`` (a record with an ``id``; none, and the box disabled, for None)."""
        self._owner = owner
        ui = self._ui
        ui.files_group_box.setEnabled(owner is not None)
        widget = ui.files_list_widget
        widget.clear()
        for attachment in self._kind.files(owner.id) if owner is not None else []:
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
        if self._owner is None:
            return 0
        stored = 0
        for path in map(Path, paths):
            try:
                data = path.read_bytes()
            except OSError as exc:
                warn(self._page, self._kind.title, f"Berkas {path.name} tidak dapat dibaca: {os_reason(exc)}.")
                continue
            done = guarded(self._page, self._kind.title, self._kind.attach, self._owner.id, path.name, data)
            stored += done is not None
        self.show_for(self._owner)
        if stored:
            self._ui.files_list_widget.setCurrentRow(self._ui.files_list_widget.count() - 1)
        return stored

    def open_current(self) -> Path | None:
        """Write the selected file to a temporary folder and open it; returns the copy's path."""
        item = self._ui.files_list_widget.currentItem()
        if item is None:
            return None
        attachment_id = item.data(Qt.ItemDataRole.UserRole)
        data = guarded(self._page, self._kind.title, self._kind.data, attachment_id)
        if data is None:
            return None
        if self._folder is None:
            self._folder = tempfile.TemporaryDirectory(prefix=self._kind.temp_prefix, ignore_cleanup_errors=True)
        name = safe_part(item.data(Qt.ItemDataRole.UserRole + 1))[-100:] or "berkas"
        target = Path(self._folder.name) / f"{attachment_id}-{name}"
        try:
            target.write_bytes(data)
        except OSError as exc:
            warn(self._page, self._kind.title, f"Berkas tidak dapat disalin untuk dibuka: {os_reason(exc)}.")
            return None
        if not open_file(target):
            warn(self._page, self._kind.title, f"Tidak ada program untuk membuka {target.name} di komputer ini.")
        return target

    def _on_add_file_push_button_clicked(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(self._page, self._kind.dialog_title, "", self._kind.dialog_filter)
        if paths:
            self.attach(paths)

    def _on_remove_file_push_button_clicked(self) -> None:
        item = self._ui.files_list_widget.currentItem()
        if item is None:
            return
        name, noun = item.data(Qt.ItemDataRole.UserRole + 1), self._kind.noun
        if confirm(self._page, f"Hapus {noun}", f"Hapus {noun} \u201c{name}\u201d dari {self._kind.owner_noun}?"):
            guarded(self._page, self._kind.title, self._kind.remove, item.data(Qt.ItemDataRole.UserRole))
            self.show_for(self._owner)
