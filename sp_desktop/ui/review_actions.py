"""Tinjau banyak unit… : the reviewer's window over a folder of units' projects (ui layer).

``install(window)`` is called once by the main window (``main_window.MENU_EXTENSIONS``), after
``exchange_actions``: the entry goes into the Pertukaran menu when that menu exists, else into Berkas after
the import entries. It needs no open project: a reviewer of the Bagian Organisasi may have none.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from sp_desktop.ui.settings_store import AppSettings, fit_to_screen

TEXT = "Tinjau banyak unit\u2026"
MNEMONIC_ORDER = "injaubyk"
"""The letters of :data:`TEXT` tried, in order, for a mnemonic not yet taken in the menu."""
AskFolder = Callable[[QWidget | None, str, str], Path | None]
"""``ask(parent, title, start_folder) -> chosen folder or None``; tests pass their own."""


def ask_folder(parent: QWidget | None, title: str, start: str) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(parent, title, start)
    return Path(chosen) if chosen else None


def _taken(menu: QMenu) -> set[str]:
    letters = set()
    for action in menu.actions():
        text = action.text().replace("&&", "")
        at = text.find("&")
        if at >= 0 and at + 1 < len(text):
            letters.add(text[at + 1].lower())
    return letters


def _with_mnemonic(menu: QMenu) -> str:
    taken = _taken(menu)
    for letter in MNEMONIC_ORDER:
        at = TEXT.lower().find(letter)
        if letter not in taken and at >= 0:
            return TEXT[:at] + "&" + TEXT[at:]
    return TEXT


def install(window) -> None:
    """Add "Tinjau banyak unit…" (always enabled) to the Pertukaran menu, or to Berkas when there is none."""
    menu = window.findChild(QMenu, "exchange_menu")
    action = QAction(window)
    action.setObjectName("review_action")
    action.setStatusTip("Buka folder berisi berkas proyek (.spdb) dan SP JSON semua unit untuk ditinjau sekaligus")
    if menu is not None:
        action.setText(_with_mnemonic(menu))
        menu.addSeparator()
        menu.addAction(action)
    else:
        file_menu = window.ui.file_menu
        action.setText(_with_mnemonic(file_menu))
        actions = file_menu.actions()
        anchor = getattr(window, "replication_action", None)
        if anchor in actions and actions.index(anchor) + 1 < len(actions):
            file_menu.insertAction(actions[actions.index(anchor) + 1], action)
        else:
            file_menu.insertAction(window.ui.save_copy_action, action)
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
