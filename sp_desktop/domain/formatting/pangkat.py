"""Pangkat and golongan/ruang of PNS officials: lookups both ways and "Pembina Utama Muda (IV/c)" (domain layer)."""

from __future__ import annotations

import re

__all__ = ["GOLONGAN", "format_pangkat", "golongan_for", "normalize_golongan", "pangkat_for"]

GOLONGAN: list[tuple[str, str]] = [
    ("I/a", "Juru Muda"),
    ("I/b", "Juru Muda Tk. I"),
    ("I/c", "Juru"),
    ("I/d", "Juru Tk. I"),
    ("II/a", "Pengatur Muda"),
    ("II/b", "Pengatur Muda Tk. I"),
    ("II/c", "Pengatur"),
    ("II/d", "Pengatur Tk. I"),
    ("III/a", "Penata Muda"),
    ("III/b", "Penata Muda Tk. I"),
    ("III/c", "Penata"),
    ("III/d", "Penata Tk. I"),
    ("IV/a", "Pembina"),
    ("IV/b", "Pembina Tk. I"),
    ("IV/c", "Pembina Utama Muda"),
    ("IV/d", "Pembina Utama Madya"),
    ("IV/e", "Pembina Utama"),
]
"""PNS golongan/ruang with their pangkat, lowest first."""

_PANGKAT_BY_GOLONGAN = dict(GOLONGAN)
_ARABIC_TO_ROMAN = {"1": "I", "2": "II", "3": "III", "4": "IV"}
_GOLONGAN_RE = re.compile(r"^\s*(IV|III|II|I|[1-4])\s*[/\-.,]?\s*([A-Ea-e])\s*$", re.IGNORECASE)


def normalize_golongan(text: str | None) -> str | None:
    """Return the canonical spelling of a golongan/ruang.

    Args:
        text: For example ``"iv/c"``, ``"IV / C"``, ``"IVc"``, ``"4/c"`` or ``"IV-c"``.

    Returns:
        The canonical form such as ``"IV/c"``, or ``None`` if it is not a known golongan
        (e.g. ``"I/e"`` does not exist).
    """
    match = _GOLONGAN_RE.match(text or "")
    if not match:
        return None
    roman = match.group(1).upper()
    roman = _ARABIC_TO_ROMAN.get(roman, roman)
    canonical = f"{roman}/{match.group(2).lower()}"
    return canonical if canonical in _PANGKAT_BY_GOLONGAN else None


def pangkat_for(golongan: str | None) -> str | None:
    """Look up the pangkat of a golongan/ruang.

    Args:
        golongan: Golongan in any spelling accepted by :func:`normalize_golongan`.

    Returns:
        For example ``"Pembina Utama Muda"`` for ``"IV/c"``; ``None`` if unknown.
    """
    canonical = normalize_golongan(golongan)
    return _PANGKAT_BY_GOLONGAN[canonical] if canonical else None


def _pangkat_key(text: str) -> str:
    """Comparison key for pangkat names: "Penata Tk I", "penata tingkat I", "Penata Tk. I" are equal."""
    text = re.sub(r"\btingkat\b", "tk", text.lower())
    return re.sub(r"[\s.,]+", " ", text).strip()


_GOLONGAN_BY_PANGKAT_KEY = {_pangkat_key(pangkat): gol for gol, pangkat in GOLONGAN}


def golongan_for(pangkat: str | None) -> str | None:
    """Look up the golongan/ruang of a pangkat name.

    Args:
        pangkat: For example ``"Penata Tk I"`` or ``"Pembina Tk. I"`` (case and dots don't matter).

    Returns:
        For example ``"III/d"``; ``None`` if the name is not a known pangkat.
    """
    return _GOLONGAN_BY_PANGKAT_KEY.get(_pangkat_key(pangkat or ""))


def format_pangkat(pangkat: str | None, golongan: str | None) -> str:
    """Render the pangkat line of a signature block.

    Args:
        pangkat: Pangkat as entered; when blank it is derived from a known ``golongan``.
        golongan: Golongan/ruang as entered; canonicalised (``"iv/c"`` -> ``"IV/c"``) when recognised.

    Returns:
        ``"Pembina Utama Muda (IV/c)"``; only the pangkat when golongan is blank; only the golongan when the
        pangkat is blank and cannot be derived; ``""`` when both are blank.
    """
    pangkat = (pangkat or "").strip()
    golongan_text = (golongan or "").strip()
    canonical = normalize_golongan(golongan_text)
    if canonical:
        golongan_text = canonical
        if not pangkat:
            pangkat = _PANGKAT_BY_GOLONGAN[canonical]
    if pangkat and golongan_text:
        return f"{pangkat} ({golongan_text})"
    return pangkat or golongan_text
