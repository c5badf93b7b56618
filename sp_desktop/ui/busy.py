"""The wait cursor around a call that keeps the GUI thread for a noticeable moment (ui layer)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication


def while_busy(function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """``function(*args, **kwargs)`` under the wait cursor, restored before any error reaches a message box.

    For work of a fraction of a second to a few seconds that must stay on the GUI thread (it writes the open
    project), such as sending or receiving changes in a project of 2,000 services (~0.2 s here).
    """
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return function(*args, **kwargs)
    finally:
        QGuiApplication.restoreOverrideCursor()
