"""Where an export or a copy may be written: never over a project file or a file the app has open (services layer).

Every command and dialog that writes a file the user named (SP JSON, a document, a copy of
the project) asks :func:`refuse_overwrite` first.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..storage import errors
from ..storage.db import APPLICATION_ID, SQLITE_MAGIC

_SIDE_SUFFIXES = ("", "-wal", "-shm", "-journal", ".lock")
_open_projects: set[str] = set()


def register_open(path: Path) -> None:
    """Remember that this process has ``path`` open (the session does it)."""
    _open_projects.add(_key(path))


def unregister_open(path: Path) -> None:
    """Forget an open project when it closes."""
    _open_projects.discard(_key(path))


def _key(path: Path) -> str:
    return os.path.normcase(str(Path(path).resolve()))


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def is_project_file(path: Path) -> bool:
    """Whether ``path`` is an SP Desktop project (by its header), whatever its name."""
    try:
        with open(path, "rb") as fh:
            header = fh.read(72)
    except OSError:
        return False
    return header.startswith(SQLITE_MAGIC) and len(header) == 72 and int.from_bytes(header[68:72]) == APPLICATION_ID


def refuse_overwrite(target: Path, open_paths: list[Path] | tuple[Path, ...] = ()) -> None:
    """Raise when writing ``target`` would replace a project or a file the app holds open.

    Args:
        target: the file about to be written.
        open_paths: project files open here besides those registered by sessions.

    Raises:
        errors.ProjectError: with an Indonesian message naming the file.
    """
    target = Path(target)
    keys = set(_open_projects) | {_key(p) for p in open_paths}
    target_key = _key(target)
    for key in keys:
        project = Path(key)
        for suffix in _SIDE_SUFFIXES:
            side = project.with_name(project.name + suffix)
            if target_key == _key(side) or _same_file(target, side):
                raise errors.ProjectError(
                    f"{target.name} adalah berkas proyek yang sedang terbuka (atau berkas pendampingnya). "
                    "Pilih nama berkas lain agar proyek tidak tertimpa.",
                    target,
                )
    if target.is_dir():
        raise errors.ProjectError(f"{target} adalah folder. Pilih nama berkas.", target)
    if is_project_file(target):
        raise errors.ProjectError(
            f"{target.name} adalah berkas proyek SP Desktop. Dokumen dan salinan tidak pernah ditulis di atas proyek; "
            "pilih nama berkas lain.",
            target,
        )
