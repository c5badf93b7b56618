"""The "Responden" tab: the response grid, its hint line, deleting rows and importing a CSV/XLSX file (ui layer)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from sp_desktop.domain.formatting import format_number
from sp_desktop.ui.generated.ui_survei_responden import Ui_SurveiResponden
from sp_desktop.ui.messages import ConfirmBox
from sp_desktop.ui.models.responden_table_model import FIRST_U, RespondenTableModel, RespondentStore
from sp_desktop.ui.pages.survei_grid import RespondenGridView

WARNING_STYLE = "background: #fdecea; border: 1px solid #e57373; border-radius: 4px; padding: 4px; color: #8a1c1c;"
GUIDE_STYLE = "color: #555555;"


class RespondenTab(QWidget):
    """Shows one survey's grid; the model writes each cell through ``store`` at once.

    Signals:
        answers_changed(): respondents were added, changed or deleted (here or by an import).
    """

    answers_changed = Signal()

    def __init__(self, store: RespondentStore, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_SurveiResponden()
        self.ui.setupUi(self)
        self._store = store
        self._session = session
        self._guide = self.ui.hint_label.text()
        self.model: RespondenTableModel | None = None
        self.import_dialog = None
        self.delete_box: ConfirmBox | None = None
        self._pending_rows: list[int] = []
        self.read_only = False
        self.view = RespondenGridView(self)
        self.ui.grid_container_layout.addWidget(self.view)
        self.view.hint.connect(self.show_hint)
        self.ui.import_push_button.clicked.connect(self._on_import_push_button_clicked)
        self.ui.delete_rows_push_button.clicked.connect(self._on_delete_rows_push_button_clicked)

    def set_survey(self, survei_id: int | None, services: list[str]) -> None:
        """Show the respondents of ``survei_id`` (None: nothing)."""
        old = self.model
        if survei_id is None:
            self.model = None
            self.view.setModel(None)
        else:
            self.model = RespondenTableModel(self._store, survei_id, services, self)
            self.model.read_only = self.read_only
            self.model.answers_changed.connect(self._on_model_answers_changed)
            self.model.rowsInserted.connect(self._show_count)
            self.model.rowsRemoved.connect(self._show_count)
            self.model.modelReset.connect(self._show_count)
            self.view.setModel(self.model)
            self.view.setCurrentIndex(self.model.index(0, FIRST_U))
        if old is not None:
            old.deleteLater()
        self.show_hint("")
        self._show_count()

    def reload(self) -> None:
        if self.model is not None:
            self.model.reload()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        if self.model is not None:
            self.model.read_only = read_only
        self.ui.import_push_button.setEnabled(not read_only)
        self.ui.delete_rows_push_button.setEnabled(not read_only)

    def show_hint(self, text: str) -> None:
        """Show why input was refused (red), or the usual guidance when ``text`` is empty."""
        label = self.ui.hint_label
        if label.text() == (text or self._guide):
            return  # typing answers clears the hint at every key: restyling each time would repaint the page
        label.setText(text or self._guide)
        label.setStyleSheet(WARNING_STYLE if text else GUIDE_STYLE)
        label.setAccessibleDescription(text)

    def _show_count(self, *_args) -> None:
        count = self.model.respondent_count() if self.model is not None else 0
        self.ui.count_label.setText(f"{format_number(count)} responden")

    def _on_model_answers_changed(self) -> None:
        self.answers_changed.emit()

    # -- deleting --------------------------------------------------------------------------
    def selected_rows(self) -> list[int]:
        if self.model is None:
            return []
        count = self.model.respondent_count()
        rows = {i.row() for i in self.view.selectionModel().selectedIndexes()}
        if not rows and self.view.currentIndex().isValid():
            rows = {self.view.currentIndex().row()}
        return sorted(r for r in rows if r < count)

    def _on_delete_rows_push_button_clicked(self) -> None:
        rows = self.selected_rows()
        if not rows:
            self.show_hint("Pilih dulu sel pada baris responden yang akan dihapus.")
            return
        self._pending_rows = rows
        numbers = ", ".join(str(r + 1) for r in rows[:8]) + (" \u2026" if len(rows) > 8 else "")
        box = ConfirmBox(self, "Hapus responden", f"Hapus {format_number(len(rows))} responden (baris {numbers})?",
                         "&Hapus", informative="Jawaban mereka ikut terhapus dan hasil survei dihitung ulang.",
                         destructive=True)
        box.setObjectName("delete_respondents_message_box")
        box.answered.connect(self._on_delete_box_answered)
        self.delete_box = box
        box.open()

    def _on_delete_box_answered(self, yes: bool) -> None:
        self.delete_box = None
        rows, self._pending_rows = self._pending_rows, []
        if yes and self.model is not None:
            removed = self.model.delete_rows(rows)
            if removed:
                self.show_hint("")
                self.view.setCurrentIndex(self.model.index(min(rows[0], self.model.rowCount() - 1), FIRST_U))

    # -- importing -------------------------------------------------------------------------
    def _on_import_push_button_clicked(self) -> None:
        if self.model is None:
            return
        try:  # M2's dialog loads on demand (openpyxl and the CSV reader stay out of start-up)
            from sp_desktop.ui.dialogs.skm_import_dialog import SkmImportDialog
        except ImportError:
            self.show_hint("Impor berkas belum tersedia pada versi ini.")
            return
        dialog = SkmImportDialog(self._session, self.model.survei_id(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_import_dialog_finished)
        self.import_dialog = dialog
        dialog.open()

    def _on_import_dialog_finished(self, _result: int) -> None:
        self.import_dialog = None
        self.reload()
        self.answers_changed.emit()
