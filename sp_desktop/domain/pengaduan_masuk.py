"""The complaints log's figures of a period, as the page and the Rekap Pengaduan show them (domain layer)."""

from __future__ import annotations

from dataclasses import dataclass

from .components import komponen_label
from .enums import JenisSaluran
from .survei import PengaduanMasuk

NO_COMPONENT_LABEL = "Tidak spesifik"
NO_SERVICE_LABEL = "Tidak menyebut layanan"


def channel_label(jenis: str) -> str:
    """The Indonesian name of a channel kind (the key itself when unknown)."""
    try:
        return JenisSaluran(jenis).label
    except ValueError:
        return jenis


def component_text(key: str | None) -> str:
    """A complaint's component as the screens show it ("Tidak spesifik" when none is named)."""
    return komponen_label(key) if key else NO_COMPONENT_LABEL


@dataclass(frozen=True)
class ComplaintSummary:
    """The complaints of a period in figures.

    Attributes:
        jumlah: how many were received.
        per_layanan, per_komponen, per_status, per_saluran: ``(value, count)``, most first; a None value
            is a complaint naming no service/component.
        rata_hari_selesai: average days from receipt to closing of the closed ones (None when none closed).
        terbuka: the complaints still open, oldest first, with their age in days on ``acuan``.
        acuan: the day the ages are counted to (the period's end when it is past, else today).
    """

    mulai: str | None
    selesai: str | None
    jumlah: int
    per_layanan: tuple[tuple[str | None, int], ...]
    per_komponen: tuple[tuple[str | None, int], ...]
    per_status: tuple[tuple[str, int], ...]
    per_saluran: tuple[tuple[str | None, int], ...]
    rata_hari_selesai: float | None
    jumlah_selesai: int
    terbuka: tuple[tuple[PengaduanMasuk, int], ...]
    acuan: str

    @property
    def terbuka_jumlah(self) -> int:
        return len(self.terbuka)
