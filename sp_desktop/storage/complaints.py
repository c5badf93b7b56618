"""The complaints received, one row each in ``pengaduan_masuk`` (m006) (storage layer).

A mixin of :class:`storage.repository.ProjectRepository`. Filters and the per-period counts run as
SQL so that a log of 10,000 complaints filters without reading every row into Python.

``uid`` is a complaint's identity across files. A complaint imported without an ``id`` is stored
under a stand-in uid (:data:`UNSAVED_PREFIX` + a fresh hex) and read back with ``id == ""``, so
that exporting it again writes the object exactly as it came.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..domain.survei import PengaduanMasuk

if TYPE_CHECKING:  # pragma: no cover
    from .connection import ProjectDb

UNSAVED_PREFIX = "tanpa-id-"
NO_COMPONENT = ""
"""The ``komponen`` filter value that selects complaints about no particular component."""

_COLUMNS = "id, uid, position, tanggal, saluran, layanan, komponen, ringkasan, status, tindak_lanjut, " \
           "tanggal_selesai, lain"


@dataclass(frozen=True)
class ComplaintFilter:
    """Which complaints to list; a field left None does not filter. Dates are ISO, both ends included."""

    mulai: str | None = None
    selesai: str | None = None
    layanan: str | None = None
    komponen: str | None = None  # NO_COMPONENT ("") selects complaints with no component
    status: str | None = None
    teks: str | None = None


def new_uid() -> str:
    """A fresh identity for a complaint entered in the app."""
    return uuid.uuid4().hex


def _record(row: Any) -> PengaduanMasuk:
    uid = row["uid"] or ""
    try:
        lain = json.loads(row["lain"] or "{}")
    except ValueError:
        lain = {}
    return PengaduanMasuk(
        tanggal=row["tanggal"] or "", saluran=row["saluran"] or "", layanan=row["layanan"] or "",
        komponen=row["komponen"], ringkasan=row["ringkasan"] or "", status=row["status"] or "baru",
        tindak_lanjut=row["tindak_lanjut"] or "", tanggal_selesai=row["tanggal_selesai"],
        id="" if uid.startswith(UNSAVED_PREFIX) else uid, lain=lain if isinstance(lain, dict) else {},
    )


def _values(record: PengaduanMasuk) -> list[Any]:
    return [record.tanggal, record.saluran, record.layanan, record.komponen, record.ringkasan, record.status,
            record.tindak_lanjut, record.tanggal_selesai, json.dumps(record.lain, ensure_ascii=False)]


def where_clause(f: ComplaintFilter | None) -> tuple[str, list[Any]]:
    """The ``WHERE`` text (or "") and its parameters for a filter."""
    if f is None:
        return "", []
    parts: list[str] = []
    params: list[Any] = []
    if f.mulai:
        parts.append("tanggal >= ?")
        params.append(f.mulai)
    if f.selesai:
        parts.append("tanggal <= ?")
        params.append(f.selesai)
    if f.layanan is not None:
        parts.append("layanan = ?")
        params.append(f.layanan)
    if f.komponen is not None:
        if f.komponen == NO_COMPONENT:
            parts.append("(komponen IS NULL OR komponen = '')")
        else:
            parts.append("komponen = ?")
            params.append(f.komponen)
    if f.status is not None:
        parts.append("status = ?")
        params.append(f.status)
    if f.teks and f.teks.strip():
        pattern = "%" + f.teks.strip().lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        parts.append("(lower(ringkasan) LIKE ? ESCAPE '\\' OR lower(tindak_lanjut) LIKE ? ESCAPE '\\' "
                     "OR lower(layanan) LIKE ? ESCAPE '\\')")
        params.extend([pattern] * 3)
    return (" WHERE " + " AND ".join(parts)) if parts else "", params


class ComplaintStore:
    """The complaints log; needs ``self.db``."""

    db: ProjectDb

    # -- the two calls the SP JSON import/export makes --------------------------------------
    def insert_complaint(self, record: PengaduanMasuk, position: int) -> int:
        """Store one complaint at ``position``; returns its row id. A record without ``id`` gets a
        stand-in uid (read back as ``id == ""``)."""
        uid = record.id or (UNSAVED_PREFIX + new_uid())
        self.db.execute(
            "INSERT INTO pengaduan_masuk (uid, position, tanggal, saluran, layanan, komponen, ringkasan, status, "
            "tindak_lanjut, tanggal_selesai, lain) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [uid, position, *_values(record)],
        )
        return int(self.db.scalar("SELECT id FROM pengaduan_masuk WHERE uid = ?", [uid]))

    def complaint_records(self) -> list[tuple[int, PengaduanMasuk]]:
        """Every complaint in its stored order (the order of the file's ``pengaduan_masuk``)."""
        rows = self.db.rows(f"SELECT {_COLUMNS} FROM pengaduan_masuk ORDER BY position, id")
        return [(int(r["id"]), _record(r)) for r in rows]

    # -- the log ------------------------------------------------------------------------------
    def next_complaint_position(self) -> int:
        return int(self.db.scalar("SELECT COALESCE(MAX(position), -1) + 1 FROM pengaduan_masuk") or 0)

    def complaint_record(self, row_id: int) -> PengaduanMasuk | None:
        rows = self.db.rows(f"SELECT {_COLUMNS} FROM pengaduan_masuk WHERE id = ?", [row_id])
        return _record(rows[0]) if rows else None

    def find_complaints(self, f: ComplaintFilter | None = None) -> list[tuple[int, PengaduanMasuk]]:
        """The complaints a filter selects, newest received first."""
        where, params = where_clause(f)
        rows = self.db.rows(f"SELECT {_COLUMNS} FROM pengaduan_masuk{where} ORDER BY tanggal DESC, id DESC", params)
        return [(int(r["id"]), _record(r)) for r in rows]

    def update_complaint_row(self, row_id: int, record: PengaduanMasuk) -> None:
        """Replace the content of a complaint, keeping its uid and position."""
        self.db.execute(
            "UPDATE pengaduan_masuk SET tanggal = ?, saluran = ?, layanan = ?, komponen = ?, ringkasan = ?, "
            "status = ?, tindak_lanjut = ?, tanggal_selesai = ?, lain = ? WHERE id = ?",
            [*_values(record), row_id],
        )

    def delete_complaint_row(self, row_id: int) -> None:
        self.db.execute("DELETE FROM pengaduan_masuk WHERE id = ?", [row_id])

    def delete_all_complaints(self) -> None:
        """Empty the log (an SP JSON import replaces it whole)."""
        self.db.execute("DELETE FROM pengaduan_masuk")

    def complaint_counts(self, column: str, f: ComplaintFilter | None = None) -> list[tuple[str | None, int]]:
        """How many complaints per value of ``column`` (layanan, komponen, status, saluran)."""
        if column not in ("layanan", "komponen", "status", "saluran"):
            raise ValueError(column)
        where, params = where_clause(f)
        rows = self.db.rows(
            f"SELECT NULLIF({column}, '') AS v, COUNT(*) AS n FROM pengaduan_masuk{where} "
            "GROUP BY v ORDER BY n DESC, v",
            params,
        )
        return [(r["v"], int(r["n"])) for r in rows]

    def complaint_close_days(self, f: ComplaintFilter | None = None) -> list[int]:
        """Days from receipt to closing of each closed complaint the filter selects."""
        where, params = where_clause(f)
        joiner = " AND " if where else " WHERE "
        rows = self.db.rows(
            f"SELECT CAST(julianday(tanggal_selesai) - julianday(tanggal) AS INTEGER) AS d FROM pengaduan_masuk"
            f"{where}{joiner}status = 'selesai' AND tanggal_selesai IS NOT NULL "
            "AND julianday(tanggal_selesai) IS NOT NULL AND julianday(tanggal) IS NOT NULL",
            params,
        )
        return [int(r["d"]) for r in rows]

    def open_complaints(self, f: ComplaintFilter | None = None) -> list[tuple[int, PengaduanMasuk]]:
        """The complaints still open (baru or diproses) the filter selects, oldest first."""
        where, params = where_clause(f)
        joiner = " AND " if where else " WHERE "
        rows = self.db.rows(
            f"SELECT {_COLUMNS} FROM pengaduan_masuk{where}{joiner}status != 'selesai' ORDER BY tanggal, id", params
        )
        return [(int(r["id"]), _record(r)) for r in rows]
