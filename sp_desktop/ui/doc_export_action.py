"""Save a cycle document from any page: ask where, write it off the GUI thread, offer to open it (ui layer).

:func:`export_interactively` is the one call the Pembahasan, Penetapan and Penerapan pages use for
the kinds of ``export.catalog.BUILDERS``: an Indonesian save dialog with a proposed file name,
PDF or Word (and Excel where the kind has a workbook), a progress window with "Batal", then a
message with "Buka berkas". Everything the document needs is read from the session on the GUI
thread (``services.documents.document_job``); only the building and writing run on the export pool.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from sp_desktop.domain.file_names import CYCLE_TITLES, cycle_file_name
from sp_desktop.export import catalog
from sp_desktop.export.errors import ExportError
from sp_desktop.services import targets
from sp_desktop.services.documents import document_job
from sp_desktop.storage.errors import ProjectError
from sp_desktop.ui.dialogs.export_naming import default_export_folder
from sp_desktop.ui.export_feedback import progress_dialog, result_box
from sp_desktop.ui.file_actions import open_file, show_in_folder
from sp_desktop.ui.settings_store import AppSettings
from sp_desktop.ui.workers import ExportJob, ExportWorker

FILTERS = {"pdf": "Dokumen PDF (*.pdf)", "docx": "Dokumen Word (*.docx)", "xlsx": "Buku kerja Excel (*.xlsx)",
           "png": "Gambar PNG (*.png)"}

AskPath = Callable[[QWidget | None, str, Path, list[str]], Path | None]
"""``ask(parent, title, proposed, filters) -> chosen path or None``; tests pass their own."""


def formats_of(kind: str) -> list[str]:
    """The formats a kind is written in: PDF and Word, and Excel or PNG where it has such a writer."""
    formats = ["pdf", "docx"]
    if kind in catalog.XLSX_WRITERS:
        formats.append("xlsx")
    if kind in catalog.IMAGE_WRITERS:
        formats.append("png")
    return formats


def proposed_path(session, kind: str, fmt: str = "pdf", settings: AppSettings | None = None,
                  day: date | None = None) -> Path:
    """The folder last used (else Documents) and ``<Judul> - <unit> - <tanggal>.<fmt>``."""
    settings = settings or AppSettings(QSettings())
    instansi = session.instansi()
    about = instansi.singkatan or instansi.nama
    return default_export_folder(settings.last_folder()) / cycle_file_name(kind, about, day or date.today(), fmt)


def ask_save_path(parent: QWidget | None, title: str, proposed: Path, filters: list[str]) -> Path | None:
    """Qt's save dialog; the chosen filter's suffix is added when the typed name has none of them."""
    texts = [FILTERS[f] for f in filters]
    name, chosen = QFileDialog.getSaveFileName(parent, title, str(proposed), ";;".join(texts), texts[0])
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower().lstrip(".") not in filters:
        fmt = filters[texts.index(chosen)] if chosen in texts else filters[0]
        path = path.with_name(path.name + "." + fmt)
    return path


def export_interactively(
    parent: QWidget | None,
    session,
    kind: str,
    *,
    session_index: int | None = None,
    service_ids: Sequence[int] | None = None,
    options: Mapping[str, Any] | None = None,
    ask_path: AskPath | None = None,
    settings: AppSettings | None = None,
) -> None:
    """Ask where to save the document ``kind``, write it on the export pool and report the result.

    Returns at once; the progress window and the result message are children of ``parent``
    (object names ``doc_export_progress_dialog``, ``doc_export_result_message_box``). A document
    the rules forbid (``DocumentRefused``) is reported with what is missing.

    Args:
        parent: the page or window asking.
        session: the open ``ProjectSession``.
        kind: a kind of ``export.catalog.BUILDERS``.
        session_index: the discussion, 0-based in the file's order; None for the last.
        service_ids: the services, for the kinds that list them; None for all.
        options: document-specific choices (``DocRequest.options``).
        ask_path: replaces the file dialog (tests).
        settings: where the last folder is remembered (``QSettings()`` by default).
    """
    settings = settings or AppSettings(QSettings())
    title = CYCLE_TITLES.get(kind) or kind.replace("-", " ").title()
    filters = formats_of(kind)
    proposed = proposed_path(session, kind, filters[0], settings)
    path = (ask_path or ask_save_path)(parent, f"Simpan {title}", proposed, filters)
    if path is None:
        return
    try:
        targets.refuse_overwrite(path, [session.path])
        project, request = document_job(session, kind, session_index=session_index, service_ids=service_ids,
                                        options=options)
    except (ExportError, ProjectError) as exc:
        _result_box(parent, QMessageBox.Icon.Warning, f"{title} tidak dibuat", str(exc), None)
        return
    settings.set_last_folder(path.parent)
    _Run(parent, title, ExportJob(project, kind, path), request).start()


class _Run(QObject):
    """One running export: the worker, its progress window and the message at the end."""

    def __init__(self, parent: QWidget | None, title: str, job: ExportJob, request) -> None:
        super().__init__(parent)
        self._parent, self._title, self._request = parent, title, request

        def export(project, kind, out_path, ids, layout, paper, **kwargs):
            # The unit's own Word template, when one is stored for this kind, fills a .docx.
            from sp_desktop.services.documents import write_document

            return write_document(project, kind, out_path, request, progress=kwargs.get("progress"),
                                  cancelled=kwargs.get("cancelled"))

        self.worker = ExportWorker(job, export=export, parent=self)
        self.progress = progress_dialog(parent, self.worker, f"Membuat {title}\u2026", title,
                                        "doc_export_progress_dialog")
        self.worker.progress.connect(self._on_progress)
        self.worker.finished.connect(self._on_finished)
        self.worker.failed.connect(self._on_failed)
        self.worker.cancelled.connect(self._on_cancelled)

    def start(self) -> None:
        self.worker.start()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _close_progress(self) -> None:
        self.progress.canceled.disconnect(self.worker.cancel)
        self.progress.close()
        self.progress.deleteLater()

    def _on_finished(self, path: str) -> None:
        self._close_progress()
        target = Path(path)
        text = f"{self._title} tersimpan sebagai \u201c{target.name}\u201d di {target.parent}."
        _result_box(self._parent, QMessageBox.Icon.Information, f"{self._title} selesai", text, target)
        self.worker.delete_when_returned(self)

    def _on_failed(self, message: str) -> None:
        self._close_progress()
        _result_box(self._parent, QMessageBox.Icon.Warning, f"{self._title} tidak dibuat", message, None)
        self.worker.delete_when_returned(self)

    def _on_cancelled(self) -> None:
        self._close_progress()
        self.worker.delete_when_returned(self)


def _result_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
                path: Path | None) -> QMessageBox:
    return result_box(parent, icon, title, text, path, object_name="doc_export_result_message_box",
                      open_text="&Buka berkas", open_name="open_file_push_button", folder_text="Tampilkan di &folder",
                      opener=lambda p: open_file(p), shower=lambda p: show_in_folder(p))
