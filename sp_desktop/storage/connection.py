"""The project's SQLite connection: explicit transactions, plain statements, clear lock errors (storage layer).

The hot path (a keystroke, a list of 2,000 services) uses plain statements on this
connection; sqlite-utils is loaded only to run migrations (see ``migrations.py``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from . import errors

# How long a write waits for another program's lock before it is reported (milliseconds).
BUSY_TIMEOUT_MS = 3000


def is_busy(exc: BaseException) -> bool:
    """Whether ``exc`` means another connection holds the file's lock."""
    if not isinstance(exc, sqlite3.OperationalError):
        return False
    code = getattr(exc, "sqlite_errorcode", None)
    return code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "locked" in str(exc) or "busy" in str(exc)


def busy_error(path: Path) -> errors.FileBusy:
    """The message shown when another program keeps the project locked."""
    return errors.FileBusy(
        f"Berkas {path.name} sedang dikunci oleh program lain (misalnya DB Browser for SQLite, antivirus, atau "
        "aplikasi sinkronisasi). Tutup program itu, lalu ulangi; perubahan ini belum tersimpan.",
        path,
    )


class ProjectDb:
    """One connection to a project file, in autocommit mode with explicit write transactions.

    Args:
        conn: a connection opened with ``isolation_level=None``.
        path: the project file, for messages.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path):
        self.conn = conn
        self.path = Path(path)

    def execute(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        """Run one statement."""
        return self.conn.execute(sql, params)

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """All rows of a query, each addressable by column name."""
        cursor = self.conn.execute(sql, params)
        names = [c[0] for c in cursor.description]
        return [dict(zip(names, values)) for values in cursor.fetchall()]

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """The first column of the first row, or None."""
        row = self.conn.execute(sql, params).fetchone()
        return row[0] if row else None

    @contextmanager
    def atomic(self) -> Iterator[ProjectDb]:
        """One write transaction, taken at once (``BEGIN IMMEDIATE``); nested blocks use savepoints.

        Taking the write lock at the start, rather than upgrading a read later, lets SQLite wait
        ``BUSY_TIMEOUT_MS`` for another program instead of failing at once.
        """
        if self.conn.in_transaction:
            self.conn.execute("SAVEPOINT nested")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK TO SAVEPOINT nested")
                    self.conn.execute("RELEASE SAVEPOINT nested")
                raise
            self.conn.execute("RELEASE SAVEPOINT nested")
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    def checkpoint(self, mode: str = "PASSIVE") -> bool:
        """Copy committed changes from the ``-wal`` into the main file; True when all of them went in."""
        try:
            busy, _log, _done = self.conn.execute(f"PRAGMA wal_checkpoint({mode})").fetchone()
        except sqlite3.Error:
            return False
        return busy == 0

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()


def connect(path: Path, *, read_only: bool = False, immutable: bool = False) -> sqlite3.Connection:
    """A connection to ``path`` in autocommit mode (``read_only`` opens it through a ``mode=ro`` URI)."""
    if not (read_only or immutable):
        conn = sqlite3.connect(path, isolation_level=None)
    else:
        conn = sqlite3.connect(file_uri(path, immutable=immutable), uri=True, isolation_level=None)
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    return conn


def file_uri(path: Path, *, immutable: bool = False) -> str:
    """A read-only ``file:`` URI of ``path``; ``immutable`` also keeps SQLite from creating side files."""
    # What urllib.request.pathname2url does, without importing urllib.request (http, email, ssl: ~50 ms).
    # pathname2url, not as_uri(): a Windows share (\\server\share) must not become a URI authority.
    import os

    if os.name == "nt":  # pragma: no cover - Windows only
        from nturl2path import pathname2url
    else:
        from urllib.parse import quote as pathname2url
    query = "mode=ro&immutable=1" if immutable else "mode=ro"
    return f"file:{pathname2url(str(Path(path).resolve()))}?{query}"
