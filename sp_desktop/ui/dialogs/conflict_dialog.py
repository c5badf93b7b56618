"""Pertukaran › Konflik: the parts changed on two laptops, both versions side by side, one chosen (ui layer).

Each choice is one ``resolve_conflict`` call (audited, the value not chosen kept in the audit trail);
the session's change notification then refreshes the open pages.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from sp_desktop.domain.formatting.dates import format_date
from sp_desktop.ui.messages import guarded

if TYPE_CHECKING:
    from sp_desktop.services.exchange_types import Conflict
    from sp_desktop.services.session import ProjectSession

ALL_RESOLVED = "Semua konflik sudah diselesaikan."
DONE_HINT = "Tidak ada lagi yang perlu dipilih: proyek sudah memakai nilai pilihan Anda."
INTRO = ("Bagian di bawah ini diubah di laptop Anda dan di laptop pengirim. Sampai Anda memilih, proyek memakai "
         "milik Anda. Nilai yang tidak dipilih tetap tercatat di riwayat layanan.")


def when_text(text: str) -> str:
    """``2026-12-03 10:15`` (as stored) in the Indonesian style: ``3 Desember 2026 pukul 10.15``."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        return text.strip() or "waktu tidak diketahui"
    return f"{format_date(moment.date())} pukul {moment:%H.%M}"


def side_heading(prefix: str, by: str, when: str) -> str:
    """``Milik saya — Andi, 3 Desember 2026 pukul 10.15``."""
    return f"{prefix} \u2014 {by or 'tanpa nama'}, {when_text(when)}"


