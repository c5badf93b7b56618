"""The "Ekspor Dokumen" dialog: choose a document, export it off the GUI thread, open or print it (ui layer).

The dialog lists the services from their summaries, hands a snapshot of only the chosen ones to an
:class:`~sp_desktop.ui.workers.ExportWorker` and only reacts to the worker's signals.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QListWidgetItem, QWidget

from sp_desktop.domain.file_names import subject
from sp_desktop.domain.maklumat import missing_elements, warning_text
from sp_desktop.domain.model import ServiceSummary
from sp_desktop.domain.standar_layout import layout_of
from sp_desktop.services import targets
from sp_desktop.services.session import ProjectSession
from sp_desktop.storage.errors import ProjectError
from sp_desktop.ui.dialogs.export_choices import (
    DOCUMENTS,
    FILE_FILTERS,
    FORMATS,
    LAYOUTS_BY_KIND,
    PAPERS,
    DocumentChoice,
    default_file_name,
    typed_suffix,
)
from sp_desktop.ui.dialogs.export_findings import IncompleteServicesBox, not_ready
from sp_desktop.ui.dialogs.export_naming import NEW_NAME, OVERWRITE, ask_overwrite, default_export_folder, free_name
from sp_desktop.ui.file_actions import open_file, show_in_folder
from sp_desktop.ui.generated.ui_export_dialog import Ui_ExportDialog
from sp_desktop.ui.messages import guarded, warn
from sp_desktop.ui.printing import PrintError, open_print_preview
from sp_desktop.ui.settings_store import AppSettings
from sp_desktop.ui.workers import ExportJob, ExportWorker


class ExportDialog(QDialog):
    """Exports the Rancangan, the Standar Pelayanan or the Maklumat to PDF or Word, or prints it.

    Signals:
        export_started(object): the :class:`ExportWorker` of a job, emitted before it starts.
        exported(str): a document was written to this path.
        step_requested(int, str): the user asked to complete a service at a step (service id, step key);
            the dialog closes itself after emitting it.

    Args:
        session: the open project.
        initial_services: service ids to preselect (e.g. the selection of the services page);
            None selects all services.
        settings: where the last export folder is remembered (``QSettings()`` by default).
    """

    export_started = Signal(object)
    exported = Signal(str)
    step_requested = Signal(int, str)

    def __init__(self, session: ProjectSession, parent: QWidget | None = None,
                 initial_services: list[int] | None = None, *, settings: AppSettings | None = None):
        super().__init__(parent)
        self.ui = Ui_ExportDialog()
        self.ui.setupUi(self)
        self._session = session
        self._settings = settings or AppSettings(QSettings())
        self._pengaturan = session.pengaturan()
        instansi = session.instansi()
        self._unit = instansi.singkatan or instansi.nama
        self._services = session.summaries()  # names and what is missing; no service is decoded to list them
        self._worker: ExportWorker | None = None
        self._running = False
        self._purpose = "export"
        self._last_output: Path | None = None
        self._target_is_default = True
        self._close_requested = False
        self._print_dir: tempfile.TemporaryDirectory | None = None
        self._preview = None
        self._question = None  # the open overwrite or incomplete-services box, if any
        self._maklumat_warning = warning_text(missing_elements(self._pengaturan.maklumat_teks))
        for button in (self.ui.open_file_push_button, self.ui.show_folder_push_button):
            policy = button.sizePolicy()
            policy.setRetainSizeWhenHidden(True)  # offering them after an export must not shift the layout
            button.setSizePolicy(policy)
        self._fill_choices()
        self._fill_services(initial_services)
        self._connect()
        self._set_default_target()
        self._show_result(None)
        self._update_controls()

    # -- public ------------------------------------------------------------------------------
    @property
    def worker(self) -> ExportWorker | None:
        """The running (or last) export job, if any."""
        return self._worker

    @property
    def is_running(self) -> bool:
        """True from the start of a job until its last signal has been handled."""
        return self._running

    @property
    def last_output(self) -> Path | None:
        """The file written by the last successful export."""
        return self._last_output

    def choice(self) -> DocumentChoice:
        return DOCUMENTS[self.ui.doc_combo_box.currentIndex()]

    def chosen_service_ids(self) -> list[int] | None:
        """The checked service ids, or None when every service is to be exported."""
        if self.ui.all_services_radio_button.isChecked():
            return None
        items = (self.ui.services_list_widget.item(row) for row in range(self.ui.services_list_widget.count()))
        return [item.data(Qt.ItemDataRole.UserRole) for item in items if item.checkState() == Qt.CheckState.Checked]

    def target_path(self) -> Path | None:
        """The target file as typed, with the chosen format's suffix; None when empty."""
        text = self.ui.target_line_edit.text().strip().strip('"').strip()
        if not text:
            return None
        fmt = "." + self.ui.format_combo_box.currentData()
        path = Path(text).expanduser()
        if not path.is_absolute():
            path = self._default_folder() / path
        if path.is_dir():  # a folder alone: the default name inside it
            path = path / self._default_name(fmt[1:])
        if not path.name:
            return None
        if path.suffix.lower() in (".pdf", ".docx"):
            path = path.with_suffix(fmt)
        elif path.suffix.lower() != fmt:
            path = path.with_name(path.name + fmt)
        return path

    # -- set-up ------------------------------------------------------------------------------
    def _fill_choices(self) -> None:
        for choice in DOCUMENTS:
            self.ui.doc_combo_box.addItem(choice.label, choice.key)
        for combo, entries in ((self.ui.format_combo_box, FORMATS), (self.ui.paper_combo_box, PAPERS)):
            for key, label in entries:
                combo.addItem(label, key)
        self._fill_layouts()
        paper = self._pengaturan.kertas if self._pengaturan.kertas in ("f4", "a4") else "f4"
        self.ui.paper_combo_box.setCurrentIndex(self.ui.paper_combo_box.findData(paper))
        self._paper_before_poster = paper

    def _fill_services(self, initial: list[int] | None) -> None:
        wanted = set(initial) if initial is not None else None
        for layanan in self._services:
            item = QListWidgetItem(layanan.jenis_pelayanan or "(tanpa nama)")
            item.setData(Qt.ItemDataRole.UserRole, layanan.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = wanted is None or layanan.id in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.ui.services_list_widget.addItem(item)
        self.ui.all_services_radio_button.setText(f"&Semua jenis pelayanan ({len(self._services)})")
        if wanted is not None:
            self.ui.chosen_services_radio_button.setChecked(True)

    def _fill_layouts(self) -> None:
        """The layouts the chosen document has: the Rancangan's, the Standar's (the project's choice first)."""
        combo, kind = self.ui.layout_combo_box, self.choice().doc_kind
        combo.blockSignals(True)
        combo.clear()
        for key, label in LAYOUTS_BY_KIND[kind]:
            combo.addItem(label, key)
        if not combo.count():
            combo.addItem("Tidak ada pilihan", None)
        if kind == "standar":
            combo.setCurrentIndex(max(0, combo.findData(layout_of(self._pengaturan.tata_letak_standar))))
        combo.blockSignals(False)

    def _connect(self) -> None:
        ui = self.ui
        ui.doc_combo_box.currentIndexChanged.connect(self._on_doc_combo_box_current_index_changed)
        ui.format_combo_box.currentIndexChanged.connect(self._on_format_combo_box_current_index_changed)
        ui.layout_combo_box.currentIndexChanged.connect(self._update_controls)
        ui.paper_combo_box.currentIndexChanged.connect(self._update_controls)
        ui.target_line_edit.textEdited.connect(self._on_target_line_edit_text_edited)
        ui.browse_push_button.clicked.connect(self._on_browse_push_button_clicked)
        ui.all_services_radio_button.toggled.connect(self._on_services_changed)
        ui.services_list_widget.itemChanged.connect(self._on_services_changed)
        ui.check_all_push_button.clicked.connect(lambda: self._check_all(Qt.CheckState.Checked))
        ui.check_none_push_button.clicked.connect(lambda: self._check_all(Qt.CheckState.Unchecked))
        ui.export_push_button.clicked.connect(self._on_export_push_button_clicked)
        ui.print_push_button.clicked.connect(self._on_print_push_button_clicked)
        ui.cancel_push_button.clicked.connect(self._on_cancel_push_button_clicked)
        ui.close_push_button.clicked.connect(self.reject)
        ui.open_file_push_button.clicked.connect(self._on_open_file_push_button_clicked)
        ui.show_folder_push_button.clicked.connect(self._on_show_folder_push_button_clicked)

    # -- options -----------------------------------------------------------------------------
    def _default_folder(self) -> Path:
        return default_export_folder(self._settings.last_folder())

    def _subject(self) -> str:
        """What the file name says the document is about: the service, "semua layanan", "N layanan", the unit."""
        if not self.choice().uses_services:
            return self._unit
        ids = self.chosen_service_ids()
        names = None if ids is None else [s.jenis_pelayanan or "tanpa nama" for s in self._chosen(ids)]
        return subject(names, len(self._services))

    def _default_name(self, fmt: str) -> str:
        return default_file_name(self.choice(), self._subject(), fmt)

    def _set_default_target(self) -> None:
        name = self._default_name(self.ui.format_combo_box.currentData())
        self.ui.target_line_edit.setText(str(self._default_folder() / name))
        self._target_is_default = True

    def _on_services_changed(self, *_args) -> None:
        if self._target_is_default:
            self._set_default_target()
        self._update_controls()

    def _on_doc_combo_box_current_index_changed(self, _index: int) -> None:
        choice = self.choice()
        paper = self.ui.paper_combo_box
        if choice.poster:
            self._paper_before_poster = paper.currentData()
            paper.setCurrentIndex(paper.findData("a3"))
        elif paper.currentData() == "a3":
            paper.setCurrentIndex(paper.findData(self._paper_before_poster))
        self._fill_layouts()
        if self._target_is_default:
            self._set_default_target()
        self._update_controls()

    def _on_format_combo_box_current_index_changed(self, _index: int) -> None:
        text = self.ui.target_line_edit.text()
        suffix = typed_suffix(text)
        fmt = self.ui.format_combo_box.currentData()
        if suffix and suffix != fmt:  # swap only the suffix, keeping whatever else was typed
            self.ui.target_line_edit.setText(text.rstrip().rstrip('"')[: -len(suffix)] + fmt)
        self._update_controls()

    def _on_target_line_edit_text_edited(self, text: str) -> None:
        self._target_is_default = False
        # A typed ".docx" or ".pdf" chooses the format, so what is typed is what is written.
        index = self.ui.format_combo_box.findData(typed_suffix(text))
        if index >= 0:
            self.ui.format_combo_box.setCurrentIndex(index)
        self._update_controls()

    def _on_browse_push_button_clicked(self) -> None:
        fmt = self.ui.format_combo_box.currentData()
        start = self.target_path() or self._default_folder()
        filters = ";;".join(FILE_FILTERS.values())
        # The dialog's own question (Indonesian buttons, "nama baru") asks before overwriting, not the file dialog.
        name, chosen_filter = QFileDialog.getSaveFileName(self, "Simpan dokumen sebagai", str(start), filters,
                                                          FILE_FILTERS[fmt], QFileDialog.Option.DontConfirmOverwrite)
        if not name:
            return
        fmt = next((key for key, text in FILE_FILTERS.items() if text == chosen_filter), fmt)
        self.ui.format_combo_box.setCurrentIndex(self.ui.format_combo_box.findData(fmt))
        self.ui.target_line_edit.setText(name)
        self._target_is_default = False
        path = self.target_path()
        if path is not None:
            self._settings.set_last_folder(path.parent)
        self._update_controls()

    def _check_all(self, state: Qt.CheckState) -> None:
        self.ui.chosen_services_radio_button.setChecked(True)
        for row in range(self.ui.services_list_widget.count()):
            self.ui.services_list_widget.item(row).setCheckState(state)

    def _update_controls(self, *_args) -> None:
        ui, choice = self.ui, self.choice()
        running = self.is_running
        ui.doc_hint_label.setText(choice.hint)
        ui.layout_combo_box.setEnabled(ui.layout_combo_box.count() > 1)
        warning = self._maklumat_warning if choice.doc_kind == "maklumat" else ""
        ui.maklumat_warning_label.setText(f"Peringatan: {warning} Ubah teksnya di Dokumen → Pengaturan dokumen."
                                          if warning else "")
        ui.maklumat_warning_label.setVisible(bool(warning))
        ui.paper_combo_box.model().item(ui.paper_combo_box.findData("a3")).setEnabled(choice.poster)
        ui.services_group_box.setEnabled(choice.uses_services and not running)
        ui.services_list_widget.setEnabled(ui.chosen_services_radio_button.isChecked())
        ids = self.chosen_service_ids()
        has_services = bool(self._services) if ids is None else bool(ids)
        selection_ok = not choice.uses_services or has_services
        self._show_findings_hint(choice, ids)
        ui.document_group_box.setEnabled(not running)
        ui.target_group_box.setEnabled(not running)
        # Only whether something is typed: no file-system look-up per keystroke (a network share can stall).
        has_target = bool(ui.target_line_edit.text().strip().strip('"').strip())
        ui.export_push_button.setEnabled(not running and selection_ok and has_target)
        ui.print_push_button.setEnabled(not running and selection_ok)
        ui.cancel_push_button.setEnabled(running)

    def _chosen(self, ids: list[int] | None) -> list[ServiceSummary]:
        if ids is None:
            return self._services
        wanted = set(ids)
        return [s for s in self._services if s.id in wanted]

    def _show_findings_hint(self, choice: DocumentChoice, ids: list[int] | None) -> None:
        text = ""
        if choice.uses_services and not self._services:
            text = "Proyek ini belum memiliki jenis pelayanan."
        elif choice.doc_kind == "standar":
            chosen = self._chosen(ids)
            # A summary's ``missing`` names the components with blocking findings: no review is run here.
            blocked = [item.service.jenis_pelayanan or "(tanpa nama)" for item in not_ready(chosen)]
            if blocked:
                names = ", ".join(blocked[:3]) + (", …" if len(blocked) > 3 else "")
                text = (f"Perhatian: {len(blocked)} dari {len(chosen)} jenis pelayanan yang dipilih belum lengkap "
                        f"atau belum ditandai siap dibahas ({names}); Standar Pelayanan belum dapat dibuat untuknya.")
        self.ui.findings_label.setText(text)
        self.ui.findings_label.setVisible(bool(text))

    # -- running -----------------------------------------------------------------------------
    def _on_export_push_button_clicked(self) -> None:
        if not self.is_running and self._question is None:
            self._export()

    def _export(self) -> None:
        path = self.target_path()
        if path is None or self._refuse_target(path) or not self._standar_allowed(self._export):
            return
        if path.exists():
            # A second export in a row asks again: the first one's file is as much worth keeping.
            self._question = ask_overwrite(self, path, lambda answer: self._on_overwrite_answered(path, answer))
            return
        self.ui.target_line_edit.setText(str(path))
        self._start(path, "export", self.ui.paper_combo_box.currentData())

    def _on_overwrite_answered(self, path: Path, answer: str | None) -> None:
        self._question = None
        if answer is None:
            self._set_status("Ekspor dibatalkan; berkas yang ada tidak diubah.")
            return
        if answer == NEW_NAME:
            path = free_name(path)
        elif answer != OVERWRITE:  # pragma: no cover - ask_overwrite answers only these
            return
        self.ui.target_line_edit.setText(str(path))
        self._start(path, "export", self.ui.paper_combo_box.currentData())

    def _on_print_push_button_clicked(self) -> None:
        if not self.is_running and self._question is None:
            self._print()

    def _print(self) -> None:
        if not self._standar_allowed(self._print):
            return
        if self._print_dir is None:
            self._print_dir = tempfile.TemporaryDirectory(prefix="sp-desktop-cetak-", ignore_cleanup_errors=True)
        name = self._default_name("pdf")
        self._start(Path(self._print_dir.name) / name, "print", self.ui.paper_combo_box.currentData())

    def _refuse_target(self, path: Path) -> bool:
        """Never a document over the open project, its side files or another SP Desktop project.

        Returns:
            True when ``path`` was refused (the reason has been shown).
        """
        try:
            targets.refuse_overwrite(path, [self._session.path])
        except ProjectError as exc:
            self._set_status("Ekspor dibatalkan: pilih nama berkas lain.")
            warn(self, "Ekspor dokumen", str(exc))
            return True
        return False

    def _standar_allowed(self, go_on) -> bool:
        """True unless a Standar is asked for with services that are incomplete or not yet "siap dibahas".

        Those are listed, one line each with a link to the step to complete; when some chosen services
        qualify, the box offers to go on (``go_on``) with only them.
        """
        if self.choice().doc_kind != "standar":
            return True
        chosen = self._chosen(self.chosen_service_ids())
        blocked = not_ready(chosen)
        if not blocked:
            return True
        self._set_status(f"Standar Pelayanan belum dapat dibuat: {len(blocked)} jenis pelayanan belum siap.")
        box = IncompleteServicesBox(self, blocked, len(chosen) - len(blocked))
        box.step_requested.connect(self._on_incomplete_box_step_requested)
        box.export_ready_requested.connect(lambda: self._continue_with_ready(blocked, go_on))
        box.finished.connect(lambda _result: self._forget_question(box))
        self._question = box
        box.open()
        return False

    def _forget_question(self, box) -> None:
        if self._question is box:  # going on with the ready services may already have asked the next question
            self._question = None

    def _continue_with_ready(self, blocked, go_on) -> None:
        """Leave the services that are not ready out of the selection, then export or print the rest."""
        self._question = None
        left_out = {item.service.id for item in blocked}
        # What was asked for, before the radio switches: "Semua" asked for every service.
        view = self.ui.services_list_widget
        chosen = self.chosen_service_ids()
        if chosen is None:
            chosen = [view.item(row).data(Qt.ItemDataRole.UserRole) for row in range(view.count())]
        wanted = set(chosen) - left_out
        self.ui.chosen_services_radio_button.setChecked(True)
        for row in range(view.count()):
            item = view.item(row)
            keep = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if keep else Qt.CheckState.Unchecked)
        go_on()

    def _on_incomplete_box_step_requested(self, service_id: int, step: str) -> None:
        self._question = None
        self.step_requested.emit(service_id, step)
        self.reject()

    def _start(self, path: Path, purpose: str, paper: str) -> None:
        choice = self.choice()
        ids = self.chosen_service_ids() if choice.uses_services else None
        # A snapshot of what the document shows: the worker never sees the database, and one chosen
        # service out of two thousand is read alone. The Maklumat lists no service.
        wanted = (None if ids is None else list(ids)) if choice.uses_services else []
        project = guarded(self, "Ekspor dokumen", self._session.load_project, wanted)
        if project is None:
            return
        job = ExportJob(
            project=project,
            doc_kind=choice.doc_kind,
            out_path=path,
            service_ids=tuple(ids) if ids is not None else None,
            layout=self.ui.layout_combo_box.currentData() or "full",
            paper=paper,
            poster=choice.poster,
        )
        worker = ExportWorker(job)
        worker.progress.connect(self._on_worker_progress)
        worker.finished.connect(self._on_worker_finished)
        worker.failed.connect(self._on_worker_failed)
        worker.cancelled.connect(self._on_worker_cancelled)
        self._worker, self._purpose, self._running = worker, purpose, True
        self._show_result(None)
        self.ui.export_progress_bar.setValue(0)
        self._set_status("Menyiapkan pratinjau cetak…" if purpose == "print" else f"Mengekspor ke {path.name}…")
        self.export_started.emit(worker)
        worker.start()
        self._update_controls()
        self.ui.cancel_push_button.setFocus()

    def _on_cancel_push_button_clicked(self) -> None:
        if self.is_running:
            self._worker.cancel()
            self.ui.cancel_push_button.setEnabled(False)
            self._set_status("Membatalkan…")

    def _on_worker_progress(self, done: int, total: int) -> None:
        self.ui.export_progress_bar.setValue(round(100 * done / total) if total > 0 else 0)

    def _on_worker_finished(self, path: str) -> None:
        self.ui.export_progress_bar.setValue(100)
        if self._purpose == "print":
            self._set_status("Pratinjau cetak dibuka.")
            self._job_ended()
            self._open_preview(Path(path), self._worker.job.paper)
            return
        self._last_output = Path(path)
        self._settings.set_last_folder(self._last_output.parent)
        self._set_status(f"Berhasil disimpan: {self._last_output.name}")
        self.ui.status_label.setToolTip(path)
        self._show_result(self._last_output)
        self._job_ended()
        self.exported.emit(path)

    def _on_worker_failed(self, message: str) -> None:
        self.ui.export_progress_bar.setValue(0)
        first = message.splitlines()[0] if message else ""
        self._set_status(first if first.startswith("Ekspor gagal") else f"Ekspor gagal: {first}")
        self._job_ended()
        if not self._close_requested:
            warn(self, "Ekspor gagal", message)

    def _on_worker_cancelled(self) -> None:
        self.ui.export_progress_bar.setValue(0)
        self._set_status("Ekspor dibatalkan; tidak ada berkas yang ditulis.")
        self._job_ended()

    def _job_ended(self) -> None:
        self._running = False
        self._update_controls()
        if self._close_requested:
            super().reject()

    def _set_status(self, text: str) -> None:
        self.ui.status_label.setText(text)
        self.ui.status_label.setToolTip("")

    # -- results -----------------------------------------------------------------------------
    def _show_result(self, path: Path | None) -> None:
        self.ui.open_file_push_button.setVisible(path is not None)
        self.ui.show_folder_push_button.setVisible(path is not None)
        if path is not None:
            self.ui.open_file_push_button.setFocus()

    def _on_open_file_push_button_clicked(self) -> None:
        path = self._last_output
        if path is not None and not open_file(path):
            warn(self, "Buka berkas",
                 f"Tidak ada program untuk membuka {path.name}. Berkasnya tersimpan di {path.parent}.")

    def _on_show_folder_push_button_clicked(self) -> None:
        if self._last_output is not None:
            show_in_folder(self._last_output)

    def _open_preview(self, pdf: Path, paper: str) -> None:
        try:
            self._preview = open_print_preview(pdf, paper, self)
        except PrintError as exc:
            warn(self, "Cetak", str(exc))
            return
        self._preview.finished.connect(self._on_preview_finished)

    def _on_preview_finished(self, _result: int) -> None:
        self._preview = None  # it deletes itself

    # -- closing -----------------------------------------------------------------------------
    def reject(self) -> None:
        """Close; a running export is cancelled first and the dialog closes when it has stopped."""
        if self.is_running:
            self._close_requested = True
            self._on_cancel_push_button_clicked()
            return
        super().reject()

    def done(self, result: int) -> None:
        super().done(result)
        if self._print_dir is not None and self._preview is None:
            self._print_dir.cleanup()
            self._print_dir = None
