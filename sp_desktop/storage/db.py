"""Opening, validating, locking, creating and migrating a project file (storage layer).

A file that is not ours, damaged, newer, read-only or already open is refused after a
read-only inspection that creates nothing beside it, so it stays byte-for-byte unchanged.
A new project is built aside and moved into place whole; backups are written aside and
renamed; a temporary file of ours left by a killed process is removed at the next open.
"""

from __future__ import annotations

import os
import sqlite3
import struct
import time
from datetime import datetime
from pathlib import Path

from ..domain.os_messages import os_reason
from . import errors
from .connection import ProjectDb, busy_error, connect, is_busy
from .content_check import check_content
from .filelock import FileLock
from .migrations import applied_names, apply_pending, known_names, pending_names, schema_version

# "SPDK" as a 32-bit big-endian integer, stored in the SQLite header's application_id.
APPLICATION_ID = 0x5350444B
SQLITE_MAGIC = b"SQLite format 3\x00"
# Our own temporary files beside a project: ".<name>.tmp-<purpose>-<pid>".
TEMP_MARK = ".tmp-"


def temp_path(path: Path, purpose: str) -> Path:
    """A hidden temporary file beside ``path`` that the next open recognises as ours."""
    return path.with_name(f".{path.name}{TEMP_MARK}{purpose}-{os.getpid()}")


def sweep_temp_files(path: Path) -> int:
    """Remove temporary files of ours left beside ``path``; call only while holding its lock."""
    removed = 0
    for leftover in path.parent.glob(f".{_glob_escape(path.name)}{TEMP_MARK}*"):
        try:
            leftover.unlink()
            removed += 1
        except OSError:
            pass
    return removed


def _glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)


def _read_header(path: Path) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read(100)
    except PermissionError as exc:
        raise errors.ReadOnlyProject(f"Berkas {path.name} tidak dapat dibaca: akses ditolak.", path) from exc
    except OSError as exc:
        raise errors.ProjectError(f"Berkas {path.name} tidak dapat dibaca: {os_reason(exc)}.", path) from exc


def check_header(path: Path) -> None:
    """Refuse a file that is not an SP Desktop project, by its first 100 bytes."""
    header = _read_header(path)
    if len(header) == 0:
        raise errors.DamagedProject(f"Berkas {path.name} kosong: bukan proyek SP Desktop yang utuh.", path)
    if not header.startswith(SQLITE_MAGIC):
        raise errors.NotAProject(
            f"Berkas {path.name} bukan berkas proyek SP Desktop (.spdb). Pilih berkas proyek yang benar.", path
        )
    if len(header) < 100:
        raise errors.DamagedProject(f"Berkas {path.name} terpotong atau rusak: tidak dapat dibuka.", path)
    (app_id,) = struct.unpack(">I", header[68:72])
    if app_id != APPLICATION_ID:
        raise errors.NotAProject(
            f"Berkas {path.name} adalah basis data SQLite lain, bukan proyek SP Desktop.", path
        )


def inspect_connection(path: Path) -> sqlite3.Connection:
    """A read-only connection for inspecting ``path`` that leaves no ``-wal``/``-shm`` behind.

    Without a ``-wal`` beside the file everything committed is in the file itself, so it is read
    as immutable (SQLite then creates nothing). A ``-wal`` left by a crash holds committed changes:
    it is read too, through an ordinary read-only connection (its side files exist already).
    """
    wal = path.with_name(path.name + "-wal")
    try:
        has_wal = wal.exists() and wal.stat().st_size > 0
        return connect(path, read_only=True, immutable=not has_wal)
    except sqlite3.Error as exc:
        raise errors.DamagedProject(f"Berkas {path.name} tidak dapat dibuka untuk diperiksa.", path) from exc


