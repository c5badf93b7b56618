"""Importing survey responses from a CSV or XLSX file into a survey period (services layer).

Three steps, so that a screen can show each one: :func:`read_layout` opens the file (the sheet, the
header row, the guessed mapping), :func:`check_file` reads every row after the user's mapping, and
:func:`write_checked` stores the good rows through ``session.add_respondents`` (one transaction) —
only when no row is bad, or when the user chose to skip the bad ones. :func:`import_file` runs the
three for the command line. Reading and checking touch no database, so they may run on a worker thread.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from ..domain.os_messages import os_reason
from ..domain.roles import NotAllowed
from ..domain.skm_import import (
    HEADER_SCAN,
    CheckResult,
    HeaderGuess,
    Mapping,
    RowProblem,
    RowReader,
    SkmImportError,
    check_rows,
    find_header,
    mapping_problems,
    problems_text,
)
from ..domain.skm_import_csv import csv_rows
from . import survei_import_xlsx

__all__ = ["CheckResult", "ImportLayout", "ImportRefused", "RowProblem", "SkmImportError", "check_file",
           "import_file", "read_layout", "survey_services", "write_checked"]

CSV_SUFFIXES = (".csv", ".txt", ".tsv")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
_ZIP_MAGIC = b"PK\x03\x04"
_NTH = re.compile(r"Responden ke-([0-9]+): ")


class ImportRefused(SkmImportError):
    """The file has bad rows (or an unusable mapping) and the user did not choose to skip them."""

    def __init__(self, message: str, problems: list[RowProblem] | None = None):
        super().__init__(message)
        self.problems = problems or []


def file_kind(path: Path) -> str:
    """``"csv"`` or ``"xlsx"`` by the file's content and name; SkmImportError for anything else."""
    try:
        size = path.stat().st_size
        with open(path, "rb") as f:
            head = f.read(4)
    except OSError as exc:
        raise SkmImportError(f"Berkas {path.name} tidak dapat dibaca: {os_reason(exc)}.") from exc
    suffix = path.suffix.casefold()
    if size == 0:
        raise SkmImportError(f"Berkas {path.name} kosong.")
    if head == _ZIP_MAGIC and suffix not in (".ods",):
        return "xlsx"
    if suffix == ".xls" or head == b"\xd0\xcf\x11\xe0":
        raise SkmImportError(f"{path.name} berformat Excel lama (.xls). Buka di Excel lalu simpan sebagai "
                             "\u201cBuku Kerja Excel (.xlsx)\u201d atau CSV, kemudian impor lagi.")
    if suffix in XLSX_SUFFIXES:
        raise SkmImportError(f"Berkas {path.name} tidak dapat dibaca sebagai XLSX: berkasnya rusak atau bukan "
                             "buku kerja Excel.")
    if suffix in CSV_SUFFIXES:
        return "csv"
    raise SkmImportError(f"{path.name} bukan berkas CSV atau XLSX. Simpan data survei sebagai CSV atau XLSX "
                         "(Excel, LibreOffice, Google Sheets), lalu impor lagi.")


@dataclass
class ImportLayout:
    """An opened file: its kind, sheets (XLSX), the chosen sheet, the header found and its guessed mapping."""

    path: Path
    kind: str
    sheets: list[str]
    sheet: str | None
    header: HeaderGuess
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)
    top: list[tuple[int, list]] = field(default_factory=list)
    """The first rows (where the header was looked for), kept for the screen's hints."""

    @property
    def headers(self) -> list[str]:
        """The column headings as shown (see :attr:`HeaderGuess.labels`)."""
        return self.header.labels

    def rows(self) -> Iterator[tuple[int, list]]:
        """Every row of the file (or sheet) with its number, streamed anew on each call."""
        return _rows(self.path, self.kind, self.sheet)


def _rows(path: Path, kind: str, sheet: str | None) -> Iterator[tuple[int, list]]:
    try:
        if kind == "xlsx":
            yield from survei_import_xlsx.xlsx_rows(path, sheet or "")
        else:
            yield from csv_rows(path)
    except OSError as exc:
        raise SkmImportError(f"Berkas {path.name} tidak dapat dibaca: {os_reason(exc)}.") from exc


def _top(path: Path, kind: str, sheet: str | None) -> list[tuple[int, list]]:
    """The first rows, where the header may be; the file is closed again at once."""
    with closing(_rows(path, kind, sheet)) as rows:
        return list(islice(rows, HEADER_SCAN))


def _best_sheet(path: Path, sheets: list[str]) -> tuple[str, list[tuple[int, int, int, int]]]:
    """The first sheet whose header names all nine unsur, else the one naming the most fields; with its merges."""
    best, best_score, best_merges = sheets[0], -1, []
    for name in sheets:
        merges = survei_import_xlsx.merged_ranges(path, name)
        try:
            guess = find_header(_top(path, "xlsx", name), merges)
        except SkmImportError:
            continue
        score = sum(1 for m in guess.mapping if m) + (100 if not mapping_problems(guess.mapping, []) else 0)
        if score > best_score:
            best, best_score, best_merges = name, score, merges
        if score >= 100:
            break
    return best, best_merges


