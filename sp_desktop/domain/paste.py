"""Split pasted text into list items, dropping the numbering and bullets of each line (domain layer).

Teams copy lists out of old standards (Word, PDF, web pages), so a pasted block looks like
"1. Fotokopi KTP" / "2) Kartu Keluarga" / "a. …" / "- …" / "• …". Each marked line starts an item;
when some lines carry a marker, an unmarked line continues the previous item (a line wrapped by the
PDF viewer); when none do, every non-blank line is an item.
"""

from __future__ import annotations

import re

_BULLET = r"[-–—•·▪●◦‣○■□►➢✓*]+\s*"
# "1." "1)" "(1)" "1.2." "1.2)" not followed by a digit, so "1.5 jam" stays whole.
_NUMBER = r"(?:\(\d{1,3}\)|\d{1,3}(?:\.\d{1,3})*[.)])(?![\d.,])\s*"
# "a." "a)" "(a)" and roman "iv." need a blank after them, so "A.n." or "S.H." stay whole.
_LETTER = r"(?:\([A-Za-z]\)|[A-Za-z][.)]|\((?:[ivx]{1,4}|[IVX]{1,4})\)|(?:[ivx]{2,4}|[IVX]{2,4})[.)])(?:\s+|$)"
_MARKER = re.compile(rf"^\s*(?:{_BULLET}|{_NUMBER}|{_LETTER})")


def strip_marker(line: str) -> tuple[str, bool]:
    """Remove one leading list marker from ``line``.

    Args:
        line: one line of pasted text.

    Returns:
        The text without the marker and surrounding blanks, and whether a marker was found.
    """
    match = _MARKER.match(line)
    if match is None:
        return line.strip(), False
    return line[match.end():].strip(), True


def parse_pasted_lines(text: str) -> list[str]:
    """Turn a pasted block into list items.

    Args:
        text: the pasted text, with any line endings.

    Returns:
        The items in order, without numbering, bullets or blank entries.
    """
    lines = [strip_marker(raw) for raw in text.splitlines() if raw.strip()]
    any_marker = any(marked for _, marked in lines)
    items: list[str] = []
    for body, marked in lines:
        if any_marker and not marked and items:
            items[-1] = f"{items[-1]} {body}".strip()
        else:
            items.append(body)  # a bare "1." may get its text from the next line
    return [item for item in items if item]
