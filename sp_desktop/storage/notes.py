"""Notes kept on a service (storage layer): unmapped rows of an imported Word standard, review findings.

A mixin of :class:`storage.repository.ProjectRepository` over the ``catatan_layanan`` table (m007).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .history import now_text

if TYPE_CHECKING:  # pragma: no cover
    from .connection import ProjectDb


@dataclass(frozen=True)
class ServiceNote:
    """One note on a service.

    Attributes:
        jenis: ``"impor"`` (a row of an imported document no component took) or ``"evaluasi"`` (a finding).
        komponen: the component key it concerns, or "".
        judul: the row's label as written, or the finding's short title; ``teks``: the body.
        sumber: where it came from (a file name, a reviewer's package); ``pelaku``/``waktu``: who and when.
        selesai: when it was marked done, or None.
    """

    id: int
    uid: str
    layanan_id: int
    jenis: str
    komponen: str
    judul: str
    teks: str
    sumber: str
    pelaku: str
    waktu: str
    selesai: str | None


_COLUMNS = "id, uid, layanan_id, jenis, komponen, judul, teks, sumber, pelaku, waktu, selesai"


class NoteStore:
    """Service notes; needs ``self.db``."""

    db: ProjectDb

    def add_note(self, layanan_id: int, jenis: str, komponen: str, judul: str, teks: str, sumber: str,
                 pelaku: str, uid: str | None = None, waktu: str | None = None) -> int:
        cursor = self.db.execute(
            "INSERT INTO catatan_layanan (uid, layanan_id, jenis, komponen, judul, teks, sumber, pelaku, waktu) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [uid or uuid.uuid4().hex, layanan_id, jenis, komponen, judul, teks, sumber, pelaku, waktu or now_text()],
        )
        return cursor.lastrowid

    def notes(self, layanan_id: int | None = None, jenis: str | None = None) -> list[ServiceNote]:
        """The notes of one service (or of all), of one ``jenis`` when given, in the order they were added."""
        where, params = [], []
        if layanan_id is not None:
            where.append("layanan_id = ?")
            params.append(layanan_id)
        if jenis is not None:
            where.append("jenis = ?")
            params.append(jenis)
        clause = f" WHERE {' AND '.join(where)}" if where else ""
        rows = self.db.rows(f"SELECT {_COLUMNS} FROM catatan_layanan{clause} ORDER BY id", params)
        return [ServiceNote(**row) for row in rows]

    def note_counts(self) -> dict[int, int]:
        """How many open (not done) notes each service has, by service id."""
        rows = self.db.rows(
            "SELECT layanan_id, COUNT(*) AS n FROM catatan_layanan WHERE selesai IS NULL GROUP BY layanan_id")
        return {row["layanan_id"]: row["n"] for row in rows}

    def set_note_done(self, note_id: int, done: bool) -> None:
        self.db.execute("UPDATE catatan_layanan SET selesai = ? WHERE id = ?", [now_text() if done else None, note_id])

    def delete_note(self, note_id: int) -> None:
        self.db.execute("DELETE FROM catatan_layanan WHERE id = ?", [note_id])

    def delete_notes_of(self, layanan_id: int) -> None:
        self.db.execute("DELETE FROM catatan_layanan WHERE layanan_id = ?", [layanan_id])
