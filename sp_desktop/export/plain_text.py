"""Typed text made safe for both output formats: characters XML forbids, document properties (export layer).

Shared by the DOCX and the PDF writer so that both print the same text; imports neither library.
"""

from __future__ import annotations

import re

# Characters XML 1.0 forbids (C0 controls other than tab and line feed, lone surrogates,
# U+FFFE/U+FFFF) plus DEL. A typed one (a Word soft line break is U+000B) prints as a space.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")

PROPERTY_LIMIT = 255
"""The longest document property (title, author, subject) python-docx accepts."""


def clean(text: str) -> str:
    """``text`` with line endings as ``\\n`` and every character XML cannot hold replaced by a space.

    Tabs, line breaks and every other character are kept as typed.
    """
    return _ILLEGAL.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n"))


def property_value(text: str, limit: int | None = PROPERTY_LIMIT) -> str:
    """A document property (title, author, subject) from typed text.

    Cleaned like body text, put on one line (line breaks and tabs become spaces), stripped and
    clipped to ``limit`` characters (None: no limit).
    """
    value = clean(text).replace("\n", " ").replace("\t", " ").strip()
    if limit is not None and len(value) > limit:
        value = value[:limit].rstrip()
    return value
