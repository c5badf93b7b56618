"""The "Tindak lanjut" tab: the follow-up plan per weak unsur, its share done and the months taken (ui layer)."""

from __future__ import annotations

import copy
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from sp_desktop.domain import skm
from sp_desktop.domain.formatting import format_number
from sp_desktop.domain.roles import NotAllowed
from sp_desktop.domain.survei import TindakLanjut
from sp_desktop.storage.errors import ProjectError
from sp_desktop.ui.generated.ui_survei_tindak_lanjut import Ui_SurveiTindakLanjut
from sp_desktop.ui.messages import ConfirmBox, warn
from sp_desktop.ui.models.responden_cells import parse_date
from sp_desktop.ui.models.responden_table_model import ROLE_CHOICES
from sp_desktop.ui.pages.survei_grid import ChoiceDelegate

_Index = QModelIndex | QPersistentModelIndex
HEADERS = ("Unsur", "Rencana tindak lanjut", "Penanggung jawab", "Target", "Selesai")
ATTRS = ("unsur", "rencana", "penanggung_jawab", "target", "selesai")
UNSUR_CHOICES = [(str(n), f"U{n} {name}") for n, name in enumerate(skm.UNSUR, start=1)]
_TITLE = "Tindak lanjut"


def _show_date(value: str | None) -> str:
    if not value:
        return ""
    try:
        return date.fromisoformat(value).strftime("%d-%m-%Y")
    except ValueError:
        return value


class FollowUpTableModel(QAbstractTableModel):
    """Rows of ``(row id, TindakLanjut)``; each edit is written through ``session.update_follow_up``.

    Signals:
        refused(str): an edit was not taken (bad date, or the session refused it).
        edited(): a row was written.
    """

    refused = Signal(str)
    edited = Signal()

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self._session = session
        self.rows: list[tuple[int, TindakLanjut]] = []
        self.read_only = False

    def set_rows(self, rows: list[tuple[int, TindakLanjut]]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt's signature)
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt's name)
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and \
                0 <= section < len(HEADERS):
            return HEADERS[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags if self.read_only else flags | Qt.ItemFlag.ItemIsEditable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.rows[index.row()][1]
        attr = ATTRS[index.column()]
        value = getattr(item, attr)
        if role == Qt.ItemDataRole.DisplayRole:
            if attr == "unsur":
                return f"U{value} {skm.UNSUR[value - 1]}" if 1 <= value <= 9 else str(value)
            if attr in ("target", "selesai"):
                return _show_date(value) or ("belum" if attr == "selesai" else "")
            return value
        if role == Qt.ItemDataRole.EditRole:
            if attr == "unsur":
                return str(value)
            return _show_date(value) if attr in ("target", "selesai") else value
        if role == ROLE_CHOICES:
            return UNSUR_CHOICES if attr == "unsur" else []
        if role == Qt.ItemDataRole.ToolTipRole and attr == "selesai":
            return "Tanggal tindakan selesai (dd-mm-yyyy); kosongkan selama masih berjalan"
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.read_only:
            return False
        row_id, item = self.rows[index.row()]
        attr = ATTRS[index.column()]
        text = "" if value is None else str(value).strip()
        changed = copy.deepcopy(item)
        try:
            if attr == "unsur":
                if not text.isdigit() or not 1 <= int(text) <= 9:
                    raise ValueError("pilih unsur U1\u2013U9")
                changed.unsur = int(text)
            elif attr in ("target", "selesai"):
                parsed = parse_date(text)
                setattr(changed, attr, parsed or (None if attr == "selesai" else ""))
            else:
                setattr(changed, attr, text)
        except ValueError as exc:
            self.refused.emit(f"Kolom {HEADERS[index.column()]}: {exc}.")
            return False
        if changed == item:
            return True
        try:
            self._session.update_follow_up(row_id, changed)
        except (NotAllowed, ProjectError, ValueError) as exc:
            self.refused.emit(str(exc))
            return False
        self.rows[index.row()] = (row_id, changed)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(HEADERS) - 1))
        self.edited.emit()
        return True


