"""Undo commands of the service editor: one component's value before and after an edit (UI layer)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from ..domain.components import komponen_label

Apply = Callable[[str, dict[str, Any]], None]


class ReplayCounter:
    """Counts the undos and redos of one undo stack, shared by its commands.

    Typing merges into the command on top of the stack only while the history has not moved since
    that command last took a keystroke: after an undo or a redo, new typing starts a step of its own,
    as in a word processor, instead of joining (and being undone together with) the replayed one.
    """

    def __init__(self) -> None:
        self.count = 0


class EditComponentCommand(QUndoCommand):
    """An edit of one step's Layanan attributes, already applied and saved when pushed.

    Consecutive edits of the same field (same step and ``merge_key``) merge into one command, so
    undo takes back a whole typed word or sentence rather than one keystroke.

    Args:
        step_key: the step whose component changed.
        before: the changed attributes' values before the edit (copies).
        after: their values after the edit (copies).
        merge_key: the field typed into, or None when this edit never merges.
        apply: called with ``(step_key, values)`` to re-apply and save a snapshot on undo/redo.
        replays: the stack's :class:`ReplayCounter`; without one, undo and redo do not stop merging.
    """

    MERGE_ID = 0x5350

    def __init__(self, step_key: str, before: dict[str, Any], after: dict[str, Any], merge_key: str | None,
                 apply: Apply, replays: ReplayCounter | None = None):
        super().__init__(f"ubah {komponen_label(step_key).lower()}")
        self._replays = replays or ReplayCounter()
        self._replays_seen = self._replays.count
        self.step_key = step_key
        self.before = before
        self.after = after
        self.merge_key = merge_key
        self._apply = apply
        self._pushed = False

    def id(self) -> int:
        return self.MERGE_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditComponentCommand):
            return False
        if (other.step_key, other.merge_key) != (self.step_key, self.merge_key):
            return False
        if self._replays.count != self._replays_seen:
            return False  # undone or redone since this step last grew: new typing is a new step
        self.after = other.after
        self.setObsolete(self.after == self.before)
        return True

    def redo(self) -> None:
        if not self._pushed:  # QUndoStack.push() calls redo(); the edit is already applied and saved
            self._pushed = True
            return
        self._replays.count += 1
        self._apply(self.step_key, self.after)

    def undo(self) -> None:
        self._replays.count += 1
        self._apply(self.step_key, self.before)