def read_layout(path: Path | str, sheet: str | None = None, header_row: int | None = None) -> ImportLayout:
    """Open ``path``: the sheet (``sheet``, or the one that looks like the data), the header and its mapping.

    Raises:
        SkmImportError: not a CSV/XLSX file, empty, unreadable, or no such sheet.
    """
    path = Path(path)
    kind = file_kind(path)
    sheets: list[str] = []
    merges: list[tuple[int, int, int, int]] = []
    if kind == "xlsx":
        sheets = survei_import_xlsx.sheet_names(path)
        if sheet is None:
            sheet, merges = _best_sheet(path, sheets)
        elif sheet not in sheets:
            raise SkmImportError(f"Lembar \u201c{sheet}\u201d tidak ada di {path.name}; lembar yang ada: "
                                 f"{', '.join(sheets)}.")
        else:
            merges = survei_import_xlsx.merged_ranges(path, sheet)
    top = _top(path, kind, sheet)
    if not top:
        raise SkmImportError(f"Berkas {path.name} tidak berisi data.")
    header = find_header(top, merges, header_row)
    return ImportLayout(path, kind, sheets, sheet, header, merges, top)


def check_file(layout: ImportLayout, mapping: Mapping, services: list[str], fixed_service: str | None = None,
               *, progress: Callable[[int], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> CheckResult:
    """Read every data row after ``mapping`` (no database is touched: safe on a worker thread).

    Raises:
        ImportRefused: the mapping cannot be used (its problems are the message).
        SkmImportError: the file cannot be read to the end.
    """
    problems = mapping_problems(mapping, layout.headers)
    if problems:
        raise ImportRefused("\n".join(problems))
    reader = RowReader(mapping, services, fixed_service)
    return check_rows(layout.rows(), reader, header_row=layout.header.row, progress=progress, cancelled=cancelled)


def survey_services(session, survei_id: int, service_id: int | None = None) -> tuple[list[str], str | None]:
    """The services a row may name (the survey's, or the project's when it names none) and the fixed one."""
    info = session.survey_info(survei_id)
    services = list(info.layanan) or [s.jenis_pelayanan for s in session.summaries()]
    fixed = None
    if service_id is not None:
        fixed = session.service(service_id).jenis_pelayanan
        if info.layanan and fixed not in info.layanan:
            raise SkmImportError(f"Layanan \u201c{fixed}\u201d tidak termasuk survei {info.periode} "
                                 f"({', '.join(info.layanan)}).")
    return services, fixed


def write_checked(session, survei_id: int, result: CheckResult, skip_bad: bool = False) -> list[int]:
    """Store the good rows of ``result`` (one transaction); refuses while bad rows remain and are not skipped.

    Raises:
        ImportRefused: bad rows and ``skip_bad`` is False, or no good row at all; nothing is written.
    """
    if result.problems and not skip_bad:
        lines = problems_text(result.problems)
        raise ImportRefused(f"{len(result.problems)} baris salah; tidak ada yang diimpor. Perbaiki baris itu di "
                            "berkasnya, atau lewati baris yang salah.\n" + "\n".join(lines), result.problems)
    if not result.records:
        raise ImportRefused("Tidak ada baris responden yang dapat diimpor.", result.problems)
    try:
        return session.add_respondents(survei_id, [r for _row, r in result.records])
    except NotAllowed as exc:  # the session counts respondents; the user knows the rows of the file
        found = _NTH.match(str(exc))
        if found is None or not 0 < int(found.group(1)) <= len(result.records):
            raise
        row = result.records[int(found.group(1)) - 1][0]
        raise NotAllowed(f"Baris {row}: {str(exc)[found.end():]}") from exc


@dataclass(frozen=True)
class ImportOutcome:
    """What one import did: rows read, rows stored, rows skipped (bad), the sheet and header row used."""

    rows_read: int
    imported: int
    skipped: list[RowProblem]
    sheet: str | None
    header_row: int


def import_file(session, survei_id: int, path: Path | str, *, sheet: str | None = None,
                service_id: int | None = None, skip_bad: bool = False,
                header_row: int | None = None) -> ImportOutcome:
    """Open, check with the guessed mapping and store, as the command line does (all or nothing)."""
    layout = read_layout(path, sheet, header_row)
    services, fixed = survey_services(session, survei_id, service_id)
    result = check_file(layout, layout.header.mapping, services, fixed)
    ids = write_checked(session, survei_id, result, skip_bad)
    return ImportOutcome(result.rows_read, len(ids), list(result.problems), layout.sheet, layout.header.row)
