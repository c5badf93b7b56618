"""Dokumen › Situs web…: pick a folder, write the unit's static website off the GUI thread, report (ui layer).

The folder and everything the site shows are read on the GUI thread (``services.website.prepare_site``);
building the pages, drawing the charts and moving the folder into place run on the export pool.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from sp_desktop.export.errors import ExportError
from sp_desktop.services import website
from sp_desktop.storage.errors import ProjectError
from sp_desktop.ui.dialogs.export_naming import default_export_folder
from sp_desktop.ui.export_feedback import progress_dialog, result_box
from sp_desktop.ui.file_actions import open_file, show_in_folder
from sp_desktop.ui.settings_store import AppSettings
from sp_desktop.ui.workers import ExportJob, ExportWorker

TITLE = "Situs web"
AskFolder = Callable[[QWidget | None, str, Path], Path | None]
"""``ask(parent, title, start) -> chosen folder or None``; tests pass their own."""


def ask_folder(parent: QWidget | None, title: str, start: Path) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(parent, title, str(start))
    return Path(chosen) if chosen else None


def export_site_interactively(parent: QWidget | None, session, *, ask: AskFolder | None = None,
                              settings: AppSettings | None = None) -> None:
    """Ask for a folder and write the website there (or into its ``situs-web`` subfolder); returns at once.

    The progress window and the result message are children of ``parent`` (object names
    ``site_export_progress_dialog``, ``site_export_result_message_box``).
    """
    settings = settings or AppSettings(QSettings())
    start = default_export_folder(settings.last_folder())
    chosen = (ask or ask_folder)(parent, "Pilih folder untuk situs web", start)
    if chosen is None:
        return
    try:
        folder = website.choose_folder(session, chosen)
        job = website.prepare_site(session, folder)
    except (ExportError, ProjectError) as exc:
        _result_box(parent, QMessageBox.Icon.Warning, f"{TITLE} tidak dibuat", str(exc), None)
        return
    settings.set_last_folder(chosen)
    _SiteRun(parent, job).start()


class _SiteRun(QObject):
    """One running site export: the worker, its progress window and the message at the end."""

    def __init__(self, parent: QWidget | None, job: website.SiteJob) -> None:
        super().__init__(parent)
        self._parent = parent
        self._result: website.SiteResult | None = None

        def export(_project, _kind, _out, _ids, _layout, _paper, **kwargs):
            self._result = website.write_site(job, progress=kwargs.get("progress"), cancelled=kwargs.get("cancelled"))
            return self._result.folder / "index.html"

        self.worker = ExportWorker(ExportJob(job.project, "situs", job.folder), export=export, parent=self)
        self.progress = progress_dialog(parent, self.worker, "Membuat situs web\u2026", TITLE,
                                        "site_export_progress_dialog", max(len(job.project.layanan), 1))
        self.worker.progress.connect(self._on_worker_progress)
        self.worker.finished.connect(self._on_worker_finished)
        self.worker.failed.connect(self._on_worker_failed)
        self.worker.cancelled.connect(self._on_worker_cancelled)

    def start(self) -> None:
        self.worker.start()

    def _on_worker_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _close_progress(self) -> None:
        self.progress.canceled.disconnect(self.worker.cancel)
        self.progress.close()
        self.progress.deleteLater()

    def _on_worker_finished(self, index: str) -> None:
        self._close_progress()
        pages = self._result.pages if self._result is not None else 0
        folder = Path(index).parent
        text = (f"Situs web tersimpan di {folder} ({pages} halaman). Buka index.html untuk melihatnya; untuk "
                "menerbitkannya, salin seluruh isi folder itu ke laman unit atau ke flashdisk apa adanya.")
        _result_box(self._parent, QMessageBox.Icon.Information, f"{TITLE} selesai", text, Path(index))
        self.worker.delete_when_returned(self)

    def _on_worker_failed(self, message: str) -> None:
        self._close_progress()
        _result_box(self._parent, QMessageBox.Icon.Warning, f"{TITLE} tidak dibuat", message, None)
        self.worker.delete_when_returned(self)

    def _on_worker_cancelled(self) -> None:
        self._close_progress()
        self.worker.delete_when_returned(self)


def _result_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
                index: Path | None) -> QMessageBox:
    return result_box(parent, icon, title, text, index, object_name="site_export_result_message_box",
                      open_text="&Buka situs", open_name="open_site_push_button", folder_text="Tampilkan &folder",
                      opener=lambda p: open_file(p), shower=lambda p: show_in_folder(p))
