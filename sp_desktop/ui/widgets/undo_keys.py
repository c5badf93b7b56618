"""Route Ctrl+Z / Ctrl+Shift+Z from text fields to the editor's undo stack (UI layer).

A QLineEdit or QPlainTextEdit claims the undo keys for its own, private undo history; in the
service editor every keystroke is already a saved, undoable command, so the fields must let
the keys through to the editor's shortcuts instead.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

UNDO_KEYS = (QKeySequence("Ctrl+Z"),)
REDO_KEYS = (QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y"))


def _matches(event: QKeyEvent) -> bool:
    if event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo):
        return True
    pressed = QKeySequence(event.keyCombination())
    return any(pressed == key for key in UNDO_KEYS + REDO_KEYS)


class _UndoKeyFilter(QObject):
    """Refuses the ShortcutOverride of the undo keys, so the shortcut wins over the field."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and _matches(event):
            event.ignore()
            return True
        return False


def route_undo_keys(field: QWidget) -> None:
    """Let the undo keys pressed in ``field`` reach the window's undo shortcuts."""
    if isinstance(field, QPlainTextEdit | QTextEdit):
        field.setUndoRedoEnabled(False)
    field.installEventFilter(_UndoKeyFilter(field))


def route_undo_keys_below(root: QWidget) -> None:
    """Apply :func:`route_undo_keys` to every text field inside ``root``."""
    for kind in (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox):
        for field in root.findChildren(kind):
            route_undo_keys(field)
