"""Files kept inside the project file: discussion photos and notulen, penerapan evidence (storage layer).

A mixin of :class:`storage.repository.ProjectRepository` over the ``berkas`` table (m005). Each file
belongs to an owner named by a short key such as ``"pembahasan:<id>"`` or ``"penerapan:<id>"``; the
bytes are read only when asked for, so listing a meeting's fifty photos costs nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .history import now_text

if TYPE_CHECKING:  # pragma: no cover
    from .connection import ProjectDb

MAX_FILE_BYTES = 25 * 1024 * 1024
"""The largest file kept in the project (a photo from a phone is 3-8 MB)."""


@dataclass(frozen=True)
class Attachment:
    """One stored file, without its bytes.

    Attributes:
        jenis: what it is to its owner, e.g. ``"foto"``, ``"notulen"``, ``"bukti"``.
        nama: the file's own name as it was chosen; ``mime``: its media type.
        keterangan: the caption the team typed.
    """

    id: int
    pemilik: str
    jenis: str
    nama: str
    mime: str
    keterangan: str
    ukuran: int
    waktu: str
    pelaku: str


_COLUMNS = "id, pemilik, jenis, nama, mime, keterangan, length(data) AS ukuran, waktu, pelaku"


class AttachmentStore:
    """Stored files; needs ``self.db``."""

    db: ProjectDb

    def add_attachment(self, pemilik: str, jenis: str, nama: str, mime: str, data: bytes, keterangan: str,
                       pelaku: str) -> int:
        cursor = self.db.execute(
            "INSERT INTO berkas (pemilik, jenis, nama, mime, keterangan, data, waktu, pelaku) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [pemilik, jenis, nama, mime, keterangan, data, now_text(), pelaku],
        )
        return cursor.lastrowid

    def attachments(self, pemilik: str, jenis: str | None = None) -> list[Attachment]:
        """The files of ``pemilik`` (of one ``jenis`` when given), in the order they were added."""
        if jenis is None:
            rows = self.db.rows(f"SELECT {_COLUMNS} FROM berkas WHERE pemilik = ? ORDER BY id", [pemilik])
        else:
            rows = self.db.rows(f"SELECT {_COLUMNS} FROM berkas WHERE pemilik = ? AND jenis = ? ORDER BY id",
                                [pemilik, jenis])
        return [Attachment(**row) for row in rows]

    def attachment(self, attachment_id: int) -> Attachment | None:
        rows = self.db.rows(f"SELECT {_COLUMNS} FROM berkas WHERE id = ?", [attachment_id])
        return Attachment(**rows[0]) if rows else None

    def attachment_data(self, attachment_id: int) -> bytes | None:
        value = self.db.scalar("SELECT data FROM berkas WHERE id = ?", [attachment_id])
        return bytes(value) if value is not None else None

    def set_attachment_caption(self, attachment_id: int, keterangan: str) -> None:
        self.db.execute("UPDATE berkas SET keterangan = ? WHERE id = ?", [keterangan, attachment_id])

    def delete_attachment(self, attachment_id: int) -> None:
        self.db.execute("DELETE FROM berkas WHERE id = ?", [attachment_id])

    def delete_attachments_of(self, pemilik: str) -> None:
        self.db.execute("DELETE FROM berkas WHERE pemilik = ?", [pemilik])
