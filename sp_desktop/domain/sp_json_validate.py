"""Strict readers for SP JSON values: each names the place and the reason of an error (domain layer).

Used by :mod:`sp_desktop.domain.sp_json`; the optional project keys (``pembahasan``, ``penetapan`` and the
history keys) are validated in :mod:`sp_desktop.domain.sp_json_extra`.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from typing import Any, TypeVar

from .components import STEP_KEYS
from .formatting import format_number
from .limits import (
    MAX_DURASI,
    MAX_LIST_ITEMS,
    MAX_RUPIAH,
    MAX_TEXT_CHARS,
    child_path,
    find_structure_problem,
    locate_in_text,
    number_too_long,
)

T = TypeVar("T")

ROOT = "(berkas)"
"""The path used for errors about the file as a whole."""

METODE_PEMBAHASAN = ("fgd", "public_hearing", "fkp")
UNSUR_PESERTA = (
    "penyelenggara", "pengguna_layanan", "tokoh_masyarakat", "pemerhati", "organisasi", "akademisi",
    "instansi_terkait", "media_massa", "lainnya",
)
# The fourteen LAYANAN component keys, in the order sp-json.md lists them.
KOMPONEN_KEYS = tuple(k for k in STEP_KEYS if k not in ("jenis_pelayanan", "tinjauan"))

_NIP = re.compile(r"[0-9]{18}")


class SpJsonError(ValueError):
    """An SP JSON document that cannot be read.

    Attributes:
        path: where the problem is, e.g. ``layanan[0].prosedur[2].durasi`` or ``(berkas)``.
        reason: what is wrong, in Indonesian.
    """

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason

    def __reduce__(self):
        return (type(self), (self.path, self.reason))


def key_path(path: str, key: str) -> str:
    """The path of ``key`` inside the object at ``path`` (the root has the empty path)."""
    return f"{path}.{key}" if path else key


def show_number(value: int | float) -> str:
    """A number as written in error messages, shortened when long (a huge int is never converted whole)."""
    if isinstance(value, int) and value.bit_length() > 400:
        return "yang sangat panjang"
    text = str(value)
    return text if len(text) <= 40 else text[:40] + "…"


def describe(value: Any) -> str:
    """A short Indonesian description of a JSON value, for error messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"nilai benar/salah ({'true' if value else 'false'})"
    if isinstance(value, (int, float)):
        return f"angka {show_number(value)}"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:40] + "…"
        return f"teks '{shown}'"
    if isinstance(value, list):
        return "daftar"
    if isinstance(value, dict):
        return "objek"
    return type(value).__name__


def wrong_type(path: str, expected: str, value: Any) -> SpJsonError:
    """The error for a value of the wrong JSON type."""
    return SpJsonError(path, f"harus berupa {expected}, bukan {describe(value)}")


def read_text(value: Any, path: str) -> str:
    """``value`` as text, verbatim; a JSON string of valid Unicode, at most ``limits.MAX_TEXT_CHARS`` long."""
    if not isinstance(value, str):
        raise wrong_type(path, "teks", value)
    if len(value) > MAX_TEXT_CHARS:
        raise SpJsonError(path, f"teks terlalu panjang ({format_number(len(value))} karakter); paling banyak "
                                f"{format_number(MAX_TEXT_CHARS)} karakter")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise SpJsonError(path, f"teks memuat karakter yang tidak sah (posisi {exc.start + 1})") from None
    return value


def read_enum(value: Any, path: str, allowed: tuple[str, ...] | list[str]) -> str:
    """``value`` as text that must be one of ``allowed`` (case-sensitive)."""
    text = read_text(value, path)
    if text not in allowed:
        raise SpJsonError(path, f"'{text}' bukan salah satu dari {', '.join(allowed)}")
    return text


