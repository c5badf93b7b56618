"""The review window's "Bandingkan" tab: one service side by side, a column per unit (ui layer).

A row whose text differs between the units is highlighted; so are the longest completion time, a fee
charged, and a requirement only some units ask for.
"""

from __future__ import annotations

import textwrap
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from sp_desktop.domain.formatting import format_fee
from sp_desktop.services.review_compare import Comparison, compare
from sp_desktop.services.review_units import ReviewSet
from sp_desktop.ui.review.tables import RowFitter, cell, make_table

DIFFERENT = QColor("#fff3c4")
"""The background of a component whose text differs between the units."""
NOTABLE = QColor("#ffd9b3")
"""The background of the longest time and of a fee charged."""
NAME_ROW = "Nama di unit"
COLUMN_WIDTH = 280
MAX_ROW_HEIGHT = 170
LABEL_CHARS = 26
"""A component's label is wrapped at this many characters in the row header."""


def _days(value: float | None) -> str:
    if value is None:
        return "tidak terbaca"
    text = f"{value:.2f}".rstrip("0").rstrip(".").replace(".", ",")
    return f"{text} hari"


class CompareTab(QWidget):
    """A choice of service and the grid of its components in every unit that has it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("review_compare_tab")
        self._set: ReviewSet | None = None
        self.comparison: Comparison | None = None
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        label = QLabel("&Jenis pelayanan:", self)
        self.service_combo = QComboBox(self)
        self.service_combo.setObjectName("review_service_combo_box")
        self.service_combo.setMinimumContentsLength(40)
        self.service_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        label.setBuddy(self.service_combo)
        row.addWidget(label)
        row.addWidget(self.service_combo, 1)
        legend = QLabel(f"<span style='background:{DIFFERENT.name()}'>&nbsp;berbeda antarunit&nbsp;</span> "
                        f"<span style='background:{NOTABLE.name()}'>&nbsp;waktu terlama / berbiaya&nbsp;</span>", self)
        row.addWidget(legend)
        layout.addLayout(row)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        grid_box = QWidget(splitter)
        grid_layout = QVBoxLayout(grid_box)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        grid_label = QLabel("Perbandingan per &komponen:", grid_box)
        self.grid = make_table(grid_box, [], "review_compare_table_widget", label=grid_label)
        self.grid.verticalHeader().show()
        self.grid.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.grid.setSelectionBehavior(self.grid.SelectionBehavior.SelectItems)
        self.grid.setVerticalScrollMode(self.grid.ScrollMode.ScrollPerPixel)
        self.grid.setHorizontalScrollMode(self.grid.ScrollMode.ScrollPerPixel)
        self._rows = RowFitter(self.grid, MAX_ROW_HEIGHT)
        grid_layout.addWidget(grid_label)
        grid_layout.addWidget(self.grid, 1)
        self.summary = QTextBrowser(splitter)
        self.summary.setObjectName("review_compare_summary_text_browser")
        self.summary.setOpenLinks(False)
        splitter.addWidget(grid_box)
        splitter.addWidget(self.summary)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([420, 130])
        layout.addWidget(splitter, 1)
        self.service_combo.currentIndexChanged.connect(self._on_service_combo_current_index_changed)

    def set_review(self, review_set: ReviewSet, names: list[tuple[str, int]]) -> None:
        """Offer every service name (with how many units have it); the most shared one is shown first."""
        self._set = review_set
        self.service_combo.blockSignals(True)
        self.service_combo.clear()
        for name, count in names:
            self.service_combo.addItem(f"{name} ({count} unit)", name)
        self.service_combo.blockSignals(False)
        self._on_service_combo_current_index_changed(self.service_combo.currentIndex())

    def choose(self, jenis_pelayanan: str) -> None:
        index = self.service_combo.findData(jenis_pelayanan)
        if index >= 0:
            self.service_combo.setCurrentIndex(index)

    def _on_service_combo_current_index_changed(self, _index: int) -> None:
        name = self.service_combo.currentData()
        if self._set is None or not name:
            self.comparison = None
            self.grid.setRowCount(0)
            self.grid.setColumnCount(0)
            self.summary.setHtml("<p>Belum ada layanan untuk dibandingkan.</p>")
            return
        self.comparison = compare(self._set, name)
        self._show(self.comparison)

    def _show(self, c: Comparison) -> None:
        grid = self.grid
        grid.clear()
        grid.setColumnCount(len(c.units))
        grid.setHorizontalHeaderLabels(c.units)
        grid.setRowCount(len(c.rows) + 1)
        grid.setVerticalHeaderItem(0, QTableWidgetItem(NAME_ROW))
        header = grid.horizontalHeader()
        few = len(c.units) * COLUMN_WIDTH <= max(grid.viewport().width(), 900)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch if few else QHeaderView.ResizeMode.Interactive)
        bold = QFont(grid.font())
        bold.setBold(True)
        for col, unit in enumerate(c.units):
            grid.setItem(0, col, cell(c.names.get(unit, "")))
        names_differ = len({" ".join(n.casefold().split()) for n in c.names.values()}) > 1
        if names_differ:
            self._mark_row(0, DIFFERENT, bold, "Nama layanan berbeda antarunit")
        for r, row in enumerate(c.rows, start=1):
            label = QTableWidgetItem("\n".join(textwrap.wrap(row.komponen_label, LABEL_CHARS)))
            label.setToolTip(row.komponen_label)
            grid.setVerticalHeaderItem(r, label)
            for col, unit in enumerate(c.units):
                grid.setItem(r, col, cell(row.values.get(unit, "") or "\u2013"))
            if not row.same:
                self._mark_row(r, DIFFERENT, bold, "Isinya berbeda antarunit")
            if row.komponen == "waktu_penyelesaian" and len(c.units) > 1:
                for unit in c.longest:
                    self._mark(r, c.units.index(unit), NOTABLE, f"Waktu terlama: {_days(c.days.get(unit))}")
            if row.komponen == "biaya":
                for unit in c.charging:
                    self._mark(r, c.units.index(unit), NOTABLE, f"Berbiaya: {format_fee(c.fees[unit], '')}")
        if not few:
            for col in range(len(c.units)):
                header.resizeSection(col, COLUMN_WIDTH)
        top_left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        for r in range(grid.rowCount()):
            for col in range(grid.columnCount()):
                grid.item(r, col).setTextAlignment(top_left)
        self._rows.fit()
        self.summary.setHtml(self._summary_html(c))

    def _mark_row(self, row: int, color: QColor, font: QFont, tip: str) -> None:
        header = self.grid.verticalHeaderItem(row)
        header.setFont(font)
        header.setToolTip(tip)
        for col in range(self.grid.columnCount()):
            self.grid.item(row, col).setBackground(QBrush(color))

    def _mark(self, row: int, col: int, color: QColor, tip: str) -> None:
        item = self.grid.item(row, col)
        item.setBackground(QBrush(color))
        item.setToolTip(f"{tip}\n\n{item.text()}")

    @staticmethod
    def _summary_html(c: Comparison) -> str:
        parts = [f"<p><b>{escape(c.jenis_pelayanan)}</b>: ada di {len(c.units)} unit."]
        if c.missing:
            parts.append(f" Tidak ada di: {escape(', '.join(c.missing))}.")
        parts.append("</p>")
        if len(c.units) > 1:
            if c.longest:
                top = _days(c.days.get(c.longest[0]))
                parts.append(f"<p><b>Waktu terlama</b>: {escape(', '.join(c.longest))} ({escape(top)}).</p>")
            fees = ", ".join(f"{u} ({format_fee(c.fees[u], '')})" for u in c.charging)
            parts.append(f"<p><b>Biaya</b>: {escape(fees) if fees else 'semua unit tanpa biaya'}.</p>")
        if c.requirements:
            parts.append("<p><b>Persyaratan yang tidak diminta semua unit</b>:</p><ul>")
            for d in c.requirements:  # the shorter list of units is named
                who = (f"hanya diminta oleh {', '.join(d.ada)}" if len(d.ada) <= len(d.tidak_ada)
                       else f"diminta semua unit kecuali {', '.join(d.tidak_ada)}")
                parts.append(f"<li>{escape(d.uraian)} \u2013 {escape(who)}</li>")
            parts.append("</ul>")
        elif len(c.units) > 1:
            parts.append("<p>Persyaratan sama di semua unit.</p>")
        return "".join(parts)
