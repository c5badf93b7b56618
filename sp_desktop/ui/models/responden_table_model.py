"""Table model of a survey's respondents: profile, U1-U9 and saran, one row each, saved cell by cell (ui layer).

The model keeps ``(row id, Responden)`` pairs read once from the session; an edit is written
through the session at once (an answer through ``set_answer``, one UPDATE) and only that row is
refreshed, so a keystroke stays cheap at 10,000 rows. The last row is empty: typing in it adds a
respondent. A pasted block (:meth:`RespondenTableModel.paste`) is checked whole before anything
is written. Refused input is announced with ``refused(message)``, in Indonesian.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from sp_desktop.domain import skm
from sp_desktop.domain.roles import NotAllowed
from sp_desktop.domain.survei import JENIS_KELAMIN, PEKERJAAN_LABELS, PENDIDIKAN, Responden
from sp_desktop.storage.errors import ProjectError
from sp_desktop.ui.models.responden_cells import (  # noqa: F401 (re-exported: the grid and the tests use them)
    ANSWER_HINT,
    ATTRS,
    FIRST_U,
    HEADERS,
    LAST_U,
    SARAN,
    PasteError,
    cell_text,
    is_answer_column,
    parse_cell,
    parse_date,
    split_block,
    with_value,
)

_Index = QModelIndex | QPersistentModelIndex
ROLE_CHOICES = Qt.ItemDataRole.UserRole + 11
"""Role whose data is a profile column's ``(value, label)`` choices (the grid's combo box editor)."""

_MISSING = QColor("#fff4d6")


class RespondentStore(Protocol):
    """What the model needs of the session (``services.survei.SurveyActions``)."""

    def respondents(self, survei_id: int) -> list[tuple[int, Responden]]: ...
    def add_respondents(self, survei_id: int, items: list[Responden]) -> list[int]: ...
    def update_respondent(self, row_id: int, item: Responden) -> None: ...
    def set_answer(self, row_id: int, unsur: int, value: int | None) -> None: ...
    def delete_respondents(self, row_ids: list[int]) -> None: ...


class RespondenTableModel(QAbstractTableModel):
    """Rows of one survey's respondents plus an empty last row for the next one.

    Args:
        store: the session (see :class:`RespondentStore`).
        survei_id: the survey shown.
        services: the service names the Layanan column offers; with one only, new rows take it.

    Signals:
        refused(str): input was not taken; the message says why (shown beside the grid).
        answers_changed(): something was written (the results are stale).
    """

    refused = Signal(str)
    answers_changed = Signal()

    def __init__(self, store: RespondentStore, survei_id: int, services: Sequence[str] = (), parent=None):
        super().__init__(parent)
        self._store = store
        self._survei_id = survei_id
        self._rows: list[tuple[int, Responden]] = []
        self.services = list(services)
        self.read_only = False
        self.reload()

    # -- reading ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Read every respondent again (after an import or another writer)."""
        self.beginResetModel()
        self._rows = list(self._store.respondents(self._survei_id))
        self.endResetModel()

    def survei_id(self) -> int:
        return self._survei_id

    def respondent_count(self) -> int:
        return len(self._rows)

    def row_id(self, row: int) -> int | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def respondent(self, row: int) -> Responden | None:
        return self._rows[row][1] if 0 <= row < len(self._rows) else None

    def answers(self) -> list[list[int | None]]:
        return [list(r.nilai) for _id, r in self._rows]

    def default_layanan(self) -> str:
        return self.services[0] if len(self.services) == 1 else ""

    def choices(self, column: int) -> list[tuple[str, str]]:
        attr = ATTRS[column] if 0 <= column < len(ATTRS) else ""
        if attr == "layanan":
            return [(s, s) for s in self.services]
        if attr == "jenis_kelamin":
            return list(JENIS_KELAMIN.items())
        if attr == "pendidikan":
            return [(p, p) for p in PENDIDIKAN]
        if attr == "pekerjaan":
            return list(PEKERJAAN_LABELS.items())
        return []

    # -- Qt model --------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows) + 1

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt's signature)
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt's name)
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            if is_answer_column(section):
                return f"{skm.UNSUR[section - FIRST_U]} (1\u20134)"
            return "Nomor responden" if section == 0 else None
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() > 0 and not self.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        item = self._rows[row][1] if row < len(self._rows) else None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return str(row + 1) if item is not None else "*"
            return "" if item is None else cell_text(item, column)
        if role == Qt.ItemDataRole.EditRole:
            if item is None or column == 0:
                return ""
            attr = ATTRS[column]
            if attr in ("jenis_kelamin", "pendidikan", "pekerjaan"):
                return getattr(item, attr) or ""
            return cell_text(item, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == 0 or is_answer_column(column):
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            if item is not None and is_answer_column(column) and item.nilai[column - FIRST_U] is None:
                return QBrush(_MISSING)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if item is None:
                return "Ketik di baris ini untuk menambah responden"
            if is_answer_column(column):
                value = item.nilai[column - FIRST_U]
                name = skm.UNSUR[column - FIRST_U]
                return f"{name}: {skm.CHOICES[column - FIRST_U][value - 1]}" if value else f"{name}: belum diisi"
            return None
        if role == ROLE_CHOICES:
            return self.choices(column)
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() == 0 or self.read_only:
            return False
        column = index.column()
        try:
            parsed = value if isinstance(value, int) and not isinstance(value, bool) and is_answer_column(column) \
                else parse_cell(column, "" if value is None else str(value))
        except ValueError as exc:
            self.refused.emit(f"Kolom {HEADERS[column]}: {exc}.")
            return False
        if is_answer_column(column) and parsed is not None and not 1 <= parsed <= 4:
            self.refused.emit(f"Kolom {HEADERS[column]}: {ANSWER_HINT}")
            return False
        return self._write(index.row(), column, parsed)

    def _write(self, row: int, column: int, value: Any) -> bool:
        created = row >= len(self._rows)
        try:
            if created:
                if value is None or value == "":
                    return False
                item = with_value(Responden(layanan=self.default_layanan()), column, value)
                (new_id,) = self._store.add_respondents(self._survei_id, [item])
                self.beginInsertRows(QModelIndex(), row + 1, row + 1)
                self._rows.append((new_id, item))
                self.endInsertRows()
            else:
                row_id, item = self._rows[row]
                if is_answer_column(column):
                    if item.nilai[column - FIRST_U] == value:
                        return True
                    self._store.set_answer(row_id, column - FIRST_U + 1, value)
                    item.nilai[column - FIRST_U] = value
                else:
                    changed = with_value(item, column, value)
                    if changed == item:
                        return True
                    self._store.update_respondent(row_id, changed)
                    self._rows[row] = (row_id, changed)
        except (NotAllowed, ProjectError, ValueError) as exc:
            self.refused.emit(str(exc))
            return False
        if is_answer_column(column) and not created:
            self.dataChanged.emit(self.index(row, column), self.index(row, column))  # the keystroke's one cell
        else:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))
        self.answers_changed.emit()
        return True

    # -- blocks ----------------------------------------------------------------------------
    def check_block(self, top: int, left: int,
                    cells: list[list[str]]) -> tuple[dict[int, Responden], PasteError | None]:
        """The rows a block pasted at (top, left) makes, by grid row, or the first bad cell (nothing changes)."""
        made: dict[int, Responden] = {}
        for i, values in enumerate(cells):
            row = top + i
            base = self._rows[row][1] if row < len(self._rows) else Responden(layanan=self.default_layanan())
            item = copy.deepcopy(base)
            for j, text in enumerate(values):
                column = left + j
                if column >= len(HEADERS):
                    if text.strip():
                        return {}, PasteError(row + 1, f"ke-{j + 1} tempelan",
                                              f"tidak ada kolom sesudah {HEADERS[-1]}")
                    continue
                if column == 0:
                    continue  # the No column: numbers copied along are ignored
                try:
                    item = with_value(item, column, parse_cell(column, text))
                except ValueError as exc:
                    return {}, PasteError(row + 1, HEADERS[column], str(exc))
            made[row] = item
        return made, None

    def paste(self, top: int, left: int, text: str) -> PasteError | None:
        """Paste tab-separated ``text`` (rows of a spreadsheet) with its first cell at (top, left).

        The whole block is checked first; on a bad cell nothing is written and the error is returned
        (and announced with ``refused``). Rows past the end become new respondents, added in one go.
        """
        if self.read_only:
            return None
        cells = split_block(text)
        if not cells:
            return None
        top = min(top, len(self._rows))
        made, error = self.check_block(top, max(0, left), cells)
        if error is not None:
            self.refused.emit(error.message())
            return error
        existing = {r: item for r, item in made.items() if r < len(self._rows)}
        new = [made[r] for r in sorted(made) if r >= len(self._rows)]
        try:
            for row, item in existing.items():
                if item != self._rows[row][1]:
                    self._store.update_respondent(self._rows[row][0], item)
                    self._rows[row] = (self._rows[row][0], item)
            ids = self._store.add_respondents(self._survei_id, new) if new else []
        except (NotAllowed, ProjectError, ValueError) as exc:
            self.refused.emit(str(exc))
            self.reload()
            return PasteError(top + 1, HEADERS[max(0, left)], str(exc))
        if existing:
            self.dataChanged.emit(self.index(min(existing), 0), self.index(max(existing), len(HEADERS) - 1))
        if ids:
            start = len(self._rows) + 1
            self.beginInsertRows(QModelIndex(), start, start + len(ids) - 1)
            self._rows.extend(zip(ids, new))
            self.endInsertRows()
            self.dataChanged.emit(self.index(start - 1, 0), self.index(start - 1, len(HEADERS) - 1))
        self.answers_changed.emit()
        return None

    def delete_rows(self, rows: Sequence[int]) -> int:
        """Delete the respondents in ``rows`` (the empty last row is ignored); returns how many went."""
        chosen = sorted({r for r in rows if 0 <= r < len(self._rows)})
        if not chosen or self.read_only:
            return 0
        try:
            self._store.delete_respondents([self._rows[r][0] for r in chosen])
        except (NotAllowed, ProjectError) as exc:
            self.refused.emit(str(exc))
            return 0
        for start, end in reversed(_runs(chosen)):
            self.beginRemoveRows(QModelIndex(), start, end)
            del self._rows[start:end + 1]
            self.endRemoveRows()
        self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows), 0))  # the No column renumbers
        self.answers_changed.emit()
        return len(chosen)


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    for r in rows:
        if runs and runs[-1][1] == r - 1:
            runs[-1] = (runs[-1][0], r)
        else:
            runs.append((r, r))
    return runs
