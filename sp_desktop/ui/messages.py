"""Message boxes in Indonesian and a guard that turns service errors into them (ui layer).

Every page calls the session through :func:`guarded`, so a refused action (``NotAllowed``)
or a file problem (``ProjectError``) is shown to the user instead of escaping a slot.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from sp_desktop.domain.roles import NotAllowed
from sp_desktop.storage.errors import ProjectError

T = TypeVar("T")


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """Show a warning with one OK button."""
    QMessageBox.warning(parent, title, text)


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """Show an information message with one OK button."""
    QMessageBox.information(parent, title, text)


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask a yes/no question; "Tidak" is the default so Enter never destroys anything."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def guarded(parent: QWidget | None, title: str, call: Callable[..., T], *args, **kwargs) -> T | None:
    """Run a session call; on ``NotAllowed`` or ``ProjectError`` show its message and return None.

    Args:
        parent: the widget the message box belongs to.
        title: the message box title, naming the action that failed (e.g. "Tambah anggota").
        call: the session method; ``args`` and ``kwargs`` are passed to it.
    """
    try:
        return call(*args, **kwargs)
    except (NotAllowed, ProjectError) as exc:
        warn(parent, title, str(exc))
        return None


class ConfirmBox(QMessageBox):
    """A window-modal question that does not block, with Indonesian buttons; emits ``answered(bool)``.

    Connect ``answered`` to a bound method (a lambda holding a page in a deleted box's connection
    crashes PySide6), then call ``open()``. The box deletes itself when closed.

    Args:
        parent: the window the question belongs to.
        title, text, informative: what it asks.
        confirm_text: the confirming button, e.g. "&Hapus".
        destructive: Batal is then the default, so Enter never destroys anything.
        icon: the box's icon.
    """

    answered = Signal(bool)

    def __init__(self, parent: QWidget | None, title: str, text: str, confirm_text: str, *, informative: str = "",
                 destructive: bool = False, icon: QMessageBox.Icon = QMessageBox.Icon.Question):
        super().__init__(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
        if informative:
            self.setInformativeText(informative)
        role = QMessageBox.ButtonRole.DestructiveRole if destructive else QMessageBox.ButtonRole.AcceptRole
        self.confirm_button = self.addButton(confirm_text, role)
        cancel = self.addButton("&Batal", QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(cancel if destructive else self.confirm_button)
        self.setEscapeButton(cancel)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.finished.connect(self._on_finished)

    def _on_finished(self, _result: int) -> None:
        self.answered.emit(self.clickedButton() is self.confirm_button)
