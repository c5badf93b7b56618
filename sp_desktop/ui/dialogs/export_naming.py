"""Where an export goes by default and the question before a file is overwritten (ui layer).

The folder is the user's Documents folder unless a visible folder was chosen before: the app's own
data folder (where the default project lives) is hidden and never a document's default.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QMessageBox, QWidget

from sp_desktop.domain.file_names import numbered_name

OVERWRITE = "timpa"
NEW_NAME = "baru"


def documents_folder() -> Path:
    """The user's Documents folder (the home folder when the system names none)."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


def _app_data_folders() -> list[Path]:
    locations = (
        QStandardPaths.StandardLocation.AppDataLocation,
        QStandardPaths.StandardLocation.AppLocalDataLocation,
        QStandardPaths.StandardLocation.GenericDataLocation,
        QStandardPaths.StandardLocation.GenericConfigLocation,
    )
    return [Path(p) for p in (QStandardPaths.writableLocation(loc) for loc in locations) if p]


def is_hidden_folder(folder: Path) -> bool:
    """True for a folder a user would not find: under a dot folder or in the app-data folders."""
    folder = Path(folder)
    if any(part.startswith(".") and part not in (".", "..") for part in folder.parts):
        return True
    for data in _app_data_folders():
        if folder == data or data in folder.parents:
            return True
    return False


def default_export_folder(remembered: str) -> Path:
    """The remembered folder when it exists and is visible, else the Documents folder."""
    if remembered:
        folder = Path(remembered)
        if folder.is_dir() and not is_hidden_folder(folder):
            return folder
    return documents_folder()


def free_name(path: Path) -> Path:
    """``path`` itself when free, else ``name (2).ext``, ``name (3).ext``, … the first that is free."""
    if not path.exists():
        return path
    number = 2
    while (candidate := path.with_name(numbered_name(path.name, number))).exists():
        number += 1
    return candidate


def ask_overwrite(parent: QWidget, path: Path, answered: Callable[[str | None], None]) -> QMessageBox:
    """Ask, without blocking, whether to overwrite ``path``; ``answered`` gets "timpa", "baru" or None.

    The buttons are Indonesian ("Timpa", "Simpan dengan nama baru", "Batal") and "Batal" is the
    default, so Enter never destroys a file.
    """
    text = f"Berkas \u201c{path.name}\u201d sudah ada di {path.parent}."
    box = QMessageBox(QMessageBox.Icon.Question, "Berkas sudah ada", text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("overwrite_message_box")
    box.setInformativeText("Timpa berkas itu dengan dokumen yang baru, atau simpan dengan nama baru "
                           f"\u201c{free_name(path).name}\u201d?")
    overwrite = box.addButton("&Timpa", QMessageBox.ButtonRole.DestructiveRole)
    new_name = box.addButton("Simpan dengan &nama baru", QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton("&Batal", QMessageBox.ButtonRole.RejectRole)
    overwrite.setObjectName("overwrite_push_button")
    new_name.setObjectName("new_name_push_button")
    cancel.setObjectName("cancel_push_button")
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)

    def finished(_result: int) -> None:
        clicked = box.clickedButton()
        answered(OVERWRITE if clicked is overwrite else NEW_NAME if clicked is new_name else None)
        box.deleteLater()

    box.finished.connect(finished)
    box.open()
    return box
