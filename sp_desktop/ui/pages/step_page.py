"""StepPage: what every page of the service editor shares (UI layer).

A page shows part of the editor's working copy of a Layanan and reports each user change as
``edited(changes, merge_key)``; it never saves anything itself.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from ...domain.model import Layanan
from ..widgets.editable_list import EditableListWidget


class StepPage(QWidget):
    """Base of the step pages.

    Signals:
        edited(object, object): ``changes`` maps Layanan attribute names to their new values;
            ``merge_key`` names the field typed into (consecutive edits with the same key merge into
            one undo step) or is None for a change that stands alone.

    Attributes:
        step_key: the identification step shown (``components.STEP_KEYS``).
        read_only: True while the page may be read but not changed.
    """

    edited = Signal(object, object)
    step_key = ""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._filling = False
        self.read_only = False

    def show_layanan(self, layanan: Layanan) -> None:
        """Show ``layanan`` without reporting the widgets' changes as edits."""
        with self.filling():
            self._fill(layanan)
            self.update_derived(layanan)

    def update_derived(self, layanan: Layanan) -> None:
        """Refresh what is computed from other components (totals); pages that show some override this."""

    def set_read_only(self, read_only: bool) -> None:
        """Let the page be read but not changed (e.g. a standard frozen for discussion).

        Pages that enable a control of their own later (a quick-pick menu) consult :attr:`read_only`.
        """
        self.read_only = read_only
        for field in self.findChildren(QLineEdit) + self.findChildren(QPlainTextEdit):
            field.setReadOnly(read_only)
        for spin_box in self.findChildren(QAbstractSpinBox):
            spin_box.setReadOnly(read_only)
        for control in self.findChildren(QComboBox) + self.findChildren(QAbstractButton):
            control.setEnabled(not read_only)
        for editable_list in self.findChildren(EditableListWidget):
            editable_list.set_read_only(read_only)

    def _fill(self, layanan: Layanan) -> None:
        raise NotImplementedError

    @contextmanager
    def filling(self):
        """Within this block, widget changes are programmatic, not edits."""
        previous, self._filling = self._filling, True
        try:
            yield
        finally:
            self._filling = previous

    def _report(self, changes: dict[str, Any], merge_key: str | None = None) -> None:
        if not self._filling:
            self.edited.emit(changes, merge_key)


def set_text(field: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Put ``text`` in ``field`` only when it differs, so the cursor stays where the user types."""
    if isinstance(field, QPlainTextEdit):
        if field.toPlainText() != text:
            field.setPlainText(text)
    elif field.text() != text:
        field.setText(text)
        field.setCursorPosition(0)  # show the start of a long text, not its end
