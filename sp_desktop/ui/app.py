"""Composition root of the desktop app: QApplication, settings, the main window (ui layer).

Start-up only opens the project database; the service editor, the export layer and the
document libraries are imported when first used.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from sp_desktop.ui.main_window import MainWindow
from sp_desktop.ui.settings_store import AppSettings

APP_NAME = "SP Desktop"
ORGANIZATION = "SP Desktop"
DEFAULT_PROJECT_NAME = "proyek.spdb"


def default_project_path() -> Path:
    """The project opened when none is named: ``<user data folder>/SP Desktop/proyek.spdb``."""
    import platformdirs

    return platformdirs.user_data_path(APP_NAME, appauthor=False) / DEFAULT_PROJECT_NAME


def create_main_window(path: Path | None, settings: AppSettings) -> MainWindow:
    """Build the main window and open ``path``, or the default project (created on first start).

    A named file that cannot be opened leaves the start screen up with the reason shown.
    """
    window = MainWindow(settings)
    if path is None:
        path = default_project_path()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            pass  # open_path reports the unusable folder in Indonesian
        window.open_path(path, create=True)
    else:
        window.open_path(Path(path))
    return window


def run_gui(path: Path | None = None) -> int:
    """Run the desktop app until its window closes.

    Args:
        path: the project file to open; None opens the default project.

    Returns:
        The process exit code.
    """
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    window = create_main_window(path, AppSettings(QSettings()))
    window.resize(1180, 760)
    window.show()
    return app.exec()
