"""The one rule for when two service names are the same name (domain layer)."""

from __future__ import annotations

import unicodedata


def name_key(name: str) -> str:
    """``name`` reduced to what tells services apart: NFC, spaces collapsed and trimmed, case folded."""
    return " ".join(unicodedata.normalize("NFC", name).split()).casefold()
