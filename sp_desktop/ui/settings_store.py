"""What the app remembers between runs: recent files and who worked on which file (ui layer).

A thin typed wrapper over QSettings so tests can pass an INI file in ``tmp_path`` and the
rest of the UI never spells a settings key.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QSettings

MAX_RECENT = 8
_RECENT_KEY = "berkas/terakhir"
_LAST_FOLDER_KEY = "berkas/folder_terakhir"


def _sha1(data: bytes):
    # CPython's own SHA-1: importing hashlib loads OpenSSL (~15 ms at every start) for one short key.
    try:
        from _sha1 import sha1
    except ImportError:  # pragma: no cover - a Python built without its own hashes
        from hashlib import sha1
    return sha1(data)


def _file_key(path: Path) -> str:
    # QSettings treats "/" and "\" as group separators, so the path itself cannot be a key.
    return "identitas/" + _sha1(str(Path(path).resolve()).encode("utf-8")).hexdigest()[:20]


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
