"""The review window's "Daftar unit" tab: each unit's figures and the files that could not be opened (ui layer)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from sp_desktop.services.review_report import unit_line
from sp_desktop.services.review_units import ReviewSet, UnitData
from sp_desktop.ui.review.tables import RowFitter, cell, fill, make_table, selected_row

HEADERS = ["Unit", "Berkas", "Layanan", "Lengkap", "Dibahas", "Ditetapkan", "IKM terakhir", "PEKPPP"]
COLUMN_UNIT, COLUMN_FILE = 0, 1
_KIND = {"proyek": "proyek", "json": "SP JSON"}


class UnitsTab(QWidget):
    """The units of the folder, sortable by any figure, and the unreadable files with their reason.

    Signals:
        notes_wanted(str): the reviewer asked for the notes of this unit (button or Enter/double-click).
    """

    notes_wanted = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("review_units_tab")
        layout = QVBoxLayout(self)
        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        top = QWidget(splitter)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        self.units_label = QLabel("Unit yang te&rbaca:", top)
        self.units_table = make_table(top, HEADERS, "review_units_table_widget", COLUMN_UNIT, self.units_label)
        header = self.units_table.horizontalHeader()
        header.setSectionResizeMode(COLUMN_FILE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COLUMN_FILE, 230)
        for column in range(2, len(HEADERS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.units_table.setSortingEnabled(True)
        self.units_table.setWordWrap(False)
        self.units_table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the folder's order until a header is clicked
        row = QHBoxLayout()
        row.addWidget(self.units_label)
        row.addStretch(1)
        self.notes_button = QPushButton("Catatan unit &ini", top)
        self.notes_button.setObjectName("review_unit_notes_push_button")
        self.notes_button.setToolTip("Buka catatan evaluasi untuk unit yang dipilih")
        self.notes_button.setEnabled(False)
        row.addWidget(self.notes_button)
        top_layout.addLayout(row)
        top_layout.addWidget(self.units_table, 1)
        bottom = QWidget(splitter)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        self.problems_label = QLabel("Berkas yang tidak dapat &dibuka:", bottom)
        self.problems_table = make_table(bottom, ["Berkas", "Alasan"], "review_problems_table_widget", 1,
                                         self.problems_label)
        self.problems_table.horizontalHeader().resizeSection(0, 230)
        self._problem_rows = RowFitter(self.problems_table)
        self.no_problems_label = QLabel("Semua berkas di folder ini terbaca.", bottom)
        self.no_problems_label.setObjectName("review_no_problems_label")
        self.no_problems_label.hide()  # said once the folder is read, not while it is being read
        bottom_layout.addWidget(self.problems_label)
        bottom_layout.addWidget(self.problems_table, 1)
        bottom_layout.addWidget(self.no_problems_label)
        bottom_layout.addStretch(0)  # takes the room of the hidden table, so the label stays at the top
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        self.units_table.itemSelectionChanged.connect(self._on_units_table_item_selection_changed)
        self.units_table.activated.connect(self._on_units_table_activated)
        self.notes_button.clicked.connect(self._on_notes_button_clicked)

    def show_set(self, review_set: ReviewSet) -> None:
        """Fill both tables from the folder just read."""
        fill(self.units_table, [self._unit_row(u) for u in review_set.units])
        fill(self.problems_table, [[cell(p.path.name, tooltip=str(p.path)), cell(p.reason)]
                                   for p in review_set.problems])
        self._problem_rows.fit()
        self.problems_table.setVisible(bool(review_set.problems))
        self.problems_label.setVisible(bool(review_set.problems))
        if not review_set.problems:  # one line says so: the units get the room
            total = sum(self.splitter.sizes())
            line = self.no_problems_label.sizeHint().height() + 12
            self.splitter.setSizes([max(total - line, line), line])
        self.no_problems_label.setVisible(not review_set.problems)
        if review_set.units:
            self.units_table.selectRow(0)

    @staticmethod
    def _unit_row(unit: UnitData) -> list:
        line = unit_line(unit)
        first = cell(unit.unit_name)
        first.setData(Qt.ItemDataRole.UserRole, unit.unit_name)
        ikm_tip = (f"IKM {line.ikm} \u2013 {unit.ikm_mutu}, survei {unit.ikm_periode}" if unit.ikm is not None
                   else "Belum ada survei kepuasan yang selesai")
        pekppp_tip = ("Berkas SP JSON tidak memuat data penilaian PEKPPP" if unit.pekppp is None
                      else "Nilai mandiri PEKPPP aspek Kebijakan Pelayanan")
        return [
            first,
            cell(unit.path.name, tooltip=f"{unit.path} ({_KIND.get(unit.kind, unit.kind)})"),
            cell(str(line.layanan), line.layanan, align_right=True),
            cell(str(line.lengkap), line.lengkap, "Layanan dengan keempat belas komponen terisi", True),
            cell(str(line.dibahas), line.dibahas, "Layanan yang sudah dibahas bersama masyarakat", True),
            cell(str(line.ditetapkan), line.ditetapkan, "Layanan yang sudah ditetapkan", True),
            cell(line.ikm, -1 if unit.ikm is None else unit.ikm, ikm_tip, True),
            cell(line.pekppp, -1 if unit.pekppp is None else unit.pekppp, pekppp_tip, True),
        ]

    def selected_unit(self) -> str | None:
        row = selected_row(self.units_table)
        item = self.units_table.item(row, COLUMN_UNIT) if row >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _on_units_table_item_selection_changed(self) -> None:
        self.notes_button.setEnabled(self.selected_unit() is not None)

    def _on_units_table_activated(self, _index) -> None:
        self._on_notes_button_clicked()

    def _on_notes_button_clicked(self) -> None:
        unit = self.selected_unit()
        if unit is not None:
            self.notes_wanted.emit(unit)
