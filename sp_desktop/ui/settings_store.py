"""What the app remembers between runs: recent files, who worked on which file, window sizes (ui layer).

A thin typed wrapper over QSettings so tests can pass an INI file in ``tmp_path`` and the
rest of the UI never spells a settings key.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSettings
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox, QWidget

MAX_RECENT = 8
_RECENT_KEY = "berkas/terakhir"
_LAST_FOLDER_KEY = "berkas/folder_terakhir"
_WINDOW_KEY = "jendela/"
_FRAME_ESTIMATE = (8, 36)  # width and height a window manager's frame adds (title bar and borders)


def _sha1(data: bytes):
    # CPython's own SHA-1: importing hashlib loads OpenSSL (~15 ms at every start) for one short key.
    try:
        from _sha1 import sha1
    except ImportError:  # pragma: no cover - a Python built without its own hashes
        from hashlib import sha1
    return sha1(data)


def _file_key(path: Path, group: str = "identitas") -> str:
    # QSettings treats "/" and "\" as group separators, so the path itself cannot be a key.
    return f"{group}/" + _sha1(str(Path(path).resolve()).encode("utf-8")).hexdigest()[:20]


class AppSettings:
    """Typed access to the app's QSettings.

    Args:
        settings: the store; the app passes ``QSettings()`` (organisation and application
            name set by ``app.run_gui``), tests an INI file.
    """

    def __init__(self, settings: QSettings):
        self._settings = settings

    # -- recent files ------------------------------------------------------------------------
    def recent_files(self) -> list[Path]:
        """Recently opened project files, newest first (at most ``MAX_RECENT``)."""
        raw = self._settings.value(_RECENT_KEY, "[]")
        try:
            items = json.loads(raw) if isinstance(raw, str) else []
        except ValueError:
            items = []
        return [Path(p) for p in items if isinstance(p, str)][:MAX_RECENT]

    def add_recent(self, path: Path) -> None:
        """Put ``path`` first in the recent list."""
        path = Path(path).resolve()
        items = [p for p in self.recent_files() if p != path]
        self._store_recent([path, *items])

    def remove_recent(self, path: Path) -> None:
        """Drop ``path`` from the recent list."""
        self._store_recent([p for p in self.recent_files() if p != Path(path)])

    def _store_recent(self, paths: list[Path]) -> None:
        self._settings.setValue(_RECENT_KEY, json.dumps([str(p) for p in paths[:MAX_RECENT]]))
        self._settings.sync()

    # -- folders -----------------------------------------------------------------------------
    def last_folder(self) -> str:
        """The folder of the last file chosen in a file dialog ("" when none)."""
        return str(self._settings.value(_LAST_FOLDER_KEY, "") or "")

    def set_last_folder(self, folder: Path) -> None:
        self._settings.setValue(_LAST_FOLDER_KEY, str(folder))

    # -- who am I ----------------------------------------------------------------------------
    def remembered_member(self, path: Path) -> int | None:
        """The member id last chosen for this project file, or None."""
        value = self._settings.value(_file_key(path))
        try:
            return int(value) if value is not None else None
        except (TypeError, ValueError):
            return None

    def remember_member(self, path: Path, member_id: int) -> None:
        """Remember that ``member_id`` works on this project file on this computer."""
        self._settings.setValue(_file_key(path), int(member_id))
        self._settings.sync()

    # -- a local copy of a project on a shared folder -------------------------------------------
    def shared_folder_of(self, path: Path) -> Path | None:
        """The shared folder that the local copy at ``path`` exchanges through, or None."""
        value = self._settings.value(_file_key(path, "folder_bersama"))
        return Path(str(value)) if value else None

    def set_shared_folder(self, path: Path, folder: Path) -> None:
        """Remember that the local copy at ``path`` was made from a project in ``folder``."""
        self._settings.setValue(_file_key(path, "folder_bersama"), str(folder))
        self._settings.sync()

    # -- window sizes ------------------------------------------------------------------------
    def window_geometry(self, name: str) -> QByteArray | None:
        """What ``QWidget.saveGeometry`` gave for the window named ``name`` (size, place, maximised)."""
        value = self._settings.value(_WINDOW_KEY + name)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_window_geometry(self, name: str, geometry: QByteArray) -> None:
        self._settings.setValue(_WINDOW_KEY + name, geometry)


def fit_to_screen(window: QWidget) -> None:
    """Shrink and move ``window`` so that it, its frame included, lies within its screen's free area.

    The free area leaves out the taskbar; a window restored from a larger screen, or a dialog
    whose default size is taller than a 1366 × 768 laptop can show, comes back whole.
    """
    screen = window.screen()
    if screen is None or window.isMaximized() or window.isFullScreen():
        return
    area: QRect = screen.availableGeometry()
    frame = window.frameGeometry()
    extra_w, extra_h = frame.width() - window.width(), frame.height() - window.height()
    if window.isWindow() and extra_h < _FRAME_ESTIMATE[1] // 2:
        # No title bar known yet (not mapped by the window manager, or a platform without one): allow one.
        extra_w, extra_h = max(extra_w, _FRAME_ESTIMATE[0]), max(extra_h, _FRAME_ESTIMATE[1])
    width = max(min(window.width(), area.width() - extra_w), window.minimumWidth())
    height = max(min(window.height(), area.height() - extra_h), window.minimumHeight())
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    frame = window.frameGeometry()
    outer_w, outer_h = window.width() + extra_w, window.height() + extra_h
    x = min(max(frame.x(), area.left()), area.right() + 1 - outer_w)
    y = min(max(frame.y(), area.top()), area.bottom() + 1 - outer_h)
    if (x, y) != (frame.x(), frame.y()):
        window.move(max(x, area.left()), max(y, area.top()))


def show_remembered(window: QWidget, settings: AppSettings, default_size: tuple[int, int]) -> None:
    """Show ``window`` as it was last closed (size, place, maximised), or at ``default_size`` when that fits.

    On a screen whose free area is smaller than ``default_size`` with its frame (a 1366 × 768 laptop
    with its taskbar, for the main window), the window opens maximised, so its status bar is on screen.
    """
    geometry = settings.window_geometry(window.objectName())
    if geometry is not None and window.restoreGeometry(geometry):
        fit_to_screen(window)
        window.show()
        return
    screen = window.screen()
    area = screen.availableGeometry() if screen is not None else None
    window.resize(*default_size)
    if area is not None and (area.width() < default_size[0] + 40 or area.height() < default_size[1] + 60):
        # The whole free area even where no window manager maximises it (the guidance beside a step
        # needs the width: at 1180 px the Prosedur table scrolls sideways).
        window.setGeometry(area)
        fit_to_screen(window)
        window.showMaximized()
        return
    if area is not None:
        window.move(area.center() - window.rect().center())
    window.show()


class WindowMemory(QObject):
    """Remembers every named window's and dialog's size and maximised state, and keeps them on screen.

    Installed once on the application (``app.installEventFilter``), so each dialog needs no code of
    its own: on its first showing a window gets back the geometry it had when last closed, and is
    then fitted to the screen's free area; on hiding it its geometry is stored. Message boxes size
    themselves and are left alone.

    Args:
        settings: where the geometries are kept.
    """

    def __init__(self, settings: AppSettings, parent: QObject | None = None):
        super().__init__(parent)
        self._settings = settings
        self._restored: set[int] = set()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind not in (QEvent.Type.Show, QEvent.Type.Hide):
            return False
        if not isinstance(watched, (QDialog, QMainWindow)) or isinstance(watched, QMessageBox):
            return False
        if not watched.isWindow() or not watched.objectName():
            return False
        if kind == QEvent.Type.Show:
            self._on_shown(watched)
        else:
            self._settings.set_window_geometry(watched.objectName(), watched.saveGeometry())
        return False

    def _on_shown(self, window: QWidget) -> None:
        key = id(window)
        if key not in self._restored:
            self._restored.add(key)
            window.destroyed.connect(lambda: self._restored.discard(key))
            geometry = self._settings.window_geometry(window.objectName())
            if geometry is not None:
                window.restoreGeometry(geometry)
        fit_to_screen(window)
