"""Importing survey responses from a sheet: the columns' mapping and the check of every row (domain layer).

A sheet is a stream of ``(row number, cells)`` as the spreadsheet numbers its rows. The header row
is found among the first rows; each column maps to a field (``u1`` … ``u9`` or a profile key) or is
ignored; :func:`check_rows` reads every data row into a :class:`Responden` or a :class:`RowProblem`
naming the row and the reason. Nothing here writes: the caller stores the records only when there
are no problems left, or when the user chose to skip the bad rows.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .names import name_key
from .skm import UNSUR
from .skm_import_values import (
    CellError,
    is_blank,
    read_answer,
    read_jam,
    read_jenis_kelamin,
    read_pekerjaan,
    read_pendidikan,
    read_tanggal,
    read_text,
    read_usia,
    shown,
)
from .survei import Responden

UNSUR_FIELDS = tuple(f"u{n}" for n in range(1, 10))
PROFILE_FIELDS = ("layanan", "tanggal", "jam", "jenis_kelamin", "usia", "pendidikan", "pekerjaan", "saran")
FIELDS = UNSUR_FIELDS + PROFILE_FIELDS
FIELD_LABELS = {
    **{f"u{n}": f"U{n} {name}" for n, name in enumerate(UNSUR, start=1)},
    "layanan": "Jenis layanan", "tanggal": "Tanggal", "jam": "Jam", "jenis_kelamin": "Jenis kelamin",
    "usia": "Usia", "pendidikan": "Pendidikan", "pekerjaan": "Pekerjaan", "saran": "Saran",
}
IGNORED_LABEL = "(abaikan)"
HEADER_SCAN = 20
"""How many rows from the top may hold the header (titles and blank rows often come first)."""
MAX_ROWS = 1_000_000
PROGRESS_EVERY = 2_000

Mapping = list  # per column (0-based): a field of FIELDS, or None when the column is ignored


class SkmImportError(Exception):
    """A file that cannot be imported at all (not a sheet, empty, unreadable); the text is Indonesian."""


class ImportCancelled(Exception):
    """The user cancelled the check of a long file."""


_NUMBERED_UNSUR = re.compile(r"^(?:u|unsur|nilai|jawaban|pertanyaan|p|q)\s?0?([1-9])(?:\s|$)")
_TRAILING_UNSUR = re.compile(r"\b(?:u|unsur|nilai|jawaban|pertanyaan|pelayanan)\s?0?([1-9])$")
_GUESSES = (
    ("jenis_kelamin", r"\b(jk|jenis kelamin|kelamin|gender|l p)\b"),
    ("usia", r"\b(usia|umur)\b"),
    ("pendidikan", r"\bpendidikan\b|^pend\b"),
    ("pekerjaan", r"\b(pekerjaan|profesi)\b"),
    ("tanggal", r"\b(tanggal|tgl)\b"),
    ("jam", r"\b(jam|pukul)\b"),
    ("u1", r"\bpersyaratan\b"),
    ("u2", r"\b(prosedur|mekanisme)\b"),
    ("u3", r"\b(waktu penyelesaian|kecepatan|waktu pelayanan)\b"),
    ("u4", r"\b(biaya|tarif)\b"),
    ("u5", r"\b(produk|spesifikasi)\b"),
    ("u6", r"\bkompetensi\b"),
    ("u7", r"\b(perilaku|kesopanan)\b"),
    ("u8", r"\b(sarana|prasarana)\b"),
    ("u9", r"\bpengaduan\b"),
    ("layanan", r"\b(layanan|pelayanan)\b"),
    ("saran", r"\b(saran|masukan|komentar|kritik)\b"),
)
_GUESS_RES = tuple((name, re.compile(pattern)) for name, pattern in _GUESSES)


def _normal(header: Any) -> str:
    return " ".join(re.sub(r"[^0-9a-z]+", " ", str(header or "").casefold()).split())


def guess_field(header: Any, parent: Any = "") -> str | None:
    """The field a column heading names ("U1", "Unsur 1", "Persyaratan", "JK", "Umur", …), or None.

    ``parent`` is the heading above it (a merged "Unsur" over columns headed 1 … 9).
    """
    text = _normal(header)
    if not text:
        return None
    if text.isdigit() and parent:
        text = f"{_normal(parent)} {text}"
    if m := _NUMBERED_UNSUR.match(text) or _TRAILING_UNSUR.search(text):
        return f"u{m.group(1)}"
    for name, pattern in _GUESS_RES:
        if pattern.search(text):
            return name
    return None


def guess_mapping(headers: Sequence[Any], parents: Sequence[Any] | None = None) -> Mapping:
    """A field per column from its heading; a field already taken by an earlier column is not guessed again."""
    taken: set[str] = set()
    mapping: Mapping = []
    for i, header in enumerate(headers):
        parent = parents[i] if parents is not None and i < len(parents) else ""
        name = guess_field(header, parent)
        if name in taken:
            name = None
        if name:
            taken.add(name)
        mapping.append(name)
    return mapping


def column_letter(index: int) -> str:
    """The spreadsheet's letter of a 0-based column: 0 -> A, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def column_name(index: int, headers: Sequence[Any]) -> str:
    """How a message names a column: ``kolom C (“Umur”)``."""
    header = read_text(headers[index]) if index < len(headers) else ""
    return f"kolom {column_letter(index)}" + (f" ({shown(header)})" if header else "")


