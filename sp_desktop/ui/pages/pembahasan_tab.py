"""What the four tabs of one discussion share: they edit the page's copy and report each change (ui layer)."""

from __future__ import annotations

from contextlib import contextmanager

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QWidget

from sp_desktop.domain.pembahasan import Pembahasan

INDONESIAN = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)


class DiscussionTab(QWidget):
    """Base of the tabs: :meth:`show_discussion` fills it without reporting, ``edited`` follows each user change.

    Signals:
        edited(): the user changed :attr:`discussion` (the page's own object, changed in place).
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.discussion = Pembahasan()
        self.read_only = False
        self._filling = False
        self.setLocale(INDONESIAN)

    def show_discussion(self, p: Pembahasan) -> None:
        """Show ``p``; the tab edits this very object."""
        self.discussion = p
        with self.filling():
            self._fill(p)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only

    def _fill(self, p: Pembahasan) -> None:
        raise NotImplementedError

    @contextmanager
    def filling(self):
        previous, self._filling = self._filling, True
        try:
            yield
        finally:
            self._filling = previous

    def _report(self) -> None:
        if not self._filling:
            self.edited.emit()
