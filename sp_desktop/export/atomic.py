"""Atomic file writing for exports: a temp file beside the target, then ``os.replace`` (export layer).

A temp file's name says which machine and process writes it, so that a later export into the
same folder can remove what a killed or crashed export left behind (``sweep_stale_temp_files``).
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import re
import socket
import stat
import sys
import tempfile
import threading
from collections.abc import Callable
from functools import cache
from pathlib import Path

from ..domain.os_messages import os_reason
from .errors import ExportError

log = logging.getLogger(__name__)

_LOCKED_MESSAGE = "File sedang dibuka di program lain atau folder tidak dapat ditulisi: {path}"

# ".~<stem>.sp-<host>-<pid>-<8 random><suffix>.tmp", e.g. ".~Rancangan.sp-3fa2c901-4711-k2x9_q0a.pdf.tmp":
# the host tag keeps a shared (network) folder safe, as a process id means nothing on another machine.
_TEMP_NAME = re.compile(
    r"\.~.*\.sp-(?P<host>[0-9a-f]{8})-(?P<pid>[1-9][0-9]{0,9})-[a-z0-9_]{8}(?:\.[^.]{1,16})?\.tmp", re.DOTALL
)
_writing: set[str] = set()  # temp files this process is writing right now (normalised paths)
_writing_lock = threading.Lock()


def locked_error(path: Path) -> ExportError:
    """The Indonesian error for a target that cannot be written (open in Word, read-only folder)."""
    return ExportError(_LOCKED_MESSAGE.format(path=path))


def atomic_write(path: Path | str, write: Callable[[Path], None]) -> Path:
    """Run ``write(temp_path)`` and move the result onto ``path`` in one step.

    The temp file is created in the target folder so that ``os.replace`` is a rename on the
    same file system. Whatever fails, no temp file is left behind and an existing target is
    left untouched; what a killed process leaves is removed by the next write into the folder.

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
    removed = sweep_stale_temp_files(folder)
    if removed:
        log.info("%d berkas sementara sisa ekspor yang terhenti dihapus dari %s", removed, folder)
    prefix = f".~{target.stem[:40]}.sp-{_host_tag()}-{os.getpid()}-"
    try:
        with _writing_lock:  # registered before a sweep in another thread can see it
            fd, temp_name = tempfile.mkstemp(prefix=prefix, suffix=target.suffix + ".tmp", dir=folder)
            _writing.add(_key(temp_name))
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
        raise ExportError(f"Gagal menyimpan file {target}: {os_reason(exc)}") from exc
    except BaseException:
        _remove_quietly(temp)
        raise
    finally:
        with _writing_lock:
            _writing.discard(_key(temp_name))
    return target


def sweep_stale_temp_files(folder: Path) -> int:
    """Remove the temp files ``atomic_write`` left in ``folder`` when its process was killed.

    Only names of exactly our pattern are considered, and only regular files (never a folder or
    a link). A file is removed when it was made on this machine and its writer process no longer
    runs; a file from another machine (a shared folder) or of a live writer is kept, and so is
    one whose writer cannot be checked. Never raises: a folder that cannot be read sweeps nothing.

    Args:
        folder: The folder to clean (not its subfolders).

    Returns:
        How many files were removed.
    """
    try:
        with os.scandir(folder) as listing:
            entries = [(e.name, e.path) for e in listing if _TEMP_NAME.fullmatch(e.name) and _is_file(e)]
    except OSError:
        return 0
    host, me = _host_tag(), os.getpid()
    removed = 0
    with _writing_lock:
        for name, path in entries:
            match = _TEMP_NAME.fullmatch(name)
            pid = int(match["pid"])
            if match["host"] != host:
                continue
            if pid == me:
                if _key(path) in _writing:
                    continue  # another thread of ours writes it now; otherwise an earlier process had our id
            elif _process_alive(pid):
                continue
            try:
                os.unlink(path)
            except OSError:  # gone already, or held open by a program (Windows)
                continue
            removed += 1
    return removed


def _is_file(entry: os.DirEntry) -> bool:
    try:
        return entry.is_file(follow_symlinks=False)
    except OSError:
        return False


def _key(path: str | Path) -> str:
    return os.path.normcase(os.path.abspath(path))


@cache
def _host_tag() -> str:
    """Eight hex digits naming this machine in temp file names."""
    return hashlib.sha256(socket.gethostname().lower().encode("utf-8", "surrogatepass")).hexdigest()[:8]


def _process_alive(pid: int) -> bool:
    """Whether process ``pid`` runs on this machine; True whenever that cannot be told (the file stays)."""
    if sys.platform == "win32":
        return _windows_process_alive(pid, _Kernel32())
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except (OSError, OverflowError):  # EPERM: it exists but belongs to another user
        return True
    return True


_STILL_ACTIVE = 259  # GetExitCodeProcess's answer for a process that has not ended
_ERROR_INVALID_PARAMETER = 87  # OpenProcess's error for a process id that does not exist


def _windows_process_alive(pid: int, kernel32) -> bool:
    """The Windows check (``os.kill(pid, 0)`` would terminate the process there): ask kernel32.

    ``kernel32`` is a ``_Kernel32`` (a stand-in in tests). A process that cannot be opened for
    any reason other than not existing (access denied: another user's) counts as alive.
    """
    try:
        handle, error = kernel32.open_process(pid)
        if not handle:
            return error != _ERROR_INVALID_PARAMETER
        try:
            code = kernel32.exit_code(handle)
        finally:
            kernel32.close(handle)
    except Exception:  # a process id out of range for a DWORD, an unexpected ctypes failure
        return True
    return code is None or code == _STILL_ACTIVE


class _Kernel32:
    """The three kernel32 calls the Windows liveness check needs, through ctypes (no psutil)."""

    _QUERY_LIMITED_INFORMATION = 0x1000

    def __init__(self) -> None:
        import ctypes
        from ctypes import wintypes

        self._ctypes = ctypes
        self._dword = wintypes.DWORD
        dll = ctypes.WinDLL("kernel32", use_last_error=True)
        dll.OpenProcess.argtypes = (wintypes.DWORD, wintypes.BOOL, wintypes.DWORD)
        dll.OpenProcess.restype = wintypes.HANDLE
        dll.GetExitCodeProcess.argtypes = (wintypes.HANDLE, ctypes.POINTER(wintypes.DWORD))
        dll.GetExitCodeProcess.restype = wintypes.BOOL
        dll.CloseHandle.argtypes = (wintypes.HANDLE,)
        dll.CloseHandle.restype = wintypes.BOOL
        self._dll = dll

    def open_process(self, pid: int):
        """(handle, 0) or (None, the Windows error code)."""
        handle = self._dll.OpenProcess(self._QUERY_LIMITED_INFORMATION, False, pid)
        return (handle, 0) if handle else (None, self._ctypes.get_last_error())

    def exit_code(self, handle) -> int | None:
        """The exit code (``_STILL_ACTIVE`` while it runs), or None when Windows does not say."""
        code = self._dword()
        return code.value if self._dll.GetExitCodeProcess(handle, self._ctypes.byref(code)) else None

    def close(self, handle) -> None:
        self._dll.CloseHandle(handle)


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
