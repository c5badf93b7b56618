"""A search across every unit of a review (SQLite FTS5 in memory): unit, service, component (services layer).

The words typed are searched as quoted prefix terms, all of them required, so nothing a reviewer types
(quotes, ``AND``, ``*``, brackets) can make the query fail; diacritics and case are ignored (``unicode61
remove_diacritics 2``).
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from .review_text import component_texts
from .review_units import ReviewSet

_TERM = re.compile(r"\w+", re.UNICODE)
SNIPPET_TOKENS = 12
MAX_TERMS = 16


@dataclass(frozen=True)
class Hit:
    """One component that holds every word searched.

    Attributes:
        unit: the unit's name; ``jenis_pelayanan``: the service; ``komponen``: the component key
            (``jenis_pelayanan`` for the name itself); ``komponen_label``: its Indonesian label;
        snippet: the words around the match, the matches between ``[`` and ``]``.
    """

    unit: str
    jenis_pelayanan: str
    komponen: str
    komponen_label: str
    snippet: str


def query_of(words: str) -> str:
    """The FTS5 query of what was typed: each word quoted as a prefix term; "" when no word is left."""
    terms = _TERM.findall(words)[:MAX_TERMS]
    return " ".join(f'"{t}"*' for t in terms)


class ReviewIndex:
    """The index over a :class:`ReviewSet`; build it with :func:`build_index`. Not shared between threads."""

    def __init__(self, conn: sqlite3.Connection, rows: int):
        self._conn = conn
        self.rows = rows

    def search(self, words: str, limit: int = 200) -> list[Hit]:
        """The components holding every word of ``words`` (prefixes), best first; [] for no word."""
        query = query_of(words)
        if not query:
            return []
        try:
            cursor = self._conn.execute(
                "SELECT unit, jenis_pelayanan, komponen, komponen_label, "
                f"snippet(teks_fts, 4, '[', ']', '…', {SNIPPET_TOKENS}) "
                "FROM teks_fts WHERE teks_fts MATCH ? ORDER BY rank LIMIT ?",
                [query, max(1, int(limit))],
            )
            return [Hit(*row) for row in cursor.fetchall()]
        except sqlite3.OperationalError:
            return []  # a query FTS5 still cannot parse finds nothing rather than failing

    def close(self) -> None:
        self._conn.close()


def build_index(review_set: ReviewSet) -> ReviewIndex:
    """Index the name and the fourteen components of every service of every unit."""
    conn = sqlite3.connect(":memory:", check_same_thread=False)
    conn.execute(
        "CREATE VIRTUAL TABLE teks_fts USING fts5(unit UNINDEXED, jenis_pelayanan UNINDEXED, "
        "komponen UNINDEXED, komponen_label UNINDEXED, teks, tokenize = 'unicode61 remove_diacritics 2')"
    )
    rows = [
        (unit.unit_name, lay.jenis_pelayanan, key, label, text)
        for unit in review_set.units
        for lay in unit.services
        for key, label, text in component_texts(lay)
        if text.strip()
    ]
    with conn:
        conn.executemany("INSERT INTO teks_fts VALUES (?, ?, ?, ?, ?)", rows)
        conn.execute("INSERT INTO teks_fts(teks_fts) VALUES ('optimize')")
    return ReviewIndex(conn, len(rows))
