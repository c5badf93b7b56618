"""Changesets between exchange images and their merge, on SQLite's session extension via apsw (storage layer).

``diff`` asks a session for the changes that turn a base image into the current one.
``merge`` applies a received changeset onto the receiver's image with ``apsw.Changeset.apply``
and a conflict handler, column by column: a column only the sender changed takes the
sender's value; a column both sides changed to different values is a :class:`Clash` (the
receiver's value stays until resolved); a row deleted on one side and edited on the other keeps
the edit. A session attached to the image records what the merge really changed, which is
what is then written into the project (``exchange_writeback.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import apsw

from .exchange_image import BY_TABLE, IMAGE_TABLES, attach_image, columns_of, image_row

UNKNOWN = object()  # the old value of a column is not known (an insert met an existing row)
_C = apsw.mapping_session_conflict
_OMIT = apsw.mapping_session_conflict_response["SQLITE_CHANGESET_OMIT"]


@dataclass(frozen=True)
class Clash:
    """One column both sides changed: the receiver's value (kept for now) and the sender's."""

    table: str
    uid: str
    column: str
    mine: Any
    theirs: Any


@dataclass(frozen=True)
class KeptEdit:
    """A row one side deleted and the other edited: the edit was kept (``deleted_here``: deleted by the receiver)."""

    table: str
    uid: str
    deleted_here: bool


@dataclass
class MergeOutcome:
    """What a merge did to the receiver's image."""

    changeset: bytes = b""
    clashes: list[Clash] = field(default_factory=list)
    refused: list[tuple[str, str, str]] = field(default_factory=list)  # (table, uid, reason)
    kept_edits: list[KeptEdit] = field(default_factory=list)
    applied: int = 0


def diff(current: apsw.Connection, base: bytes) -> bytes:
    """The changeset that turns the image ``base`` into ``current`` (the session extension's diff)."""
    attach_image(current, "dasar", base)
    try:
        session = apsw.Session(current, "main")
        try:
            for table in IMAGE_TABLES:
                session.attach(table)
                session.diff("dasar", table)
            return session.changeset()
        finally:
            session.close()
    finally:
        current.execute("DETACH dasar")


def count_changes(changeset: bytes) -> int:
    """How many row changes a changeset holds."""
    return sum(1 for _ in apsw.Changeset.iter(changeset))


def tables_changed(changeset: bytes) -> set[str]:
    return {change.name for change in apsw.Changeset.iter(changeset)}


# refuse(table, uid, current_row, {column: (old, new)}) -> {column: reason} for changes not allowed.
RefuseRule = Callable[[str, str, dict[str, Any], dict[str, tuple[Any, Any]]], dict[str, str]]


def _columns(change: Any) -> dict[str, tuple[Any, Any]]:
    names = columns_of(change.name)
    old = change.old or (apsw.no_change,) * len(names)
    new = change.new or (apsw.no_change,) * len(names)
    result = {}
    for i, name in enumerate(names[1:], start=1):
        if new[i] is not apsw.no_change:
            result[name] = (UNKNOWN if old[i] is apsw.no_change else old[i], new[i])
    return result


def _silent(table: str) -> tuple[str, ...]:
    spec = BY_TABLE.get(table)
    return spec.silent if spec else ("posisi",) if table == "extra_item" else ()


