"""Where an export or a copy may be written: never over a project file or a file the app has open (services layer).

Every command and dialog that writes a file the user named (SP JSON, a document, a copy of
the project) asks :func:`refuse_overwrite` first.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..storage import errors
from ..storage.db import APPLICATION_ID, SQLITE_MAGIC
from ..storage.filelock import held_paths

_SIDE_SUFFIXES = ("", "-wal", "-shm", "-journal", ".lock")


def _key(path: Path) -> str:
    return os.path.normcase(os.path.realpath(path))


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
        open_paths: project files to protect besides those this process holds locked (every open session).

    Raises:
        errors.ProjectError: with an Indonesian message naming the file.
    """
    target = Path(target)
    keys = held_paths() | {_key(p) for p in open_paths}
    target_key = _key(target)
    for key in keys:
        project = Path(key)
        for suffix in _SIDE_SUFFIXES:
            side = project.with_name(project.name + suffix)
            if target_key == _key(side) or _same_file(target, side):
                raise errors.AlreadyOpen(
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
