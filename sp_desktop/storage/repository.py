"""Reading and writing domain objects in the project file (storage layer).

Methods here do single statements; the session wraps each user change in one
transaction (``db.atomic()``) together with its audit entry.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from ..domain.model import (
    Biaya,
    Instansi,
    Kepala,
    LangkahProsedur,
    Layanan,
    Logo,
    Member,
    Pengaduan,
    Pengaturan,
    Persyaratan,
)
from .codec import from_plain, to_plain
from .migrations import LIST_COLUMNS

_LIST_TYPES: dict[str, Any] = {
    "persyaratan": list[Persyaratan],
    "prosedur": list[LangkahProsedur],
}

_INSTANSI_FIELDS = (
    "pemerintah_daerah", "nama", "singkatan", "alamat", "telepon", "email", "laman", "kota", "zona_waktu",
)
_KEPALA_FIELDS = ("nama", "nip", "pangkat", "golongan", "jabatan")


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
    """A deleted service that can still be restored."""

    id: int
    jenis_pelayanan: str
    waktu: datetime
    pelaku: str


def _dumps(value: Any) -> str:
    return json.dumps(to_plain(value), ensure_ascii=False)


def now_text() -> str:
    """The current local time as stored in the file (ISO, seconds precision with microseconds)."""
    return datetime.now().isoformat(timespec="microseconds")


class ProjectRepository:
    """Domain-object access to one open project database."""

    def __init__(self, db: Database, unnamed_actor: str = "baris perintah"):
        self.db = db
        # Written as the actor of changes made with no member chosen (the command line, a first member).
        self.unnamed_actor = unnamed_actor

    # -- instansi, logo, settings, extras -------------------------------------------------
    def instansi(self) -> Instansi:
        row = self.db["instansi"].get(1) if self.db["instansi"].count else None
        if row is None:
            return Instansi()
        inst = Instansi(**{f: row[f] or "" for f in _INSTANSI_FIELDS})
        inst.zona_waktu = inst.zona_waktu or "WIB"
        inst.kepala = Kepala(**{f: row[f"kepala_{f}"] or "" for f in _KEPALA_FIELDS})
        return inst

    def save_instansi(self, inst: Instansi) -> None:
        row: dict[str, Any] = {"id": 1}
        row.update({f: getattr(inst, f) for f in _INSTANSI_FIELDS})
        row.update({f"kepala_{f}": getattr(inst.kepala, f) for f in _KEPALA_FIELDS})
        self.db["instansi"].upsert(row, pk="id")

    def logo(self) -> Logo | None:
        rows = list(self.db["logo"].rows_where("id = 1"))
        return Logo(data=rows[0]["data"], mime=rows[0]["mime"]) if rows else None

    def save_logo(self, logo: Logo | None) -> None:
        if logo is None:
            self.db.execute("DELETE FROM logo WHERE id = 1")
        else:
            self.db["logo"].upsert({"id": 1, "data": logo.data, "mime": logo.mime}, pk="id")

    def pengaturan(self) -> Pengaturan:
        rows = list(self.db["pengaturan"].rows_where("id = 1"))
        return from_plain(Pengaturan, json.loads(rows[0]["data"])) if rows else Pengaturan()

    def save_pengaturan(self, value: Pengaturan) -> None:
        self.db["pengaturan"].upsert({"id": 1, "data": _dumps(value)}, pk="id")

    def extra(self) -> dict[str, Any]:
        return {row["key"]: json.loads(row["value"]) for row in self.db["extra"].rows_where(order_by="rowid")}

    def save_extra(self, extra: dict[str, Any]) -> None:
        self.db.execute("DELETE FROM extra")
        for key, value in extra.items():
            self.db["extra"].insert({"key": key, "value": json.dumps(value, ensure_ascii=False)})

    # -- team ------------------------------------------------------------------------------
    def members(self) -> list[Member]:
        return [
            Member(nama=r["nama"], nip=r["nip"] or "", jabatan=r["jabatan"] or "", peran=r["peran"], id=r["id"])
            for r in self.db["anggota"].rows_where(order_by="position, id")
        ]

    def member(self, member_id: int) -> Member | None:
        return next((m for m in self.members() if m.id == member_id), None)

    def insert_member(self, m: Member) -> int:
        position = (self.db.execute("SELECT COALESCE(MAX(position), -1) + 1 FROM anggota").fetchone()[0])
        row = {"nama": m.nama, "nip": m.nip, "jabatan": m.jabatan, "peran": m.peran, "position": position}
        return self.db["anggota"].insert(row).last_pk

    def update_member(self, m: Member) -> None:
        self.db["anggota"].update(m.id, {"nama": m.nama, "nip": m.nip, "jabatan": m.jabatan, "peran": m.peran})

    def delete_member(self, member_id: int) -> None:
        self.db["anggota"].delete(member_id)

    # -- services --------------------------------------------------------------------------
    def _row_to_layanan(self, r: dict[str, Any]) -> Layanan:
        lay = Layanan(
            jenis_pelayanan=r["jenis_pelayanan"] or "",
            klasifikasi=r["klasifikasi"] or "administratif",
            status=r["status"] or "draf",
            waktu_penyelesaian=r["waktu_penyelesaian"],
            jumlah_pelaksana=r["jumlah_pelaksana"] or "",
            id=r["id"],
            position=r["position"],
        )
        for name in LIST_COLUMNS:
            setattr(lay, name, from_plain(_LIST_TYPES.get(name, list[str]), json.loads(r[name] or "[]")))
        lay.biaya = from_plain(Biaya, json.loads(r["biaya"])) if r["biaya"] else None
        lay.pengaduan = from_plain(Pengaduan, json.loads(r["pengaduan"] or "{}")) or Pengaduan()
        return lay

    def _layanan_row(self, lay: Layanan) -> dict[str, Any]:
        row: dict[str, Any] = {
            "jenis_pelayanan": lay.jenis_pelayanan,
            "klasifikasi": lay.klasifikasi,
            "status": lay.status,
            "waktu_penyelesaian": lay.waktu_penyelesaian,
            "biaya": _dumps(lay.biaya) if lay.biaya is not None else None,
            "pengaduan": _dumps(lay.pengaduan),
            "jumlah_pelaksana": lay.jumlah_pelaksana,
        }
        row.update({name: _dumps(getattr(lay, name)) for name in LIST_COLUMNS})
        return row

    def services(self) -> list[Layanan]:
        return [self._row_to_layanan(r) for r in self.db["layanan"].rows_where(order_by="position, id")]

    def service(self, service_id: int) -> Layanan | None:
        rows = list(self.db["layanan"].rows_where("id = ?", [service_id]))
        return self._row_to_layanan(rows[0]) if rows else None

    def insert_service(self, lay: Layanan, position: int, actor: str) -> int:
        self.db.execute("UPDATE layanan SET position = position + 1 WHERE position >= ?", [position])
        row = self._layanan_row(lay)
        stamp = now_text()
        row.update({"position": position, "created_at": stamp, "updated_at": stamp, "updated_by": actor})
        return self.db["layanan"].insert(row).last_pk

    def update_service(self, lay: Layanan, actor: str) -> None:
        row = self._layanan_row(lay)
        row.update({"updated_at": now_text(), "updated_by": actor})
        self.db["layanan"].update(lay.id, row)

    def delete_service(self, service_id: int) -> None:
        self.db["layanan"].delete(service_id)
        self.renumber()

    def renumber(self, order: list[int] | None = None) -> None:
        """Rewrite positions as 0..n-1 following ``order`` (ids) or the current order."""
        ids = order or [r[0] for r in self.db.execute("SELECT id FROM layanan ORDER BY position, id").fetchall()]
        for index, service_id in enumerate(ids):
            self.db.execute("UPDATE layanan SET position = ? WHERE id = ?", [index, service_id])

    def count_services(self) -> int:
        return self.db["layanan"].count

    # -- audit and trash -------------------------------------------------------------------
    def add_audit(self, actor: Member | None, aksi: str, service_id: int | None, komponen: str, keterangan: str,
                  snapshot: Any = None) -> int:
        row = {
            "waktu": now_text(),
            "pelaku_id": actor.id if actor else None,
            "pelaku": actor.nama if actor else self.unnamed_actor,
            "aksi": aksi,
            "layanan_id": service_id,
            "komponen": komponen,
            "keterangan": keterangan,
            "snapshot": _dumps(snapshot) if snapshot is not None else None,
        }
        return self.db["riwayat"].insert(row).last_pk

    def last_audit(self) -> dict[str, Any] | None:
        rows = self.db.execute("SELECT * FROM riwayat ORDER BY id DESC LIMIT 1").fetchall()
        if not rows:
            return None
        cols = [c[0] for c in self.db.execute("SELECT * FROM riwayat LIMIT 0").description]
        return dict(zip(cols, rows[0]))

    def touch_audit(self, audit_id: int, keterangan: str) -> None:
        self.db["riwayat"].update(audit_id, {"waktu": now_text(), "keterangan": keterangan})

    def audit(self, service_id: int | None) -> list[AuditEntry]:
        where, args = ("layanan_id = ?", [service_id]) if service_id is not None else ("layanan_id IS NULL", [])
        return [
            AuditEntry(r["id"], datetime.fromisoformat(r["waktu"]), r["pelaku"] or "", r["aksi"], r["komponen"] or "",
                       r["keterangan"] or "", r["layanan_id"])
            for r in self.db["riwayat"].rows_where(where, args, order_by="id DESC")
        ]

    def add_trash(self, lay: Layanan, actor: str) -> int:
        row = {"layanan_id": lay.id, "jenis_pelayanan": lay.jenis_pelayanan, "data": _dumps(lay), "waktu": now_text(),
               "pelaku": actor}
        return self.db["sampah"].insert(row).last_pk

    def trash(self) -> list[TrashEntry]:
        return [
            TrashEntry(r["id"], r["jenis_pelayanan"], datetime.fromisoformat(r["waktu"]), r["pelaku"] or "")
            for r in self.db["sampah"].rows_where(order_by="id DESC")
        ]

    def take_trash(self, trash_id: int) -> Layanan | None:
        rows = list(self.db["sampah"].rows_where("id = ?", [trash_id]))
        if not rows:
            return None
        self.db["sampah"].delete(trash_id)
        return from_plain(Layanan, json.loads(rows[0]["data"]))

    def empty_trash(self) -> None:
        self.db.execute("DELETE FROM sampah")