def progress_text(progress) -> str:
    """The share done and the months from the report to each completion, in words."""
    if not progress.planned:
        return "Belum ada rencana tindak lanjut."
    text = (f"{format_number(progress.done)} dari {format_number(progress.planned)} rencana selesai "
            f"({format_number(float(skm.round_half_up(progress.percent)), 2)} %).")
    months = [m for m in progress.months if m is not None]
    if months:
        text += " Bulan sejak laporan sampai selesai: " + ", ".join(format_number(m) for m in months) + "."
    elif progress.done:
        text += " Isi tanggal laporan di tab Rencana untuk menghitung lamanya."
    return text + f" Skor PEKPPP 8.a: {progress.skor_8a}; 9.a: {progress.skor_9a}."



class FollowUpTab(QWidget):
    """Lists and edits the follow-up plan of one survey."""

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_SurveiTindakLanjut()
        self.ui.setupUi(self)
        self._store = store
        self._survei_id: int | None = None
        self.remove_box: ConfirmBox | None = None
        self.model = FollowUpTableModel(store, self)
        view = self.ui.follow_up_table_view
        view.setModel(self.model)
        view.setItemDelegate(ChoiceDelegate(view))
        view.verticalHeader().setVisible(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((0, 250), (1, 330), (2, 200), (3, 100), (4, 100)):
            view.setColumnWidth(column, width)
        header.setStretchLastSection(True)
        self.model.refused.connect(self._on_model_refused)
        self.model.edited.connect(self._show_progress)
        self.ui.add_push_button.clicked.connect(self._on_add_push_button_clicked)
        self.ui.remove_push_button.clicked.connect(self._on_remove_push_button_clicked)

    def set_survey(self, survei_id: int | None) -> None:
        self._survei_id = survei_id
        self.refresh()

    def set_read_only(self, read_only: bool) -> None:
        self.model.read_only = read_only
        self.ui.add_push_button.setEnabled(not read_only)
        self.ui.remove_push_button.setEnabled(not read_only)

    def refresh(self) -> None:
        if self._survei_id is None:
            self.model.set_rows([])
            return
        self.model.set_rows(self._store.follow_ups(self._survei_id))
        self._show_progress()

    def weakest(self) -> list[skm.UnsurResult]:
        """The answered unsur from the lowest NRR up."""
        result = self._store.results(self._survei_id)
        return sorted((u for u in result.unsur if u.nrr is not None), key=lambda u: (u.nrr, u.nomor))

    def _show_progress(self) -> None:
        if self._survei_id is None:
            return
        self.ui.progress_label.setText(progress_text(self._store.follow_up_progress(self._survei_id)))
        weak = self.weakest()[:3]
        self.ui.weak_label.setText(
            "Unsur dengan nilai terendah: " + "; ".join(
                f"U{u.nomor} {skm.UNSUR[u.nomor - 1]} ({format_number(float(skm.round_half_up(u.konversi)), 2)})"
                for u in weak) + "." if weak else "Belum ada jawaban untuk menentukan unsur terlemah.")

    def _on_model_refused(self, message: str) -> None:
        warn(self, _TITLE, message)

    def _on_add_push_button_clicked(self) -> None:
        if self._survei_id is None:
            return
        planned = {item.unsur for _id, item in self.model.rows}
        weak = [u.nomor for u in self.weakest() if u.nomor not in planned]
        try:
            self._store.add_follow_up(self._survei_id, TindakLanjut(unsur=weak[0] if weak else 1))
        except (NotAllowed, ProjectError, ValueError) as exc:
            warn(self, _TITLE, str(exc))
            return
        self.refresh()
        view = self.ui.follow_up_table_view
        index = self.model.index(self.model.rowCount() - 1, 1)
        view.setCurrentIndex(index)
        view.setFocus()
        view.edit(index)

    def _on_remove_push_button_clicked(self) -> None:
        row = self.ui.follow_up_table_view.currentIndex().row()
        if not 0 <= row < self.model.rowCount():
            return
        item = self.model.rows[row][1]
        box = ConfirmBox(self, "Hapus rencana", f"Hapus rencana tindak lanjut untuk U{item.unsur} "
                         f"{skm.UNSUR[item.unsur - 1]}?", "&Hapus", destructive=True)
        box.setObjectName("delete_follow_up_message_box")
        box.answered.connect(self._on_remove_box_answered)
        self._remove_row = row
        self.remove_box = box
        box.open()

    def _on_remove_box_answered(self, yes: bool) -> None:
        self.remove_box = None
        row = self._remove_row
        if yes and 0 <= row < self.model.rowCount():
            try:
                self._store.delete_follow_up(self.model.rows[row][0])
            except (NotAllowed, ProjectError) as exc:
                warn(self, _TITLE, str(exc))
            self.refresh()
