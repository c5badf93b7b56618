"""The hierarchy of Indonesian regulations (UU 12/2011 Pasal 7-8), read from a dasar hukum line (domain layer).

A line is classified by the words it starts with ("Undang-Undang Nomor 25 Tahun 2009 …", "Permendagri …",
"Peraturan Wali Kota …"), so that the list can be checked and sorted "dari yang tertinggi".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

RANK_LABELS: tuple[str, ...] = (
    "UUD 1945",
    "Ketetapan MPR",
    "Undang-Undang/Perppu",
    "Peraturan Pemerintah",
    "Peraturan Presiden",
    "Peraturan Menteri/Lembaga",
    "Peraturan Daerah Provinsi",
    "Peraturan Daerah Kabupaten/Kota",
    "Peraturan/Keputusan Kepala Daerah",
    "Lainnya",
)
"""The ranks, highest first; the last one holds what the hierarchy does not name."""
OTHER_RANK = len(RANK_LABELS) - 1

_WORD = r"(?![a-z0-9])"
# (rank, pattern at the start of the line). Order matters: the more specific phrase comes first.
_PATTERNS: tuple[tuple[int, str], ...] = (
    (0, r"undang[\s-]*undang dasar|uud(?:\s*nri)?(?:\s*(?:tahun\s*)?1945)?" + _WORD),
    (1, r"(?:ketetapan|tap)\s+(?:majelis permusyawaratan rakyat|mpr(?:s)?)" + _WORD),
    (2, r"peraturan pemerintah pengganti undang[\s-]*undang|perp?pu" + _WORD),
    (2, r"undang[\s-]*undang|uu" + _WORD),
    (3, r"peraturan pemerintah|pp" + _WORD),
    (4, r"peraturan presiden|perpres" + _WORD),
    (5, r"peraturan (?:bersama )?menteri|permen[a-z]*" + _WORD),
    (5, r"peraturan (?:kepala |ketua )?(?:badan|lembaga|komisi|otoritas|bank indonesia|mahkamah)"),
    (6, r"peraturan daerah (?:provinsi|daerah khusus|daerah istimewa)|perda\s+(?:provinsi|prov)" + _WORD),
    (6, r"qanun aceh" + _WORD),
    (7, r"peraturan daerah|perda" + _WORD + r"|qanun" + _WORD),
    (8, r"(?:peraturan|keputusan) (?:wali\s*kota|walikota|bupati|gubernur|kepala daerah)"),
    (8, r"(?:perwal[i]?|perbup|pergub|kepwal[i]?|kepbup|kepgub)" + _WORD),
)
_COMPILED = tuple((rank, re.compile(pattern)) for rank, pattern in _PATTERNS)
_LEADING_MARKS = re.compile(r"^(?:[\s\-–•*·]+|\(?\d{1,3}[.)]\s*|\(?[a-z][.)]\s+)+")


def rank_of(line: str) -> int:
    """The rank of the regulation ``line`` names: 0 for the UUD 1945 … ``OTHER_RANK`` when unknown."""
    text = _LEADING_MARKS.sub("", " ".join((line or "").casefold().split()))
    for rank, pattern in _COMPILED:
        if pattern.match(text):
            return rank
    return OTHER_RANK


def sorted_by_hierarchy(lines: list[str]) -> list[str]:
    """``lines`` from the highest regulation to the lowest, keeping the team's order within a rank."""
    return sorted(lines, key=rank_of)  # sorted() is stable


@dataclass(frozen=True)
class OrderProblem:
    """The first line that stands below a lower regulation.

    Attributes:
        line: index of the line that should move up.
        above: index of the first line above it with a lower rank.
    """

    line: int
    above: int


def first_order_problem(lines: list[str]) -> OrderProblem | None:
    """Where ``lines`` (blank ones ignored) break the order "dari yang tertinggi", or None when they keep it."""
    # Linear in the lines: for each rank only the first line seen with it matters (the ranks are few),
    # and the line to name above is the earliest of those ranked lower than the current one.
    first_seen: dict[int, int] = {}
    for index, text in enumerate(lines):
        if not (text and text.strip()):
            continue
        rank = rank_of(text)
        lower = [first for seen_rank, first in first_seen.items() if seen_rank > rank]
        if lower:
            return OrderProblem(line=index, above=min(lower))
        first_seen.setdefault(rank, index)
    return None
