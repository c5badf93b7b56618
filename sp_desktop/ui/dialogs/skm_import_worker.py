"""Reads and checks a survey file off the GUI thread and reports back through Qt signals (ui layer).

The check touches no database (the file, the mapping and the survey's service names only), so a file of
100,000 rows can be read while the window stays responsive; storing the result is left to the GUI thread.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QThreadPool, Signal

from sp_desktop.domain.skm_import import CheckResult, ImportCancelled, SkmImportError
from sp_desktop.ui import crash_report

CheckFunction = Callable[..., CheckResult]


class CheckWorker(QObject):
    """One check, numbered by ``generation`` so that the dialog ignores the answer of a superseded one.

    Signals:
        progress(int, int): ``(generation, rows read so far)``.
        finished(int, object): ``(generation, CheckResult)``.
        failed(int, str): ``(generation, Indonesian message)``.

    Args:
        generation: the dialog's counter of checks started.
        check: called with ``progress=`` and ``cancelled=`` keyword arguments; returns the result.
    """

    progress = Signal(int, int)
    finished = Signal(int, object)
    failed = Signal(int, str)

    def __init__(self, generation: int, check: CheckFunction, parent: QObject | None = None):
        super().__init__(parent)
        self.generation = generation
        self._check = check
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the check to stop at its next poll (every few thousand rows); nothing is reported then."""
        self._cancel.set()

    def start(self, pool: QThreadPool) -> None:
        pool.start(self.run)

    def run(self) -> None:
        """The check itself; runs on the pool's thread (or inline in tests)."""
        try:
            result = self._check(progress=lambda n: self.progress.emit(self.generation, n),
                                 cancelled=self._cancel.is_set)
        except ImportCancelled:
            return
        except SkmImportError as exc:
            self.failed.emit(self.generation, str(exc))
        except Exception:  # a bug reaches the user as a message, not as a silently dead thread
            written = crash_report.write_log(*sys.exc_info())
            self.failed.emit(self.generation, "Berkas tidak dapat diperiksa karena kesalahan yang tidak terduga.\n\n"
                             + crash_report.where_logged(written))
        else:
            self.finished.emit(self.generation, result)
