"""The reviewer's window over a folder of units: "Tinjauan Standar Pelayanan – <folder>" (ui layer).

Non-modal, beside the main window. The folder is read off the GUI thread (:mod:`.jobs`); until then the
tabs show that it is being read. Nothing here writes to a unit's file: notes go to the reviewer's own file,
the package and the report to files the reviewer chooses.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sp_desktop.domain.file_names import safe_part
from sp_desktop.export.errors import ExportError
from sp_desktop.services.review_notes import ReviewNotes, export_review_package
from sp_desktop.services.review_units import ReviewError
from sp_desktop.ui.messages import inform, warn
from sp_desktop.ui.review.checks_tab import ChecksTab
from sp_desktop.ui.review.compare_tab import CompareTab
from sp_desktop.ui.review.jobs import LoadedReview, ReviewJob, load_review
from sp_desktop.ui.review.notes_tab import NotesTab
from sp_desktop.ui.review.search_tab import SearchTab
from sp_desktop.ui.review.units_tab import UnitsTab
from sp_desktop.ui.workers import export_pool

TITLE = "Tinjauan Standar Pelayanan"
PACKAGE_FILTER = "Paket catatan evaluasi (*.spx)"
REPORT_FILTER = "Laporan PDF (*.pdf);;Buku kerja Excel (*.xlsx);;Dokumen Word (*.docx)"
REPORT_SUFFIXES = (".pdf", ".xlsx", ".docx")
DEFAULT_SIZE = (1280, 680)
"""Fits a 1366 x 768 laptop with its taskbar and the window's frame."""
AskSave = Callable[[QWidget | None, str, str, str], Path | None]
"""``ask(parent, title, proposed_path, filter) -> chosen path or None``; tests pass their own."""


def ask_save_path(parent: QWidget | None, title: str, proposed: str, file_filter: str) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(parent, title, proposed, file_filter)
    return Path(chosen) if chosen else None