def mapping_problems(mapping: Mapping, headers: Sequence[Any]) -> list[str]:
    """Why a mapping cannot be used (a field given to two columns, an unsur without a column); [] when fine."""
    problems: list[str] = []
    seen: dict[str, int] = {}
    for i, name in enumerate(mapping):
        if not name:
            continue
        if name in seen:
            problems.append(f"K{column_name(seen[name], headers)[1:]} dan {column_name(i, headers)} "
                            f"sama-sama dipetakan ke {FIELD_LABELS[name]}.")
        else:
            seen[name] = i
    missing = [f"U{n}" for n in range(1, 10) if f"u{n}" not in seen]
    if missing:
        problems.append(f"Belum ada kolom untuk {', '.join(missing)}: pilih kolomnya pada pemetaan.")
    return problems


@dataclass(frozen=True)
class HeaderGuess:
    """The header row found at the top of a sheet, its headings and the guessed mapping."""

    row: int
    headers: list[str]
    parents: list[str]
    mapping: Mapping

    @property
    def labels(self) -> list[str]:
        """The headings as shown: a bare number under a merged heading gets it ("Unsur Pelayanan 3")."""
        return [f"{self.parents[i]} {h}" if h.isdigit() and i < len(self.parents) and self.parents[i] else h
                for i, h in enumerate(self.headers)]


def _filled(rows: dict[int, Sequence[Any]], merges: Iterable[tuple[int, int, int, int]], row: int) -> list[str]:
    """The texts of ``row``, each merged range's value repeated over the cells it covers."""
    cells = [read_text(v) for v in rows.get(row, ())]
    for r1, c1, r2, c2 in merges:
        if r1 <= row <= r2:
            top = rows.get(r1, ())
            value = read_text(top[c1 - 1]) if c1 - 1 < len(top) else ""
            for c in range(c1, c2 + 1):
                while len(cells) < c:
                    cells.append("")
                if not cells[c - 1]:
                    cells[c - 1] = value
    return cells


def find_header(top_rows: Iterable[tuple[int, Sequence[Any]]], merges: Iterable[tuple[int, int, int, int]] = (),
                row: int | None = None) -> HeaderGuess:
    """The header among the first rows: ``row`` when given, else the one whose headings name the most fields.

    ``merges`` are the sheet's merged ranges (row1, col1, row2, col2; 1-based), so that a heading
    merged over two rows or over several columns counts for each column it covers.
    """
    rows = {number: cells for number, cells in top_rows}
    merges = list(merges)
    if not any(any(not is_blank(v) for v in cells) for cells in rows.values()):
        raise SkmImportError("Berkas tidak berisi data: semua baris kosong.")
    best: HeaderGuess | None = None
    best_score = -1
    for number in sorted(rows) if row is None else [row]:
        headers = _filled(rows, merges, number)
        if not any(headers):
            continue
        parents = _filled(rows, merges, number - 1) if number > 1 else []
        mapping = guess_mapping(headers, parents)
        score = sum(1 for m in mapping if m)
        if score > best_score:  # on a tie the earlier row wins
            best, best_score = HeaderGuess(number, headers, parents, mapping), score
    if best is None:
        raise SkmImportError(f"Baris {row} kosong; pilih baris judul kolom yang lain.")
    return best


@dataclass(frozen=True)
class RowProblem:
    """A data row that cannot be imported: its number as the spreadsheet shows it, the reasons, and its cells."""

    row: int
    reason: str
    cells: tuple = field(default=(), compare=False, repr=False)


