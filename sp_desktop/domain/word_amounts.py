"""Find the rupiah amounts and the durations written in the text of an old Word standard (domain layer).

"Rp. 50.000,-", "Rp1.500.000,00", "(15 menit)", "± 2 hari kerja", "3 (tiga) hari kerja", "1-2 jam" (the upper
bound is taken). Every pattern is bounded, so a long cell is searched in linear time.
"""

from __future__ import annotations

import re

from sp_desktop.domain.model import Durasi

_BLANKS = re.compile(r"\s+")

_AMOUNT = re.compile(
    r"rp\.?\s{0,3}(\d{1,3}(?:[.,\s]\d{3}){1,5}|\d{1,12})(?:[.,](\d{1,2})(?!\d))?(?:\s{0,2},?-)?",
    re.IGNORECASE,
)
_DURATION = re.compile(
    r"(?:(\d{1,4}(?:[.,]\d{1,2})?)\s{0,3}[-–]\s{0,3})?(\d{1,4}(?:[.,]\d{1,2})?)\s{0,3}(?:\([a-z ]{1,30}\)\s{0,3})?"
    r"(menit|jam|hari\s{1,3}kerja|hk|hari)\b",
    re.IGNORECASE,
)
_UNITS = {"menit": "menit", "jam": "jam", "hk": "hari_kerja", "hari": "hari"}


def find_amount(text: str) -> tuple[int, re.Match] | None:
    """The first rupiah amount written in ``text`` ("Rp. 50.000,-" -> 50000) and where it is, or None."""
    match = _AMOUNT.search(text or "")
    if match is None:
        return None
    digits = re.sub(r"\D", "", match.group(1))
    return int(digits), match


def find_duration(text: str) -> tuple[Durasi, re.Match] | None:
    """The first duration written in ``text`` ("± 2 hari kerja", "(15 menit)", "1-2 jam" -> 2 jam), or None."""
    match = _DURATION.search(text or "")
    if match is None:
        return None
    value = float(match.group(2).replace(",", "."))
    if value <= 0:
        return None
    unit = _BLANKS.sub(" ", match.group(3).casefold())
    satuan = "hari_kerja" if unit == "hari kerja" else _UNITS[unit]
    return Durasi(int(value) if value.is_integer() else value, satuan), match


def is_only_amount(text: str) -> bool:
    """True when ``text`` is an amount and nothing else ("Rp0", "Rp. 0,-")."""
    return _AMOUNT.fullmatch((text or "").strip()) is not None
