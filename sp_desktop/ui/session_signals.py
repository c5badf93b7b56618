"""Qt signals for a ProjectSession's plain change callbacks, and its checkpoint on idle (ui layer).

The session knows nothing of Qt; this object turns each committed write into a signal so
that pages and the status bar can subscribe without the session importing PySide6. A second
after the last write it asks the session to fold the ``-wal`` into the main file, so a copy of
the ``.spdb`` taken in the file manager holds every change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    from sp_desktop.services.session import ProjectSession

CHECKPOINT_IDLE_MS = 1000


class SessionSignals(QObject):
    """Re-emits the session's change notifications as Qt signals, and checkpoints on idle.

    Signals:
        changed(what, service_id): after each committed write; ``what`` is one of
            "instansi", "logo", "pengaturan", "tim", "services", "service", "status";
            ``service_id`` is an int or None.
        saved(datetime): after each committed write, with the session's ``last_saved`` time.
        actor_changed(): the acting member was chosen or changed.
        checkpointed(bool): the idle checkpoint ran; True when the main file now holds every change
            (False when another program reading the file kept part of it back: it is tried again a second later).
    """

    changed = Signal(str, object)
    saved = Signal(object)
    actor_changed = Signal()
    checkpointed = Signal(bool)

    def __init__(self, session: ProjectSession, parent: QObject | None = None):
        super().__init__(parent)
        self._session = session
        self._detached = False
        # Restarted at every write: typing checkpoints once, when the typing pauses.
        self.checkpoint_timer = QTimer(self)
        self.checkpoint_timer.setSingleShot(True)
        self.checkpoint_timer.setInterval(CHECKPOINT_IDLE_MS)
        self.checkpoint_timer.timeout.connect(self._on_checkpoint_timer_timeout)
        session.add_listener(self._on_session_notified)

    def detach(self) -> None:
        """Stop emitting and checkpointing (called before the session closes, which checkpoints itself)."""
        self._detached = True
        self.checkpoint_timer.stop()

    def _on_session_notified(self, what: str, service_id: int | None) -> None:
        if self._detached:
            return
        if what == "actor":
            self.actor_changed.emit()
            return
        self.checkpoint_timer.start()
        self.changed.emit(what, service_id)
        self.saved.emit(self._session.last_saved)

    def _on_checkpoint_timer_timeout(self) -> None:
        if self._detached:
            return
        done = self._session.checkpoint()
        if not done:
            self.checkpoint_timer.start()
        self.checkpointed.emit(done)
