"""A per-file lock that keeps a project open in one window only (storage layer).

Uses an OS lock on a ``<file>.lock`` beside the project, so a lock left by a killed
process vanishes with that process; a set of held paths covers two windows of one process.
"""

from __future__ import annotations

import os
from pathlib import Path

from . import errors

_held: set[str] = set()


def _try_lock(fd: int) -> bool:
    if os.name == "nt":  # pragma: no cover - exercised on Windows only
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


def held_paths() -> set[str]:
    """The real paths of the project files this process holds open (normalised for the platform)."""
    return set(_held)


class FileLock:
    """Exclusive lock on one project file."""

    def __init__(self, path: Path):
        self.path = Path(path)
        # Beside the real file, whatever path named it: a symbolic link or another spelling of the
        # same path must find the same lock, or two writers would share one project.
        real = Path(os.path.realpath(self.path))
        self.lock_path = real.with_name(real.name + ".lock")
        self._key = os.path.normcase(str(real))
        self._fd: int | None = None

    def acquire(self) -> None:
        """Take the lock or raise :class:`errors.AlreadyOpen`."""
        message = f"Berkas {self.path.name} sudah terbuka di jendela atau program SP Desktop lain."
        if self._key in _held:
            raise errors.AlreadyOpen(message, self.path)
        for _attempt in range(5):
            try:
                fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o644)
            except OSError as exc:
                raise errors.ReadOnlyProject(
                    f"Folder {self.path.parent} tidak dapat ditulisi, sehingga proyek tidak dapat dibuka untuk diubah.",
                    self.path,
                ) from exc
            if not _try_lock(fd):
                os.close(fd)
                raise errors.AlreadyOpen(message, self.path)
            if _is_current(fd, self.lock_path):
                self._fd = fd
                _held.add(self._key)
                return
            # The holder released and removed the file between our open and our lock: try the new one.
            os.close(fd)
        raise errors.AlreadyOpen(message, self.path)

    def release(self) -> None:
        """Release the lock (safe to call twice)."""
        if self._fd is None:
            return
        if os.name != "nt":
            # Removed while still locked, so nobody can lock the old file and believe they hold the project.
            try:
                self.lock_path.unlink()
            except OSError:
                pass
        else:  # pragma: no cover - Windows only
            import msvcrt

            try:
                os.lseek(self._fd, 0, os.SEEK_SET)
                msvcrt.locking(self._fd, msvcrt.LK_UNLCK, 1)
            except OSError:
                pass
        os.close(self._fd)
        self._fd = None
        _held.discard(self._key)


def _is_current(fd: int, path: Path) -> bool:
    """Whether the locked descriptor is still the file at ``path`` (not one removed meanwhile)."""
    if os.name == "nt":  # pragma: no cover - an open file cannot be removed on Windows
        return True
    try:
        return os.fstat(fd).st_ino == os.stat(path).st_ino
    except OSError:
        return False