class EditBox(QDialog):
    """A free text for a conflict, prefilled with the own value; ``text()`` once accepted."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("conflict_edit_dialog")
        self.setWindowTitle(f"Sunting: {title}")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        hint = QLabel("Tulis nilai yang dipakai. Untuk daftar, satu butir per baris.", self)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setObjectName("conflict_edit_plain_text_edit")
        self.text_edit.setPlainText(text)
        layout.addWidget(self.text_edit)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton("&Simpan", QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("save_push_button")
        buttons.addButton("&Batal", QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 320)

    def text(self) -> str:
        return self.text_edit.toPlainText()


class ConflictDialog(QDialog):
    """Lists the open conflicts; for the selected one shows both versions and resolves it.

    Signals:
        resolved(): a conflict was resolved (the session has told the open pages what changed).
    """

    resolved = Signal()

    def __init__(self, session: ProjectSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("conflict_dialog")
        self.setWindowTitle("Konflik pertukaran")
        self._session = session
        self._conflicts: list[Conflict] = []
        self.edit_box: EditBox | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(INTRO, self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("status_label")
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.list_widget = QListWidget(splitter)
        self.list_widget.setObjectName("conflicts_list_widget")
        self.list_widget.setWordWrap(True)
        self.list_widget.setSpacing(2)
        self.list_widget.setMinimumWidth(240)
        right = QWidget(splitter)
        column = QVBoxLayout(right)
        column.setContentsMargins(6, 0, 0, 0)
        self.title_label = QLabel(right)
        self.title_label.setObjectName("conflict_title_label")
        self.title_label.setWordWrap(True)
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.title_label)
        sides = QGridLayout()  # one row of headings, one of texts: both texts start at the same height
        self.mine_label, self.mine_edit = self._side(right, "mine", sides, 0)
        self.theirs_label, self.theirs_edit = self._side(right, "theirs", sides, 1)
        sides.setRowStretch(1, 1)
        column.addLayout(sides, 1)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([280, 720])
        layout.addWidget(splitter, 1)
        row = QHBoxLayout()
        self.mine_button = self._button("Pakai &milik saya", "use_mine_push_button", row)
        self.theirs_button = self._button("Pakai &kiriman", "use_theirs_push_button", row)
        self.edit_button = self._button("S&unting\u2026", "edit_push_button", row)
        row.addStretch(1)
        self.close_button = self._button("&Tutup", "close_push_button", row)
        layout.addLayout(row)
        self.mine_button.clicked.connect(self._on_mine_button_clicked)
        self.theirs_button.clicked.connect(self._on_theirs_button_clicked)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.close_button.clicked.connect(self.reject)
        self.list_widget.currentRowChanged.connect(self._on_list_widget_current_row_changed)
        self.resize(1100, 620)
        self.reload()

    def _side(self, parent: QWidget, name: str, sides: QGridLayout, at: int) -> tuple[QLabel, QPlainTextEdit]:
        label = QLabel(parent)
        label.setObjectName(f"{name}_label")
        label.setWordWrap(True)
        edit = QPlainTextEdit(parent)
        edit.setObjectName(f"{name}_plain_text_edit")
        edit.setReadOnly(True)
        label.setBuddy(edit)
        sides.addWidget(label, 0, at, Qt.AlignmentFlag.AlignBottom)
        sides.addWidget(edit, 1, at)
        sides.setColumnStretch(at, 1)
        return label, edit

    def _button(self, text: str, name: str, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        row.addWidget(button)
        return button

    # -- content -------------------------------------------------------------------------------
    def reload(self, keep_row: int = 0) -> None:
        """Read the open conflicts again and select the one at ``keep_row`` (or the last)."""
        from sp_desktop.services.exchange import open_conflicts

        self._conflicts = open_conflicts(self._session)
        self.list_widget.blockSignals(True)
        self.list_widget.clear()
        for conflict in self._conflicts:
            item = QListWidgetItem(f"{conflict.layanan or 'Proyek'} \u2013 {conflict.komponen_label}")
            item.setToolTip(f"Dari {conflict.theirs_by or 'pengirim'}")
            self.list_widget.addItem(item)
        self.list_widget.blockSignals(False)
        count = len(self._conflicts)
        self.status_label.setText(f"{count} konflik belum diselesaikan." if count else ALL_RESOLVED)
        if count:
            self.list_widget.setCurrentRow(min(keep_row, count - 1))
        self._on_list_widget_current_row_changed(self.list_widget.currentRow() if count else -1)

    def current(self) -> Conflict | None:
        row = self.list_widget.currentRow()
        return self._conflicts[row] if 0 <= row < len(self._conflicts) else None

    def _on_list_widget_current_row_changed(self, _row: int) -> None:
        conflict = self.current()
        for button in (self.mine_button, self.theirs_button, self.edit_button):
            button.setEnabled(conflict is not None)
        for widget in (self.mine_label, self.mine_edit, self.theirs_label, self.theirs_edit):
            widget.setVisible(conflict is not None)
        if conflict is None:
            self.title_label.setText(DONE_HINT if not self._conflicts else "")
            self.mine_label.setText("Milik saya")
            self.theirs_label.setText("Kiriman")
            self.mine_edit.clear()
            self.theirs_edit.clear()
            self.close_button.setDefault(True)
            return
        self.title_label.setText(f"{conflict.layanan or 'Proyek'} \u2013 {conflict.komponen_label}")
        self.mine_label.setText(side_heading("Milik saya", conflict.mine_by, conflict.mine_when))
        self.theirs_label.setText(side_heading("Kiriman", conflict.theirs_by, conflict.theirs_when))
        self.mine_edit.setPlainText(conflict.mine or "(kosong)")
        self.theirs_edit.setPlainText(conflict.theirs or "(kosong)")

    # -- choices -------------------------------------------------------------------------------
    def resolve(self, choice: str, edited: str | None = None) -> bool:
        """Resolve the selected conflict by ``choice`` ("mine", "theirs", "edit"); True when done."""
        conflict = self.current()
        if conflict is None:
            return False
        from sp_desktop.services.exchange import resolve_conflict

        row = self.list_widget.currentRow()
        done = guarded(self, "Konflik tidak diselesaikan",
                       lambda: resolve_conflict(self._session, conflict.id, choice, edited) or True)
        self.reload(row)
        if done:
            self.resolved.emit()
        return bool(done)

    def _on_mine_button_clicked(self) -> None:
        self.resolve("mine")

    def _on_theirs_button_clicked(self) -> None:
        self.resolve("theirs")

    def _on_edit_button_clicked(self) -> None:
        conflict = self.current()
        if conflict is None:
            return
        box = EditBox(f"{conflict.layanan or 'Proyek'} \u2013 {conflict.komponen_label}", conflict.mine, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._on_edit_box_finished)
        self.edit_box = box
        box.open()

    def _on_edit_box_finished(self, result: int) -> None:
        # finished comes before accepted: read the text here, while the box still exists.
        box, self.edit_box = self.edit_box, None
        if box is not None and result == QDialog.DialogCode.Accepted.value:
            self.resolve("edit", box.text())
