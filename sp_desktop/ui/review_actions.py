"""Tinjau banyak unit… : the reviewer's window over a folder of units' projects (ui layer).

``install(window)`` is called once by the main window (``main_window.MENU_EXTENSIONS``), after
``exchange_actions``: the entry ends the Pertukaran menu. It needs no open project: a reviewer of the Bagian
Organisasi may have none.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QWidget

from sp_desktop.ui.settings_store import AppSettings, fit_to_screen

TEXT = "T&injau banyak unit\u2026"  # T, the first letter, is Terima perubahan's in the same menu
AskFolder = Callable[[QWidget | None, str, str], Path | None]
"""``ask(parent, title, start_folder) -> chosen folder or None``; tests pass their own."""


def ask_folder(parent: QWidget | None, title: str, start: str) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(parent, title, start)
    return Path(chosen) if chosen else None


def install(window) -> None:
    """Add "Tinjau banyak unit…" (always enabled) at the end of the Pertukaran menu."""
    action = QAction(TEXT, window)
    action.setObjectName("review_action")
    action.setStatusTip("Buka folder berisi berkas proyek (.spdb) dan SP JSON semua unit untuk ditinjau sekaligus")
    menu = window.exchange_menu.menu
    menu.addSeparator()
    menu.addAction(action)
    window.review_action = action
    window.review_window = None
    action.triggered.connect(lambda: open_review_interactively(window))


def _settings(window) -> AppSettings:
    return getattr(window.controller, "settings", None) or AppSettings(QSettings())


def open_review_interactively(window, *, ask: AskFolder | None = None, ask_save=None):
    """Ask for the folder of units and open the review window on it (reading starts at once); returns it."""
    from sp_desktop.ui.review.window import ReviewWindow

    settings = _settings(window)
    start = settings.last_folder() or str(Path.home())
    folder = (ask or ask_folder)(window, "Pilih folder berkas unit yang ditinjau", start)
    if folder is None:
        return None
    if hasattr(settings, "set_last_folder"):
        settings.set_last_folder(folder)
    review = ReviewWindow(folder, window, ask_save=ask_save)
    review.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.review_window = review
    review.show()
    fit_to_screen(review)
    review.start_loading()
    return review
