"""The exchange image: the project as a separate SQLite database keyed by uids (storage layer).

Integer ids differ between laptops, so every synced table is copied into an image table
whose primary key is a text ``uid`` and whose references to other rows are uids too; file
contents (attachments, the logo) are replaced by their SHA-256 and travel beside. The image
is what the session extension diffs (``changesets.py``); building it is deterministic, so
two laptops with the same content have byte-for-byte the same rows.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass, field
from typing import Any

import apsw

from .migrations import LIST_COLUMNS


@dataclass(frozen=True)
class Synced:
    """How one project table appears in the image.

    ``key``: the project column holding the uid (``None``: the row id as text, for one-row tables);
    ``refs``: project integer columns that point at another table's row (written as its uid);
    ``blobs``: columns whose bytes travel as files, named by their SHA-256;
    ``silent``: columns merged without a conflict (order, bookkeeping): the receiver's value stays.
    """

    table: str
    columns: tuple[str, ...]
    key: str | None = "uid"
    refs: dict[str, str] = field(default_factory=dict)
    blobs: tuple[str, ...] = ()
    silent: tuple[str, ...] = ()


# Layanan columns that are components of the standard (a clash on one is a conflict to resolve).
SERVICE_COMPONENTS = ("jenis_pelayanan", "klasifikasi", "waktu_penyelesaian", "biaya", "pengaduan",
                      "jumlah_pelaksana", *LIST_COLUMNS)
SERVICE_COLUMNS = (*SERVICE_COMPONENTS, "status", "versi", "created_at", "updated_at", "updated_by", "posisi")

SYNCED: tuple[Synced, ...] = (
    Synced("instansi", ("pemerintah_daerah", "nama", "singkatan", "alamat", "telepon", "email", "laman", "kota",
                        "zona_waktu", "kepala_nama", "kepala_nip", "kepala_pangkat", "kepala_golongan",
                        "kepala_jabatan"), key=None),
    Synced("logo", ("data", "mime"), key=None, blobs=("data",)),
    Synced("pengaturan", ("data",), key=None),
    Synced("anggota", ("nama", "nip", "jabatan", "peran", "position"), silent=("position",)),
    Synced("layanan", SERVICE_COLUMNS, silent=("status", "created_at", "updated_at", "updated_by", "posisi")),
    Synced("riwayat", ("waktu", "pelaku_id", "pelaku", "aksi", "layanan_id", "komponen", "keterangan", "snapshot"),
           refs={"pelaku_id": "anggota", "layanan_id": "layanan"},
           silent=("waktu", "pelaku_id", "pelaku", "aksi", "layanan_id", "komponen", "keterangan", "snapshot")),
    Synced("sampah", ("layanan_id", "jenis_pelayanan", "data", "waktu", "pelaku"), refs={"layanan_id": "layanan"}),
    Synced("versi_layanan", ("layanan_id", "versi", "data", "sidik", "nomor_sk", "tanggal_sk", "waktu", "pelaku"),
           key=None, refs={"layanan_id": "layanan"}),
    Synced("berkas", ("pemilik", "jenis", "nama", "mime", "keterangan", "data", "waktu", "pelaku"), blobs=("data",)),
    Synced("catatan_layanan", ("layanan_id", "jenis", "komponen", "judul", "teks", "sumber", "pelaku", "waktu",
                               "selesai"), refs={"layanan_id": "layanan"}),
    Synced("survei", ("position", "periode", "mulai", "selesai", "layanan", "populasi", "tanggal_laporan", "lain"),
           silent=("position",)),
    Synced("responden", ("survei_id", "position", "layanan", "tanggal", "jam", "jenis_kelamin", "usia", "pendidikan",
                         "pekerjaan", *(f"u{i}" for i in range(1, 10)), "saran", "lain"),
           refs={"survei_id": "survei"}, silent=("position",)),
    Synced("tindak_lanjut_skm", ("survei_id", "position", "unsur", "rencana", "penanggung_jawab", "target", "selesai",
                                 "lain"), refs={"survei_id": "survei"}, silent=("position",)),
    Synced("pengaduan_masuk", ("position", "tanggal", "saluran", "layanan", "komponen", "ringkasan", "status",
                               "tindak_lanjut", "tanggal_selesai", "lain"), silent=("position",)),
)
BY_TABLE = {s.table: s for s in SYNCED}
# ``extra`` keys holding a list of records with an "id" are merged record by record (table ``extra_item``);
# any other key is one value (table ``extra``).
EXTRA_TABLES = ("extra", "extra_item")
IMAGE_TABLES = (*BY_TABLE, *EXTRA_TABLES)


def image_schema() -> list[str]:
    """The CREATE statements of an image (every table keyed by a text uid)."""
    statements = []
    for spec in SYNCED:
        columns = ", ".join(f'"{c}"' for c in spec.columns)
        statements.append(f"CREATE TABLE {spec.table} (uid TEXT PRIMARY KEY NOT NULL, {columns})")
    statements.append("CREATE TABLE extra (uid TEXT PRIMARY KEY NOT NULL, value)")
    statements.append("CREATE TABLE extra_item (uid TEXT PRIMARY KEY NOT NULL, key, posisi, value)")
    return statements


def empty_image() -> apsw.Connection:
    """A new in-memory image with the schema and no rows."""
    conn = apsw.Connection(":memory:")
    for sql in image_schema():
        conn.execute(sql)
    return conn


def sha256(data: bytes | None) -> str | None:
    return hashlib.sha256(data).hexdigest() if data is not None else None


class UidResolver:
    """Integer ids of the project to uids and back, for the tables other rows point at."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self._to_uid: dict[str, dict[int, str]] = {}

    def uid(self, table: str, row_id: int | None) -> str | None:
        if row_id is None:
            return None
        if table not in self._to_uid:
            if table == "layanan":  # a deleted service keeps its uid in sinkron_id
                rows = self.conn.execute("SELECT id, uid FROM sinkron_id WHERE tabel = 'layanan'").fetchall()
                rows += self.conn.execute("SELECT id, uid FROM layanan WHERE uid IS NOT NULL").fetchall()
            else:
                rows = self.conn.execute(f"SELECT id, uid FROM {table}").fetchall()
            self._to_uid[table] = {i: u for i, u in rows}
        return self._to_uid[table].get(row_id)

    def local_id(self, table: str, uid: str | None) -> int | None:
        """The project id of the row with ``uid``, or None when this file has none."""
        if uid is None:
            return None
        if table == "layanan":
            found = self.conn.execute("SELECT id FROM layanan WHERE uid = ?", [uid]).fetchone()
            if found is None:
                found = self.conn.execute(
                    "SELECT id FROM sinkron_id WHERE tabel = 'layanan' AND uid = ?", [uid]).fetchone()
            return found[0] if found else None
        found = self.conn.execute(f"SELECT id FROM {table} WHERE uid = ?", [uid]).fetchone()
        return found[0] if found else None

    def forget(self) -> None:
        self._to_uid.clear()


