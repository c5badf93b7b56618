"""Writing what a merge changed in the exchange image back into the project (storage layer).

The merge's own session changeset (``changesets.merge``) names every row it inserted,
updated or deleted in the image; each becomes the same change on the project's tables, uids
translated to this file's integer ids. Runs inside the caller's transaction.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import apsw

from ..domain.identification import missing_components
from ..domain.names import name_key
from .codec import row_checksum, service_from_row
from .connection import ProjectDb
from .exchange_image import BY_TABLE, SYNCED, Synced, UidResolver, columns_of, image_row


@dataclass
class WriteBack:
    """Notes of the write-back: services renamed because two laptops added the same name."""

    renamed: list[tuple[str, str]] = field(default_factory=list)  # (name as sent, name given here)


def _changes(changeset: bytes) -> dict[str, list[tuple[str, str]]]:
    """Per table, the (op, uid) of each change, in changeset order."""
    result: dict[str, list[tuple[str, str]]] = {}
    for change in apsw.Changeset.iter(changeset):
        uid = (change.new if change.op == "INSERT" else change.old)[0]
        result.setdefault(change.name, []).append((change.op, uid))
    return result


def write_back(db: ProjectDb, image: apsw.Connection, changeset: bytes, blobs: dict[str, bytes]) -> WriteBack:
    """Make the project hold what ``image`` holds for every row ``changeset`` touched."""
    notes = WriteBack()
    resolver = UidResolver(db.conn)
    changes = _changes(changeset)
    for spec in SYNCED:  # parents first
        for op, uid in changes.get(spec.table, []):
            if op != "DELETE":
                row = image_row(image, spec.table, uid)
                if row is not None:
                    _upsert(db, spec, uid, row, resolver, blobs, notes)
    for spec in reversed(SYNCED):  # children first
        for op, uid in changes.get(spec.table, []):
            if op == "DELETE" and image_row(image, spec.table, uid) is None:
                _delete(db, spec, uid, resolver)
    if "layanan" in changes:
        _separate_names(db, {uid for _op, uid in changes["layanan"]}, notes)
        _renumber(db, image, resolver)
    keys = {uid for _op, uid in changes.get("extra", [])}
    keys |= {uid.split("#", 1)[0] for _op, uid in changes.get("extra_item", [])}
    for key in sorted(keys):
        _write_extra(db, image, key)
    return notes


def _values(spec: Synced, row: dict[str, Any], resolver: UidResolver, blobs: dict[str, bytes]) -> dict[str, Any]:
    values = {}
    for column in spec.columns:
        value = row[column]
        if column in spec.refs and value is not None:
            value = resolver.local_id(spec.refs[column], value)
            if value is None and spec.refs[column] == "layanan":
                value = _new_service_id(resolver, row[column])
        elif column in spec.blobs and value is not None:
            value = blobs[value]
        values[column] = value
    return values


def _new_service_id(resolver: UidResolver, uid: str) -> int:
    """A new integer id for a service this file never had (its trash entry or audit lines arrived first)."""
    conn = resolver.conn
    next_id = 1 + max(conn.execute(sql).fetchone()[0] for sql in (
        "SELECT COALESCE(MAX(id), 0) FROM layanan", "SELECT COALESCE(MAX(layanan_id), 0) FROM sampah",
        "SELECT COALESCE(MAX(layanan_id), 0) FROM riwayat", "SELECT COALESCE(MAX(id), 0) FROM sinkron_id"))
    conn.execute("INSERT INTO sinkron_id (uid, tabel, id) VALUES (?, 'layanan', ?)", [uid, next_id])
    return next_id


def _where(spec: Synced, uid: str, resolver: UidResolver) -> tuple[str, list[Any]] | None:
    if spec.table == "versi_layanan":
        service_uid, _, versi = uid.rpartition(":")
        service_id = resolver.local_id("layanan", service_uid)
        return None if service_id is None else ("layanan_id = ? AND versi = ?", [service_id, int(versi)])
    if spec.key is None:
        return "id = ?", [int(uid)]
    return "uid = ?", [uid]


def _upsert(db: ProjectDb, spec: Synced, uid: str, row: dict[str, Any], resolver: UidResolver,
            blobs: dict[str, bytes], notes: WriteBack) -> None:
    if spec.table == "layanan":
        _upsert_service(db, uid, row)
        return
    values = _values(spec, row, resolver, blobs)
    where = _where(spec, uid, resolver)
    if where is not None and db.scalar(f"SELECT 1 FROM {spec.table} WHERE {where[0]}", where[1]):
        assignments = ", ".join(f"{c} = ?" for c in values)
        db.execute(f"UPDATE {spec.table} SET {assignments} WHERE {where[0]}", [*values.values(), *where[1]])
        return
    if spec.key is None and spec.table != "versi_layanan":
        values["id"] = int(uid)
    elif spec.key is not None:
        values[spec.key] = uid
    columns = ", ".join(values)
    db.execute(f"INSERT INTO {spec.table} ({columns}) VALUES ({', '.join('?' for _ in values)})", list(values.values()))


def _separate_names(db: ProjectDb, touched: set[str], notes: WriteBack) -> None:
    """Two laptops added (or renamed to) the same name: both services stay, all but one renamed.

    Once every change is written, so that a rename arriving with an insert is seen first; the service
    keeping the name is the one with the smallest uid, so every laptop renames the same one.
    """
    rows = db.rows("SELECT id, uid, jenis_pelayanan, name_key FROM layanan ORDER BY uid")
    groups: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(row["name_key"] or "", []).append(row)
    taken = {row["name_key"] for row in rows}
    for key, group in groups.items():
        if not key or len(group) < 2 or not any(r["uid"] in touched for r in group):
            continue
        for row in group[1:]:
            name, n = row["jenis_pelayanan"], 2
            while name_key(f"{name} ({n})") in taken:
                n += 1
            given = f"{name} ({n})"
            taken.add(name_key(given))
            stored = db.rows("SELECT * FROM layanan WHERE id = ?", [row["id"]])[0]
            stored["jenis_pelayanan"] = given
            db.execute("UPDATE layanan SET jenis_pelayanan = ?, name_key = ?, checksum = ? WHERE id = ?",
                       [given, name_key(given), row_checksum(stored), row["id"]])
            notes.renamed.append((name, given))


def _upsert_service(db: ProjectDb, uid: str, row: dict[str, Any]) -> None:
    values = {c: row[c] for c in BY_TABLE["layanan"].columns if c != "posisi"}
    lay = service_from_row(values)
    values.update({"name_key": name_key(values["jenis_pelayanan"] or ""),
                   "missing": json.dumps(missing_components(lay)),
                   "checksum": row_checksum(values)})
    service_id = db.scalar("SELECT id FROM layanan WHERE uid = ?", [uid])
    if service_id is not None:
        assignments = ", ".join(f"{c} = ?" for c in values)
        db.execute(f"UPDATE layanan SET {assignments} WHERE id = ?", [*values.values(), service_id])
        return
    service_id = db.scalar("SELECT id FROM sinkron_id WHERE tabel = 'layanan' AND uid = ?", [uid])
    if service_id is None:
        service_id = _new_service_id(UidResolver(db.conn), uid)
    values.update({"id": service_id, "uid": uid})
    columns = ", ".join(values)
    db.execute(f"INSERT INTO layanan ({columns}) VALUES ({', '.join('?' for _ in values)})", list(values.values()))
    db.execute("INSERT INTO urutan (layanan_id, position) VALUES (?, (SELECT COALESCE(MAX(position), -1) + 1 "
               "FROM urutan))", [service_id])


def _delete(db: ProjectDb, spec: Synced, uid: str, resolver: UidResolver) -> None:
    where = _where(spec, uid, resolver)
    if where is None:
        return
    if spec.table == "layanan":
        service_id = db.scalar("SELECT id FROM layanan WHERE uid = ?", [uid])
        db.execute("DELETE FROM urutan WHERE layanan_id = ?", [service_id])
    db.execute(f"DELETE FROM {spec.table} WHERE {where[0]}", where[1])


def _renumber(db: ProjectDb, image: apsw.Connection, resolver: UidResolver) -> None:
    """The services in the order of the merged image (position, then uid), numbered from 0."""
    order = [uid for (uid,) in image.execute("SELECT uid FROM layanan ORDER BY posisi IS NULL, posisi, uid")]
    ids = dict(db.conn.execute("SELECT uid, id FROM layanan").fetchall())
    db.execute("DELETE FROM urutan")
    ranked: Iterable[tuple[int, int]] = ((ids[uid], i) for i, uid in enumerate(u for u in order if u in ids))
    db.conn.executemany("INSERT INTO urutan (layanan_id, position) VALUES (?, ?)", list(ranked))


def _write_extra(db: ProjectDb, image: apsw.Connection, key: str) -> None:
    whole = image.execute("SELECT value FROM extra WHERE uid = ?", [key]).fetchone()
    items = [json.loads(text) for (text,) in image.execute(
        "SELECT value FROM extra_item WHERE key = ? ORDER BY posisi, uid", [key])]
    if whole is None and not items:
        db.execute("DELETE FROM extra WHERE key = ?", [key])
        return
    text = json.dumps(items, ensure_ascii=False) if items or (whole and whole[0] == "[]") else whole[0]
    if db.execute("UPDATE extra SET value = ? WHERE key = ?", [text, key]).rowcount == 0:
        db.execute("INSERT INTO extra (key, value) VALUES (?, ?)", [key, text])


__all__ = ["WriteBack", "columns_of", "write_back"]
