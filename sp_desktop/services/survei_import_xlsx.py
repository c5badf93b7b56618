"""Reading an XLSX workbook of survey responses as a stream of numbered rows (services layer, openpyxl).

openpyxl's read-only mode streams a sheet of 100,000 rows without holding it, but does not report
merged cells; the header may be merged (a heading over two rows, "Unsur" over nine columns), so the
ranges are read from the sheet's own XML, where they follow the data.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

from openpyxl import load_workbook
from openpyxl.utils.cell import range_boundaries

from ..domain.skm_import import SkmImportError

_NS_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_NS_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_NS_PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_MERGE = re.compile(rb"<(?:\w+:)?mergeCell\s+ref=\"([A-Z]+[0-9]+:[A-Z]+[0-9]+)\"")


def _unreadable(path: Path) -> SkmImportError:
    return SkmImportError(f"Berkas {path.name} tidak dapat dibaca sebagai XLSX: berkasnya rusak atau bukan "
                          "buku kerja Excel.")


def _open(path: Path):
    try:
        return load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for a damaged or foreign file
        raise _unreadable(path) from exc


def sheet_names(path: Path) -> list[str]:
    """The workbook's sheets, in their order (read from its index: opening a sheet-less-sized workbook with
    openpyxl parses every sheet once, which takes seconds for 100,000 rows)."""
    try:
        with zipfile.ZipFile(path) as archive:
            book = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    except (zipfile.BadZipFile, KeyError, OSError, ElementTree.ParseError) as exc:
        raise _unreadable(path) from exc
    names = [node.get("name", "") for node in book.iter(f"{_NS_MAIN}sheet")]
    if not names:
        raise _unreadable(path)
    return names


def _sheet_part(archive: zipfile.ZipFile, sheet: str) -> str | None:
    """The archive member that holds ``sheet`` (from the workbook and its relationships)."""
    book = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target", "") for r in rels.iter(f"{_NS_PKG}Relationship")}
    for node in book.iter(f"{_NS_MAIN}sheet"):
        if node.get("name") == sheet:
            target = targets.get(node.get(f"{_NS_REL}id"), "")
            return target.lstrip("/") if target.startswith("/") else f"xl/{target}"
    return None


def merged_ranges(path: Path, sheet: str) -> list[tuple[int, int, int, int]]:
    """The sheet's merged ranges as (row1, col1, row2, col2), 1-based; [] when they cannot be read."""
    try:
        with zipfile.ZipFile(path) as archive:
            part = _sheet_part(archive, sheet)
            if part is None:
                return []
            found: list[tuple[int, int, int, int]] = []
            tail = b""
            with archive.open(part) as stream:
                while chunk := stream.read(1 << 20):
                    data = tail + chunk
                    cut = data.rfind(b"<")  # keep a tag that may continue into the next chunk
                    done, tail = (data[:cut], data[cut:]) if cut > 0 else (data, b"")
                    for ref in _MERGE.findall(done):
                        c1, r1, c2, r2 = range_boundaries(ref.decode())
                        found.append((r1, c1, r2, c2))
                for ref in _MERGE.findall(tail):
                    c1, r1, c2, r2 = range_boundaries(ref.decode())
                    found.append((r1, c1, r2, c2))
            return found
    except (zipfile.BadZipFile, KeyError, OSError, ElementTree.ParseError, ValueError):
        return []


def xlsx_rows(path: Path, sheet: str) -> Iterator[tuple[int, list]]:
    """Every row of ``sheet`` with its spreadsheet number, streamed (numbers, texts, dates as they are)."""
    wb = _open(path)
    try:
        if sheet not in wb.sheetnames:
            raise SkmImportError(f"Lembar {sheet!r} tidak ada; lembar yang ada: {', '.join(wb.sheetnames)}.")
        ws = wb[sheet]
        if not hasattr(ws, "iter_rows"):
            raise SkmImportError(f"Lembar {sheet!r} berisi grafik, bukan tabel; pilih lembar yang lain.")
        ws.reset_dimensions()  # some writers record a wrong size, which would cut the rows short
        number = 0
        try:
            for number, values in enumerate(ws.iter_rows(values_only=True), start=1):  # noqa: B007
                yield number, list(values)
        except (zipfile.BadZipFile, ElementTree.ParseError, ValueError, KeyError, OSError, EOFError) as exc:
            raise SkmImportError(f"Lembar \u201c{sheet}\u201d rusak setelah baris {number}: isinya tidak dapat "
                                 "dibaca.") from exc
    finally:
        wb.close()