def _row_uid(spec: Synced, row: dict[str, Any], resolver: UidResolver) -> str:
    if spec.table == "versi_layanan":
        return f"{resolver.uid('layanan', row['layanan_id'])}:{row['versi']}"
    if spec.key is None:
        return str(row["id"])
    return row[spec.key]


def image_rows(conn: sqlite3.Connection, spec: Synced, resolver: UidResolver, blobs: dict[str, bytes] | None = None
               ) -> list[tuple[Any, ...]]:
    """The image rows of one project table: (uid, *columns), references as uids, files as hashes."""
    if spec.table == "layanan":
        sql = ("SELECT l.*, u.position AS posisi FROM layanan l LEFT JOIN urutan u ON u.layanan_id = l.id")
    else:
        sql = f"SELECT * FROM {spec.table}"
    cursor = conn.execute(sql)
    names = [c[0] for c in cursor.description]
    result = []
    for values in cursor.fetchall():
        row = dict(zip(names, values))
        out: list[Any] = [_row_uid(spec, row, resolver)]
        for column in spec.columns:
            value = row.get(column)
            if column in spec.refs:
                value = resolver.uid(spec.refs[column], value)
            elif column in spec.blobs and value is not None:
                digest = sha256(bytes(value))
                if blobs is not None:
                    blobs[digest] = bytes(value)
                value = digest
            out.append(value)
        result.append(tuple(out))
    return result


