"""Opening, validating, locking and migrating a project file (storage layer).

A file that is not ours, damaged, newer, read-only or already open is refused before
anything is written to it, so it stays byte-for-byte unchanged.
"""

from __future__ import annotations

import os
import sqlite3
import struct
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

from . import errors
from .filelock import FileLock
from .migrations import known_names, migrations, schema_version

# What urllib.request.pathname2url does, without importing urllib.request (http, email, ssl: ~50 ms).
if os.name == "nt":  # pragma: no cover - Windows only
    from nturl2path import pathname2url
else:
    from urllib.parse import quote as pathname2url

# "SPDK" as a 32-bit big-endian integer, stored in the SQLite header's application_id.
APPLICATION_ID = 0x5350444B
SQLITE_MAGIC = b"SQLite format 3\x00"


def _read_header(path: Path) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read(100)
    except PermissionError as exc:
        raise errors.ReadOnlyProject(f"Berkas {path.name} tidak dapat dibaca: akses ditolak.", path) from exc
    except OSError as exc:
        raise errors.ProjectError(f"Berkas {path.name} tidak dapat dibaca: {exc.strerror or exc}.", path) from exc


def _check_header(path: Path) -> None:
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


def _inspect(path: Path) -> tuple[int, set[str]]:
    """Read the schema version and applied migrations without writing to the file."""
    # pathname2url, not as_uri(): a Windows share (\\server\share) must not become a URI authority.
    uri = f"file:{pathname2url(str(path.resolve()))}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise errors.DamagedProject(f"Berkas {path.name} tidak dapat dibuka untuk diperiksa.", path) from exc
    try:
        result = conn.execute("PRAGMA quick_check").fetchone()
        if not result or result[0] != "ok":
            raise errors.DamagedProject(
                f"Berkas {path.name} rusak ({result[0] if result else 'tidak terbaca'}). "
                "Gunakan salinan cadangan (berkas .bak) bila ada.",
                path,
            )
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        try:
            names = {row[0] for row in conn.execute("SELECT name FROM _sqlite_migrations")}
        except sqlite3.OperationalError:
            names = set()
        return version, names
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
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


def _configure(db: Database) -> None:
    # WAL + synchronous=FULL: each committed change survives a crash or power cut.
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("PRAGMA foreign_keys=ON")
    db.execute("PRAGMA busy_timeout=3000")


def _backup_before_migrating(db: Database, path: Path, version: int) -> Path:
    # Through SQLite's backup API, not a file copy: committed changes may still sit in the WAL.
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.bak-v{version}-{stamp}")
    dest = sqlite3.connect(target)
    try:
        db.conn.backup(dest)
        dest.execute("PRAGMA journal_mode=DELETE")
    finally:
        dest.close()
    return target


def _migrate(db: Database, path: Path, version: int) -> None:
    pending = migrations.pending(db)
    if not pending:
        return
    if version > 0:
        _backup_before_migrating(db, path, version)
    migrations.apply(db)
    db.execute(f"PRAGMA user_version={schema_version()}")


def create_database(path: Path) -> None:
    """Create a new, empty project file at ``path`` (which must not exist)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path)
    except (OSError, sqlite3.Error) as exc:
        raise errors.LockedFolder(
            f"Proyek baru tidak dapat dibuat di {path.parent}: folder tidak dapat ditulisi.", path
        ) from exc
    try:
        conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
        conn.execute("PRAGMA journal_mode=WAL")
        conn.commit()
    except sqlite3.Error as exc:
        conn.close()
        path.unlink(missing_ok=True)
        raise errors.LockedFolder(f"Proyek baru tidak dapat dibuat di {path.parent}: {exc}.", path) from exc
    conn.close()


def open_database(path: Path, *, create: bool = False) -> tuple[Database, FileLock]:
    """Validate, lock, migrate and open the project file.

    Args:
        path: the .spdb file.
        create: make a new project when ``path`` does not exist.

    Returns:
        The open database and the lock that keeps other windows out; release it on close.

    Raises:
        errors.ProjectError: a subclass naming what is wrong, in Indonesian.
    """
    path = Path(path)
    if not path.exists():
        if not create:
            raise errors.ProjectError(f"Berkas {path} tidak ditemukan.", path)
        create_database(path)
    elif path.is_dir():
        raise errors.NotAProject(f"{path} adalah folder, bukan berkas proyek.", path)
    _check_header(path)
    _check_writable(path)
    lock = FileLock(path)
    lock.acquire()
    try:
        version, names = _inspect(path)
        if version > schema_version() or names - known_names():
            raise errors.NewerVersion(
                f"Berkas {path.name} dibuat oleh SP Desktop versi yang lebih baru. "
                "Perbarui aplikasi untuk membukanya; berkas tidak diubah.",
                path,
            )
        try:
            # No sqlite-utils plugins: nothing installed elsewhere on the machine may hook our connection
            # (and scanning for them costs ~30 ms at every open).
            db = Database(path, execute_plugins=False)
            _configure(db)
            _migrate(db, path, version)
        except (sqlite3.Error, OSError) as exc:
            raise errors.WriteFailed(
                f"Berkas {path.name} tidak dapat disiapkan untuk diubah (disk penuh, izin berkas -wal/-shm, atau "
                "media dilepas). Berkas tidak diubah; periksa lalu coba lagi.",
                path,
            ) from exc
        return db, lock
    except BaseException:
        lock.release()
        raise
