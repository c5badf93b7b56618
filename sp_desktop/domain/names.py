"""When two service names count as the same name: one rule for import, matching and the session (domain layer).

Names are typed by hand on several laptops, so case, spacing and Unicode composition must not make two names
of one service look different.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Container, Iterable
from itertools import chain, count


def name_key(name: str) -> str:
    """The comparison key of a name: equal keys mean the same name.

    Args:
        name: a name as typed, e.g. ``"  Penerbitan  akta KELAHIRAN "``.

    Returns:
        The name in Unicode NFC with every run of whitespace collapsed to one space, stripped and casefolded,
        e.g. ``"penerbitan akta kelahiran"``; "" for a blank name.
    """
    return " ".join(unicodedata.normalize("NFC", name).split()).casefold()


def duplicate_names(names: Iterable[str]) -> list[tuple[int, int]]:
    """The names that repeat an earlier one under :func:`name_key`; blank names never count.

    Args:
        names: names in their order, e.g. the ``jenis_pelayanan`` of each service.

    Returns:
        ``(first, repeat)`` index pairs, one per repeating name, in the order of ``repeat``: the index of the
        first name with that key and the index of the later one.
    """
    first: dict[str, int] = {}
    pairs = []
    for i, name in enumerate(names):
        key = name_key(name)
        if not key:
            continue
        if key in first:
            pairs.append((first[key], i))
        else:
            first[key] = i
    return pairs


def suffixed_name(base: str, taken: Container[str], suffix: str = "") -> str:
    """``base``, else the first of ``base (suffix)``, ``base (suffix 2)``… (``base (2)``, ``base (3)``… without a
    suffix) whose name key is not in ``taken``."""
    if name_key(base) not in taken:
        return base
    labels = chain([suffix] if suffix else [], (f"{suffix} {n}".lstrip() for n in count(2)))
    candidates = (f"{base} ({label})" for label in labels)
    return next(candidate for candidate in candidates if name_key(candidate) not in taken)