class ReviewWindow(QMainWindow):
    """The review of one folder; call :meth:`start_loading` once it is shown.

    Args:
        folder: the folder of the units' files.
        parent: the main window (the review closes with it).
        ask_save: asks where to save a package or a report (a save dialog by default).
    """

    def __init__(self, folder: Path | str, parent: QWidget | None = None, ask_save: AskSave | None = None):
        super().__init__(parent)
        self.setObjectName("review_window")
        self.folder = Path(folder)
        self._ask_save = ask_save or ask_save_path
        self.loaded: LoadedReview | None = None
        self.notes: ReviewNotes | None = None
        self.report_job: ReviewJob | None = None
        self.load_job: ReviewJob | None = None
        self._closed = False
        self._returned: list = []  # the jobs' "run() has returned" events (a job deletes itself afterwards)
        self.setWindowTitle(f"{TITLE} \u2013 {self.folder}")
        central = QWidget(self)
        layout = QVBoxLayout(central)
        self.tabs = QTabWidget(central)
        self.tabs.setObjectName("review_tab_widget")
        self.units_tab = UnitsTab(self.tabs)
        self.search_tab = SearchTab(self.tabs)
        self.compare_tab = CompareTab(self.tabs)
        self.checks_tab = ChecksTab(self.tabs)
        self.notes_tab = NotesTab(self.tabs)
        for tab, text in ((self.units_tab, "Daftar &unit"), (self.search_tab, "&Cari"),
                          (self.compare_tab, "&Bandingkan"), (self.checks_tab, "&Pemeriksaan"),
                          (self.notes_tab, "Catatan &evaluasi")):
            self.tabs.addTab(tab, text)
        layout.addWidget(self.tabs, 1)
        bottom = QHBoxLayout()
        self.status_label = QLabel("", central)
        self.status_label.setObjectName("review_status_label")
        self.status_label.setWordWrap(True)
        self.close_button = QPushButton("&Tutup", central)
        self.close_button.setObjectName("review_close_push_button")
        self.close_button.setAutoDefault(False)
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)
        self.setCentralWidget(central)
        self.tabs.setEnabled(False)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self._on_find_shortcut_activated)

        self.close_button.clicked.connect(self.close)
        self.units_tab.notes_wanted.connect(self._on_units_tab_notes_wanted)
        self.search_tab.hit_chosen.connect(self._on_search_tab_hit_chosen)
        self.notes_tab.export_requested.connect(self._on_notes_tab_export_requested)
        self.notes_tab.report_requested.connect(self._on_notes_tab_report_requested)
        self.resize(*DEFAULT_SIZE)

    # -- loading ---------------------------------------------------------------------------
    def start_loading(self) -> ReviewJob:
        """Read the folder on the global thread pool; the tabs fill when it is read."""
        self.status_label.setText(f"Membaca berkas unit di {self.folder}\u2026")
        folder = self.folder
        job = ReviewJob(lambda: load_review(folder), "Folder tidak dapat dibaca karena kesalahan yang tidak terduga.")
        job.finished.connect(self._on_load_job_finished)
        job.failed.connect(self._on_load_job_failed)
        self.load_job = job
        self._returned.append(job.returned_event)
        job.start()
        return job

    @property
    def is_loaded(self) -> bool:
        return self.loaded is not None

    def is_busy(self) -> bool:
        """True while a job of this window has not returned yet (tests wait for this to turn False)."""
        return (self.load_job is not None or self.report_job is not None
                or any(not done.is_set() for done in self._returned))

    def _on_load_job_finished(self, loaded: LoadedReview) -> None:
        self.load_job = None
        if self._closed:  # closed while the folder was read: nothing to show
            loaded.index.close()
            return
        self.loaded = loaded
        review_set = loaded.review_set
        try:
            self.notes = ReviewNotes.in_folder(self.folder)
        except ReviewError as exc:
            self.notes = None
            warn(self, TITLE, f"{exc}\n\nCatatan evaluasi tidak dapat disimpan; tab lain tetap dapat dipakai.")
        self.units_tab.show_set(review_set)
        self.search_tab.set_index(loaded.index)
        self.compare_tab.set_review(review_set, loaded.names)
        self.checks_tab.set_checks(loaded.checks)
        self.notes_tab.set_review(review_set, self.notes)
        self.tabs.setEnabled(True)
        problems = f"; {len(review_set.problems)} berkas tidak dapat dibuka" if review_set.problems else ""
        self.status_label.setText(f"{len(review_set.units)} unit, {review_set.service_count} layanan terbaca"
                                  f"{problems}. Berkas unit hanya dibaca, tidak diubah.")
        self.units_tab.units_table.setFocus()

    def _on_load_job_failed(self, message: str) -> None:
        self.load_job = None
        self.status_label.setText(message)
        warn(self, TITLE, message)

    # -- moving between tabs ---------------------------------------------------------------
    def _on_find_shortcut_activated(self) -> None:
        if self.tabs.isEnabled():
            self.tabs.setCurrentWidget(self.search_tab)
            self.search_tab.search_edit.setFocus()
            self.search_tab.search_edit.selectAll()

    def _on_units_tab_notes_wanted(self, unit: str) -> None:
        self.tabs.setCurrentWidget(self.notes_tab)
        self.notes_tab.choose_unit(unit)
        self.notes_tab.table.setFocus()

    def _on_search_tab_hit_chosen(self, unit: str, jenis_pelayanan: str, komponen: str) -> None:
        self.tabs.setCurrentWidget(self.notes_tab)
        self.notes_tab.show_context(unit, jenis_pelayanan, komponen)

    # -- sending and reporting -------------------------------------------------------------
    def _on_notes_tab_export_requested(self, unit_name: str) -> None:
        title = "Ekspor catatan evaluasi"
        unit = self.loaded.review_set.unit(unit_name) if self.loaded else None
        if unit is None or self.notes is None:
            return
        proposed = self.folder / f"Catatan evaluasi - {safe_part(unit_name) or 'unit'}.spx"
        path = self._ask_save(self, f"Simpan catatan evaluasi untuk {unit_name}", str(proposed), PACKAGE_FILTER)
        if path is None:
            return
        if path.suffix.lower() != ".spx":
            path = path.with_name(path.name + ".spx")
        try:
            written = export_review_package(self.notes, unit, path)
        except ReviewError as exc:
            warn(self, title, str(exc))
            return
        except ExportError as exc:  # a folder that cannot be written
            warn(self, title, str(exc))
            return
        count = len(self.notes.notes(unit_name))
        inform(self, title, f"{count} catatan untuk {unit_name} tersimpan sebagai \u201c{written.name}\u201d di "
                            f"{written.parent}.\n\nKirim berkas ini ke unit; unit menerimanya di SP Desktop "
                            "(Pertukaran \u203a Terima perubahan\u2026).")

    def _on_notes_tab_report_requested(self) -> None:
        if self.loaded is None or self.report_job is not None:
            return
        proposed = self.folder / "Laporan konsolidasi Standar Pelayanan.pdf"
        path = self._ask_save(self, "Simpan laporan konsolidasi", str(proposed), REPORT_FILTER)
        if path is None:
            return
        if path.suffix.lower() not in REPORT_SUFFIXES:
            path = path.with_name(path.name + ".pdf")
        self.start_report(path)

    def start_report(self, path: Path) -> ReviewJob:
        """Write the consolidated report to ``path`` on the export pool (reportlab runs one job at a time)."""
        from sp_desktop.services.review_report import write_report

        review_set, folder, penyusun = self.loaded.review_set, self.folder, self.notes_tab.reviewer

        def write() -> Path:
            with ReviewNotes.in_folder(folder) as notes:  # its own connection: SQLite's belongs to one thread
                return write_report(review_set, path, notes, penyusun)

        job = ReviewJob(write, "Laporan tidak dapat dibuat karena kesalahan yang tidak terduga.")
        job.finished.connect(self._on_report_job_finished)
        job.failed.connect(self._on_report_job_failed)
        self.report_job = job
        self._returned.append(job.returned_event)
        self.notes_tab.report_button.setEnabled(False)
        self.status_label.setText(f"Membuat laporan konsolidasi {path.name}\u2026")
        job.start(export_pool())
        return job

    def _report_ended(self) -> None:
        self.report_job = None
        self.notes_tab.report_button.setEnabled(True)

    def _on_report_job_finished(self, path: Path) -> None:
        self._report_ended()
        self.status_label.setText(f"Laporan konsolidasi tersimpan: {path}")
        inform(self, "Laporan konsolidasi", f"Laporan konsolidasi tersimpan sebagai \u201c{path.name}\u201d di "
                                            f"{path.parent}.")

    def _on_report_job_failed(self, message: str) -> None:
        self._report_ended()
        self.status_label.setText("Laporan konsolidasi tidak dibuat.")
        warn(self, "Laporan konsolidasi tidak dibuat", message)

    # -- closing ---------------------------------------------------------------------------
    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._closed = True
        if self.loaded is not None:
            self.search_tab.set_index(None)
            self.loaded.index.close()
            self.loaded = None
        if self.notes is not None:
            self.notes.close()
            self.notes = None
            self.notes_tab.notes = None
        super().closeEvent(event)