def _inspect(path: Path) -> tuple[int, list[str], list[int]]:
    """Check the file's integrity and content.

    Returns:
        The version stamp, the applied migrations, and the services to stamp again after reading them back.
    """
    conn = inspect_connection(path)
    try:
        result = conn.execute("PRAGMA integrity_check(1)").fetchone()  # ~7 ms at 2,000 services; finds more
        if not result or result[0] != "ok":
            raise errors.DamagedProject(
                f"Berkas {path.name} rusak ({result[0] if result else 'tidak terbaca'}). "
                "Gunakan salinan cadangan (berkas .bak) bila ada.",
                path,
            )
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        names = applied_names(conn)
        if version > schema_version() or set(names) - known_names():
            raise errors.NewerVersion(
                f"Berkas {path.name} dibuat oleh SP Desktop versi yang lebih baru. "
                "Perbarui aplikasi untuk membukanya; berkas tidak diubah.",
                path,
            )
        changed = check_content(conn, path, names)
        return version, names, changed
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        if is_busy(exc):
            raise errors.AlreadyOpen(f"Berkas {path.name} sedang dipakai program lain.", path) from exc
        raise errors.DamagedProject(
            f"Berkas {path.name} rusak atau terpotong. Gunakan salinan cadangan (berkas .bak) bila ada.", path
        ) from exc
    finally:
        conn.close()


def _check_writable(path: Path) -> None:
    if not os.access(path, os.W_OK):
        raise errors.ReadOnlyProject(
            f"Berkas {path.name} hanya-baca. Simpan salinannya di folder lain atau ubah izin berkas, lalu buka lagi.",
            path,
        )
    if not os.access(path.parent, os.W_OK):
        raise errors.ReadOnlyProject(
            f"Folder {path.parent} tidak dapat ditulisi, sehingga perubahan tidak dapat disimpan. "
            "Salin berkas ke folder lain (misalnya Dokumen), lalu buka salinannya.",
            path,
        )


def _configure(conn: sqlite3.Connection) -> None:
    # WAL + synchronous=FULL: each committed change survives a crash or power cut; the session
    # checkpoints on idle so the main file alone holds every change (docs/storage.md).
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")


def write_copy(conn: sqlite3.Connection, target: Path) -> None:
    """Write a consistent copy of ``conn``'s database to ``target`` through SQLite's backup API.

    Not a file copy: committed changes may still sit in the WAL. The copy is in rollback-journal mode,
    a single file that can be moved and copied on its own. Callers write to a temporary name and rename.
    """
    dest = sqlite3.connect(target)
    try:
        conn.backup(dest)
        dest.execute("PRAGMA journal_mode=DELETE")
    finally:
        dest.close()


