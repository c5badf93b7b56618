"""Upgrades keep settings, recent files and projects: none of their places depends on where the program is.

An installer replaces the program folder (``%LOCALAPPDATA%\\Programs\\SP Desktop``, ``/opt/sp-desktop``);
QSettings (recent files, who worked on which file, window sizes), the default project and the error log
must live elsewhere, wherever the executable is and whether or not it is frozen.
"""

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from sp_desktop.ui import crash_report
from sp_desktop.ui.app import APP_NAME, ORGANIZATION, default_project_path


@pytest.fixture
def app_names(qapp):
    """The organisation and application names run_gui sets, restored afterwards."""
    before = QCoreApplication.organizationName(), QCoreApplication.applicationName()
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APP_NAME)
    yield
    QCoreApplication.setOrganizationName(before[0])
    QCoreApplication.setApplicationName(before[1])


def user_places() -> dict[str, Path]:
    return {
        "settings": Path(QSettings().fileName()),
        "project": default_project_path(),
        "log": crash_report.log_path(),
    }


def run_as_installed(monkeypatch, program: Path) -> None:
    """What PyInstaller's bootloader sets: sys.frozen, the executable, the bundle folder."""
    program.mkdir(parents=True, exist_ok=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program / "sp-desktop.exe"))
    monkeypatch.setattr(sys, "_MEIPASS", str(program / "_internal"), raising=False)


def test_settings_project_and_log_stay_put_when_the_program_moves(app_names, monkeypatch, tmp_path):
    from_source = user_places()
    old = tmp_path / "Programs" / "SP Desktop 0.1"
    new = tmp_path / "lain" / "opt" / "sp-desktop"
    for program in (old, new):
        run_as_installed(monkeypatch, program)
        installed = user_places()
        assert installed == from_source, f"moved with the program to {program}"
        for name, place in installed.items():
            assert program not in place.parents, f"{name} lies in the program folder: {place}"

