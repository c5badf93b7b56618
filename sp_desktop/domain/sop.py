"""The draft SOP AP (Permenpan RB 35/2012) of a service: its own fields and what it derives (domain layer).

The fields the standard does not hold (nomor, dates, keterkaitan, peringatan, pencatatan) are kept in
``Project.extra["sop"]``, an object keyed by ``jenis_pelayanan``; unknown keys survive a round trip.
The chart's lanes, symbols and "kelengkapan" per step are derived from the prosedur and persyaratan.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .formatting.dates import format_date
from .model import Layanan

EXTRA_KEY = "sop"

TERMINATOR = "terminator"
PROCESS = "proses"
DECISION = "keputusan"

_FIELDS = ("nomor", "tanggal_pembuatan", "tanggal_revisi", "tanggal_efektif", "keterkaitan", "peringatan",
           "pencatatan")

# A step whose text reads as a check becomes a decision diamond (ya: on to the next step; tidak: back).
_CHECK = re.compile(r"\b(memeriksa|diperiksa|pemeriksaan|periksa|verifikasi|memverifikasi|diverifikasi|apakah)\b",
                    re.IGNORECASE)


@dataclass
class SopInfo:
    """The SOP's own identity fields of one service; texts as typed (a date as ISO ``YYYY-MM-DD`` or free text).

    ``keterkaitan``, ``peringatan`` and ``pencatatan`` hold one item a line. ``lain`` keeps keys this
    version does not know.
    """

    nomor: str = ""
    tanggal_pembuatan: str = ""
    tanggal_revisi: str = ""
    tanggal_efektif: str = ""
    keterkaitan: str = ""
    peringatan: str = ""
    pencatatan: str = ""
    lain: dict[str, Any] = field(default_factory=dict)


def from_dict(data: Any) -> SopInfo:
    """The SopInfo of a stored object; a non-object or non-text value reads as blank."""
    if not isinstance(data, dict):
        return SopInfo()
    values = {k: data[k] if isinstance(data.get(k), str) else "" for k in _FIELDS}
    return SopInfo(**values, lain={k: v for k, v in data.items() if k not in _FIELDS})


def to_dict(info: SopInfo) -> dict[str, Any]:
    """The stored object: the unknown keys first, then every field."""
    return {**info.lain, **{k: getattr(info, k) for k in _FIELDS}}


def info_for(extra: dict[str, Any], jenis_pelayanan: str) -> SopInfo:
    """The SOP fields stored for a service (blank when none)."""
    items = extra.get(EXTRA_KEY)
    return from_dict(items.get(jenis_pelayanan)) if isinstance(items, dict) else SopInfo()


def with_info(extra: dict[str, Any], jenis_pelayanan: str, info: SopInfo) -> dict[str, Any]:
    """A copy of ``extra`` holding ``info`` for the service (other services and keys untouched)."""
    out = dict(extra)
    items = dict(out.get(EXTRA_KEY)) if isinstance(out.get(EXTRA_KEY), dict) else {}
    items[jenis_pelayanan] = to_dict(info)
    out[EXTRA_KEY] = items
    return out


def show_date(text: str) -> str:
    """An ISO date as "1 Maret 2026"; other text as typed; blank as a dash."""
    text = text.strip()
    if not text:
        return "-"
    try:
        return format_date(date.fromisoformat(text))
    except ValueError:
        return text


def lines_of(text: str) -> list[str]:
    """The non-blank lines of a multi-line field."""
    return [line.strip() for line in text.splitlines() if line.strip()]


# ---------------------------------------------------------------------------------------------- the chart


def is_check(text: str) -> bool:
    """Whether a step's text reads as a check ("memeriksa", "verifikasi", "apakah" …)."""
    return _CHECK.search(text) is not None


def lanes(layanan: Layanan) -> list[str]:
    """The pelaksana columns: each distinct step pelaksana in order of first appearance ("Pelaksana" for a blank)."""
    out: list[str] = []
    for step in layanan.prosedur:
        name = lane_name(step.pelaksana)
        if name not in out:
            out.append(name)
    return out


def lane_name(pelaksana: str) -> str:
    """The column a step's pelaksana is drawn in."""
    return " ".join(pelaksana.split()) or "Pelaksana"


def symbol_kinds(layanan: Layanan) -> list[str]:
    """Per step its symbol: terminator for the first and last, a decision for a check, else a process."""
    n = len(layanan.prosedur)
    out = []
    for i, step in enumerate(layanan.prosedur):
        if i == 0 or i == n - 1:
            out.append(TERMINATOR)
        elif is_check(step.uraian):
            out.append(DECISION)
        else:
            out.append(PROCESS)
    return out


_HANDS_IN = re.compile(r"\b(menyerahkan|melengkapi|mengumpulkan|persyaratan|berkas|dokumen|menyampaikan)\b",
                       re.IGNORECASE)


def kelengkapan(layanan: Layanan) -> list[list[str]]:
    """Per step the requirements handed in at it (the "Kelengkapan" of the Mutu Baku).

    ``awal`` at the first step; ``akhir`` at the last (when the product is handed over); ``bertahap``
    at the first later step whose text speaks of handing papers in, else at the first step.
    """
    n = len(layanan.prosedur)
    out: list[list[str]] = [[] for _ in range(n)]
    if n == 0:
        return out
    later = next((i for i in range(1, n) if _HANDS_IN.search(layanan.prosedur[i].uraian)), 0)
    for req in layanan.persyaratan:
        text = " ".join(req.uraian.split())
        if not text:
            continue
        if req.tahap == "akhir":
            out[n - 1].append(text)
        elif req.tahap == "bertahap":
            out[later].append(text)
        else:
            out[0].append(text)
    return out
