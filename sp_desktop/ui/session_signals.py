"""Qt signals for a ProjectSession's plain change callbacks (ui layer).

The session knows nothing of Qt; this object turns each committed write into a signal so
that pages and the status bar can subscribe without the session importing PySide6.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from sp_desktop.services.session import ProjectSession


class SessionSignals(QObject):
    """Re-emits the session's change notifications as Qt signals.

    Signals:
        changed(what, service_id): after each committed write; ``what`` is one of
            "instansi", "logo", "pengaturan", "tim", "services", "service", "status";
            ``service_id`` is an int or None.
        saved(datetime): after each committed write, with the session's ``last_saved`` time.
        actor_changed(): the acting member was chosen or changed.
    """

    changed = Signal(str, object)
    saved = Signal(object)
    actor_changed = Signal()

    def __init__(self, session: ProjectSession, parent: QObject | None = None):
        super().__init__(parent)
        self._session = session
        self._detached = False
        session.add_listener(self._on_session_notified)

    def detach(self) -> None:
        """Stop emitting (called before the session closes); the session's callback becomes a no-op."""
        self._detached = True

    def _on_session_notified(self, what: str, service_id: int | None) -> None:
        if self._detached:
            return
        if what == "actor":
            self.actor_changed.emit()
            return
        self.changed.emit(what, service_id)
        self.saved.emit(self._session.last_saved)
