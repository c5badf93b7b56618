"""The review window's slow work off the GUI thread: reading the folder, writing the report (ui layer).

A :class:`ReviewJob` runs one function on a thread pool and reports through Qt signals. It is owned by the
application object, not by the window, so that closing the window while a job runs deletes nothing the pool
thread still uses; the job deletes itself on the GUI thread once its :meth:`ReviewJob.run` has returned.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QThreadPool, Signal

from sp_desktop.export.errors import ExportError
from sp_desktop.services.review_compare import UnitFinding, review_checks, service_names
from sp_desktop.services.review_index import ReviewIndex, build_index
from sp_desktop.services.review_units import ReviewError, ReviewSet, open_units
from sp_desktop.storage.errors import ProjectError
from sp_desktop.ui import crash_report
from sp_desktop.ui.pool_task import PoolTask


@dataclass
class LoadedReview:
    """What the window shows of a folder, all read on the pool thread.

    Attributes:
        review_set: the units and the files that could not be read.
        index: the search index (its connection may be used from the GUI thread).
        checks: the review checks per unit name.
        names: every service name with the number of units that have it, most shared first.
    """

    review_set: ReviewSet
    index: ReviewIndex
    checks: dict[str, list[UnitFinding]]
    names: list[tuple[str, int]]


def load_review(folder: Path) -> LoadedReview:
    """Read the folder's units and prepare the index and the checks (slow: run it with a :class:`ReviewJob`)."""
    review_set = open_units(folder)
    return LoadedReview(review_set, build_index(review_set), review_checks(review_set), service_names(review_set))


class ReviewJob(PoolTask):
    """One call run on a thread pool; exactly one of ``finished`` or ``failed`` is emitted.

    Create it on the GUI thread. Connect to the signals with bound methods.

    Signals:
        finished(object): what the call returned.
        failed(str): an Indonesian message for the user.

    Args:
        call: the work; a ``ReviewError``, ``ProjectError`` or ``ExportError`` becomes its message.
        unexpected: the message of any other error (the details go to the crash log).
    """

    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, call: Callable[[], Any], unexpected: str):
        super().__init__(QCoreApplication.instance())
        self._call = call
        self._unexpected = unexpected
        self._started = False
        self.finished.connect(self._on_finished)
        self.failed.connect(self._on_failed)

    def start(self, pool: QThreadPool | None = None) -> None:
        """Queue the call on ``pool`` (the application's global pool by default)."""
        if self._started:
            raise RuntimeError("job already started")
        self._started = True
        (pool or QThreadPool.globalInstance()).start(self.run)

    def run(self) -> None:
        """The call itself; runs on the pool's thread."""
        try:
            result = self._call()
        except (ReviewError, ProjectError, ExportError) as exc:
            self.failed.emit(str(exc))
        except Exception:  # a bug reaches the user as a message, not as a silently dead thread
            written = crash_report.write_log(*sys.exc_info())
            self.failed.emit(f"{self._unexpected}\n\n{crash_report.where_logged(written)}")
        else:
            self.finished.emit(result)
        finally:
            self.mark_returned()

    def _on_finished(self, _result: object) -> None:
        self.after_return(self.deleteLater)

    def _on_failed(self, _message: str) -> None:
        self.after_return(self.deleteLater)
