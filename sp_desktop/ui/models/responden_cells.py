"""Cells of the response grid as text: parsing what is typed or pasted, showing what is stored (ui layer, no Qt).

The grid's columns are No, the profile, U1-U9 and saran; :func:`parse_cell` turns the text of one
cell into the value a :class:`~sp_desktop.domain.survei.Responden` keeps (or says why not, in
Indonesian) and :func:`cell_text` shows a stored value the Indonesian way.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sp_desktop.domain.survei import JENIS_KELAMIN, PEKERJAAN, PEKERJAAN_LABELS, PENDIDIKAN, Responden

PROFILE = (("layanan", "Layanan"), ("tanggal", "Tanggal"), ("jam", "Jam"), ("jenis_kelamin", "Jenis kelamin"),
           ("usia", "Usia"), ("pendidikan", "Pendidikan"), ("pekerjaan", "Pekerjaan"))
HEADERS = ("No", *(h for _a, h in PROFILE), *(f"U{n}" for n in range(1, 10)), "Saran")
ATTRS = ("", *(a for a, _h in PROFILE), *("" for _n in range(9)), "saran")
FIRST_U = 1 + len(PROFILE)
LAST_U = FIRST_U + 8
SARAN = LAST_U + 1
ANSWER_HINT = "Isi kolom U1\u2013U9 dengan angka 1, 2, 3, atau 4 (Backspace atau Delete mengosongkan)."
_PEKERJAAN_BY_TEXT = {**{k: k for k in PEKERJAAN}, **{v.lower(): k for k, v in PEKERJAAN_LABELS.items()}}
_JK_BY_TEXT = {"l": "L", "p": "P", **{v.lower(): k for k, v in JENIS_KELAMIN.items()}}
_PENDIDIKAN_BY_TEXT = {p.lower(): p for p in PENDIDIKAN}


def is_answer_column(column: int) -> bool:
    return FIRST_U <= column <= LAST_U


def parse_cell(column: int, text: str) -> Any:
    """The value a cell of ``column`` stores for the typed or pasted ``text``.

    Raises:
        ValueError: with the Indonesian reason (the caller names the row and column).
    """
    text = (text or "").strip()
    if is_answer_column(column):
        if not text:
            return None
        if text not in ("1", "2", "3", "4"):
            raise ValueError(f"nilai \u201c{text}\u201d harus 1, 2, 3, atau 4")
        return int(text)
    attr = ATTRS[column]
    if attr in ("layanan", "saran"):
        return text
    if attr == "tanggal":
        return parse_date(text)
    if attr == "jam":
        return _parse_time(text)
    if not text:
        return None
    if attr == "usia":
        if not text.isdigit() or not 1 <= int(text) <= 120:
            raise ValueError(f"usia \u201c{text}\u201d harus bilangan bulat tahun (1\u2013120)")
        return int(text)
    table = {"jenis_kelamin": _JK_BY_TEXT, "pendidikan": _PENDIDIKAN_BY_TEXT, "pekerjaan": _PEKERJAAN_BY_TEXT}[attr]
    found = table.get(text.lower())
    if found is None:
        allowed = {"jenis_kelamin": "L atau P", "pendidikan": ", ".join(PENDIDIKAN),
                   "pekerjaan": ", ".join(PEKERJAAN_LABELS.values())}[attr]
        raise ValueError(f"\u201c{text}\u201d tidak dikenal; pilih {allowed}")
    return found


def parse_date(text: str) -> str:
    if not text:
        return ""
    for pattern in ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y"):
        try:
            return datetime.strptime(text, pattern).date().isoformat()
        except ValueError:
            continue
    raise ValueError(f"tanggal \u201c{text}\u201d tidak terbaca; tulis mis. 17-08-2026")


def _parse_time(text: str) -> str:
    if not text:
        return ""
    for pattern in ("%H:%M", "%H.%M", "%H:%M:%S"):
        try:
            return datetime.strptime(text, pattern).strftime("%H:%M")
        except ValueError:
            continue
    raise ValueError(f"jam \u201c{text}\u201d tidak terbaca; tulis mis. 09:30")


def cell_text(item: Responden, column: int) -> str:
    """What a cell shows (Indonesian: dates as dd-mm-yyyy, labels instead of keys)."""
    if is_answer_column(column):
        value = item.nilai[column - FIRST_U]
        return "" if value is None else str(value)
    attr = ATTRS[column]
    value = getattr(item, attr)
    if value is None or value == "":
        return ""
    if attr == "tanggal":
        try:
            return date.fromisoformat(value).strftime("%d-%m-%Y")
        except ValueError:
            return str(value)
    if attr == "pekerjaan":
        return PEKERJAAN_LABELS.get(value, str(value))
    if attr == "jenis_kelamin":
        return JENIS_KELAMIN.get(value, str(value))
    return str(value)


def with_value(item: Responden, column: int, value: Any) -> Responden:
    """A copy of ``item`` with ``column`` set to ``value`` (already parsed)."""
    changed = copy.deepcopy(item)
    if is_answer_column(column):
        changed.nilai[column - FIRST_U] = value
    else:
        setattr(changed, ATTRS[column], value)
    return changed


@dataclass(frozen=True)
class PasteError:
    """Why a pasted block was refused: the grid row (1-based, as the No column shows), column and reason."""

    row: int
    column: str
    reason: str

    def message(self) -> str:
        return f"Baris {self.row}, kolom {self.column}: {self.reason}. Tidak ada yang ditempel."


def split_block(text: str) -> list[list[str]]:
    """Rows of tab-separated cells, as a spreadsheet copies them (a trailing line break is not a row)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while lines and not lines[-1].strip():
        lines.pop()
    return [line.split("\t") for line in lines]
