"""Durations for Waktu Penyelesaian: "1,5 jam", "3 (tiga) hari kerja" and totals such as
"2 hari kerja 1 jam 30 menit" (domain layer).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from decimal import Decimal

from .numbers import _spell_decimal, format_number

__all__ = ["DURATION_UNITS", "format_duration", "format_duration_total", "parse_duration", "sum_durations"]

DURATION_UNITS: dict[str, str] = {
    "menit": "menit",
    "jam": "jam",
    "hari_kerja": "hari kerja",
    "hari": "hari",
}
"""Duration unit keys with their printed labels."""

_TOTAL_ORDER = ("hari_kerja", "hari", "jam", "menit")  # largest first in totals


def _unit_key(satuan: str) -> str:
    """Map a unit key or label ("hari kerja", "Hari_Kerja") to its key; raise ValueError if unknown."""
    key = re.sub(r"[\s_]+", "_", (satuan or "").strip().lower())
    if key not in DURATION_UNITS:
        raise ValueError(f"Satuan waktu tidak dikenal: {satuan!r} (pilih: {', '.join(DURATION_UNITS)}).")
    return key


def _check_amount(nilai: float) -> float:
    if isinstance(nilai, bool) or not isinstance(nilai, (int, float, Decimal)):
        raise TypeError(f"Nilai waktu harus berupa angka, bukan {nilai!r}.")
    value = float(nilai)
    if not math.isfinite(value) or value < 0:
        raise ValueError(f"Nilai waktu tidak boleh negatif atau tak hingga ({nilai}).")
    return value


def format_duration(nilai: float, satuan: str, words: bool = False) -> str:
    """Format one duration with its unit.

    Args:
        nilai: The amount, non-negative; shown with an Indonesian decimal comma and up to two decimals.
        satuan: Unit key ``"menit"``, ``"jam"``, ``"hari_kerja"``, ``"hari"`` (the labels, e.g.
            ``"hari kerja"``, are accepted too).
        words: Add the amount in words in parentheses.

    Returns:
        ``"10 menit"``, ``"1,5 jam"``; with ``words=True`` ``"3 (tiga) hari kerja"`` or
        ``"1,5 (satu koma lima) jam"``.

    Raises:
        ValueError: For an unknown unit or a negative amount.
    """
    key = _unit_key(satuan)
    value = _check_amount(nilai)
    text = format_number(value)
    if words:
        text += f" ({_spell_decimal(value)})"
    return f"{text} {DURATION_UNITS[key]}"


def sum_durations(items: Iterable[tuple[float, str]]) -> dict[str, float]:
    """Add up durations per unit.

    Minutes and hours are combined (60 menit = 1 jam) and normalised so that fewer than 60 minutes remain;
    ``hari_kerja`` and ``hari`` are summed separately and never converted.

    Args:
        items: ``(nilai, satuan)`` pairs, e.g. ``[(2, "hari_kerja"), (45, "menit"), (45, "menit")]``.

    Returns:
        Non-zero totals keyed by unit, largest unit first (``hari_kerja``, ``hari``, ``jam``, ``menit``),
        e.g. ``{"hari_kerja": 2.0, "jam": 1.0, "menit": 30.0}``; ``{}`` when nothing adds up to more than 0.

    Raises:
        ValueError: For an unknown unit or a negative amount.
    """
    totals = dict.fromkeys(DURATION_UNITS, 0.0)
    for nilai, satuan in items:
        totals[_unit_key(satuan)] += _check_amount(nilai)
    minutes = round(totals["menit"] + totals["jam"] * 60, 6)  # rounding absorbs float noise (0.1 jam etc.)
    hours = math.floor(minutes / 60)
    totals["jam"] = float(hours)
    totals["menit"] = round(minutes - hours * 60, 6)
    return {key: totals[key] for key in _TOTAL_ORDER if totals[key] > 0}


def format_duration_total(items: Iterable[tuple[float, str]], words: bool = False) -> str:
    """Format the sum of several durations, largest unit first.

    Args:
        items: ``(nilai, satuan)`` pairs as for :func:`sum_durations`.
        words: Spell each amount in parentheses as well.

    Returns:
        For example ``"2 hari kerja 1 jam 30 menit"``; ``""`` for no items (or only zeros).
    """
    return " ".join(format_duration(value, key, words) for key, value in sum_durations(items).items())


# Spellings a team types or finds in old tables, besides the labels themselves.
_UNIT_ALIASES: dict[str, str] = {
    "mnt": "menit", "min": "menit", "menit": "menit",
    "jm": "jam", "jam": "jam",
    "hk": "hari_kerja", "harikerja": "hari_kerja", "hari kerja": "hari_kerja",
    "hr": "hari", "hari": "hari", "hari kalender": "hari",
}
_DURATION_TEXT = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*(?:\([^)]*\)\s*)?([a-z_ ]*?)\.?\s*$")


def parse_duration(text: str, default_unit: str | None = None) -> tuple[float, str] | None:
    """Read a duration as a team types it: "30 menit", "1,5 jam", "3 (tiga) hari kerja", "2 hk".

    A unit may be cut short while it is typed ("2 j" is 2 jam, "2 hari k" is 2 hari kerja) as long
    as only one unit starts so; "2 h" could be hari or hari kerja and is not read.

    Args:
        text: the typed text.
        default_unit: the unit key used when ``text`` is a bare number (None: a bare number is not read).

    Returns:
        ``(nilai, unit key)``, or None when the text is not (yet) a duration.
    """
    match = _DURATION_TEXT.match((text or "").casefold())
    if match is None:
        return None
    nilai = float(match.group(1).replace(",", "."))
    unit_text = " ".join(match.group(2).replace("_", " ").split())
    if not unit_text:
        return (nilai, default_unit) if default_unit in DURATION_UNITS else None
    if unit_text in _UNIT_ALIASES:
        return nilai, _UNIT_ALIASES[unit_text]
    starting = {key for key, label in DURATION_UNITS.items() if label.startswith(unit_text)}
    if len(starting) == 1:
        return nilai, starting.pop()
    return None
