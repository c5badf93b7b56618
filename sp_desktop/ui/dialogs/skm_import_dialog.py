"""The import of survey responses from a CSV or XLSX file: file, sheet, mapping, preview, import (ui layer).

Choosing a file reads its first rows (the sheet, the header, the guessed mapping); every change of the
mapping re-reads the whole file on a worker thread and shows the bad rows with their reasons. "Impor"
stays disabled while a bad row remains, unless "Lewati baris yang salah" is ticked; then the good rows
are stored in one transaction (``session.add_respondents``), on the GUI thread that owns the database.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QThreadPool, Signal
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QFileDialog, QWidget

from sp_desktop.domain.formatting import format_number
from sp_desktop.domain.roles import NotAllowed
from sp_desktop.domain.skm_import import HEADER_SCAN, CheckResult, mapping_problems
from sp_desktop.domain.skm_import_values import read_text
from sp_desktop.services.survei_import import (
    ImportLayout,
    SkmImportError,
    check_file,
    read_layout,
    survey_services,
    write_checked,
)
from sp_desktop.storage.errors import ProjectError
from sp_desktop.ui import messages
from sp_desktop.ui.dialogs.skm_import_preview import fill_mapping, fill_preview, reason_at
from sp_desktop.ui.dialogs.skm_import_worker import CheckWorker
from sp_desktop.ui.generated.ui_skm_import_dialog import Ui_SkmImportDialog

FILE_FILTER = "Data survei (*.csv *.xlsx *.xlsm *.txt);;Semua berkas (*)"
TITLE = "Impor jawaban survei"
MAPPING_WIDTH = 640  # wide enough for the longest field, "U9 Penanganan Pengaduan, Saran dan Masukan"
AskOpen = Callable[[QWidget, str, Path], Path | None]
"""``ask(parent, title, folder) -> chosen path or None``; tests pass their own."""


def _ask_open(parent: QWidget, title: str, folder: Path) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, title, str(folder), FILE_FILTER)
    return Path(name) if name else None


def _n(count: int) -> str:
    return format_number(count, 0)


class SkmImportDialog(QDialog):
    """Imports responses into one survey period.

    Signals:
        imported(int): how many respondents were stored (emitted before the dialog closes).

    Args:
        session: the open project.
        survei_id: the survey period the responses belong to.
        ask_open: asks for the file (QFileDialog by default).
        pool: where the check runs (a pool of this dialog by default; tests may pass their own).
    """

    imported = Signal(int)

    def __init__(self, session, survei_id: int, parent: QWidget | None = None, *, ask_open: AskOpen | None = None,
                 pool: QThreadPool | None = None):
        super().__init__(parent)
        self.ui = Ui_SkmImportDialog()
        self.ui.setupUi(self)
        self.session = session
        self.survei_id = survei_id
        self._ask_open = ask_open or _ask_open
        self._pool = pool or QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self.layout_: ImportLayout | None = None
        self.result: CheckResult | None = None
        self._combos = []
        self._generation = 0
        self._worker: CheckWorker | None = None
        info = session.survey_info(survei_id)
        self.setWindowTitle(f"{TITLE} \u2013 {info.periode}")
        self.services, _fixed = survey_services(session, survei_id)
        self.ui.service_combo.addItem("Sesuai kolom \u201cJenis layanan\u201d pada berkas", None)
        for name in self.services:
            self.ui.service_combo.addItem(name, name)
        self._import_button = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self._import_button.setText("&Impor")
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText("&Batal")
        self.ui.splitter.setStretchFactor(0, 0)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([MAPPING_WIDTH, self.width() - MAPPING_WIDTH])
        self.ui.progress_bar.hide()
        self.ui.header_spin.setMaximum(HEADER_SCAN)
        self.ui.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.ui.sheet_combo.activated.connect(self._on_sheet_combo_activated)
        self.ui.header_spin.valueChanged.connect(self._on_header_spin_value_changed)
        self.ui.service_combo.currentIndexChanged.connect(lambda _i: self._start_check())
        self.ui.only_bad_check.toggled.connect(lambda _on: self._show_preview())
        self.ui.skip_check.toggled.connect(lambda _on: self._update_state())
        self.ui.preview_table.currentCellChanged.connect(self._on_preview_table_current_cell_changed)
        self.ui.button_box.accepted.connect(self._on_import)
        self.ui.button_box.rejected.connect(self.reject)
        self._set_layout(None)

    # -- the file ------------------------------------------------------------------------------
    def _on_choose_button_clicked(self) -> None:
        folder = self.layout_.path.parent if self.layout_ else self.session.path.parent
        path = self._ask_open(self, "Pilih berkas jawaban survei", folder)
        if path is not None:
            self.open_file(path)

    def open_file(self, path: Path | str, sheet: str | None = None, header_row: int | None = None) -> bool:
        """Read the file's first rows and guess the mapping; False (with a message) when it cannot be read."""
        try:
            layout = read_layout(path, sheet, header_row)
        except (SkmImportError, OSError) as exc:
            messages.warn(self, TITLE, str(exc))
            return False
        self._set_layout(layout)
        return True

    def _on_sheet_combo_activated(self, _index: int) -> None:
        if self.layout_ and self.ui.sheet_combo.currentText() != self.layout_.sheet:
            self.open_file(self.layout_.path, self.ui.sheet_combo.currentText())

    def _on_header_spin_value_changed(self, value: int) -> None:
        layout = self.layout_
        if layout and value != layout.header.row and not self.open_file(layout.path, layout.sheet, value):
            self.ui.header_spin.blockSignals(True)
            self.ui.header_spin.setValue(layout.header.row)
            self.ui.header_spin.blockSignals(False)

    def _set_layout(self, layout: ImportLayout | None) -> None:
        self.layout_ = layout
        self.ui.file_edit.setText(str(layout.path) if layout else "")
        has_sheets = bool(layout and layout.sheets)
        self.ui.sheet_combo.blockSignals(True)
        self.ui.sheet_combo.clear()
        if has_sheets:
            self.ui.sheet_combo.addItems(layout.sheets)
            self.ui.sheet_combo.setCurrentText(layout.sheet or "")
        self.ui.sheet_combo.blockSignals(False)
        self.ui.sheet_combo.setEnabled(has_sheets)
        self.ui.sheet_label.setEnabled(has_sheets)
        self.ui.header_spin.blockSignals(True)
        self.ui.header_spin.setValue(layout.header.row if layout else 1)
        self.ui.header_spin.blockSignals(False)
        for widget in (self.ui.header_spin, self.ui.service_combo, self.ui.only_bad_check):
            widget.setEnabled(layout is not None)
        headers = layout.headers if layout else []
        self._combos = fill_mapping(self.ui.mapping_table, headers, self._samples(layout),
                                    layout.header.mapping if layout else [], self._start_check)
        self._start_check()

    @staticmethod
    def _samples(layout: ImportLayout | None) -> list[str]:
        """The first filled value of each column below the header (among the rows already read), as a hint."""
        if layout is None:
            return []
        samples = [""] * len(layout.headers)
        for number, cells in layout.top:
            if number <= layout.header.row:
                continue
            for i, value in enumerate(cells[: len(samples)]):
                if not samples[i]:
                    samples[i] = read_text(value)[:40]
        return samples

    # -- the check -----------------------------------------------------------------------------
    def mapping(self) -> list[str | None]:
        """The field chosen for each column of the file (None: ignored)."""
        return [combo.currentData() for combo in self._combos]

    def _start_check(self) -> None:
        self._generation += 1
        if self._worker is not None:
            self._worker.cancel()
            self._worker = None
        self.result = None
        layout = self.layout_
        problems = mapping_problems(self.mapping(), layout.headers) if layout else []
        self.ui.mapping_problems_label.setText("\n".join(problems))
        self.ui.mapping_problems_label.setVisible(bool(problems))
        self.ui.mapping_problems_label.setStyleSheet("color: #8a1f1f;")
        self._show_preview()
        if layout is None:
            self.ui.summary_label.setText("Pilih berkas CSV atau XLSX untuk mulai.")
        elif problems:
            self.ui.summary_label.setText("Lengkapi pemetaan kolom dahulu: setiap unsur U1\u2013U9 perlu satu kolom.")
        else:
            mapping, fixed = self.mapping(), self.ui.service_combo.currentData()
            self.ui.summary_label.setText(f"Memeriksa {layout.path.name}\u2026")
            self.ui.progress_bar.show()
            worker = CheckWorker(self._generation, lambda **kw: check_file(layout, mapping, self.services, fixed, **kw))
            worker.progress.connect(self._on_worker_progress)
            worker.finished.connect(self._on_worker_finished)
            worker.failed.connect(self._on_worker_failed)
            self._worker = worker
            worker.start(self._pool)
        self._update_state()

    def _on_worker_progress(self, generation: int, rows: int) -> None:
        if generation == self._generation:
            self.ui.summary_label.setText(f"Memeriksa {self.layout_.path.name}: {_n(rows)} baris dibaca\u2026")

    def _on_worker_finished(self, generation: int, result: CheckResult) -> None:
        if generation != self._generation:
            return
        self._worker = None
        self.result = result
        self.ui.progress_bar.hide()
        bad = len(result.problems)
        text = (f"Dibaca {_n(result.rows_read)} baris data (judul kolom pada baris {result.header_row}): "
                f"{_n(len(result.records))} benar, {_n(bad)} salah.")
        if bad:
            text += (" Perbaiki baris yang salah di berkasnya lalu pilih berkas lagi, atau centang "
                     "\u201cLewati baris yang salah\u201d.")
        self.ui.summary_label.setText(text)
        self._show_preview()
        self._update_state()

    def _on_worker_failed(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self._worker = None
        self.ui.progress_bar.hide()
        self.ui.summary_label.setText(message)
        self._update_state()

    def _show_preview(self) -> None:
        fill_preview(self.ui.preview_table, self.result, self.mapping(), self.ui.only_bad_check.isChecked())
        first_bad = self.result.problems[0] if self.result and self.result.problems else None
        self.ui.reason_label.setText(f"Baris {first_bad.row}: {first_bad.reason}" if first_bad else "")
        self.ui.reason_label.setVisible(first_bad is not None)

    def _on_preview_table_current_cell_changed(self, row: int, _col: int, _old_row: int, _old_col: int) -> None:
        reason = reason_at(self.ui.preview_table, row)
        if reason:
            self.ui.reason_label.setText(reason)

    def _update_state(self) -> None:
        result = self.result
        bad = bool(result and result.problems)
        self.ui.skip_check.setEnabled(bad)
        ready = bool(result and result.records) and (not bad or self.ui.skip_check.isChecked())
        self._import_button.setEnabled(ready)
        if result and bad and not self.ui.skip_check.isChecked():
            self._import_button.setToolTip("Masih ada baris yang salah: perbaiki di berkasnya, atau lewati.")
        else:
            self._import_button.setToolTip("")

    def is_checking(self) -> bool:
        """True while the file is being read on the worker thread."""
        return self._worker is not None

    # -- the import ----------------------------------------------------------------------------
    def _on_import(self) -> None:
        if self.result is None:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            ids = write_checked(self.session, self.survei_id, self.result, self.ui.skip_check.isChecked())
        except (SkmImportError, NotAllowed, ProjectError) as exc:
            QApplication.restoreOverrideCursor()
            messages.warn(self, TITLE, str(exc))
            return
        QApplication.restoreOverrideCursor()
        skipped = len(self.result.problems)
        text = f"{_n(len(ids))} responden diimpor."
        if skipped:
            text += f" {_n(skipped)} baris yang salah dilewati."
        messages.inform(self, TITLE, text)
        self.imported.emit(len(ids))
        self.accept()

    def done(self, result: int) -> None:
        """Stop a running check and wait for its thread before the dialog goes."""
        self._generation += 1
        if self._worker is not None:
            self._worker.cancel()
            self._worker = None
        self._pool.waitForDone()
        super().done(result)
