"""The review window's "Pemeriksaan" tab: the review checks of every service of every unit (ui layer)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QVBoxLayout, QWidget

from sp_desktop.domain.checks import BLOKIR
from sp_desktop.services.review_compare import UnitFinding
from sp_desktop.ui.review.tables import RowFitter, cell, fill, make_table

ALL_UNITS = "Semua unit"
HEADERS = ["Unit", "Jenis pelayanan", "Komponen", "Tingkat", "Temuan", "Dasar"]
COLUMN_TEMUAN = 4
LEVEL_TEXT = {BLOKIR: "Wajib diperbaiki", "PERINGATAN": "Perlu diperiksa"}
BLOCKING = QColor("#f8d0d0")


class ChecksTab(QWidget):
    """A choice of unit (or all of them) and the findings of the checks on its services."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("review_checks_tab")
        self._checks: dict[str, list[UnitFinding]] = {}
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        label = QLabel("Unit yang &ditampilkan:", self)
        self.unit_combo = QComboBox(self)
        self.unit_combo.setObjectName("review_checks_unit_combo_box")
        self.unit_combo.setMinimumContentsLength(36)
        label.setBuddy(self.unit_combo)
        self.count_label = QLabel("", self)
        self.count_label.setObjectName("review_checks_count_label")
        row.addWidget(label)
        row.addWidget(self.unit_combo)
        row.addWidget(self.count_label, 1)
        layout.addLayout(row)
        table_label = QLabel("Te&muan pemeriksaan:", self)
        self.table = make_table(self, HEADERS, "review_checks_table_widget", COLUMN_TEMUAN, table_label)
        header = self.table.horizontalHeader()
        for column, width in ((0, 190), (1, 210), (2, 170), (5, 290)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSortingEnabled(True)
        self._rows = RowFitter(self.table, 120)
        layout.addWidget(table_label)
        layout.addWidget(self.table, 1)
        self.unit_combo.currentIndexChanged.connect(self._on_unit_combo_current_index_changed)

    def set_checks(self, checks: dict[str, list[UnitFinding]]) -> None:
        """Show these findings (per unit name, in the units' order)."""
        self._checks = checks
        self.unit_combo.blockSignals(True)
        self.unit_combo.clear()
        self.unit_combo.addItem(ALL_UNITS, None)
        for unit, findings in checks.items():
            blocking = sum(1 for f in findings if f.tingkat == BLOKIR)
            self.unit_combo.addItem(f"{unit} ({len(findings)} temuan, {blocking} wajib)", unit)
        self.unit_combo.blockSignals(False)
        self._on_unit_combo_current_index_changed(0)

    def choose(self, unit: str) -> None:
        index = self.unit_combo.findData(unit)
        if index >= 0:
            self.unit_combo.setCurrentIndex(index)

    def _on_unit_combo_current_index_changed(self, _index: int) -> None:
        chosen = self.unit_combo.currentData()
        units = [chosen] if chosen else list(self._checks)
        rows = []
        for unit in units:
            for f in self._checks.get(unit, []):
                level = cell(LEVEL_TEXT.get(f.tingkat, f.tingkat), 0 if f.tingkat == BLOKIR else 1)
                items = [cell(unit), cell(f.jenis_pelayanan), cell(f.komponen_label), level, cell(f.pesan),
                         cell(f.aturan)]
                if f.tingkat == BLOKIR:
                    level.setBackground(QBrush(BLOCKING))
                rows.append(items)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        fill(self.table, rows)
        self._rows.fit()
        total = len(rows)
        blocking = sum(1 for u in units for f in self._checks.get(u, []) if f.tingkat == BLOKIR)
        self.count_label.setText(f"{total} temuan, {blocking} wajib diperbaiki." if total
                                 else "Tidak ada temuan: semua layanan lolos pemeriksaan.")
