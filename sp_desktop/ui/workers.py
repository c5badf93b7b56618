"""Runs one document export off the GUI thread and reports back through Qt signals (ui layer).

The worker is given a :class:`~sp_desktop.domain.model.Project` snapshot, never a database
connection, and never touches a widget: it only emits signals, which Qt queues to the GUI thread.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal
from shiboken6 import isValid

from sp_desktop.domain.model import Project
from sp_desktop.export.errors import BlockingFindings, ExportCancelled, ExportError
from sp_desktop.ui import crash_report
from sp_desktop.ui.pool_task import PoolTask

MAX_LISTED_FINDINGS = 12
"""How many blocking findings a message lists before it says "… dan N temuan lainnya"."""

ExportFunction = Callable[..., Path]

_pool: QThreadPool | None = None


def export_pool() -> QThreadPool:
    """The one thread pool every export runs on, one job at a time.

    reportlab keeps global state, so two exports must never run at once, even from two
    dialogs; a process-wide pool with a single thread queues them instead.
    """
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
        _pool.setObjectName("export_pool")
    return _pool


def blocking_findings_message(findings: Sequence[tuple[str, Any]], limit: int = MAX_LISTED_FINDINGS) -> str:
    """The Indonesian message that lists the findings keeping a Standar Pelayanan from being made.

    Args:
        findings: ``(jenis_pelayanan, finding)`` pairs, as carried by ``BlockingFindings``.
        limit: at most this many are listed; the rest are counted.
    """
    findings = list(findings)
    # The export layer words each line; reuse it so the dialog and the command line agree.
    lines = str(BlockingFindings(findings[:limit])).splitlines()
    if len(findings) > limit:
        lines.append(f"… dan {len(findings) - limit} temuan lainnya.")
    lines.append("Lengkapi isian tersebut, atau ekspor Rancangan Standar Pelayanan lebih dahulu.")
    return "\n".join(lines)


@dataclass(frozen=True)
class ExportJob:
    """Everything one export needs; ``project`` is a snapshot that no one else mutates.

    Attributes:
        project: from ``ProjectSession.load_project()``.
        doc_kind: ``"rancangan"``, ``"standar"`` or ``"maklumat"``.
        out_path: the target; its suffix (``.pdf`` or ``.docx``) chooses the format.
        service_ids: the chosen services, or None for all of them.
        layout: ``"full"`` or ``"brief"`` (Rancangan only).
        paper: ``"f4"``, ``"a4"`` or ``"a3"`` (the poster).
        poster: the Maklumat as an A3 notice-board poster.
    """

    project: Project
    doc_kind: str
    out_path: Path
    service_ids: tuple[int, ...] | None = None
    layout: str = "full"
    paper: str = "f4"
    poster: bool = False


class ExportWorker(PoolTask):
    """One export, run with :meth:`start` on :func:`export_pool`.

    Exactly one of ``finished``, ``failed`` or ``cancelled`` is emitted, after the last
    ``progress``. Create it on the GUI thread so that its signals are delivered there.

    Signals:
        progress(int, int): ``(done, total)``; the export layer reports a percentage (total 100).
        finished(str): the path of the written file.
        failed(str): an Indonesian message for the user.
        cancelled(): the user cancelled; nothing was written.

    Args:
        job: what to export.
        export: the export function (``sp_desktop.export.render.export_document`` by default;
            tests may pass another one with the same signature).
    """

    progress = Signal(int, int)
    finished = Signal(str)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, job: ExportJob, export: ExportFunction | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.job = job
        self._export = export
        self._cancel = threading.Event()
        self._running = False
        self._last_progress: tuple[int, int] | None = None
        for signal in (self.finished, self.failed, self.cancelled):
            signal.connect(self._on_ended)

    @property
    def is_running(self) -> bool:
        """True from :meth:`start` until the final signal was emitted."""
        return self._running

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        """Ask the export to stop; it polls the flag between blocks and emits ``cancelled``."""
        self._cancel.set()

    def start(self, pool: QThreadPool | None = None) -> None:
        """Queue the export on ``pool`` (the shared export pool by default)."""
        if self._running:
            raise RuntimeError("export already started")
        self._running = True
        # Owned by the application while it runs, like the review window's jobs: a dialog or window closed
        # (deleted) mid-export would otherwise delete this worker while the pool thread still emits on it.
        # Once run() has returned it goes back to whoever holds it (_release_when_returned).
        app = QCoreApplication.instance()
        if app is not None:
            self.setParent(app)
        (pool or export_pool()).start(self.run)

    def run(self) -> None:
        """The export itself; runs on the pool's thread (or inline in tests)."""
        self._running = True
        try:
            self._run_export()
        finally:
            self.mark_returned()

    def delete_when_returned(self, owner: QObject) -> None:
        """Delete ``owner`` (the object the worker works for, or itself) and the worker once :meth:`run` returned.

        See :mod:`sp_desktop.ui.pool_task` for why not at once.
        """
        self.after_return(lambda: self._delete(owner))

    def _delete(self, owner: QObject) -> None:
        if owner is not self and isValid(owner):  # its parent may have deleted it meanwhile
            owner.deleteLater()
        self.deleteLater()

    def _on_ended(self, *_args) -> None:
        self.after_return(self._release)

    def _release(self) -> None:
        if self.parent() is not None and self.parent() is QCoreApplication.instance():
            self.setParent(None)  # Python's again: freed with the last reference (a dialog's, an owner's)

    def _run_export(self) -> None:
        try:
            path = self._call_export()
        except ExportCancelled:
            self._end(self.cancelled)
        except BlockingFindings as exc:
            self._end(self.failed, blocking_findings_message(exc.findings))
        except ExportError as exc:
            self._end(self.failed, str(exc))
        except Exception:  # a bug must reach the user as a message, not kill the thread silently
            # The exception's text is English and technical: it goes to the log, the user reads Indonesian.
            written = crash_report.write_log(*sys.exc_info())
            self._end(
                self.failed,
                "Ekspor gagal karena kesalahan yang tidak terduga.\n\n" + crash_report.where_logged(written),
            )
        else:
            self._end(self.finished, str(path))

    def _call_export(self) -> Path:
        export = self._export
        if export is None:
            from sp_desktop.export.render import export_document

            export = export_document
        job = self.job
        kwargs: dict[str, Any] = {
            "progress": self._report,
            "cancelled": self._cancel.is_set,
        }
        if job.poster:
            kwargs["poster"] = True
        ids = list(job.service_ids) if job.service_ids is not None else None
        return export(job.project, job.doc_kind, Path(job.out_path), ids, job.layout, job.paper, **kwargs)

    def _report(self, done: int, total: int) -> None:
        # The writers may report the same step twice; queue only real changes.
        value = (int(done), int(total))
        if value != self._last_progress:
            self._last_progress = value
            self.progress.emit(*value)

    def _end(self, signal, *args) -> None:
        self._running = False
        signal.emit(*args)
