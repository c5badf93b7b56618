"""Composition root of the desktop app: QApplication, settings, the main window (ui layer).

Start-up only opens the project database; the service editor, the export layer and the
document libraries are imported when first used.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from sp_desktop.ui import crash_report, translation
from sp_desktop.ui.main_window import MainWindow
from sp_desktop.ui.settings_store import AppSettings, WindowMemory

APP_NAME = "SP Desktop"
ORGANIZATION = "SP Desktop"
DEFAULT_PROJECT_NAME = "proyek.spdb"
QUIT_WHEN_READY = "SP_DESKTOP_QUIT_WHEN_READY"
"""With this set to 1, the app prints "shown" at its first paint and "ready" once the project is open, then quits:
how ``benchmarks/bench_frozen.py`` times the frozen and the source app as whole processes."""


def default_project_path() -> Path:
    """The project opened when none is named: ``<user data folder>/SP Desktop/proyek.spdb``."""
    import platformdirs

    return platformdirs.user_data_path(APP_NAME, appauthor=False) / DEFAULT_PROJECT_NAME


def _target(path: Path | None) -> tuple[Path, bool]:
    """The file to open and whether it may be created (only the default project is)."""
    if path is not None:
        return Path(path), False
    path = default_project_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        pass  # open_path reports the unusable folder in Indonesian
    return path, True


def create_main_window(path: Path | None, settings: AppSettings, *, deferred: bool = False) -> MainWindow:
    """Build the main window and open ``path``, or the default project (created on first start).

    A named file that cannot be opened leaves the start screen up with the reason shown.

    Args:
        path: the project file; None opens the default project.
        settings: what the app remembers.
        deferred: open the project just after the window's first paint, so the window is
            on screen before the database and its libraries are loaded.
    """
    window = MainWindow(settings)
    target, create = _target(path)
    if deferred:
        window.ui.status_bar.showMessage(f"Membuka {target.name}…")
        _FirstPaint(window, lambda: _open_deferred(window, target, create))
    else:
        window.open_path(target, create=create)
    return window


class _FirstPaint(QObject):
    """Runs a callback on the event-loop turn after the window's first paint."""

    def __init__(self, window: QWidget, callback):
        super().__init__(window)
        self._callback = callback
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)
        return False


def _report_when_ready(window: MainWindow, app: QApplication) -> None:
    """Print "shown" after the first paint and "ready" once the project is open, then quit (QUIT_WHEN_READY)."""
    # Installed after create_main_window's, this filter runs first: "shown" comes before the project opens.
    _FirstPaint(window, lambda: print("shown", flush=True))
    window.controller.opened.connect(
        lambda: QTimer.singleShot(0, window, lambda: (print("ready", flush=True), app.quit())))


def _open_deferred(window: MainWindow, target: Path, create: bool) -> None:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        window.open_path(target, create=create)
    finally:
        QApplication.restoreOverrideCursor()
        window.ui.status_bar.clearMessage()
    # Once the window is usable: remove what an export killed mid-write left in the folders we write to.
    # The window is the timer's context: a window closed within the two seconds cancels it.
    QTimer.singleShot(2000, window, lambda: sweep_export_leftovers(window.controller.settings))


def sweep_export_leftovers(settings: AppSettings) -> int:
    """Remove this app's stale export temp files from the last folder used and from Documents."""
    from PySide6.QtCore import QStandardPaths

    from sp_desktop.export.atomic import sweep_stale_temp_files

    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folders = {settings.last_folder(), documents}
    return sum(sweep_stale_temp_files(Path(folder)) for folder in folders if folder)


def run_gui(path: Path | None = None) -> int:
    """Run the desktop app until its window closes.

    Args:
        path: the project file to open; None opens the default project.

    Returns:
        The process exit code.
    """
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    # The menu entry's name (sp-desktop.desktop): the desktop groups the window under its icon (Wayland's
    # app id; on X11 the instance part of WM_CLASS is the executable's name, matched by StartupWMClass).
    app.setDesktopFileName("sp-desktop")
    app.setOrganizationName(ORGANIZATION)
    crash_report.install()
    translation.install(app)  # the translator is a child of the app and lives as long as it
    settings = AppSettings(QSettings())
    # Every dialog and window comes back at its last size and is kept within the screen's free area.
    app.installEventFilter(WindowMemory(settings, app))
    window = create_main_window(path, settings, deferred=True)
    if os.environ.get(QUIT_WHEN_READY) == "1":
        _report_when_ready(window, app)
    window.show_remembered()
    return app.exec()
