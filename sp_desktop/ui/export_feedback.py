"""What every export started from a page shows: its progress window and its result message (ui layer).

Shared by the cycle's documents (ui/doc_export_action.py) and the website (ui/website_action.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from sp_desktop.ui.file_actions import open_file, show_in_folder
from sp_desktop.ui.workers import ExportWorker


def progress_dialog(parent: QWidget | None, worker: ExportWorker, text: str, title: str, object_name: str,
                    maximum: int = 100) -> QProgressDialog:
    """A window-modal progress window for ``worker``, shown after 400 ms; "Batal" cancels the worker."""
    progress = QProgressDialog(text, "Batal", 0, maximum, parent)
    progress.setObjectName(object_name)
    progress.setWindowTitle(title)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(400)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    progress.canceled.connect(worker.cancel)
    return progress


def result_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, path: Path | None, *,
               object_name: str, open_text: str, open_name: str, folder_text: str,
               opener: Callable[[Path], object] = open_file,
               shower: Callable[[Path], object] = show_in_folder) -> QMessageBox:
    """A message that does not block; with ``path``: an open button, a show-in-folder button and "Tutup".

    ``opener`` / ``shower`` open the file and its folder (the callers pass their module's own, which tests replace).
    """
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName(object_name)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    open_button = None
    if path is not None:
        open_button = box.addButton(open_text, QMessageBox.ButtonRole.AcceptRole)
        open_button.setObjectName(open_name)
        folder_button = box.addButton(folder_text, QMessageBox.ButtonRole.ActionRole)
        folder_button.setObjectName("show_folder_push_button")
        open_button.clicked.connect(lambda: opener(path))
        folder_button.clicked.connect(lambda: shower(path))
    close_button = box.addButton("&Tutup", QMessageBox.ButtonRole.RejectRole)
    close_button.setObjectName("close_push_button")
    box.setDefaultButton(open_button or close_button)
    box.setEscapeButton(close_button)
    box.open()
    return box
