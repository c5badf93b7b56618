"""The Rekap Biaya as an XLSX workbook for the budget planners: real numbers, a sheet per part (export layer).

The figures are those of :func:`sp_desktop.export.rekap_biaya.rekap_of`. Each sheet has a header row
that stays in view (frozen panes) with a filter, rupiah number formats and column widths set; a
total row closes the sheets of amounts. Totals are written as numbers, so every reader shows them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from sp_desktop.domain.model import Project

from . import parts
from .catalog import DocRequest
from .rekap_biaya import TOTAL_LABEL, BiayaRow, RekapBiaya, rekap_of

RUPIAH_FORMAT = '"Rp"#,##0'
"""Whole rupiah with thousands grouping (shown with the reader's own separators)."""

SHEET_TITLES = ("Semua Layanan", "Biaya Pengguna", "Beban Unit", "Layanan Gratis")

_HEADER_FONT = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
_TOTAL_FONT = Font(bold=True)
_THIN = Side(style="thin", color="808080")
_TOTAL_BORDER = Border(top=_THIN)

# A column: (title, width in characters, is an amount in rupiah, the value of a row).
Column = tuple[str, float, bool, Callable[[int, BiayaRow], object]]

_NO: Column = ("No", 6, False, lambda i, r: i)
_NAMA: Column = ("Jenis Pelayanan", 48, False, lambda i, r: r.nama)
_TARIF: Column = ("Biaya Pengguna", 18, True, lambda i, r: r.tarif)
_BEBAN: Column = ("Biaya Ditanggung Unit", 22, True, lambda i, r: r.beban_unit)
_GRATIS: Column = ("Gratis", 9, False, lambda i, r: "Ya" if r.gratis else "Tidak")
_CARA: Column = ("Cara Hitung", 30, False, lambda i, r: r.cara_hitung)
_DASAR: Column = ("Dasar Hukum", 40, False, lambda i, r: r.dasar)
_URAIAN: Column = ("Keterangan", 40, False, lambda i, r: r.uraian)


def _sheet(ws: Worksheet, title: str, columns: Sequence[Column], rows: Sequence[BiayaRow], total: bool) -> None:
    ws.title = title
    ws.append([c[0] for c in columns])
    for cell in ws[1]:
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    for i, row in enumerate(rows, start=1):
        ws.append([c[3](i, row) for c in columns])
    last = ws.max_row
    if total and rows:
        ws.append([TOTAL_LABEL if c is _NAMA else (sum(c[3](0, r) for r in rows) if c[2] else None)
                   for c in columns])
        for cell in ws[ws.max_row]:
            cell.font = _TOTAL_FONT
            cell.border = _TOTAL_BORDER
    for index, (_title, width, amount, _value) in enumerate(columns, start=1):
        letter = get_column_letter(index)
        ws.column_dimensions[letter].width = width
        if amount:
            for (cell,) in ws.iter_rows(min_row=2, min_col=index, max_col=index):
                cell.number_format = RUPIAH_FORMAT
    ws.freeze_panes = "A2"
    ws.print_title_rows = "1:1"  # printed: the header on every page, the sheet one page wide, landscape
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(last, 1)}"
    ws.row_dimensions[1].height = 30


def fill_workbook(wb: Workbook, rekap: RekapBiaya) -> None:
    """The four sheets: every service, then the three parts the regulation expects."""
    _sheet(wb.active, SHEET_TITLES[0], (_NO, _NAMA, _TARIF, _BEBAN, _GRATIS, _CARA, _DASAR), rekap.rows, True)
    _sheet(wb.create_sheet(), SHEET_TITLES[1], (_NO, _NAMA, _TARIF, _DASAR), rekap.berbayar, True)
    _sheet(wb.create_sheet(), SHEET_TITLES[2], (_NO, _NAMA, _BEBAN, _CARA), rekap.rows, True)
    _sheet(wb.create_sheet(), SHEET_TITLES[3], (_NO, _NAMA, _URAIAN), rekap.gratis, False)


def write_rekap_biaya_xlsx(project: Project, request: DocRequest, path: Path) -> Path:
    """Write the Rekap Biaya workbook of the chosen services to ``path``.

    Raises:
        ExportError: no service chosen, or an unknown id.
    """
    rekap = rekap_of(project, request)
    wb = Workbook()
    fill_workbook(wb, rekap)
    unit = parts.unit_with_region(project)
    wb.properties.title = f"Rekapitulasi Biaya/Tarif Pelayanan {unit}".strip()
    wb.properties.creator = project.instansi.nama or "SP Desktop"
    wb.save(path)
    return Path(path)
