"""The value checks of the monitoring tables (m006) on open: one SQL count per rule (storage layer).

A survey of 10,000 respondents is checked without reading its rows into Python: each rule counts the
rows that break it. The rules are those of sp-json.md "Monitoring" (``domain.sp_json_monitoring``):
answers 1-4 or empty, a whole age of 0-130, the contract's values, readable JSON in the kept keys.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from ..domain.enums import JenisSaluran
from ..domain.survei import JENIS_KELAMIN, PEKERJAAN, PENDIDIKAN, STATUS_PENGADUAN


def _among(column: str, values: Any) -> str:
    listed = ", ".join("'" + v.replace("'", "''") + "'" for v in values)
    return f"({column} IS NOT NULL AND {column} NOT IN ({listed}))"


def _answer(column: str) -> str:
    return f"({column} IS NOT NULL AND (typeof({column}) != 'integer' OR {column} NOT BETWEEN 1 AND 4))"


def _json(column: str, kind: str) -> str:
    return f"(NOT json_valid({column}) OR json_type({column}) != '{kind}')"


# (table, what the row is, condition of a bad row, reason)
_RULES = (
    ("survei", "survei", "periode IS NULL OR trim(periode) = ''", "periode kosong"),
    ("survei", "survei", _json("layanan", "array"), "daftar layanan rusak"),
    ("survei", "survei", _json("lain", "object"), "JSON rusak"),
    ("survei", "survei", "typeof(populasi) != 'integer' OR populasi < 0", "populasi tidak sah"),
    ("responden", "responden survei", " OR ".join(_answer(f"u{i}") for i in range(1, 10)),
     "nilai unsur bukan 1, 2, 3, atau 4"),
    ("responden", "responden survei", "usia IS NOT NULL AND (typeof(usia) != 'integer' OR usia NOT BETWEEN 0 AND 130)",
     "usia di luar 0\u2013130"),
    ("responden", "responden survei", " OR ".join((_among("jenis_kelamin", JENIS_KELAMIN),
                                                  _among("pendidikan", PENDIDIKAN), _among("pekerjaan", PEKERJAAN))),
     "jenis kelamin, pendidikan, atau pekerjaan tidak dikenal"),
    ("responden", "responden survei", _json("lain", "object"), "JSON rusak"),
    ("responden", "responden survei", "survei_id NOT IN (SELECT id FROM survei)", "surveinya tidak ada"),
    ("tindak_lanjut_skm", "tindak lanjut survei", "typeof(unsur) != 'integer' OR unsur NOT BETWEEN 1 AND 9",
     "unsur bukan 1\u20139"),
    ("tindak_lanjut_skm", "tindak lanjut survei", _json("lain", "object"), "JSON rusak"),
    ("pengaduan_masuk", "pengaduan masuk", _among("status", STATUS_PENGADUAN) + " OR status IS NULL",
     "status tidak dikenal"),
    ("pengaduan_masuk", "pengaduan masuk", _among("saluran", JenisSaluran.values()), "saluran tidak dikenal"),
    ("pengaduan_masuk", "pengaduan masuk", _json("lain", "object"), "JSON rusak"),
)


def monitoring_problems(conn: sqlite3.Connection, present: set[str]) -> list[tuple[str, str]]:
    """(label, reason) of each broken rule in the monitoring tables that exist, e.g. ("3 responden survei", …)."""
    found = []
    for table, what, condition, reason in _RULES:
        if table not in present:
            continue
        try:
            count = conn.execute(f"SELECT count(*) FROM {table} WHERE {condition}").fetchone()[0]
        except sqlite3.OperationalError:  # text that is not UTF-8 makes the JSON functions fail
            count, reason = 1, "teks rusak, bukan UTF-8"
        if count:
            found.append((f"{count} {what}", reason))
    return found
