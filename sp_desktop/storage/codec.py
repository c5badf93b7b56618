"""Lenient conversion between domain dataclasses and JSON-able values (storage layer).

Stored drafts may be incomplete (a step without a duration, an empty fee), so reading
back never validates: the review checks in the domain report what is missing.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from typing import Any


def to_plain(value: Any) -> Any:
    """A dataclass (or list/tuple of them) as plain dicts and lists, field order kept."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [to_plain(v) for v in value]
    return value


def from_plain(cls: Any, data: Any) -> Any:
    """Rebuild a value of type ``cls`` from :func:`to_plain` output, ignoring unknown keys."""
    if data is None:
        return None
    origin = typing.get_origin(cls)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(cls) if a is not type(None)]
        return from_plain(inner[0], data) if len(inner) == 1 else data
    if origin is list:
        (item,) = typing.get_args(cls)
        return [from_plain(item, v) for v in data]
    if origin is tuple:
        return tuple(data)
    if dataclasses.is_dataclass(cls):
        hints = typing.get_type_hints(cls)
        kwargs = {f.name: from_plain(hints[f.name], data[f.name]) for f in dataclasses.fields(cls) if f.name in data}
        return cls(**kwargs)
    return data
