"""Reading and writing domain objects in the project file with plain statements (storage layer).

Methods here do single statements; the session wraps each user change in one
transaction (``db.atomic()``) together with its audit entry. The list of services reads
:class:`ServiceSummary` columns only, so it costs the same whatever the services hold.
"""

from __future__ import annotations

import json
from typing import Any

from ..domain.components import komponen_label
from ..domain.identification import missing_components
from ..domain.model import Instansi, Kepala, Layanan, Logo, Member, Pengaturan, ServiceSummary
from ..domain.names import name_key
from . import errors
from .attachments import AttachmentStore
from .codec import (
    CONTENT_COLUMNS,
    ComponentError,
    dumps,
    from_plain,
    row_checksum,
    service_from_row,
    service_to_row,
)
from .complaints import ComplaintStore
from .connection import ProjectDb
from .history import AuditEntry, HistoryStore, TrashEntry, now_text
from .notes import NoteStore
from .surveys import SurveyStore
from .versions import VersionStore

__all__ = ["AuditEntry", "ProjectRepository", "TrashEntry", "now_text"]

_INSTANSI_FIELDS = (
    "pemerintah_daerah", "nama", "singkatan", "alamat", "telepon", "email", "laman", "kota", "zona_waktu",
)
_KEPALA_FIELDS = ("nama", "nip", "pangkat", "golongan", "jabatan")
_SUMMARY_COLUMNS = "l.id, u.position, l.jenis_pelayanan, l.klasifikasi, l.status, l.missing"
# The services in their order (m003 keeps the order in the small ``urutan`` table); ``position``
# comes last so that it is the order's position, not the unused column of m001.
_ORDERED = "FROM layanan l JOIN urutan u ON u.layanan_id = l.id"
_ORDER_BY = "ORDER BY u.position, l.id"


def column_label(column: str) -> str:
    """The component a ``layanan`` column holds, as the team knows it."""
    if column in ("jenis_pelayanan", "klasifikasi", "status"):
        return {"jenis_pelayanan": "Jenis pelayanan", "klasifikasi": "Klasifikasi", "status": "Status"}[column]
    try:
        return komponen_label(column)
    except KeyError:
        return column


def unreadable_service(path, service_id: int, name: str, column: str, reason: str) -> errors.DamagedContent:
    """The error raised when one component of a stored service cannot be read."""
    label = f"“{name}”" if name else f"dengan id {service_id}"
    return errors.DamagedContent(
        f"Berkas {path.name} rusak: komponen {column_label(column)} pada layanan {label} tidak dapat dibaca "
        f"({reason}). Buka berkas di aplikasi untuk menyelamatkan bagian yang masih terbaca.",
        path,
    )