def merge(image: apsw.Connection, changeset: bytes, theirs: bytes, base: bytes, refuse: RefuseRule) -> MergeOutcome:
    """Apply ``changeset`` onto ``image`` (in place) and report what it did.

    Args:
        theirs: the sender's whole image (a row deleted here and edited there comes back from it).
        base: the receiver's last image of the sender (the old values of a row sent again).
        refuse: the rules of the receiving project (roles, adopted standards), per row.

    Raises:
        apsw.Error: the changeset is damaged (the caller refuses the package; ``image`` is then thrown away).
    """
    outcome = MergeOutcome()
    pending: list[tuple[str, str, dict[str, tuple[Any, Any]]]] = []
    reinsert: list[tuple[str, str]] = []
    attach_image(image, "mereka", theirs)
    attach_image(image, "dasar", base)
    session = apsw.Session(image, "main")
    for table in IMAGE_TABLES:
        session.attach(table)

    def filter_change(change: Any) -> bool:
        if change.op == "UPDATE" and change.name == "layanan":  # the rules look at each column
            pending.append((change.name, change.old[0], _columns(change)))
            return False
        return True

    def conflict(reason: int, change: Any) -> int:
        uid = (change.old or change.new)[0]
        if reason == _C["SQLITE_CHANGESET_DATA"]:
            if change.op == "UPDATE":
                pending.append((change.name, uid, _columns(change)))
            else:  # deleted there, edited here: the edit stays
                outcome.kept_edits.append(KeptEdit(change.name, uid, deleted_here=False))
        elif reason == _C["SQLITE_CHANGESET_NOTFOUND"]:
            if change.op == "UPDATE":  # deleted here, edited there: the edit comes back
                reinsert.append((change.name, uid))
        elif reason == _C["SQLITE_CHANGESET_CONFLICT"]:  # an insert sent again: compare with what was sent before
            before = image_row(image, change.name, uid, "dasar")
            names = columns_of(change.name)
            columns = {name: (before[name] if before else UNKNOWN, change.new[i])
                       for i, name in enumerate(names[1:], start=1)}
            pending.append((change.name, uid, columns))
        else:  # a constraint of the image (never expected): the change is left out and reported
            outcome.refused.append((change.name, uid, "tidak dapat diterapkan"))
        return _OMIT

    try:
        apsw.Changeset.apply(changeset, image, filter_change=filter_change, conflict=conflict)
        with image:
            for table, uid in reinsert:
                row = image_row(image, table, uid, "mereka")
                if row is not None:
                    marks = ", ".join("?" for _ in row)
                    image.execute(f"INSERT OR IGNORE INTO main.{table} VALUES ({marks})", list(row.values()))
                    outcome.kept_edits.append(KeptEdit(table, uid, deleted_here=True))
            for table, uid, columns in pending:
                _apply_columns(image, table, uid, columns, refuse, outcome)
        outcome.changeset = session.changeset()
    finally:
        session.close()
        image.execute("DETACH mereka")
        image.execute("DETACH dasar")
    outcome.applied = count_changes(outcome.changeset) if outcome.changeset else 0
    return outcome


def _apply_columns(image: apsw.Connection, table: str, uid: str, columns: dict[str, tuple[Any, Any]],
                   refuse: RefuseRule, outcome: MergeOutcome) -> None:
    current = image_row(image, table, uid)
    if current is None:  # deleted here: an update of it comes back whole from the sender's image
        row = image_row(image, table, uid, "mereka")
        if row is not None:
            marks = ", ".join("?" for _ in row)
            image.execute(f"INSERT OR IGNORE INTO main.{table} VALUES ({marks})", list(row.values()))
            outcome.kept_edits.append(KeptEdit(table, uid, deleted_here=True))
        return
    changed = {c: v for c, v in columns.items() if current[c] != v[1]}
    refused = refuse(table, uid, current, changed) if changed else {}
    for reason in dict.fromkeys(refused.values()):
        outcome.refused.append((table, uid, reason))
    sets = {}
    for column, (old, new) in changed.items():
        if column in refused:
            continue
        if old is not UNKNOWN and current[column] == old:
            sets[column] = new
        elif column not in _silent(table):
            outcome.clashes.append(Clash(table, uid, column, current[column], new))
    if sets:
        assignments = ", ".join(f'"{c}" = ?' for c in sets)
        image.execute(f"UPDATE main.{table} SET {assignments} WHERE uid = ?", [*sets.values(), uid])
