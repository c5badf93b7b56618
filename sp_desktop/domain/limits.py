"""The bounds of what a project may hold, shared by SP JSON import and the checks on every save (domain layer).

Also finds where a parsed or raw JSON text oversteps the structural bounds, so the error can name the place.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

MAX_RUPIAH = 999_999_999_999
"""The largest amount of rupiah (tarif, beban_unit, biaya_pengguna, biaya_unit): under a trillion. No fee of one
public service comes near it, it is spelt out by ``formatting.terbilang`` (which stops at 10^18) even when a
thousand steps are summed, and it fits a SQLite INTEGER and a float without loss."""

MAX_DURASI = 100_000
"""The largest ``nilai`` of one step's duration, in its own unit: the most the editor's duration field has
always accepted, so no project an earlier version stored is refused for it; more is a typing error, and the
bound keeps every sum finite and printable."""

MAX_LIST_ITEMS = 10_000
"""The most items one JSON array may hold (the services of a project, the lines of a component): far
above any unit's real lists, and it keeps every per-item check of an import quick."""

MAX_TEXT_CHARS = 100_000
"""The longest text value (one name, one requirement, one step, one line of a list), in characters: some thirty
pages, far beyond any real component. The PDF writer lays out one long paragraph in time that grows with the
square of its length (80,000 characters take a second, 320,000 half a minute), so a pasted book would hang the
export."""

MAX_DEPTH = 32
"""The deepest nesting of arrays and objects anywhere in an SP JSON document (the format itself needs 6)."""

MAX_NUMBER_CHARS = 100
"""The longest number literal anywhere in an SP JSON document, sign not counted. Python refuses to read
integers of more than 4,300 digits and reads long ones in quadratic time; no value of the format needs 20."""

_SAFE_BITS = math.floor((MAX_NUMBER_CHARS - 1) * math.log2(10))  # every int of so many bits has few enough digits
_TOO_DEEP = f"struktur JSON terlalu dalam bersarang (lebih dari {MAX_DEPTH} tingkat daftar/objek)"
_TOO_LONG_NUMBER = f"angka terlalu panjang (lebih dari {MAX_NUMBER_CHARS} karakter)"


def number_too_long(literal: str) -> bool:
    """Whether a JSON number literal has more than :data:`MAX_NUMBER_CHARS` characters, its sign not counted."""
    return len(literal) - literal.startswith("-") > MAX_NUMBER_CHARS


def _segment(key: Any) -> str:
    # Keys of unknown objects may be anything: keep the path short and printable.
    text = str(key).encode("utf-8", "backslashreplace").decode("utf-8")
    return text if len(text) <= 40 else text[:40] + "…"


def child_path(path: str, key: str | int) -> str:
    """The path of ``key`` (an object key or an array index) inside the value at ``path`` ("" is the root)."""
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{_segment(key)}" if path else _segment(key)


def _bad_text(text: str) -> str | None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        return f"teks memuat karakter yang tidak sah (posisi {exc.start + 1})"
    return None


def _bad_scalar(value: Any) -> str | None:
    if isinstance(value, str):
        return None if value.isascii() else _bad_text(value)
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        # Count digits only near the bound: str() of a huge int is slow, and refused beyond 4,300 digits.
        bits = value.bit_length()
        too_long = bits > _SAFE_BITS and (bits > 4 * MAX_NUMBER_CHARS or len(str(abs(value))) > MAX_NUMBER_CHARS)
        return _TOO_LONG_NUMBER if too_long else None
    if isinstance(value, float):
        return None if math.isfinite(value) else "angka di luar jangkauan (tak hingga atau bukan angka)"
    return f"bukan nilai JSON ({type(value).__name__})"


def _bad_key(key: Any) -> str | None:
    if not isinstance(key, str):
        return "nama kunci harus berupa teks"
    reason = _bad_text(key)
    return f"nama kunci: {reason}" if reason else None


def find_structure_problem(value: Any) -> tuple[str, str] | None:
    """The first place (in document order) where a JSON value oversteps the structural bounds.

    Checked everywhere, under unknown keys too: nesting deeper than :data:`MAX_DEPTH`, an integer too long
    to print, a float that is not finite, text with lone surrogates (from ``\\ud800`` escapes), and values
    that JSON cannot hold. The walk is iterative (any depth is safe) and linear in the size of the value.

    Args:
        value: a parsed JSON value.

    Returns:
        ``(path, reason)`` with the path in SP JSON style ("" for the root) and an Indonesian reason, or None.
    """
    if not isinstance(value, (dict, list)):
        reason = _bad_scalar(value)
        return ("", reason) if reason else None
    stack: list[tuple[Any, str, int]] = [(value, "", 1)]
    while stack:
        item, path, depth = stack.pop()
        if depth > MAX_DEPTH:
            return path, _TOO_DEEP
        is_object = isinstance(item, dict)
        pending = []
        for key, child in item.items() if is_object else enumerate(item):
            if is_object and not (type(key) is str and key.isascii()):
                reason = _bad_key(key)
                if reason:
                    return child_path(path, key), reason
            if isinstance(child, (dict, list)):
                pending.append((child, child_path(path, key), depth + 1))
            elif not (type(child) is str and child.isascii()):  # plain ASCII text, the common case, is fine
                reason = _bad_scalar(child)
                if reason:
                    return child_path(path, key), reason
        stack.extend(reversed(pending))
    return None


# A JSON string, a bracket or comma, or a number literal longer than MAX_NUMBER_CHARS (short ones are skipped).
_TOKEN = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{},]|-?[0-9][-+.0-9eE]{' + str(MAX_NUMBER_CHARS) + ",}")


def locate_in_text(text: str) -> tuple[str, str] | None:
    """Where a JSON text nests deeper than :data:`MAX_DEPTH` or holds a too-long number, without parsing it.

    Used when the parser itself gave up (Python's JSON reader recurses, and refuses very long integers), so
    the error can still name the place. Meant for text the parser otherwise accepts.

    Returns:
        ``(path, reason)`` as :func:`find_structure_problem`, or None when neither is found.
    """
    # Each frame is [is_object, key or index, expecting a key]; the path of a value is built from them.
    frames: list[list[Any]] = []

    def here() -> str:
        path = ""
        for _, seg, _ in frames:
            path = child_path(path, seg)
        return path

    for match in _TOKEN.finditer(text):
        token = match.group()
        top = frames[-1] if frames else None
        if token in ("[", "{"):
            if len(frames) >= MAX_DEPTH:
                return here(), _TOO_DEEP
            frames.append([token == "{", "" if token == "{" else 0, token == "{"])
        elif token in ("]", "}"):
            if frames:
                frames.pop()
        elif token == ",":
            if top is not None:
                if top[0]:
                    top[2] = True
                else:
                    top[1] += 1
        elif token.startswith('"'):
            if top is not None and top[0] and top[2]:
                top[1], top[2] = _decode_key(token), False
        else:
            return here(), _TOO_LONG_NUMBER
    return None


def _decode_key(token: str) -> str:
    try:
        return json.loads(token)
    except ValueError:
        return token[1:-1]
