"""Small helpers shared by the review window's tabs: read-only tables and their items (ui layer)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QWidget

SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class SortItem(QTableWidgetItem):
    """A cell that sorts by the value kept in :data:`SORT_ROLE` (numbers) and shows its text."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if mine is not None and theirs is not None:
            return mine < theirs
        return self.text().casefold() < other.text().casefold()


def cell(text: str, sort: float | int | None = None, tooltip: str | None = None,
         align_right: bool = False) -> QTableWidgetItem:
    """A read-only cell; ``sort`` is the number it sorts by; the tooltip is the text unless given."""
    item = SortItem(text)
    if sort is not None:
        item.setData(SORT_ROLE, sort)
    item.setToolTip(text if tooltip is None else tooltip)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def make_table(parent: QWidget, headers: list[str], object_name: str, stretch: int | None = None,
               label: QLabel | None = None) -> QTableWidget:
    """A row-selecting, read-only table; ``stretch`` is the column that takes the spare width.

    Tab leaves the table (arrows move inside it), so the keyboard reaches the buttons below.
    """
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(object_name)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(True)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    if label is not None:
        label.setBuddy(table)
    return table


def fill(table: QTableWidget, rows: list[list[QTableWidgetItem]]) -> None:
    """Replace the table's rows (sorting is suspended while filling)."""
    sorting = table.isSortingEnabled()
    table.setSortingEnabled(False)
    table.clearContents()
    table.setRowCount(len(rows))
    for r, items in enumerate(rows):
        for c, item in enumerate(items):
            table.setItem(r, c, item)
    table.setSortingEnabled(sorting)


def selected_row(table: QTableWidget) -> int:
    """The selected row, or -1."""
    rows = table.selectionModel().selectedRows()
    return rows[0].row() if rows else -1


class RowFitter(QObject):
    """Keeps a word-wrapping table's rows as tall as their text (at most ``max_height``) when columns resize.

    Heights measured while a tab is hidden use the wrong widths; the fit is redone, once per burst of
    resizes, whenever a column's width changes (a stretched column changes when the window is shown).
    """

    def __init__(self, table: QTableWidget, max_height: int = 0):
        super().__init__(table)
        self._table = table
        self._max = max_height
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(30)
        self._timer.timeout.connect(self.fit)
        table.horizontalHeader().sectionResized.connect(self._on_section_resized)

    def _on_section_resized(self, *_args) -> None:
        self._timer.start()

    def fit(self) -> None:
        """Fit the rows now."""
        self._timer.stop()
        table = self._table
        table.resizeRowsToContents()
        low = table.fontMetrics().height() + 10  # a one-line row as tall as the other tables' rows
        for row in range(table.rowCount()):
            height = table.rowHeight(row) + 6  # a little air between wrapped rows
            if self._max and height > self._max:
                table.setRowHeight(row, self._max)  # the whole text is in the cell's tooltip
            else:
                table.setRowHeight(row, max(height, low))