def read_money(value: Any, path: str) -> int:
    """``value`` as whole rupiah from 0 to ``limits.MAX_RUPIAH`` (a JSON number, never true/false)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise wrong_type(path, "angka rupiah", value)
    if isinstance(value, float):
        if not math.isfinite(value) or not value.is_integer():
            raise SpJsonError(path, f"harus bilangan bulat rupiah tanpa pecahan, bukan {show_number(value)}")
        value = int(value)
    if value < 0:
        raise SpJsonError(path, f"tidak boleh negatif ({show_number(value)})")
    if value > MAX_RUPIAH:
        raise SpJsonError(path, f"terlalu besar ({show_number(value)}); paling banyak "
                                f"{format_number(MAX_RUPIAH)} rupiah (di bawah satu triliun)")
    return value


def read_durasi_nilai(value: Any, path: str) -> int | float:
    """``value`` as a duration's amount: a finite JSON number above 0 and at most ``limits.MAX_DURASI``."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise wrong_type(path, "angka", value)
    if isinstance(value, float) and not math.isfinite(value):
        raise SpJsonError(path, "harus angka yang terhingga")
    if value <= 0:
        raise SpJsonError(path, f"harus lebih dari 0, bukan {show_number(value)}")
    if value > MAX_DURASI:
        raise SpJsonError(path, f"terlalu besar ({show_number(value)}); lama satu langkah paling banyak "
                                f"{format_number(MAX_DURASI)} dalam satuannya")
    return value


def read_nip(value: Any, path: str) -> str:
    """``value`` as a NIP: "" or exactly 18 digits without spaces."""
    text = read_text(value, path)
    if text and not _NIP.fullmatch(text):
        raise SpJsonError(path, f"harus kosong atau 18 angka tanpa spasi, bukan '{text}'")
    return text


class Obj:
    """A JSON object being read, with the path used in its error messages."""

    def __init__(self, data: Any, path: str) -> None:
        if not isinstance(data, dict):
            raise wrong_type(path or ROOT, "objek", data)
        self.data = data
        self.path = path

    def at(self, key: str) -> str:
        """The path of ``key``."""
        return key_path(self.path, key)

    def raw(self, key: str) -> Any:
        """The value of a required key."""
        if key not in self.data:
            raise SpJsonError(self.at(key), "wajib ada tetapi tidak ditemukan")
        return self.data[key]

    def text(self, key: str) -> str:
        """A required text value."""
        return read_text(self.raw(key), self.at(key))

    def optional_text(self, key: str) -> str | None:
        """A text value that may be absent or null (both give None)."""
        value = self.data.get(key)
        return None if value is None else read_text(value, self.at(key))

    def enum(self, key: str, allowed: tuple[str, ...] | list[str]) -> str:
        """A required text value out of ``allowed``."""
        return read_enum(self.raw(key), self.at(key), allowed)

    def money(self, key: str) -> int:
        """A required amount of rupiah."""
        return read_money(self.raw(key), self.at(key))

    def boolean(self, key: str) -> bool:
        """A required true/false value."""
        value = self.raw(key)
        if not isinstance(value, bool):
            raise wrong_type(self.at(key), "true atau false", value)
        return value

    def obj(self, key: str) -> Obj:
        """A required nested object."""
        return Obj(self.raw(key), self.at(key))

    def optional_obj(self, key: str) -> Obj | None:
        """A nested object that may be absent or null."""
        value = self.data.get(key)
        return None if value is None else Obj(value, self.at(key))

    def array(self, key: str) -> list[Any]:
        """A required JSON array."""
        value = self.raw(key)
        if not isinstance(value, list):
            raise wrong_type(self.at(key), "daftar", value)
        if len(value) > MAX_LIST_ITEMS:
            limit = format_number(MAX_LIST_ITEMS)
            raise SpJsonError(self.at(key), f"daftar terlalu panjang; paling banyak {limit} butir")
        return value

    def texts(self, key: str) -> list[str]:
        """A required list of text, verbatim and in order."""
        return [read_text(v, f"{self.at(key)}[{i}]") for i, v in enumerate(self.array(key))]

    def objects(self, key: str, reader: Callable[[Obj], T]) -> list[T]:
        """A required list of objects, each read by ``reader``."""
        return [reader(Obj(v, f"{self.at(key)}[{i}]")) for i, v in enumerate(self.array(key))]


# ---------------------------------------------------------------------------------------------- raw bytes

