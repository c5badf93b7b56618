"""A word-wrapped label whose size hint follows its current width (ui layer).

QFormLayout sizes a plain word-wrapped QLabel by a guessed narrow width, leaving a tall
blank gap under short feedback text; this label reports the height its text really needs.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel


class WrappingLabel(QLabel):
    """QLabel with word wrap on and a height hint computed for its actual width."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.setWordWrap(True)
        self._hinted_width = -1

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().sizeHint()
        if self.width() > 0 and self.text():
            hint.setHeight(self.heightForWidth(self.width()))
        elif not self.text():
            hint.setHeight(0)
        return hint

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().minimumSizeHint()
        hint.setHeight(self.sizeHint().height())
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if event.size().width() != self._hinted_width:  # re-hint once per new width, never in a loop
            self._hinted_width = event.size().width()
            self.updateGeometry()
