"""Reading and writing the small text records kept in ``Project.extra`` (penerapan, publikasi) (domain layer).

Such a record is a dataclass of text fields plus ``layanan`` (a list of service names) and ``lain``
(keys this version does not know, kept verbatim). A value of the wrong type falls back to the
field's default, so a hand-edited file never breaks the page that lists the records.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

R = TypeVar("R")


def record_from_dict(cls: Callable[..., R], keys: tuple[str, ...], data: Mapping[str, Any]) -> R:
    """A ``cls`` record from its stored object: ``layanan`` as a list of text, other keys as text."""
    blank = cls()
    values: dict[str, Any] = {}
    for key in keys:
        value = data.get(key, getattr(blank, key))
        if key == "layanan":
            value = [str(v) for v in value] if isinstance(value, list) else []
        elif not isinstance(value, str):
            value = getattr(blank, key)
        values[key] = value
    return cls(**values, lain={k: v for k, v in data.items() if k not in keys})


def record_to_dict(record: Any, keys: tuple[str, ...]) -> dict[str, Any]:
    """The stored object of a record: every own key in ``keys`` order, then the keys kept from elsewhere."""
    out: dict[str, Any] = {key: getattr(record, key) for key in keys}
    out["layanan"] = list(record.layanan)
    out.update(record.lain)
    return out


def records_from_extra(extra: Mapping[str, Any], key: str, reader: Callable[[dict], R]) -> list[R]:
    """Every record stored under ``extra[key]``, in the order of the file (nothing when it is not a list)."""
    items = extra.get(key)
    return [reader(item) for item in items if isinstance(item, dict)] if isinstance(items, list) else []
