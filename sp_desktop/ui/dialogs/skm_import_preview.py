"""The two tables of the survey import dialog: the columns' mapping with its combos, and the preview (ui layer).

The preview shows the first rows as they will be stored (answers as numbers, profile words in the
contract's vocabulary) and every bad row, up to a bound, with its cells as the file holds them,
marked in colour and with its reason in words.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidget, QTableWidgetItem

from sp_desktop.domain.formatting.dates import format_date
from sp_desktop.domain.skm_import import FIELD_LABELS, FIELDS, IGNORED_LABEL, UNSUR_FIELDS, CheckResult, column_letter
from sp_desktop.domain.skm_import_values import read_text
from sp_desktop.domain.survei import PEKERJAAN_LABELS, Responden

PREVIEW_GOOD = 100
PREVIEW_BAD = 500
BAD_BACKGROUND = QColor("#fbe3e4")
BAD_TEXT = QColor("#8a1f1f")
SHORT_LABELS = {**{f: f.upper() for f in UNSUR_FIELDS}, "layanan": "Layanan", "tanggal": "Tanggal", "jam": "Jam",
                "jenis_kelamin": "JK", "usia": "Usia", "pendidikan": "Pendidikan", "pekerjaan": "Pekerjaan",
                "saran": "Saran"}
REASON_COLUMN = 1
REASON_WIDTH = 260
MAPPING_HEADERS = ("Kolom", "Judul di berkas", "Contoh isi", "Dipetakan ke")


def fill_mapping(table: QTableWidget, headers: Sequence[str], samples: Sequence[str], mapping: Sequence[str | None],
                 on_changed: Callable[[], None]) -> list[QComboBox]:
    """One row per column of the file; the last cell a combo of the fields. Returns the combos in order."""
    table.clear()
    table.setColumnCount(len(MAPPING_HEADERS))
    table.setHorizontalHeaderLabels(list(MAPPING_HEADERS))
    table.setRowCount(len(headers))
    table.verticalHeader().setVisible(False)
    combos = []
    for row, header in enumerate(headers):
        for col, text in enumerate((column_letter(row), header, samples[row] if row < len(samples) else "")):
            item = QTableWidgetItem(text)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            item.setToolTip(text)
            table.setItem(row, col, item)
        combo = QComboBox()
        combo.addItem(IGNORED_LABEL, None)
        for name in FIELDS:
            combo.addItem(FIELD_LABELS[name], name)
        combo.setCurrentIndex(max(0, combo.findData(mapping[row])) if row < len(mapping) else 0)
        combo.setAccessibleName(f"Pemetaan kolom {column_letter(row)}")
        combo.setToolTip(combo.currentText())
        combo.currentTextChanged.connect(combo.setToolTip)
        combo.currentIndexChanged.connect(lambda _i: on_changed())
        table.setCellWidget(row, 3, combo)
        combos.append(combo)
    head = table.horizontalHeader()
    head.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    head.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
    head.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
    head.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
    table.setColumnWidth(1, 130)
    table.setColumnWidth(2, 90)
    return combos


def _stored(record: Responden, name: str) -> str:
    if name in UNSUR_FIELDS:
        value = record.nilai[int(name[1:]) - 1]
        return "" if value is None else str(value)
    value = getattr(record, name)
    if value is None:
        return ""
    if name == "pekerjaan":
        return PEKERJAAN_LABELS.get(value, value)
    if name == "tanggal" and value:
        return format_date(date.fromisoformat(value))
    return str(value)


def preview_rows(result: CheckResult, only_bad: bool) -> list[tuple[int, Responden | None, tuple, str]]:
    """(row number, record or None, raw cells, reason) of the rows the preview shows, in file order."""
    rows = [(p.row, None, p.cells, p.reason) for p in result.problems[:PREVIEW_BAD]]
    if not only_bad:
        rows += [(n, r, (), "") for n, r in result.records[:PREVIEW_GOOD]]
    return sorted(rows, key=lambda r: r[0])


def fill_preview(table: QTableWidget, result: CheckResult | None, mapping: Sequence[str | None],
                 only_bad: bool) -> None:
    """The preview of ``result`` after ``mapping``; empty when there is no result yet."""
    columns = [(i, name) for i, name in enumerate(mapping) if name]
    columns.sort(key=lambda c: FIELDS.index(c[1]))
    table.clear()
    table.setColumnCount(len(columns) + 2)
    table.setHorizontalHeaderLabels(["Baris", "Keterangan"] + [SHORT_LABELS[name] for _i, name in columns])
    table.verticalHeader().setVisible(False)
    rows = preview_rows(result, only_bad) if result is not None else []
    table.setRowCount(len(rows))
    for r, (number, record, cells, reason) in enumerate(rows):
        texts = [str(number), reason or "Benar"]
        for index, name in columns:
            if record is not None:
                texts.append(_stored(record, name))
            else:
                texts.append(read_text(cells[index]) if index < len(cells) else "")
        for c, text in enumerate(texts):
            item = QTableWidgetItem(text)
            if c == 0:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if reason:
                item.setBackground(QBrush(BAD_BACKGROUND))
                item.setToolTip(f"Baris {number}: {reason}")
                if c == REASON_COLUMN:
                    item.setForeground(QBrush(BAD_TEXT))
            table.setItem(r, c, item)
    head = table.horizontalHeader()
    head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    head.setSectionResizeMode(REASON_COLUMN, QHeaderView.ResizeMode.Interactive)
    table.setColumnWidth(REASON_COLUMN, REASON_WIDTH)


def reason_at(table: QTableWidget, row: int) -> str:
    """The full reason of a bad row of the preview ("" for a good row or no row)."""
    item = table.item(row, REASON_COLUMN) if row >= 0 else None
    return item.toolTip() if item is not None else ""
