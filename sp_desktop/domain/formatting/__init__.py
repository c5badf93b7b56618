"""Indonesian rendering conventions (domain.md section 6) shared by every exporter (DOCX, PDF, preview).

Domain layer, pure and stdlib only. The parts live in submodules; this package re-exports their public names.
"""

from __future__ import annotations

from .dates import (
    DAYS,
    MONTHS,
    TIME_ZONES,
    day_name,
    format_date,
    format_day_date,
    format_place_date,
    format_time,
    format_time_range,
    month_name,
    spell_date,
)
from .durations import DURATION_UNITS, format_duration, format_duration_total, sum_durations
from .money import FREE_OF_CHARGE, format_fee, format_rupiah, format_rupiah_words
from .nip import BIRTH_YEAR_RANGE, NIP_LENGTH, NipCheck, check_nip, format_nip_line, group_nip, normalize_nip
from .numbers import format_number, terbilang
from .pangkat import GOLONGAN, format_pangkat, golongan_for, normalize_golongan, pangkat_for

__all__ = [
    "BIRTH_YEAR_RANGE",
    "DAYS",
    "DURATION_UNITS",
    "FREE_OF_CHARGE",
    "GOLONGAN",
    "MONTHS",
    "NIP_LENGTH",
    "TIME_ZONES",
    "NipCheck",
    "check_nip",
    "day_name",
    "format_date",
    "format_day_date",
    "format_duration",
    "format_duration_total",
    "format_fee",
    "format_nip_line",
    "format_number",
    "format_pangkat",
    "format_place_date",
    "format_rupiah",
    "format_rupiah_words",
    "format_time",
    "format_time_range",
    "golongan_for",
    "group_nip",
    "month_name",
    "normalize_golongan",
    "normalize_nip",
    "pangkat_for",
    "spell_date",
    "sum_durations",
    "terbilang",
]