@dataclass
class CheckResult:
    """Every data row read: the good ones as records (with their row numbers), the bad ones as problems."""

    header_row: int = 1
    rows_read: int = 0
    blank_rows: int = 0
    records: list[tuple[int, Responden]] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)


_READERS: dict[str, Callable[[Any], Any]] = {
    "tanggal": read_tanggal, "jam": read_jam, "jenis_kelamin": read_jenis_kelamin, "usia": read_usia,
    "pendidikan": read_pendidikan, "pekerjaan": read_pekerjaan, "saran": read_text,
}


class RowReader:
    """Reads one data row into a :class:`Responden` after a mapping.

    Args:
        mapping: a field (or None) per column.
        services: the survey's services (``jenis_pelayanan``); a ``layanan`` cell must name one of them.
        fixed_service: the service every row is for (the ``--service`` of the command line), or None.
    """

    def __init__(self, mapping: Mapping, services: Sequence[str] = (), fixed_service: str | None = None):
        self.columns = [(i, name) for i, name in enumerate(mapping) if name]
        self.services = {name_key(s): s for s in services}
        self.fixed_service = fixed_service
        self.default_service = fixed_service or (services[0] if len(services) == 1 else "")

    def is_blank(self, cells: Sequence[Any]) -> bool:
        """True when every mapped cell is empty (a numbered but unfilled row of a template counts as blank)."""
        return all(i >= len(cells) or is_blank(cells[i]) for i, _ in self.columns)

    def read(self, cells: Sequence[Any]) -> Responden:
        """The record of ``cells``; raises CellError with every reason of the row joined by "; "."""
        record = Responden(layanan=self.default_service)
        reasons: list[str] = []
        for i, name in self.columns:
            value = cells[i] if i < len(cells) else None
            try:
                if name in UNSUR_FIELDS:
                    record.nilai[int(name[1:]) - 1] = read_answer(value, int(name[1:]))
                elif name == "layanan":
                    record.layanan = self._service(value)
                else:
                    setattr(record, name, _READERS[name](value))
            except CellError as exc:
                reasons.append(str(exc))
        if not reasons and all(v is None for v in record.nilai):
            reasons.append("tidak ada jawaban U1\u2013U9")
        if reasons:
            raise CellError("; ".join(reasons))
        return record

    def _service(self, value: Any) -> str:
        text = read_text(value)
        if not text:
            return self.default_service
        if self.services:
            found = self.services.get(name_key(text))
            if found is None:
                known = ", ".join(self.services.values())
                raise CellError(f"Layanan {shown(text, 60)} bukan layanan survei ini ({known})")
            text = found
        if self.fixed_service and name_key(text) != name_key(self.fixed_service):
            raise CellError(f"Layanan {shown(text, 60)} bukan layanan yang dipilih ({self.fixed_service})")
        return text


def check_rows(rows: Iterable[tuple[int, Sequence[Any]]], reader: RowReader, *, header_row: int = 1,
               progress: Callable[[int], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> CheckResult:
    """Read every data row after ``header_row`` (the stream may start anywhere; earlier rows are passed over).

    Raises:
        SkmImportError: past :data:`MAX_ROWS` data rows.
        ImportCancelled: when ``cancelled()`` turns true (polled every :data:`PROGRESS_EVERY` rows).
    """
    result = CheckResult(header_row=header_row)
    for number, cells in rows:
        if number <= header_row:
            continue
        if reader.is_blank(cells):
            result.blank_rows += 1
            continue
        result.rows_read += 1
        if result.rows_read > MAX_ROWS:
            raise SkmImportError(f"Berkas memuat lebih dari {MAX_ROWS:,} baris data; bagi menjadi beberapa berkas."
                                 .replace(",", "."))
        try:
            result.records.append((number, reader.read(cells)))
        except CellError as exc:
            result.problems.append(RowProblem(number, str(exc), tuple(cells)))
        if result.rows_read % PROGRESS_EVERY == 0:
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            if progress is not None:
                progress(result.rows_read)
    return result


def problems_text(problems: Sequence[RowProblem], limit: int = 50) -> list[str]:
    """One line per bad row (``Baris 7: U3: “5” di luar …``), at most ``limit`` and then how many more."""
    lines = [f"Baris {p.row}: {p.reason}" for p in problems[:limit]]
    if len(problems) > limit:
        lines.append(f"… dan {len(problems) - limit} baris lain yang salah.")
    return lines
