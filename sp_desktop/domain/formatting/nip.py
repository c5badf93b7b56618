"""NIP (Nomor Induk Pegawai): normalising, print grouping "19590810 199003 1 008" behind "NIP.", and
plausibility checks (domain layer).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

__all__ = ["BIRTH_YEAR_RANGE", "NIP_LENGTH", "NipCheck", "check_nip", "format_nip_line", "group_nip", "normalize_nip"]

_NIP_LABEL = re.compile(r"^\s*NIP\b\.?\s*:?", re.IGNORECASE)
_NIP_SEPARATORS = re.compile(r"[\s.\-]+")
NIP_LENGTH = 18


def normalize_nip(text: str | None) -> str:
    """Strip a leading "NIP"/"NIP."/"NIP:" label, spaces, dots and hyphens from a typed NIP.

    Other characters are kept so that :func:`check_nip` can report them.

    Args:
        text: What the user typed, e.g. ``"NIP. 19590810 199003 1 008"``; ``None`` is treated as empty.

    Returns:
        The bare number, e.g. ``"195908101990031008"``.
    """
    text = _NIP_LABEL.sub("", text or "", count=1)
    return _NIP_SEPARATORS.sub("", text)


def group_nip(nip: str | None) -> str:
    """Group an 18-digit NIP as it is printed: birth date, TMT, sex, serial.

    Args:
        nip: The NIP in any spacing (it is normalised first).

    Returns:
        For example ``"19680101 200003 1 001"``. Anything that is not exactly 18 digits is returned
        normalised but ungrouped, so a wrong number is shown as typed rather than hidden.
    """
    digits = normalize_nip(nip)
    if len(digits) != NIP_LENGTH or not (digits.isascii() and digits.isdigit()):
        return digits
    return f"{digits[:8]} {digits[8:14]} {digits[14]} {digits[15:]}"


def format_nip_line(nip: str | None) -> str:
    """Render the NIP line of a signature block.

    Args:
        nip: The NIP in any spacing; blank for officials without a NIP.

    Returns:
        ``"NIP. 19680101 200003 1 001"``, or ``"NIP. -"`` when blank.
    """
    grouped = group_nip(nip)
    return f"NIP. {grouped}" if grouped else "NIP. -"


@dataclass
class NipCheck:
    """Result of :func:`check_nip`.

    Attributes:
        nip: The normalised NIP that was checked.
        errors: Blocking problems (wrong length, non-digits), in Indonesian.
        warnings: Plausibility doubts that must not block saving (the user may know better), in Indonesian.
        birth_date: Birth date encoded in the first 8 digits, if valid.
        tmt_year: Year of TMT CPNS (digits 9-12), if parsable.
        tmt_month: Month of TMT CPNS (digits 13-14), if parsable; may be 21 for NI PPPK.
        sex: ``"pria"`` (digit 1), ``"wanita"`` (digit 2) or ``None``.
    """

    nip: str
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    birth_date: date | None = None
    tmt_year: int | None = None
    tmt_month: int | None = None
    sex: str | None = None

    @property
    def ok(self) -> bool:
        """True when there are no blocking errors (warnings allowed)."""
        return not self.errors

    @property
    def grouped(self) -> str:
        """The NIP in print grouping ("19680101 200003 1 001")."""
        return group_nip(self.nip)


BIRTH_YEAR_RANGE = (1940, 2010)
"""Plausible birth years of active officials; outside this range we warn."""


def check_nip(nip: str | None) -> NipCheck:
    """Validate a NIP (PNS: 8 digits birth date + 6 digits TMT CPNS + 1 digit sex + 3 digits serial).

    Args:
        nip: The NIP as typed (label, spaces and dots allowed).

    Returns:
        A :class:`NipCheck`. ``errors`` block (empty, non-digits, not 18 digits); ``warnings`` flag an
        implausible birth date, a birth year outside 1940-2010, a TMT month outside 01-12 (NI PPPK reportedly
        uses 21, hence only a warning), a TMT before the 17th birthday, a sex digit other than 1/2 and
        serial 000.
    """
    digits = normalize_nip(nip)
    result = NipCheck(nip=digits)
    if not digits:
        result.errors.append("NIP belum diisi.")
        return result
    if not (digits.isascii() and digits.isdigit()):
        result.errors.append("NIP hanya boleh berisi angka.")
    elif len(digits) != NIP_LENGTH:
        result.errors.append(f"NIP harus terdiri dari {NIP_LENGTH} digit (tertulis {len(digits)} digit).")
    if result.errors:
        return result

    year, month, day = int(digits[0:4]), int(digits[4:6]), int(digits[6:8])
    try:
        result.birth_date = date(year, month, day)
    except ValueError:
        result.warnings.append(f"Tanggal lahir pada NIP ({digits[0:8]}) bukan tanggal yang valid.")
    low, high = BIRTH_YEAR_RANGE
    if not low <= year <= high:
        result.warnings.append(f"Tahun lahir pada NIP ({year}) di luar rentang wajar {low}-{high}.")

    result.tmt_year, result.tmt_month = int(digits[8:12]), int(digits[12:14])
    month_ok = 1 <= result.tmt_month <= 12
    if not month_ok:
        result.warnings.append(
            f"Bulan TMT pada NIP ({digits[12:14]}) bukan 01-12; periksa kembali (nomor induk PPPK dapat memakai 21)."
        )
    if result.birth_date is not None:
        birth = result.birth_date
        if month_ok:
            too_young = (result.tmt_year, result.tmt_month) < (birth.year + 17, birth.month)
        else:
            too_young = result.tmt_year < birth.year + 17
        if too_young:
            result.warnings.append(f"TMT pada NIP ({digits[8:14]}) lebih awal dari usia 17 tahun pemilik NIP.")

    sex_digit = digits[14]
    if sex_digit == "1":
        result.sex = "pria"
    elif sex_digit == "2":
        result.sex = "wanita"
    else:
        result.warnings.append(f"Digit jenis kelamin pada NIP ({sex_digit}) seharusnya 1 (pria) atau 2 (wanita).")
    if digits[15:] == "000":
        result.warnings.append("Nomor urut pada NIP (3 digit terakhir) seharusnya 001-999, bukan 000.")
    return result
