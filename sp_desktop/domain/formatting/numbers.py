"""Whole numbers in words (terbilang) and figures ("1.440", "1,5", "91,48"), Indonesian style.

Domain layer: pure and deterministic, stdlib only.
"""

# Why terbilang is implemented here instead of calling ``num2words(n, lang="id")``: num2words 0.5.14 gets
# the simple cases right (seratus, seribu, sebelas, satu juta, satu miliar) but spells a thousands group of
# one *after* a larger group as "satu ribu" (1.001.000 -> "satu juta satu ribu", 1.000.001.000 -> "satu miliar
# satu ribu"), whereas Indonesian always says "seribu" ("satu juta seribu"). It also names 10^18 "kuantiliun"
# and returns "min ..." for negatives instead of rejecting them. A fee of Rp1.001.000,00 on a kuitansi-style
# line must read "satu juta seribu rupiah", so we use our own small, fully tested implementation. The unit
# tests cross-check it against num2words for the range where num2words is correct (below one million).

from __future__ import annotations

import math
from decimal import Decimal

__all__ = ["format_number", "terbilang"]

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
