"""Route Ctrl+Z / Ctrl+Shift+Z from text fields to the editor's undo stack (UI layer).

A QLineEdit or QPlainTextEdit claims the undo keys for its own, private undo history; in the
service editor every keystroke is already a saved, undoable command, so the fields must let
the keys through to the editor's shortcuts instead.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QAbstractSpinBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

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


def _change_end(before: str, after: str) -> int:
    """Where in ``after`` the change from ``before`` ends (after inserted text, or where text was removed)."""
    prefix = 0
    limit = min(len(before), len(after))
    while prefix < limit and before[prefix] == after[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and before[-1 - suffix] == after[-1 - suffix]:
        suffix += 1
    return len(after) - suffix


def _text_fields(root: QWidget) -> list[QLineEdit | QPlainTextEdit]:
    fields = root.findChildren(QLineEdit) + root.findChildren(QPlainTextEdit)
    # Cell editors belong to their table; spin boxes' inner line edits show numbers, not typed text.
    return [f for f in fields if not isinstance(f.parentWidget(), QAbstractSpinBox)
            and not any(isinstance(a, QAbstractItemView) for a in _ancestors(f, root))]


def _ancestors(widget: QWidget, root: QWidget) -> Iterator[QWidget]:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        yield parent
        parent = parent.parentWidget()


@contextmanager
def cursor_follows_change(root: QWidget) -> Iterator[None]:
    """Within this block, fields under ``root`` whose text is replaced keep the cursor at the change.

    Showing an undone or redone value replaces a field's whole text, which puts the cursor at the
    start; a word processor leaves it where the text changed, so the user can go on typing there.
    """
    fields = _text_fields(root)
    before = [f.toPlainText() if isinstance(f, QPlainTextEdit) else f.text() for f in fields]
    yield
    for field, old in zip(fields, before, strict=True):
        if isinstance(field, QPlainTextEdit):
            new = field.toPlainText()
            if new != old:
                cursor = field.textCursor()
                cursor.setPosition(_change_end(old, new))
                field.setTextCursor(cursor)
        elif field.text() != old:
            field.setCursorPosition(_change_end(old, field.text()))
