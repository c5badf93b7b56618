"""Indonesian rendering conventions: dates, money and terbilang, NIP, pangkat/golongan, durations.

Everything here is pure and deterministic (stdlib only) so that every exporter (DOCX, PDF, preview)
renders the same text. The rules follow domain.md section 6:

* dates: "23 November 2018", "Jumat, 23 November 2018", Berita Acara style spelled-out dates;
* time: "09.00 WITA" (period separator, zone suffix);
* money: "Rp50.000,00" (no space after "Rp", "." thousands, "," decimals) plus terbilang in words;
* NIP: 18 digits grouped "19590810 199003 1 008" behind the label "NIP.";
* pangkat/golongan: "Pembina Utama Muda (IV/c)";
* durations: "1,5 jam", "3 (tiga) hari kerja", totals such as "2 hari kerja 1 jam 30 menit".

Why terbilang is implemented here instead of calling ``num2words(n, lang="id")``: num2words 0.5.14 gets
the simple cases right (seratus, seribu, sebelas, satu juta, satu miliar) but spells a thousands group of
one *after* a larger group as "satu ribu" (1.001.000 -> "satu juta satu ribu", 1.000.001.000 -> "satu miliar
satu ribu"), whereas Indonesian always says "seribu" ("satu juta seribu"). It also names 10^18 "kuantiliun"
and returns "min ..." for negatives instead of rejecting them. A fee of Rp1.001.000,00 on a kuitansi-style
line must read "satu juta seribu rupiah", so we use our own small, fully tested implementation. The unit
tests cross-check it against num2words for the range where num2words is correct (below one million).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, time
from decimal import Decimal

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

# ---------------------------------------------------------------------------------------------------------------
# Dates and times
# ---------------------------------------------------------------------------------------------------------------

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


# ---------------------------------------------------------------------------------------------------------------
# Numbers, terbilang and money
# ---------------------------------------------------------------------------------------------------------------

_ONES = ("nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")
_SCALES = ("", "ribu", "juta", "miliar", "triliun", "kuadriliun")
_TERBILANG_LIMIT = 1000 ** len(_SCALES)  # 10^18: first number without an unambiguous common name


def _as_whole_number(value: object, what: str) -> int:
    """Coerce ``value`` to a non-negative int, accepting integral floats/Decimals but not bools."""
    if isinstance(value, bool):
        raise TypeError(f"{what} harus berupa bilangan bulat, bukan {value!r}.")
    if isinstance(value, int):
        number = value
    elif isinstance(value, (float, Decimal)):
        if not math.isfinite(value) or value != int(value):
            raise ValueError(f"{what} harus bilangan bulat, bukan {value}.")
        number = int(value)
    else:
        raise TypeError(f"{what} harus berupa bilangan bulat, bukan {type(value).__name__}.")
    if number < 0:
        raise ValueError(f"{what} tidak boleh negatif ({number}).")
    return number


def _below_thousand(n: int) -> str:
    """Spell 1..999 (callers handle zero)."""
    hundreds, rest = divmod(n, 100)
    words: list[str] = []
    if hundreds == 1:
        words.append("seratus")
    elif hundreds > 1:
        words.append(f"{_ONES[hundreds]} ratus")
    if rest == 0:
        pass
    elif rest < 10:
        words.append(_ONES[rest])
    elif rest == 10:
        words.append("sepuluh")
    elif rest == 11:
        words.append("sebelas")
    elif rest < 20:
        words.append(f"{_ONES[rest - 10]} belas")
    else:
        tens, ones = divmod(rest, 10)
        words.append(f"{_ONES[tens]} puluh" + (f" {_ONES[ones]}" if ones else ""))
    return " ".join(words)


def terbilang(n: int) -> str:
    """Spell a whole number in Indonesian words.

    Follows the usual rules: sepuluh, sebelas, dua belas, seratus, seribu (also after larger groups:
    1.001.000 -> "satu juta seribu"), satu juta, satu miliar, satu triliun.

    Args:
        n: A non-negative whole number below 10^18 (integral floats/Decimals are accepted).

    Returns:
        Lower-case words, e.g. ``"satu juta lima ratus ribu"`` for 1.500.000; ``"nol"`` for 0.

    Raises:
        ValueError: If ``n`` is negative, fractional or too large.
        TypeError: If ``n`` is not a number (booleans are rejected too).
    """
    number = _as_whole_number(n, "Angka")
    if number == 0:
        return "nol"
    if number >= _TERBILANG_LIMIT:
        raise ValueError(f"Angka terlalu besar untuk terbilang ({number}).")
    words: list[str] = []
    scale = 0
    while number:
        number, group = divmod(number, 1000)
        if group:
            if scale == 1 and group == 1:
                words.append("seribu")
            elif scale == 0:
                words.append(_below_thousand(group))
            else:
                words.append(f"{_below_thousand(group)} {_SCALES[scale]}")
        scale += 1
    return " ".join(reversed(words))


def _spell_decimal(value: float) -> str:
    """Spell a non-negative number with at most two decimals: 1.5 -> "satu koma lima"."""
    text = _plain_decimal(value)
    whole, _, frac = text.partition(".")
    words = terbilang(int(whole))
    if frac:
        words += " koma " + " ".join(_ONES[int(digit)] for digit in frac)
    return words


def _plain_decimal(value: float, decimals: int | None = None) -> str:
    """Render a number with "." as decimal point: fixed ``decimals`` or up to two without trailing zeros."""
    if decimals is None:
        text = f"{value:.2f}".rstrip("0").rstrip(".")
    else:
        text = f"{value:.{decimals}f}"
    return "0" if text in ("-0", "") else text


def _group_thousands(whole: int) -> str:
    """Insert "." thousands separators: 2950000 -> "2.950.000"."""
    return f"{whole:,}".replace(",", ".")


def format_number(value: float, decimals: int | None = None) -> str:
    """Format a number the Indonesian way ("." thousands separator, "," decimal comma).

    Args:
        value: The number.
        decimals: Fixed number of decimals (e.g. 2 for an IKM score "91,48"); ``None`` shows up to two
            decimals and drops trailing zeros (1.5 -> "1,5", 2.0 -> "2").

    Returns:
        For example ``"1.440"``, ``"1,5"``, ``"91,48"``.
    """
    text = _plain_decimal(value, decimals)
    sign = ""
    if text.startswith("-"):
        sign, text = "-", text[1:]
    whole, _, frac = text.partition(".")
    result = _group_thousands(int(whole))
    if frac:
        result += "," + frac
    return sign + result


def format_rupiah(n: int, cents: bool = True) -> str:
    """Format an amount of rupiah per PUEBI: "Rp", no space, "." thousands, ",00" cents.

    Args:
        n: Whole rupiah, non-negative.
        cents: Append ``",00"`` (official documents and kuitansi do).

    Returns:
        For example ``"Rp50.000,00"`` (or ``"Rp50.000"`` with ``cents=False``).

    Raises:
        ValueError: If ``n`` is negative or fractional.
    """
    number = _as_whole_number(n, "Nominal rupiah")
    return f"Rp{_group_thousands(number)}" + (",00" if cents else "")


def format_rupiah_words(n: int, cents: bool = True) -> str:
    """Format an amount of rupiah followed by its terbilang in parentheses.

    Args:
        n: Whole rupiah, non-negative.
        cents: Append ``",00"`` to the figure.

    Returns:
        For example ``"Rp2.950.000,00 (dua juta sembilan ratus lima puluh ribu rupiah)"``.

    Raises:
        ValueError: If ``n`` is negative or fractional.
    """
    return f"{format_rupiah(n, cents)} ({terbilang(n)} rupiah)"


FREE_OF_CHARGE = "Tidak dipungut biaya"
"""Default text for a zero tariff."""


def format_fee(amount: int | None, stated: str = "") -> str:
    """Render the Biaya/Tarif component; never blank.

    Args:
        amount: Whole rupiah. ``0`` and ``None`` (no amount entered) both mean no charge.
        stated: Text the user typed for a zero tariff, e.g. ``"GRATIS"`` or
            ``"Tidak dipungut biaya (Perda No. 5 Tahun 2019)"``; ignored when ``amount`` is positive.

    Returns:
        ``stated`` or ``"Tidak dipungut biaya"`` when there is no charge, otherwise the amount with words,
        e.g. ``"Rp50.000,00 (lima puluh ribu rupiah)"``.

    Raises:
        ValueError: If ``amount`` is negative.
    """
    if amount is None or _as_whole_number(amount, "Biaya") == 0:
        return (stated or "").strip() or FREE_OF_CHARGE
    return format_rupiah_words(amount)


# ---------------------------------------------------------------------------------------------------------------
# NIP
# ---------------------------------------------------------------------------------------------------------------

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


# ---------------------------------------------------------------------------------------------------------------
# Pangkat / golongan
# ---------------------------------------------------------------------------------------------------------------

GOLONGAN: list[tuple[str, str]] = [
    ("I/a", "Juru Muda"),
    ("I/b", "Juru Muda Tk. I"),
    ("I/c", "Juru"),
    ("I/d", "Juru Tk. I"),
    ("II/a", "Pengatur Muda"),
    ("II/b", "Pengatur Muda Tk. I"),
    ("II/c", "Pengatur"),
    ("II/d", "Pengatur Tk. I"),
    ("III/a", "Penata Muda"),
    ("III/b", "Penata Muda Tk. I"),
    ("III/c", "Penata"),
    ("III/d", "Penata Tk. I"),
    ("IV/a", "Pembina"),
    ("IV/b", "Pembina Tk. I"),
    ("IV/c", "Pembina Utama Muda"),
    ("IV/d", "Pembina Utama Madya"),
    ("IV/e", "Pembina Utama"),
]
"""PNS golongan/ruang with their pangkat, lowest first."""

_PANGKAT_BY_GOLONGAN = dict(GOLONGAN)
_ARABIC_TO_ROMAN = {"1": "I", "2": "II", "3": "III", "4": "IV"}
_GOLONGAN_RE = re.compile(r"^\s*(IV|III|II|I|[1-4])\s*[/\-.,]?\s*([A-Ea-e])\s*$", re.IGNORECASE)


def normalize_golongan(text: str | None) -> str | None:
    """Return the canonical spelling of a golongan/ruang.

    Args:
        text: For example ``"iv/c"``, ``"IV / C"``, ``"IVc"``, ``"4/c"`` or ``"IV-c"``.

    Returns:
        The canonical form such as ``"IV/c"``, or ``None`` if it is not a known golongan
        (e.g. ``"I/e"`` does not exist).
    """
    match = _GOLONGAN_RE.match(text or "")
    if not match:
        return None
    roman = match.group(1).upper()
    roman = _ARABIC_TO_ROMAN.get(roman, roman)
    canonical = f"{roman}/{match.group(2).lower()}"
    return canonical if canonical in _PANGKAT_BY_GOLONGAN else None


def pangkat_for(golongan: str | None) -> str | None:
    """Look up the pangkat of a golongan/ruang.

    Args:
        golongan: Golongan in any spelling accepted by :func:`normalize_golongan`.

    Returns:
        For example ``"Pembina Utama Muda"`` for ``"IV/c"``; ``None`` if unknown.
    """
    canonical = normalize_golongan(golongan)
    return _PANGKAT_BY_GOLONGAN[canonical] if canonical else None


def _pangkat_key(text: str) -> str:
    """Comparison key for pangkat names: "Penata Tk I", "penata tingkat I", "Penata Tk. I" are equal."""
    text = re.sub(r"\btingkat\b", "tk", text.lower())
    return re.sub(r"[\s.,]+", " ", text).strip()


_GOLONGAN_BY_PANGKAT_KEY = {_pangkat_key(pangkat): gol for gol, pangkat in GOLONGAN}


def golongan_for(pangkat: str | None) -> str | None:
    """Look up the golongan/ruang of a pangkat name.

    Args:
        pangkat: For example ``"Penata Tk I"`` or ``"Pembina Tk. I"`` (case and dots don't matter).

    Returns:
        For example ``"III/d"``; ``None`` if the name is not a known pangkat.
    """
    return _GOLONGAN_BY_PANGKAT_KEY.get(_pangkat_key(pangkat or ""))


def format_pangkat(pangkat: str | None, golongan: str | None) -> str:
    """Render the pangkat line of a signature block.

    Args:
        pangkat: Pangkat as entered; when blank it is derived from a known ``golongan``.
        golongan: Golongan/ruang as entered; canonicalised (``"iv/c"`` -> ``"IV/c"``) when recognised.

    Returns:
        ``"Pembina Utama Muda (IV/c)"``; only the pangkat when golongan is blank; only the golongan when the
        pangkat is blank and cannot be derived; ``""`` when both are blank.
    """
    pangkat = (pangkat or "").strip()
    golongan_text = (golongan or "").strip()
    canonical = normalize_golongan(golongan_text)
    if canonical:
        golongan_text = canonical
        if not pangkat:
            pangkat = _PANGKAT_BY_GOLONGAN[canonical]
    if pangkat and golongan_text:
        return f"{pangkat} ({golongan_text})"
    return pangkat or golongan_text


# ---------------------------------------------------------------------------------------------------------------
# Durations (Waktu Penyelesaian)
# ---------------------------------------------------------------------------------------------------------------

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