def extra_rows(conn: sqlite3.Connection) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """``extra`` as whole values and as records: (key, value text) and (key#id, key, position, record text)."""
    whole, items = [], []
    for key, text in conn.execute("SELECT key, value FROM extra ORDER BY rowid").fetchall():
        try:
            value = json.loads(text)
        except (ValueError, TypeError, RecursionError):
            value = None
        ids = [r.get("id") for r in value if isinstance(r, dict)] if isinstance(value, list) else []
        if (value and len(ids) == len(value) and all(isinstance(i, str) and i for i in ids)
                and len(set(ids)) == len(ids)):
            for position, record in enumerate(value):
                items.append((f"{key}#{record['id']}", key, position, _canonical(record)))
            whole.append((key, "[]"))  # the key exists; its records are in extra_item
        else:
            whole.append((key, text))
    return whole, items


def _canonical(value: Any) -> str:
    # Key order kept: written back as is, the record reads the same on every laptop.
    return json.dumps(value, ensure_ascii=False)


def build_image(conn: sqlite3.Connection, blobs: dict[str, bytes] | None = None) -> apsw.Connection:
    """An in-memory image of the project open on ``conn``; ``blobs`` collects the files by hash."""
    image = empty_image()
    resolver = UidResolver(conn)
    with image:
        for spec in SYNCED:
            rows = image_rows(conn, spec, resolver, blobs)
            if rows:
                marks = ", ".join("?" for _ in rows[0])
                image.executemany(f"INSERT INTO {spec.table} VALUES ({marks})", rows)
        whole, items = extra_rows(conn)
        image.executemany("INSERT INTO extra VALUES (?, ?)", whole)
        image.executemany("INSERT INTO extra_item VALUES (?, ?, ?, ?)", items)
    return image


def serialize(image: apsw.Connection) -> bytes:
    return image.serialize("main")


def load_image(data: bytes) -> apsw.Connection:
    """An image from bytes (a base or a package's image), checked to have exactly the image schema.

    Raises:
        ValueError: not a SQLite database, damaged, or another schema (a foreign or crafted file).
    """
    conn = apsw.Connection(":memory:")
    try:
        conn.deserialize("main", data)
        ok = conn.execute("PRAGMA quick_check").fetchall()
        schema = sorted(r[0] for r in conn.execute("SELECT sql FROM sqlite_master WHERE type != 'index'"))
    except apsw.Error as exc:
        raise ValueError("bukan basis data pertukaran") from exc
    if ok != [("ok",)] or schema != sorted(image_schema()):
        raise ValueError("isi gambar pertukaran tidak sesuai")
    return conn


def attach_image(conn: apsw.Connection, name: str, data: bytes) -> None:
    """Attach image bytes to ``conn`` as schema ``name`` (for a session diff or a lookup)."""
    conn.execute(f"ATTACH ':memory:' AS {name}")
    conn.deserialize(name, data)


def image_row(conn: apsw.Connection, table: str, uid: str, schema: str = "main") -> dict[str, Any] | None:
    """One image row as a dict, or None."""
    cursor = conn.execute(f"SELECT * FROM {schema}.{table} WHERE uid = ?", [uid])
    values = cursor.fetchone()
    if values is None:
        return None
    names = [d[0] for d in cursor.getdescription()]
    return dict(zip(names, values))


def columns_of(table: str) -> tuple[str, ...]:
    """The image columns of a table, uid first."""
    if table == "extra":
        return ("uid", "value")
    if table == "extra_item":
        return ("uid", "key", "posisi", "value")
    return ("uid", *BY_TABLE[table].columns)
