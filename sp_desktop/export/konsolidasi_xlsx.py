"""The consolidated review report as an XLSX workbook: a sheet per unit figures, one of findings (export layer).

Numbers are written as numbers (the IKM with two decimals, the PEKPPP score as a whole number), so the
reviewer can sort and sum them; the header rows stay in view with a filter.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from .konsolidasi import Konsolidasi

SHEET_TITLES = ("Rekap Perangkat Daerah", "Temuan", "Berkas Tidak Terbaca")
UNIT_COLUMNS = (("Perangkat Daerah", 50), ("Jenis Pelayanan", 16), ("Lengkap", 11), ("Dibahas", 11),
                ("Ditetapkan", 12), ("IKM Terakhir", 14), ("Mutu IKM", 18), ("Periode IKM", 24),
                ("PEKPPP (maks. 45)", 18))
FINDING_COLUMNS = (("Perangkat Daerah", 34), ("Jenis Pelayanan", 36), ("Komponen", 30), ("Tingkat", 13),
                   ("Temuan", 80))
PROBLEM_COLUMNS = (("Berkas", 36), ("Alasan", 90))
_HEADER_FONT = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="1F4E79")


def _sheet(ws: Worksheet, title: str, columns: Sequence[tuple[str, float]], rows: Sequence[Sequence[object]]) -> None:
    ws.title = title
    ws.append([c[0] for c in columns])
    for cell in ws[1]:
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    for row in rows:
        ws.append(list(row))
        for cell in ws[ws.max_row]:
            if isinstance(cell.value, str) and len(cell.value) > 30:
                cell.alignment = Alignment(vertical="top", wrap_text=True)
    for index, (_title, width) in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(ws.max_row, 1)}"
    ws.print_title_rows = "1:1"  # printed: the header on every page, one page wide, landscape
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.row_dimensions[1].height = 30


def write_konsolidasi_xlsx(data: Konsolidasi, path: Path) -> Path:
    """Write the workbook to ``path`` (normally a temp file of ``atomic_write``)."""
    wb = Workbook()
    units = [(u.unit, u.layanan, u.lengkap, u.dibahas, u.ditetapkan,
              round(u.ikm_nilai, 2) if u.ikm_nilai is not None else None, u.ikm_mutu or "-",
              u.ikm_periode or "-", u.pekppp_nilai) for u in data.units]
    _sheet(wb.active, SHEET_TITLES[0], UNIT_COLUMNS, units)
    for (cell,) in wb.active.iter_rows(min_row=2, min_col=6, max_col=6):
        cell.number_format = "0.00"
    findings = [(unit, f.jenis_pelayanan, f.komponen, f.tingkat, f.pesan)
                for unit, items in data.findings.items() for f in items]
    _sheet(wb.create_sheet(), SHEET_TITLES[1], FINDING_COLUMNS, findings)
    if data.problems:
        _sheet(wb.create_sheet(), SHEET_TITLES[2], PROBLEM_COLUMNS, data.problems)
    wb.properties.title = "Laporan Konsolidasi Evaluasi Standar Pelayanan"
    wb.properties.creator = data.penyusun or "SP Desktop"
    wb.save(path)
    return Path(path)