class ProjectRepository(HistoryStore, AttachmentStore, VersionStore, ComplaintStore, SurveyStore, NoteStore):
    """Domain-object access to one open project database."""

    def __init__(self, db: ProjectDb, unnamed_actor: str = "baris perintah"):
        self.db = db
        # Written as the actor of changes made with no member chosen (the command line, a first member).
        self.unnamed_actor = unnamed_actor

    # -- instansi, logo, settings, extras -------------------------------------------------
    def instansi(self) -> Instansi:
        rows = self.db.rows("SELECT * FROM instansi WHERE id = 1")
        if not rows:
            return Instansi()
        row = rows[0]
        inst = Instansi(**{f: row[f] or "" for f in _INSTANSI_FIELDS})
        inst.zona_waktu = inst.zona_waktu or "WIB"
        inst.kepala = Kepala(**{f: row[f"kepala_{f}"] or "" for f in _KEPALA_FIELDS})
        return inst

    def save_instansi(self, inst: Instansi) -> None:
        row: dict[str, Any] = {"id": 1}
        row.update({f: getattr(inst, f) for f in _INSTANSI_FIELDS})
        row.update({f"kepala_{f}": getattr(inst.kepala, f) for f in _KEPALA_FIELDS})
        self._replace("instansi", row)

    def logo(self) -> Logo | None:
        rows = self.db.rows("SELECT data, mime FROM logo WHERE id = 1")
        return Logo(data=rows[0]["data"], mime=rows[0]["mime"]) if rows else None

    def save_logo(self, logo: Logo | None) -> None:
        if logo is None:
            self.db.execute("DELETE FROM logo WHERE id = 1")
        else:
            self._replace("logo", {"id": 1, "data": logo.data, "mime": logo.mime})

    def pengaturan(self) -> Pengaturan:
        text = self.db.scalar("SELECT data FROM pengaturan WHERE id = 1")
        if not text:
            return Pengaturan()
        try:
            return from_plain(Pengaturan, json.loads(text))
        except (ValueError, TypeError, RecursionError) as exc:
            raise errors.DamagedContent(
                f"Berkas {self.db.path.name} rusak: pengaturan dokumen tidak dapat dibaca.", self.db.path
            ) from exc

    def save_pengaturan(self, value: Pengaturan) -> None:
        self._replace("pengaturan", {"id": 1, "data": dumps(value)})

    def extra(self) -> dict[str, Any]:
        try:
            rows = self.db.rows("SELECT key, value FROM extra ORDER BY rowid")
            return {r["key"]: json.loads(r["value"]) for r in rows}
        except (ValueError, TypeError, RecursionError) as exc:
            raise errors.DamagedContent(
                f"Berkas {self.db.path.name} rusak: data penetapan dan pembahasan tidak dapat dibaca.", self.db.path
            ) from exc

    def save_extra(self, extra: dict[str, Any]) -> None:
        self.db.execute("DELETE FROM extra")
        for key, value in extra.items():
            text = json.dumps(value, ensure_ascii=False)
            self.db.execute("INSERT INTO extra (key, value) VALUES (?, ?)", [key, text])

    def _replace(self, table: str, row: dict[str, Any]) -> None:
        columns = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        self.db.execute(f"INSERT OR REPLACE INTO {table} ({columns}) VALUES ({marks})", list(row.values()))

    # -- team ------------------------------------------------------------------------------
    def members(self) -> list[Member]:
        return [
            Member(nama=r["nama"] or "", nip=r["nip"] or "", jabatan=r["jabatan"] or "", peran=r["peran"], id=r["id"])
            for r in self.db.rows("SELECT * FROM anggota ORDER BY position, id")
        ]

    def member(self, member_id: int) -> Member | None:
        return next((m for m in self.members() if m.id == member_id), None)

    def insert_member(self, m: Member) -> int:
        position = self.db.scalar("SELECT COALESCE(MAX(position), -1) + 1 FROM anggota")
        cursor = self.db.execute(
            "INSERT INTO anggota (nama, nip, jabatan, peran, position) VALUES (?, ?, ?, ?, ?)",
            [m.nama, m.nip, m.jabatan, m.peran, position],
        )
        return cursor.lastrowid

    def update_member(self, m: Member) -> None:
        self.db.execute(
            "UPDATE anggota SET nama = ?, nip = ?, jabatan = ?, peran = ? WHERE id = ?",
            [m.nama, m.nip, m.jabatan, m.peran, m.id],
        )

    def member_pin_hash(self, member_id: int) -> str | None:
        """The stored PIN hash of a member (``domain.pin``), or None when the member has no PIN."""
        return self.db.scalar("SELECT pin_hash FROM anggota WHERE id = ?", [member_id]) or None

    def members_with_pin(self) -> set[int]:
        """The ids of the members who have set a PIN."""
        return {r["id"] for r in self.db.rows("SELECT id FROM anggota WHERE pin_hash IS NOT NULL AND pin_hash != ''")}

    def set_member_pin_hash(self, member_id: int, pin_hash: str | None) -> None:
        """Store a member's PIN hash; None removes the PIN."""
        self.db.execute("UPDATE anggota SET pin_hash = ? WHERE id = ?", [pin_hash, member_id])

    def delete_member(self, member_id: int) -> None:
        self.db.execute("DELETE FROM anggota WHERE id = ?", [member_id])

    # -- services --------------------------------------------------------------------------
    def _decode(self, row: dict[str, Any]) -> Layanan:
        try:
            return service_from_row(row)
        except ComponentError as exc:
            raise unreadable_service(self.db.path, row["id"], row["jenis_pelayanan"], exc.column, str(exc)) from exc

    def services(self, ids: list[int] | None = None) -> list[Layanan]:
        """Every service in order, or only those with ``ids`` (still in project order)."""
        if ids is None:
            return [self._decode(r) for r in self.db.rows(f"SELECT l.*, u.position {_ORDERED} {_ORDER_BY}")]
        wanted = set(ids)
        marks = ", ".join("?" for _ in wanted)
        rows = self.db.rows(f"SELECT l.*, u.position {_ORDERED} WHERE l.id IN ({marks}) {_ORDER_BY}", list(wanted))
        return [self._decode(r) for r in rows]

    def service(self, service_id: int) -> Layanan | None:
        rows = self.db.rows(f"SELECT l.*, u.position {_ORDERED} WHERE l.id = ?", [service_id])
        return self._decode(rows[0]) if rows else None

    def summaries(self) -> list[ServiceSummary]:
        """The list of services as shown: name, classification, status, what is missing; no decoding."""
        result = []
        parsed: dict[str, tuple[str, ...]] = {}  # most services share a few "missing" values
        cursor = self.db.execute(f"SELECT {_SUMMARY_COLUMNS} {_ORDERED} {_ORDER_BY}")
        for service_id, position, name, klasifikasi, status, missing_text in cursor.fetchall():
            missing = parsed.get(missing_text) if missing_text else None
            if missing is None:
                missing = self._missing_of(service_id, missing_text)
                if missing_text:
                    parsed[missing_text] = missing
            result.append(
                ServiceSummary(service_id, position, name or "", klasifikasi or "", status or "draf", missing)
            )
        return result

    def adoption_dates(self) -> dict[int, str]:
        """Per service id, the ISO decree date of its latest adopted version (``versi_layanan``), where it has one."""
        rows = self.db.execute(
            "SELECT layanan_id, tanggal_sk FROM versi_layanan v WHERE tanggal_sk != '' AND versi = "
            "(SELECT MAX(versi) FROM versi_layanan w WHERE w.layanan_id = v.layanan_id AND w.tanggal_sk != '')"
        ).fetchall()
        return {service_id: tanggal for service_id, tanggal in rows}

    def _missing_of(self, service_id: int, text: str | None) -> tuple[str, ...]:
        try:
            value = json.loads(text) if text else None
        except ValueError:
            value = None
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return tuple(value)
        lay = self.service(service_id)  # not stamped (the file checks it on open): worked out, not written
        return tuple(missing_components(lay)) if lay is not None else ()

    def restamp(self, service_ids: list[int]) -> None:
        """Record that these services were read back whole (after another tool or an older version wrote them)."""
        for service_id in service_ids:
            lay = self.service(service_id)
            if lay is None:
                continue
            row = self.db.rows(f"SELECT {', '.join(CONTENT_COLUMNS)} FROM layanan WHERE id = ?", [service_id])[0]
            self.db.execute(
                "UPDATE layanan SET checksum = ?, missing = ?, name_key = ? WHERE id = ?",
                [row_checksum(row), json.dumps(missing_components(lay)), name_key(lay.jenis_pelayanan), service_id],
            )

    def name_owner(self, name: str, except_id: int | None = None) -> str | None:
        """The stored name of another service whose name has the same key as ``name``, or None."""
        return self.db.scalar(
            "SELECT jenis_pelayanan FROM layanan WHERE name_key = ? AND id IS NOT ? LIMIT 1",
            [name_key(name), except_id],
        )

    def name_keys(self) -> set[str]:
        return {r[0] for r in self.db.execute("SELECT name_key FROM layanan").fetchall()}

    def _next_service_id(self) -> int:
        # Never reuse an id: a deleted service keeps its id (and audit trail) for its restore.
        return 1 + max(
            self.db.scalar("SELECT COALESCE(MAX(id), 0) FROM layanan"),
            self.db.scalar("SELECT COALESCE(MAX(layanan_id), 0) FROM sampah"),
            self.db.scalar("SELECT COALESCE(MAX(layanan_id), 0) FROM riwayat"),
        )

    def insert_service(self, lay: Layanan, position: int, actor: str, service_id: int | None = None) -> int:
        """Store ``lay`` at ``position`` (later services move down); returns its id."""
        self.db.execute("UPDATE urutan SET position = position + 1 WHERE position >= ?", [position])
        row = service_to_row(lay)
        stamp = now_text()
        row.update({
            "id": service_id or self._next_service_id(), "created_at": stamp,
            "updated_at": stamp, "updated_by": actor, "name_key": name_key(lay.jenis_pelayanan),
            "missing": json.dumps(missing_components(lay)),
        })
        row["checksum"] = row_checksum(row)
        columns = ", ".join(row)
        self.db.execute(f"INSERT INTO layanan ({columns}) VALUES ({', '.join('?' for _ in row)})", list(row.values()))
        self.db.execute("INSERT INTO urutan (layanan_id, position) VALUES (?, ?)", [row["id"], position])
        return row["id"]

    def update_service(self, lay: Layanan, actor: str) -> None:
        row = service_to_row(lay)
        row.update({"updated_at": now_text(), "updated_by": actor, "name_key": name_key(lay.jenis_pelayanan),
                    "missing": json.dumps(missing_components(lay)), "checksum": row_checksum(service_to_row(lay))})
        assignments = ", ".join(f"{c} = ?" for c in row)
        self.db.execute(f"UPDATE layanan SET {assignments} WHERE id = ?", [*row.values(), lay.id])

    def delete_service(self, service_id: int) -> None:
        position = self.position_of(service_id)
        self.db.execute("DELETE FROM layanan WHERE id = ?", [service_id])
        self.db.execute("DELETE FROM urutan WHERE layanan_id = ?", [service_id])
        if position is not None:
            self.db.execute("UPDATE urutan SET position = position - 1 WHERE position > ?", [position])

    def move_service(self, service_id: int, new_index: int) -> None:
        """Move one service to ``new_index`` (0-based, clamped), shifting those in between."""
        old = self.position_of(service_id)
        count = self.count_services()
        new_index = max(0, min(new_index, count - 1))
        if old is None or old == new_index:
            return
        if new_index < old:
            self.db.execute("UPDATE urutan SET position = position + 1 WHERE position >= ? AND position < ?",
                            [new_index, old])
        else:
            self.db.execute("UPDATE urutan SET position = position - 1 WHERE position > ? AND position <= ?",
                            [old, new_index])
        self.db.execute("UPDATE urutan SET position = ? WHERE layanan_id = ?", [new_index, service_id])

    def position_of(self, service_id: int) -> int | None:
        return self.db.scalar("SELECT position FROM urutan WHERE layanan_id = ?", [service_id])

    def service_exists(self, service_id: int) -> bool:
        return self.db.scalar("SELECT 1 FROM layanan WHERE id = ?", [service_id]) is not None

    def count_services(self) -> int:
        return self.db.scalar("SELECT count(*) FROM layanan")
