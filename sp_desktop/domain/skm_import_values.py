"""Reading one cell of an imported survey sheet into the contract's value (domain layer).

Each reader takes what a spreadsheet holds (text, a number, a date) and returns the SP JSON value,
or raises :class:`CellError` with an Indonesian reason. Empty cells are "not answered" (None or "").
Profile words that units write in their own way ("SLTA", "Laki-laki", "Wiraswasta") map to the
contract's vocabulary; anything else is refused with the words that are accepted.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import Any

from .skm import CHOICES
from .survei import PEKERJAAN_LABELS, PENDIDIKAN

MAX_USIA = 130


class CellError(ValueError):
    """A cell that cannot be read; ``str()`` is the Indonesian reason (without the row number)."""


def is_blank(value: Any) -> bool:
    """True for an empty cell (None, or text of spaces only)."""
    return value is None or (isinstance(value, str) and not value.strip())


def shown(value: Any, limit: int = 40) -> str:
    """The cell as the user typed it, quoted, for a message."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = " ".join(str(value).split())
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return f"\u201c{text}\u201d"


def _words(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split()).casefold()


_NUMBER = re.compile(r"[+-]?[0-9]+(?:[.,][0-9]+)?")


def _number(value: Any) -> float | None:
    """A number from a cell: 4, 4.0, "4", "4,0" (comma decimal) or "4.0"; None when not a number."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    text = str(value).strip()
    if _NUMBER.fullmatch(text):
        return float(text.replace(",", "."))
    return None


# "4 - Sangat sesuai", "4. Sangat sesuai", "(4) Sangat sesuai": a value with its choice's words.
_NUMBERED = re.compile(r"\(?([1-4])\)?\s*[-.:)=]?\s*(.+)")


_PLAIN_ANSWERS = {str(n): n for n in range(1, 5)} | {n: n for n in range(1, 5)}


def read_answer(value: Any, unsur: int) -> int | None:
    """The answer 1-4 to unsur ``unsur`` (1-9): a number, or the words of one of its four choices."""
    if type(value) is not bool and value in _PLAIN_ANSWERS:  # the common case of 100,000 rows, fast
        return _PLAIN_ANSWERS[value]
    if is_blank(value):
        return None
    number = _number(value)
    label = f"U{unsur}"
    if number is not None:
        if not number.is_integer():
            raise CellError(f"{label}: {shown(value)} bukan bilangan bulat 1, 2, 3, atau 4")
        if not 1 <= number <= 4:
            raise CellError(f"{label}: {shown(value)} di luar nilai 1, 2, 3, atau 4")
        return int(number)
    choices = [_words(c) for c in CHOICES[unsur - 1]]
    words = _words(str(value)).strip(" .")
    if words in choices:
        return choices.index(words) + 1
    numbered = _NUMBERED.fullmatch(words)
    if numbered and _words(numbered.group(2)) in choices:
        answer = int(numbered.group(1))
        if choices.index(_words(numbered.group(2))) + 1 == answer:
            return answer
        raise CellError(f"{label}: angka dan kata pada {shown(value)} tidak sesuai")
    listed = ", ".join(f"{i} = {c}" for i, c in enumerate(CHOICES[unsur - 1], start=1))
    raise CellError(f"{label}: {shown(value)} bukan jawaban yang dikenal ({listed})")


_JENIS_KELAMIN = {
    "l": "L", "lk": "L", "laki-laki": "L", "laki laki": "L", "lakilaki": "L", "laki": "L", "pria": "L",
    "p": "P", "pr": "P", "perempuan": "P", "wanita": "P",
}


@lru_cache(maxsize=1024)
def read_jenis_kelamin(value: Any) -> str | None:
    """``L`` or ``P`` from "L", "Laki-laki", "Pria", "P", "Perempuan", "Wanita" …; None when empty."""
    if is_blank(value):
        return None
    found = _JENIS_KELAMIN.get(_words(str(value)).strip(" ."))
    if found is None:
        raise CellError(f"Jenis kelamin {shown(value)} tidak dikenal (L/Laki-laki atau P/Perempuan)")
    return found


def read_usia(value: Any) -> int | None:
    """A whole age in years from 34, "34", "34,0" or "34 tahun"; None when empty."""
    if is_blank(value):
        return None
    text = value if not isinstance(value, str) else re.sub(r"\s*(tahun|thn|th)\.?$", "", value.strip(), flags=re.I)
    number = _number(text)
    if number is None or not number.is_integer():
        raise CellError(f"Usia {shown(value)} bukan umur dalam tahun (bilangan bulat)")
    if not 0 <= number <= MAX_USIA:
        raise CellError(f"Usia {shown(value)} di luar 0\u2013{MAX_USIA} tahun")
    return int(number)


_PENDIDIKAN = {
    "SD": "SD", "MI": "SD", "SEKOLAHDASAR": "SD",
    "SMP": "SMP", "SLTP": "SMP", "MTS": "SMP", "SEKOLAHMENENGAHPERTAMA": "SMP",
    "SMA": "SMA", "SMK": "SMA", "SMU": "SMA", "SLTA": "SMA", "MA": "SMA", "STM": "SMA", "SMEA": "SMA",
    "SEKOLAHMENENGAHATAS": "SMA", "SEKOLAHMENENGAHKEJURUAN": "SMA",
    "D1": "D1", "DI": "D1", "DIPLOMA1": "D1", "DIPLOMAI": "D1",
    "D2": "D2", "DII": "D2", "DIPLOMA2": "D2", "DIPLOMAII": "D2",
    "D3": "D3", "DIII": "D3", "DIPLOMA3": "D3", "DIPLOMAIII": "D3", "AKADEMI": "D3",
    # D-IV is a bachelor's level degree (sarjana terapan).
    "D4": "S1", "DIV": "S1", "DIPLOMA4": "S1", "DIPLOMAIV": "S1",
    "S1": "S1", "SARJANA": "S1", "STRATA1": "S1",
    "S2": "S2", "MAGISTER": "S2", "PASCASARJANA": "S2", "STRATA2": "S2",
    "S3": "S3", "DOKTOR": "S3", "DOKTORAL": "S3", "STRATA3": "S3",
    "LAINNYA": "lainnya", "LAIN": "lainnya", "LAINLAIN": "lainnya", "TIDAKSEKOLAH": "lainnya",
    "TIDAKTAMATSD": "lainnya", "BELUMSEKOLAH": "lainnya",
}


def _pendidikan_key(text: str) -> str:
    text = re.sub(r"\bsederajat\b", "", text, flags=re.I)
    return re.sub(r"[^A-Z0-9]", "", text.upper())


@lru_cache(maxsize=1024)
def read_pendidikan(value: Any) -> str | None:
    """One of ``SD`` … ``S3`` or ``lainnya``; "SLTA", "SMA/SMK", "D-III", "Sarjana" and the like map to them."""
    if is_blank(value):
        return None
    parts = [p for p in re.split(r"[/,]", str(value)) if _pendidikan_key(p)]
    found = {_PENDIDIKAN.get(_pendidikan_key(p)) for p in parts}
    if len(found) == 1 and None not in found:
        return found.pop()
    accepted = ", ".join(PENDIDIKAN[:-1]) + ", atau Lainnya"
    raise CellError(f"Pendidikan {shown(value)} tidak dikenal ({accepted})")


_PEKERJAAN = {
    "pns": "pns", "asn": "pns", "pegawai negeri": "pns", "pegawai negeri sipil": "pns",
    "tni": "tni", "polri": "polri", "polisi": "polri",
    "swasta": "swasta", "pegawai swasta": "swasta", "karyawan swasta": "swasta", "karyawan": "swasta",
    "wirausaha": "wirausaha", "wiraswasta": "wirausaha", "pengusaha": "wirausaha", "usahawan": "wirausaha",
    "pedagang": "wirausaha",
    "pelajar": "pelajar", "mahasiswa": "pelajar", "pelajar/mahasiswa": "pelajar", "siswa": "pelajar",
    "pelajar / mahasiswa": "pelajar",
    "lainnya": "lainnya", "lain-lain": "lainnya", "lain lain": "lainnya", "lain": "lainnya",
}


@lru_cache(maxsize=1024)
def read_pekerjaan(value: Any) -> str | None:
    """One of ``pns``, ``tni``, ``polri``, ``swasta``, ``wirausaha``, ``pelajar``, ``lainnya``."""
    if is_blank(value):
        return None
    found = _PEKERJAAN.get(_words(str(value)).strip(" ."))
    if found is None:
        accepted = ", ".join(PEKERJAAN_LABELS.values())
        raise CellError(f"Pekerjaan {shown(value)} tidak dikenal ({accepted})")
    return found


_MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "pebruari": 2, "feb": 2, "peb": 2, "maret": 3, "mar": 3,
    "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "agustus": 8, "agu": 8,
    "agt": 8, "ags": 8, "agus": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10,
    "november": 11, "nov": 11, "nopember": 11, "nop": 11, "desember": 12, "des": 12,
}
_ISO = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:[ T].*)?")
_DMY = re.compile(r"([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4})(?: .*)?")
_WORDY = re.compile(r"([0-9]{1,2})\s+([A-Za-z]+)\.?\s+([0-9]{4})")
_EXCEL_EPOCH = date(1899, 12, 30)


def read_tanggal(value: Any) -> str:
    """The ISO date from a date cell, "2026-03-01", "01/03/2026" (day first), "1 Maret 2026"; "" when empty."""
    if is_blank(value):
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    number = _number(value)
    if number is not None and number.is_integer() and 20000 <= number <= 80000:  # a spreadsheet's day number
        return (_EXCEL_EPOCH + timedelta(days=int(number))).isoformat()
    text = str(value).strip()
    parts = None
    if m := _ISO.fullmatch(text):
        parts = int(m.group(1)), int(m.group(2)), int(m.group(3))
    elif m := _DMY.fullmatch(text):
        parts = int(m.group(3)), int(m.group(2)), int(m.group(1))
    elif (m := _WORDY.fullmatch(text)) and m.group(2).casefold() in _MONTHS:
        parts = int(m.group(3)), _MONTHS[m.group(2).casefold()], int(m.group(1))
    try:
        if parts is None:
            raise ValueError(text)
        return date(*parts).isoformat()
    except ValueError:
        raise CellError(f"Tanggal {shown(value)} tidak dikenal (mis. 2026-03-01 atau 01/03/2026)") from None


_HOUR = re.compile(r"([0-9]{1,2})[:.]([0-9]{2})(?:[:.][0-9]{2})?")


def read_jam(value: Any) -> str:
    """The hour ``HH:MM`` from a time cell, "9:30", "09.30" or "09:30:00"; "" when empty."""
    if is_blank(value):
        return ""
    if isinstance(value, (datetime, time)):
        return f"{value.hour:02d}:{value.minute:02d}"
    if isinstance(value, float) and 0 <= value < 1:  # a spreadsheet's fraction of a day
        minutes = round(value * 24 * 60)
        return f"{minutes // 60:02d}:{minutes % 60:02d}"
    m = _HOUR.fullmatch(str(value).strip())
    if m and int(m.group(1)) < 24 and int(m.group(2)) < 60:
        return f"{int(m.group(1)):02d}:{m.group(2)}"
    raise CellError(f"Jam {shown(value)} tidak dikenal (mis. 09:30)")


def read_text(value: Any) -> str:
    """A text cell (a service name, a suggestion) with its spaces tidied; "" when empty."""
    if is_blank(value):
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()

