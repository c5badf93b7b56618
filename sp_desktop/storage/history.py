"""The audit trail and the trash in the project file (storage layer).

A mixin of :class:`storage.repository.ProjectRepository` (plain statements on its ``db``): who changed
what and when, the trash of deleted services, and the copies deletions leave in the audit trail.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from ..domain.model import Layanan, Member
from . import errors
from .codec import ShapeError, dumps, from_plain

if TYPE_CHECKING:  # pragma: no cover
    from .connection import ProjectDb


@dataclass(frozen=True)
class AuditEntry:
    """One line of the audit trail."""

    id: int
    waktu: datetime
    pelaku: str
    aksi: str
    komponen: str
    keterangan: str
    service_id: int | None


@dataclass(frozen=True)
class TrashEntry:
    """A deleted service that can still be restored.

    ``from_audit`` entries were emptied from the trash; their copy lives on in the audit trail
    (``id`` is then the audit entry's id).
    """

    id: int
    jenis_pelayanan: str
    waktu: datetime
    pelaku: str
    from_audit: bool = False


def now_text() -> str:
    """The current local time as stored in the file (ISO, seconds precision with microseconds)."""
    return datetime.now().isoformat(timespec="microseconds")


class HistoryStore:
    """Audit entries and the trash; needs ``self.db`` and ``self.unnamed_actor``."""

    db: ProjectDb
    unnamed_actor: str

    def add_audit(self, actor: Member | None, aksi: str, service_id: int | None, komponen: str, keterangan: str,
                  snapshot: Any = None) -> int:
        cursor = self.db.execute(
            "INSERT INTO riwayat (waktu, pelaku_id, pelaku, aksi, layanan_id, komponen, keterangan, snapshot) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [now_text(), actor.id if actor else None, actor.nama if actor else self.unnamed_actor, aksi, service_id,
             komponen, keterangan, dumps(snapshot) if snapshot is not None else None],
        )
        return cursor.lastrowid

    def last_audit(self) -> dict[str, Any] | None:
        rows = self.db.rows(
            "SELECT id, waktu, pelaku_id, aksi, layanan_id, komponen FROM riwayat ORDER BY id DESC LIMIT 1"
        )
        return rows[0] if rows else None

    def touch_audit(self, audit_id: int, keterangan: str) -> None:
        self.db.execute("UPDATE riwayat SET waktu = ?, keterangan = ? WHERE id = ?", [now_text(), keterangan, audit_id])

    def audit(self, service_id: int | None) -> list[AuditEntry]:
        where, args = ("layanan_id = ?", [service_id]) if service_id is not None else ("layanan_id IS NULL", [])
        return [
            AuditEntry(r["id"], datetime.fromisoformat(r["waktu"]), r["pelaku"] or "", r["aksi"], r["komponen"] or "",
                       r["keterangan"] or "", r["layanan_id"])
            for r in self.db.rows(
                f"SELECT id, waktu, pelaku, aksi, komponen, keterangan, layanan_id FROM riwayat WHERE {where} "
                "ORDER BY id DESC", args)
        ]

    def add_trash(self, lay: Layanan, actor: str) -> int:
        cursor = self.db.execute(
            "INSERT INTO sampah (layanan_id, jenis_pelayanan, data, waktu, pelaku) VALUES (?, ?, ?, ?, ?)",
            [lay.id, lay.jenis_pelayanan, dumps(lay), now_text(), actor],
        )
        return cursor.lastrowid

    def trash(self) -> list[TrashEntry]:
        return [
            TrashEntry(r["id"], r["jenis_pelayanan"] or "", datetime.fromisoformat(r["waktu"]), r["pelaku"] or "")
            for r in self.db.rows("SELECT id, jenis_pelayanan, waktu, pelaku FROM sampah ORDER BY id DESC")
        ]

    def trash_count(self) -> int:
        return self.db.scalar("SELECT count(*) FROM sampah")

    def deleted_in_audit(self) -> list[TrashEntry]:
        """Deletions whose service is neither back in the list nor in the trash: restorable from the audit copy."""
        rows = self.db.rows(
            "SELECT r.id, r.waktu, r.pelaku, r.keterangan, r.layanan_id FROM riwayat r "
            "WHERE r.aksi = 'hapus' AND r.komponen = 'jenis_pelayanan' AND r.snapshot IS NOT NULL "
            "AND r.layanan_id NOT IN (SELECT id FROM layanan) "
            "AND r.layanan_id NOT IN (SELECT layanan_id FROM sampah WHERE layanan_id IS NOT NULL) "
            "AND r.id = (SELECT MAX(id) FROM riwayat x WHERE x.layanan_id = r.layanan_id AND x.aksi = 'hapus') "
            "ORDER BY r.id DESC"
        )
        prefix = "Layanan dihapus: "
        return [
            TrashEntry(r["id"], (r["keterangan"] or "").removeprefix(prefix), datetime.fromisoformat(r["waktu"]),
                       r["pelaku"] or "", from_audit=True)
            for r in rows
        ]

    def _decode_copy(self, text: str | bytes) -> Layanan:
        try:
            return from_plain(Layanan, json.loads(text))
        except (ValueError, TypeError, RecursionError, ShapeError) as exc:
            raise errors.DamagedContent(
                f"Berkas {self.db.path.name} rusak: salinan layanan yang dihapus tidak dapat dibaca.", self.db.path
            ) from exc

    def take_trash(self, trash_id: int) -> Layanan | None:
        """Remove one trash entry and return its service (with the id it had)."""
        rows = self.db.rows("SELECT layanan_id, data FROM sampah WHERE id = ?", [trash_id])
        if not rows:
            return None
        self.db.execute("DELETE FROM sampah WHERE id = ?", [trash_id])
        lay = self._decode_copy(rows[0]["data"])
        lay.id = rows[0]["layanan_id"] or lay.id
        return lay

    def audit_copy(self, audit_id: int) -> Layanan | None:
        """The service as it was when the audit entry ``audit_id`` recorded its deletion."""
        # As bytes: the open does not read every snapshot back, so a damaged one is named here, not by sqlite3.
        rows = self.db.rows(
            "SELECT layanan_id, CAST(snapshot AS BLOB) AS snapshot FROM riwayat WHERE id = ? AND aksi = 'hapus'",
            [audit_id],
        )
        if not rows or not rows[0]["snapshot"]:
            return None
        lay = self._decode_copy(rows[0]["snapshot"])
        lay.id = rows[0]["layanan_id"] or lay.id
        return lay

    def empty_trash(self) -> list[str]:
        """Empty the trash; returns the names that went."""
        names = [r[0] for r in self.db.execute("SELECT jenis_pelayanan FROM sampah ORDER BY id").fetchall()]
        self.db.execute("DELETE FROM sampah")
        return names