_JSON_MESSAGES = (
    ("Expecting value", "nilai tidak ditemukan atau tidak sah"),
    ("Expecting property name enclosed in double quotes", "nama kunci harus diapit tanda kutip ganda (\")"),
    ("Expecting ':' delimiter", "tanda titik dua (:) tidak ditemukan"),
    ("Expecting ',' delimiter", "tanda koma (,) tidak ditemukan"),
    ("Unterminated string", "teks tidak ditutup dengan tanda kutip"),
    ("Invalid control character", "karakter kendali (misalnya baris baru) tidak boleh langsung ada di dalam teks"),
    ("Invalid \\uXXXX escape", "kode \\uXXXX tidak sah"),
    ("Invalid \\escape", "garis miring terbalik (\\) tidak sah"),
    ("Extra data", "ada data tambahan setelah akhir JSON"),
    ("Illegal trailing comma", "ada tanda koma berlebih sebelum penutup"),
)


class _DuplicateKey(Exception):
    pass


class _LongNumber(Exception):
    pass


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result


def _reject_constant(name: str) -> Any:
    raise SpJsonError(ROOT, f"bukan JSON yang sah: {name} bukan angka yang diizinkan dalam JSON")


def _read_int(literal: str) -> int:
    # Checked before int(): Python refuses more than 4,300 digits and reads long ones in quadratic time.
    if number_too_long(literal):
        raise _LongNumber
    return int(literal)


def _read_float(literal: str) -> float:
    if number_too_long(literal):
        raise _LongNumber
    return float(literal)


def check_structure(data: Any) -> None:
    """Refuse a parsed JSON value that oversteps the bounds anywhere, under unknown keys too.

    Raises:
        SpJsonError: naming the place of the first problem of :func:`limits.find_structure_problem`
            (nesting deeper than ``limits.MAX_DEPTH``, a number out of range, broken text).
    """
    problem = find_structure_problem(data)
    if problem is not None:
        raise SpJsonError(problem[0] or ROOT, problem[1])


def _located(text: str, fallback: str) -> SpJsonError:
    problem = locate_in_text(text)
    if problem is None:
        return SpJsonError(ROOT, fallback)
    return SpJsonError(problem[0] or ROOT, problem[1])


def load_json_bytes(raw: bytes) -> Any:
    """Parse the bytes of an SP JSON file: UTF-8, with or without a byte order mark.

    Any bytes give either a JSON value within the bounds of :mod:`limits` or an SpJsonError, never another
    exception; parsing takes time in proportion to the size.

    Args:
        raw: the file's content.

    Returns:
        The parsed JSON value (not yet validated: pass it to :func:`parse_document`).

    Raises:
        SpJsonError: with path ``(berkas)`` for text that is not UTF-8, is empty or is not valid JSON
            (the reason gives line and column), including NaN/Infinity and a key repeated in one object;
            with the path of the place for nesting deeper than ``limits.MAX_DEPTH``, a number literal
            longer than ``limits.MAX_NUMBER_CHARS``, a number beyond float range and text with lone
            surrogates.
    """
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise SpJsonError(ROOT, "berkas tersimpan sebagai UTF-16; simpan ulang sebagai UTF-8")
    try:
        text = bytes(raw).decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise SpJsonError(ROOT, f"berkas bukan teks UTF-8 yang sah (baris {line}, byte ke-{exc.start + 1})") from None
    if not text.strip():
        raise SpJsonError(ROOT, "berkas kosong")
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_reject_constant,
                          parse_int=_read_int, parse_float=_read_float)
    except json.JSONDecodeError as exc:
        reason = next((ind for en, ind in _JSON_MESSAGES if exc.msg.startswith(en)), "sintaks tidak sah")
        raise SpJsonError(ROOT, f"bukan JSON yang sah: {reason} (baris {exc.lineno}, kolom {exc.colno})") from None
    except SpJsonError:
        raise
    except _DuplicateKey as exc:
        shown = child_path("", exc.args[0])
        raise SpJsonError(ROOT, f"kunci '{shown}' muncul lebih dari sekali dalam satu objek") from None
    except RecursionError:
        raise _located(text, "struktur JSON terlalu dalam bersarang") from None
    except (_LongNumber, ValueError):
        raise _located(text, "angka terlalu panjang") from None
    check_structure(data)
    return data