def _write_backup(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    # Through SQLite's backup API, not a file copy: committed changes may still sit in the WAL.
    # Written aside, then renamed: a kill never leaves a half backup that looks like a good one.
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.bak-v{version}-{stamp}")
    tmp = temp_path(path, "cadangan")
    try:
        write_copy(conn, tmp)
        _fsync(tmp)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _migrate(conn: sqlite3.Connection, path: Path, version: int, names: list[str]) -> None:
    pending = pending_names(names)
    stamp_wrong = version != len(names)
    if not pending and not stamp_wrong:
        return
    if names:
        _write_backup(conn, path, version)
    if stamp_wrong:
        # A kill between a migration's commit and its stamp (older versions stamped afterwards).
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(f"PRAGMA user_version={len(names)}")
        conn.execute("COMMIT")
    if pending:
        apply_pending(conn)


def _restamp(db: ProjectDb, service_ids: list[int]) -> None:
    from .repository import ProjectRepository

    with db.atomic():
        ProjectRepository(db).restamp(service_ids)


def _build_new(tmp: Path) -> None:
    # The schema is built in memory (no disk traffic for sqlite-utils' many statements), then
    # copied into the temporary file in one backup, synced once, and only then placed.
    memory = sqlite3.connect(":memory:", isolation_level=None)
    try:
        memory.execute(f"PRAGMA application_id={APPLICATION_ID}")
        apply_pending(memory)
        dest = sqlite3.connect(tmp, isolation_level=None)
        try:
            memory.backup(dest)
            dest.execute("PRAGMA journal_mode=WAL")
        finally:
            dest.close()
    finally:
        memory.close()
    tmp.with_name(tmp.name + "-wal").unlink(missing_ok=True)
    tmp.with_name(tmp.name + "-shm").unlink(missing_ok=True)
    _fsync(tmp)


def _place(tmp: Path, path: Path) -> None:
    """Move a finished new project into place, never over a file that appeared meanwhile."""
    if path.exists() and path.stat().st_size == 0:
        os.replace(tmp, path)  # an empty file left by a killed older version counts as absent
        return
    try:
        os.link(tmp, path)  # fails when path exists: the winner of a creation race keeps its file
        tmp.unlink()
    except FileExistsError:
        tmp.unlink(missing_ok=True)
        raise
    except OSError:  # a file system without hard links (FAT flash drives)
        if path.exists():
            tmp.unlink(missing_ok=True)
            raise FileExistsError(path) from None
        os.replace(tmp, path)


def create_database(path: Path) -> None:
    """Create a complete new project at ``path`` (absent or empty); call while holding its lock."""
    tmp = temp_path(path, "baru")
    try:
        _build_new(tmp)
        _place(tmp, path)
    except FileExistsError:
        return  # another process created it first: open that one
    except (OSError, sqlite3.Error) as exc:
        tmp.unlink(missing_ok=True)
        raise errors.LockedFolder(
            f"Proyek baru tidak dapat dibuat di {path.parent}: folder tidak dapat ditulisi atau disk penuh.", path
        ) from exc


def _lock(path: Path, wait_seconds: float) -> FileLock:
    lock = FileLock(path)
    deadline = time.monotonic() + wait_seconds
    while True:
        try:
            lock.acquire()
            return lock
        except errors.AlreadyOpen:
            if time.monotonic() >= deadline:
                raise
            time.sleep(0.05)


def _is_absent(path: Path) -> bool:
    try:
        return not path.exists() or (path.is_file() and path.stat().st_size == 0)
    except OSError:
        return False


def open_database(path: Path, *, create: bool = False, wait_seconds: float = 0.0) -> tuple[ProjectDb, FileLock]:
    """Validate, lock, migrate and open the project file.

    Args:
        path: the .spdb file.
        create: make a new project when ``path`` does not exist (or is an empty file).
        wait_seconds: how long to wait for another process of ours that holds the file.

    Returns:
        The open database and the lock that keeps other windows out; release it on close.

    Raises:
        errors.ProjectError: a subclass naming what is wrong, in Indonesian.
    """
    path = Path(path)
    if path.is_dir():
        raise errors.NotAProject(f"{path} adalah folder, bukan berkas proyek.", path)
    if _is_absent(path):
        if not create:
            if path.exists():
                check_header(path)  # the "empty file" message
            raise errors.ProjectError(f"Berkas {path} tidak ditemukan.", path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise errors.LockedFolder(
                f"Proyek baru tidak dapat dibuat di {path.parent}: folder tidak dapat ditulisi.", path
            ) from exc
        lock = _lock(path, wait_seconds)
        try:
            if _is_absent(path):
                create_database(path)
        except BaseException:
            lock.release()
            raise
    else:
        check_header(path)
        _check_writable(path)
        lock = _lock(path, wait_seconds)
    try:
        check_header(path)
        _check_writable(path)
        sweep_temp_files(path)
        version, names, changed = _inspect(path)
        try:
            conn = connect(path)
        except sqlite3.Error as exc:
            raise errors.WriteFailed(f"Berkas {path.name} tidak dapat dibuka.", path) from exc
        try:
            _configure(conn)
            _migrate(conn, path, version, names)
            if changed:
                _restamp(ProjectDb(conn, path), changed)
            # Changes a crash left in the -wal go into the main file now, so that a copy of the
            # .spdb alone is current from the moment the project is open again.
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except BaseException as exc:
            conn.close()
            if isinstance(exc, sqlite3.Error) and is_busy(exc):
                raise busy_error(path) from exc
            if isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, sqlite3.OperationalError):
                raise errors.DamagedProject(
                    f"Berkas {path.name} rusak atau terpotong. Gunakan salinan cadangan (berkas .bak) bila ada.", path
                ) from exc
            if isinstance(exc, (sqlite3.Error, OSError)):
                raise errors.WriteFailed(
                    f"Berkas {path.name} tidak dapat disiapkan untuk diubah (disk penuh, izin berkas -wal/-shm, atau "
                    "media dilepas). Berkas tidak diubah; periksa lalu coba lagi.",
                    path,
                ) from exc
            raise
        return ProjectDb(conn, path), lock
    except BaseException:
        lock.release()
        raise
