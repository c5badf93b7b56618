"""Adopted versions of the standards, frozen as they were adopted (storage layer).

A mixin of :class:`storage.repository.ProjectRepository` over the ``versi_layanan`` table (m005) and
the ``layanan.versi`` column. Each row holds one adopted version of a service: its SP JSON LAYANAN
text, its fingerprint (``domain.fingerprint``) and the decree that adopted it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .history import now_text

if TYPE_CHECKING:  # pragma: no cover
    from .connection import ProjectDb


@dataclass(frozen=True)
class StoredVersion:
    """One adopted version, without its content (read it with ``version_data``)."""

    layanan_id: int
    versi: int
    sidik: str
    nomor_sk: str
    tanggal_sk: str
    waktu: str
    pelaku: str


_COLUMNS = "layanan_id, versi, sidik, nomor_sk, tanggal_sk, waktu, pelaku"


class VersionStore:
    """Adopted versions; needs ``self.db``."""

    db: ProjectDb

    def service_versi(self, service_id: int) -> int:
        """The version number the current content of a service carries (1 for a first draft)."""
        return self.db.scalar("SELECT versi FROM layanan WHERE id = ?", [service_id]) or 1

    def set_service_versi(self, service_id: int, versi: int) -> None:
        self.db.execute("UPDATE layanan SET versi = ? WHERE id = ?", [versi, service_id])

    def insert_version(self, service_id: int, versi: int, data: str, sidik: str, nomor_sk: str, tanggal_sk: str,
                       pelaku: str, waktu: str | None = None) -> None:
        """Store (or replace) version ``versi`` of a service: ``data`` is its SP JSON LAYANAN text."""
        self.db.execute(
            "INSERT OR REPLACE INTO versi_layanan (layanan_id, versi, data, sidik, nomor_sk, tanggal_sk, waktu, pelaku)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [service_id, versi, data, sidik, nomor_sk, tanggal_sk, waktu or now_text(), pelaku],
        )

    def stored_versions(self, service_id: int) -> list[StoredVersion]:
        """The adopted versions of a service, oldest first."""
        rows = self.db.rows(f"SELECT {_COLUMNS} FROM versi_layanan WHERE layanan_id = ? ORDER BY versi", [service_id])
        return [StoredVersion(**row) for row in rows]

    def all_stored_versions(self) -> dict[int, list[StoredVersion]]:
        """Every service's adopted versions, oldest first, by service id."""
        result: dict[int, list[StoredVersion]] = {}
        for row in self.db.rows(f"SELECT {_COLUMNS} FROM versi_layanan ORDER BY layanan_id, versi"):
            result.setdefault(row["layanan_id"], []).append(StoredVersion(**row))
        return result

    def version_data(self, service_id: int, versi: int) -> str | None:
        """The SP JSON LAYANAN text of one adopted version, or None when there is no such version."""
        return self.db.scalar("SELECT data FROM versi_layanan WHERE layanan_id = ? AND versi = ?", [service_id, versi])

    def find_versions(self, digits: str) -> list[StoredVersion]:
        """The versions whose fingerprint starts with ``digits`` (already capitals without dashes)."""
        if not digits:
            return []
        rows = self.db.rows(
            f"SELECT {_COLUMNS} FROM versi_layanan WHERE replace(upper(sidik), '-', '') LIKE ? ESCAPE '\\' "
            "ORDER BY layanan_id, versi",
            [digits.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"],
        )
        return [StoredVersion(**row) for row in rows]

    def delete_versions_of(self, service_id: int) -> None:
        self.db.execute("DELETE FROM versi_layanan WHERE layanan_id = ?", [service_id])
