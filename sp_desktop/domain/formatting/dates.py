"""Indonesian dates and clock times: "23 November 2018", "Jumat, 23 November 2018", spelled-out
Berita Acara dates and "09.00 WITA" (domain layer).
"""

from __future__ import annotations

from datetime import date, time

from .numbers import terbilang

__all__ = [
    "DAYS",
    "MONTHS",
    "TIME_ZONES",
    "day_name",
    "format_date",
    "format_day_date",
    "format_place_date",
    "format_time",
    "format_time_range",
    "month_name",
    "spell_date",
]

MONTHS: tuple[str, ...] = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
"""Month names, index 0 = Januari (use ``MONTHS[d.month - 1]``)."""

DAYS: tuple[str, ...] = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
"""Day names in KBBI spelling, indexed like ``date.weekday()`` (0 = Senin)."""

TIME_ZONES: tuple[str, ...] = ("WIB", "WITA", "WIT")
"""The three Indonesian time zones, west to east."""


def month_name(month: int) -> str:
    """Return the Indonesian name of a month.

    Args:
        month: Month number 1-12.

    Returns:
        The month name, e.g. ``"November"`` for 11.

    Raises:
        ValueError: If ``month`` is not within 1-12.
    """
    if not 1 <= month <= 12:
        raise ValueError(f"Bulan harus 1-12, bukan {month}.")
    return MONTHS[month - 1]


def day_name(d: date) -> str:
    """Return the Indonesian day name of a date.

    Args:
        d: The date (a ``datetime`` works too).

    Returns:
        The day name, e.g. ``"Jumat"`` for 23 November 2018.
    """
    return DAYS[d.weekday()]


def format_date(d: date) -> str:
    """Format a date the way Indonesian official documents do.

    Args:
        d: The date.

    Returns:
        Day without leading zero, full month name and year, e.g. ``"23 November 2018"``.
    """
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def format_day_date(d: date) -> str:
    """Format a date preceded by its day name.

    Args:
        d: The date.

    Returns:
        For example ``"Jumat, 23 November 2018"``.
    """
    return f"{day_name(d)}, {format_date(d)}"


def format_place_date(place: str, d: date) -> str:
    """Format the place-and-date line above a signature block.

    Args:
        place: The city, e.g. ``"Bontang"``; may be empty.
        d: The date.

    Returns:
        For example ``"Bontang, 23 November 2018"``; just the date when ``place`` is blank.
    """
    place = (place or "").strip()
    return f"{place}, {format_date(d)}" if place else format_date(d)


def spell_date(d: date) -> str:
    """Spell out a date in words, Berita Acara style.

    Args:
        d: The date.

    Returns:
        For example ``"hari Jumat tanggal dua puluh tiga bulan November tahun dua ribu delapan belas"``,
        ready to follow "Pada hari ini ..." (the caller adds the opening words and capitalisation).
    """
    return f"hari {day_name(d)} tanggal {terbilang(d.day)} bulan {MONTHS[d.month - 1]} tahun {terbilang(d.year)}"


def format_time(t: time, zone: str = "") -> str:
    """Format a clock time with a period separator and an optional zone suffix.

    Args:
        t: The time (seconds are ignored).
        zone: Time zone label such as ``"WIB"``, ``"WITA"`` or ``"WIT"``; blank for none. Other labels are
            accepted and printed as given (upper-cased).

    Returns:
        For example ``"09.00 WITA"``, or ``"09.00"`` without a zone.
    """
    text = f"{t.hour:02d}.{t.minute:02d}"
    zone = (zone or "").strip().upper()
    return f"{text} {zone}" if zone else text


def format_time_range(start: time, end: time | None = None, zone: str = "") -> str:
    """Format a meeting time span as used in undangan.

    Args:
        start: Start time.
        end: End time, or ``None`` for an open end ("s.d. selesai").
        zone: Time zone label, printed once after the last clock time.

    Returns:
        ``"09.00 s.d. 10.00 WIB"`` or ``"09.00 WITA s.d. selesai"``.
    """
    if end is None:
        return f"{format_time(start, zone)} s.d. selesai"
    return f"{format_time(start)} s.d. {format_time(end, zone)}"
