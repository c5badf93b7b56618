"""A QObject whose ``run()`` executes on a thread pool, and what waits for that ``run()`` to return (ui layer).

A worker's final signal reaches the GUI thread while the pool thread may still be inside ``emit()``: deleting
the worker (or what it reports to) from that signal's handler raced with the emit and now and then crashed the
interpreter. Whatever must happen after a run therefore goes through :meth:`PoolTask.after_return`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


class PoolTask(QObject):
    """Subclasses call :meth:`mark_returned` as the very last step of their ``run()`` (in a ``finally``)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._returned = threading.Event()

    @property
    def returned(self) -> bool:
        """True once ``run()`` has left its last emit."""
        return self._returned.is_set()

    @property
    def returned_event(self) -> threading.Event:
        """Set once ``run()`` has returned; usable after the task deleted itself."""
        return self._returned

    def mark_returned(self) -> None:
        self._returned.set()

    def after_return(self, callback: Callable[[], None]) -> None:
        """``callback()`` on the GUI thread once ``run()`` returned (polled, with this task as the context)."""
        if self._returned.is_set():
            callback()
        else:
            QTimer.singleShot(10, self, lambda: self.after_return(callback))
