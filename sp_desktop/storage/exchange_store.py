"""The exchange's own records in the project file: identity, peers, conflicts, receipts (storage layer).

Tables of m008: ``sinkron_mitra`` (per peer the image last received from it and the number
of its last package), ``sinkron_konflik`` (components both sides changed) and
``sinkron_terima`` (every receive with the copy taken before it). Plain statements on the
project's connection, inside the caller's transaction.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from .connection import ProjectDb


@dataclass(frozen=True)
class Peer:
    replika: str
    nama: str
    peran: str
    terima_seq: int


def meta(db: ProjectDb, key: str) -> str | None:
    return db.scalar("SELECT value FROM meta WHERE key = ?", [key])


def set_meta(db: ProjectDb, key: str, value: str) -> None:
    db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [key, value])


def project_uid(db: ProjectDb) -> str:
    return meta(db, "proyek_uid") or ""


def replica(db: ProjectDb) -> str:
    return meta(db, "replika") or ""


def next_send_number(db: ProjectDb) -> int:
    """The number of the next package this file writes (stored at once)."""
    number = int(meta(db, "kirim_seq") or 0) + 1
    set_meta(db, "kirim_seq", str(number))
    return number


def new_uid() -> str:
    return uuid.uuid4().hex


def peers(db: ProjectDb) -> list[Peer]:
    return [Peer(r["replika"], r["nama"], r["peran"], r["terima_seq"])
            for r in db.rows("SELECT replika, nama, peran, terima_seq FROM sinkron_mitra ORDER BY rowid")]


def peer(db: ProjectDb, replika: str) -> Peer | None:
    return next((p for p in peers(db) if p.replika == replika), None)


def peer_base(db: ProjectDb, replika: str) -> bytes | None:
    value = db.scalar("SELECT dasar FROM sinkron_mitra WHERE replika = ?", [replika])
    return bytes(value) if value is not None else None


def save_peer(db: ProjectDb, replika: str, nama: str, peran: str, base: bytes, terima_seq: int, waktu: str) -> None:
    db.execute(
        "INSERT INTO sinkron_mitra (replika, nama, peran, dasar, terima_seq, waktu) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (replika) DO UPDATE SET nama = excluded.nama, peran = excluded.peran, dasar = excluded.dasar, "
        "terima_seq = excluded.terima_seq, waktu = excluded.waktu",
        [replika, nama, peran, base, terima_seq, waktu],
    )


def add_conflict(db: ProjectDb, row: dict[str, Any]) -> int:
    columns = ", ".join(row)
    return db.execute(f"INSERT INTO sinkron_konflik ({columns}) VALUES ({', '.join('?' for _ in row)})",
                      list(row.values())).lastrowid


def open_conflict_count(db: ProjectDb) -> int:
    """How many conflicts are still to resolve (the menu shows it; cheaper than reading them)."""
    return int(db.rows("SELECT COUNT(*) AS n FROM sinkron_konflik WHERE selesai IS NULL")[0]["n"])


def open_conflict_rows(db: ProjectDb) -> list[dict[str, Any]]:
    return db.rows("SELECT * FROM sinkron_konflik WHERE selesai IS NULL ORDER BY id")


def conflict_row(db: ProjectDb, conflict_id: int) -> dict[str, Any] | None:
    rows = db.rows("SELECT * FROM sinkron_konflik WHERE id = ?", [conflict_id])
    return rows[0] if rows else None


def close_conflict(db: ProjectDb, conflict_id: int, pilihan: str, waktu: str) -> None:
    db.execute("UPDATE sinkron_konflik SET selesai = ?, pilihan = ? WHERE id = ?", [waktu, pilihan, conflict_id])


def close_conflicts_on(db: ProjectDb, tabel: str, baris_uid: str, kolom: str, waktu: str) -> None:
    """An older open conflict on the same column is replaced by a newer one."""
    db.execute("UPDATE sinkron_konflik SET selesai = ?, pilihan = 'diganti' WHERE tabel = ? AND baris_uid = ? "
               "AND kolom = ? AND selesai IS NULL", [waktu, tabel, baris_uid, kolom])


def add_receipt(db: ProjectDb, waktu: str, dari: str, replika: str, seq: int, berkas: str, cadangan: str) -> int:
    return db.execute(
        "INSERT INTO sinkron_terima (waktu, dari, replika, seq, berkas, cadangan) VALUES (?, ?, ?, ?, ?, ?)",
        [waktu, dari, replika, seq, berkas, cadangan]).lastrowid


def receipt_rows(db: ProjectDb) -> list[dict[str, Any]]:
    return db.rows("SELECT * FROM sinkron_terima ORDER BY id DESC")
