"""Conversion between domain dataclasses and the JSON stored in the project file (storage layer).

Stored drafts may be incomplete (a step without a duration, an empty fee), so reading back
does not ask for completeness; but every value must have the shape its field declares,
or :class:`ShapeError` names where it does not (a damaged or foreign-written file).
"""

from __future__ import annotations

import dataclasses
import functools
import json
import types
import typing
import zlib
from typing import Any

from ..domain.model import Biaya, LangkahProsedur, Layanan, Pengaduan, Persyaratan
from .migrations import LIST_COLUMNS

_LIST_TYPES: dict[str, Any] = {"persyaratan": list[Persyaratan], "prosedur": list[LangkahProsedur]}


class ShapeError(ValueError):
    """A stored value does not have the shape of its field; ``str()`` is an Indonesian phrase."""


def to_plain(value: Any) -> Any:
    """A dataclass (or list/tuple of them) as plain dicts and lists, field order kept."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [to_plain(v) for v in value]
    return value


def dumps(value: Any) -> str:
    """``value`` as the JSON text stored in a column."""
    return json.dumps(to_plain(value), ensure_ascii=False)


@functools.cache
def _fields(cls: type) -> tuple[tuple[str, Any], ...]:
    # Type hints are resolved once per class: decoding 2,000 services must not call get_type_hints 100,000 times.
    hints = typing.get_type_hints(cls)
    return tuple((f.name, hints[f.name]) for f in dataclasses.fields(cls))


_SCALARS: dict[Any, tuple[type, ...]] = {str: (str,), int: (int,), float: (int, float), bool: (bool,)}


def from_plain(cls: Any, data: Any) -> Any:
    """Rebuild a value of type ``cls`` from :func:`to_plain` output, ignoring unknown keys.

    Raises:
        ShapeError: a value has another type than its field (a string where a list belongs, …).
    """
    if data is None:
        return None
    origin = typing.get_origin(cls)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(cls) if a is not type(None)]
        return from_plain(inner[0], data) if len(inner) == 1 else data
    if origin is list:
        if not isinstance(data, list):
            raise ShapeError("bukan daftar")
        (item,) = typing.get_args(cls)
        return [from_plain(item, v) for v in data]
    if origin is tuple:
        if not isinstance(data, list):
            raise ShapeError("bukan daftar")
        return tuple(data)
    if dataclasses.is_dataclass(cls):
        if not isinstance(data, dict):
            raise ShapeError("bukan objek")
        return cls(**{name: from_plain(hint, data[name]) for name, hint in _fields(cls) if name in data})
    allowed = _SCALARS.get(cls)
    if allowed is not None and (not isinstance(data, allowed) or (cls is not bool and isinstance(data, bool))):
        raise ShapeError(f"bukan {'teks' if cls is str else 'angka'}")
    return data


def _column(row: dict[str, Any], name: str, cls: Any, default: str) -> Any:
    if name not in row:
        raise ShapeError("kolom hilang")
    text = row[name]
    if text is None or text == "":
        text = default
    if not isinstance(text, str):
        raise ShapeError("bukan teks JSON")
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise ShapeError("JSON rusak") from exc
    return from_plain(cls, data)


class ComponentError(ShapeError):
    """A service's column cannot be read; ``column`` names it."""

    def __init__(self, column: str, reason: str):
        super().__init__(reason)
        self.column = column


def service_from_row(row: dict[str, Any], errors: list[ComponentError] | None = None) -> Layanan:
    """Decode one ``layanan`` row.

    Args:
        row: the row's columns by name.
        errors: when given, an unreadable column is appended here and left empty instead of raising
            (the rescue of a damaged file keeps what can be read).

    Raises:
        ComponentError: the column that cannot be read, and why (only without ``errors``).
    """

    def fail(exc: ComponentError) -> None:
        if errors is None:
            raise exc
        errors.append(exc)

    texts = {}
    for name in ("jenis_pelayanan", "klasifikasi", "status", "jumlah_pelaksana", "waktu_penyelesaian"):
        value = row.get(name)
        if value is not None and not isinstance(value, str):
            fail(ComponentError(name, "bukan teks"))
            value = None
        texts[name] = value
    position = row.get("position")
    lay = Layanan(
        jenis_pelayanan=texts["jenis_pelayanan"] or "",
        klasifikasi=texts["klasifikasi"] or "administratif",
        status=texts["status"] or "draf",
        waktu_penyelesaian=texts["waktu_penyelesaian"],
        jumlah_pelaksana=texts["jumlah_pelaksana"] or "",
        id=row.get("id") or 0,
        position=position if isinstance(position, int) else 0,
        versi=row["versi"] if isinstance(row.get("versi"), int) and row["versi"] > 0 else 1,
    )
    specs = [(name, _LIST_TYPES.get(name, list[str]), "[]") for name in LIST_COLUMNS]
    specs += [("biaya", Biaya, "null"), ("pengaduan", Pengaduan, "{}")]
    for name, cls, default in specs:
        try:
            value = _column(row, name, cls, default)
        except ShapeError as exc:
            fail(ComponentError(name, str(exc)))
            continue
        if name == "pengaduan":
            value = value or Pengaduan()
        setattr(lay, name, value)
    return lay


# The columns a service's checksum covers (everything the content check reads back).
CONTENT_COLUMNS = (
    "jenis_pelayanan", "klasifikasi", "status", "waktu_penyelesaian", "biaya", "pengaduan", "jumlah_pelaksana",
    *LIST_COLUMNS,
)


def checksum(*values: bytes | str | None) -> str:
    """The checksum of a row's content columns, as bytes (SQL side) or text (as the app writes them).

    CRC-32 and Adler-32 side by side (64 bits) from zlib: it detects damage and foreign writes,
    it is no defence against tampering, and zlib costs nothing to import at start-up.
    """
    crc, adler = 0, 1
    for value in values:
        if value is None:
            chunk = b"\x00"
        else:
            data = value.encode("utf-8") if isinstance(value, str) else bytes(value)
            chunk = b"\x01" + len(data).to_bytes(8, "little") + data
        crc, adler = zlib.crc32(chunk, crc), zlib.adler32(chunk, adler)
    return f"{crc:08x}{adler:08x}"


def row_checksum(row: dict[str, Any]) -> str:
    """:func:`checksum` of a row about to be written."""
    return checksum(*(row[name] for name in CONTENT_COLUMNS))


def service_to_row(lay: Layanan) -> dict[str, Any]:
    """The columns of one ``layanan`` row that hold the standard itself."""
    row: dict[str, Any] = {
        "jenis_pelayanan": lay.jenis_pelayanan,
        "klasifikasi": lay.klasifikasi,
        "status": lay.status,
        "waktu_penyelesaian": lay.waktu_penyelesaian,
        "biaya": dumps(lay.biaya) if lay.biaya is not None else None,
        "pengaduan": dumps(lay.pengaduan),
        "jumlah_pelaksana": lay.jumlah_pelaksana,
    }
    row.update({name: dumps(getattr(lay, name)) for name in LIST_COLUMNS})
    return row
