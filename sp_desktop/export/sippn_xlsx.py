"""The services as an XLSX workbook to transcribe or import into SIPPN (export layer).

One row per service, one column per mapped field (``domain.sippn``), a list written one item a
line in its cell. The header row stays in view, cells wrap, and the file is written atomically.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from ..domain import sippn
from ..domain.model import Project
from . import parts
from .atomic import atomic_write
from .errors import ExportError

SHEET_TITLE = "Jenis Layanan"
_HEADER_FONT = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
_WRAP = Alignment(vertical="top", wrap_text=True)
_MAX_WIDTH = 60
_LINE_POINTS = 15.0
_MAX_ROW_POINTS = 409.0  # the tallest row a spreadsheet keeps


def _width(heading: str, values: Sequence[str]) -> float:
    longest = max([len(heading), *(max((len(line) for line in v.split("\n")), default=0) for v in values)])
    return float(min(max(longest + 2, 12), _MAX_WIDTH))


def _height(values: Sequence[str], widths: Sequence[float]) -> float:
    """Points for a row whose cells wrap at their column's width (readers do not all fit rows themselves)."""
    lines = 1
    for value, width in zip(values, widths, strict=True):
        per_line = max(int(width) - 2, 1)
        lines = max(lines, sum(max(1, -(-len(line) // per_line)) for line in value.split("\n")))
    return min(lines * _LINE_POINTS, _MAX_ROW_POINTS)


def build_workbook(project: Project, columns: Sequence[sippn.Kolom]) -> Workbook:
    """The workbook of every service of ``project`` with the given mapping.

    Raises:
        ExportError: no service, or no active column.
    """
    headings, body = sippn.rows(project, columns)
    if not project.layanan:
        raise ExportError("Belum ada jenis pelayanan untuk diekspor ke SIPPN.")
    if not headings:
        raise ExportError("Tidak ada kolom SIPPN yang dipilih; centang paling sedikit satu kolom.")
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET_TITLE
    ws.append(headings)
    for cell in ws[1]:
        cell.font, cell.fill, cell.alignment = _HEADER_FONT, _HEADER_FILL, _WRAP
    for row in body:
        ws.append(row)
        for cell in ws[ws.max_row]:
            cell.alignment = _WRAP
    widths = [_width(heading, [r[index] for r in body]) for index, heading in enumerate(headings)]
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.row_dimensions[1].height = _height(headings, widths)
    for number, row in enumerate(body, start=2):
        ws.row_dimensions[number].height = _height(row, widths)
    ws.freeze_panes = "B2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(headings))}{ws.max_row}"
    wb.properties.title = f"Data Jenis Layanan untuk SIPPN {parts.unit_with_region(project)}".strip()
    wb.properties.creator = project.instansi.nama or "SP Desktop"
    return wb


def write_sippn_xlsx(project: Project, columns: Sequence[sippn.Kolom], path: Path | str) -> Path:
    """Write the SIPPN workbook to ``path`` atomically; returns the path.

    Raises:
        ExportError: nothing to export, or the file cannot be written.
    """
    wb = build_workbook(project, columns)
    return atomic_write(Path(path), lambda temp: wb.save(temp))
