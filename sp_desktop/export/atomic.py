"""Atomic file writing for exports: a temp file beside the target, then ``os.replace`` (export layer)."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

from .errors import ExportError

_LOCKED_MESSAGE = "File sedang dibuka di program lain atau folder tidak dapat ditulisi: {path}"


def locked_error(path: Path) -> ExportError:
    """The Indonesian error for a target that cannot be written (open in Word, read-only folder)."""
    return ExportError(_LOCKED_MESSAGE.format(path=path))


def atomic_write(path: Path | str, write: Callable[[Path], None]) -> Path:
    """Run ``write(temp_path)`` and move the result onto ``path`` in one step.

    The temp file is created in the target folder so that ``os.replace`` is a rename on the
    same file system. Whatever fails, no temp file is left behind and an existing target is
    left untouched.

    Args:
        path: The file to produce.
        write: Writes the whole document to the path it is given.

    Returns:
        ``path`` as a ``Path``.

    Raises:
        ExportError: When the folder cannot be written or the target is held open by another
            program (PermissionError), or for other OS errors (disk full...); any other
            exception raised by ``write`` is propagated unchanged.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".~{target.stem[:40]}-", suffix=target.suffix + ".tmp", dir=folder)
    except PermissionError as exc:
        raise locked_error(target) from exc
    except FileNotFoundError as exc:
        raise ExportError(f"Folder tujuan tidak ditemukan: {folder}") from exc
    os.close(fd)
    temp = Path(temp_name)
    try:
        write(temp)
        _fsync(temp)
        _set_mode(temp, target)
        os.replace(temp, target)
    except PermissionError as exc:
        _remove_quietly(temp)
        raise locked_error(target) from exc
    except OSError as exc:
        _remove_quietly(temp)
        raise ExportError(f"Gagal menyimpan file {target}: {exc.strerror or exc}") from exc
    except BaseException:
        _remove_quietly(temp)
        raise
    return target


def _set_mode(temp: Path, target: Path) -> None:
    """Give the temp file the mode the target should have: the old file's, else a new file's.

    ``mkstemp`` creates the file readable by its owner only (0600) and ``os.replace`` keeps that,
    so without this an export to a shared folder is unreadable to colleagues and overwriting a
    file would reset its permissions. POSIX only (Windows has no such modes); best effort, as a
    file system that refuses ``chmod`` (some network shares) should not fail the export.
    """
    if os.name != "posix":
        return
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        mode = 0o666 & ~_umask()
    with contextlib.suppress(OSError):
        os.chmod(temp, mode)


_umask_lock = threading.Lock()


def _umask() -> int:
    """The process umask, read without changing it where the system allows (Linux ``/proc``).

    Elsewhere it must be set to be read: it is set to the strict 077 for that instant, so a file
    another thread creates meanwhile is at worst too private, never too open.
    """
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    with _umask_lock:
        mask = os.umask(0o077)
        os.umask(mask)
    return mask


def _fsync(path: Path) -> None:
    """Flush the written file to disk so a crash right after the rename cannot leave it empty."""
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()
