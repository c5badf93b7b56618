"""Reading every stored value back before a project is opened for writing (storage layer).

``PRAGMA integrity_check`` finds damage to SQLite's own structures; this finds damage it cannot
see: text that is not UTF-8, JSON that is broken or of the wrong shape, a missing table,
and values another tool wrote that the app would refuse (an unknown klasifikasi).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..domain import validate
from ..domain.enums import Peran, StatusLayanan, ZonaWaktu
from ..domain.model import Pengaturan
from ..domain.names import name_key
from ..domain.roles import NotAllowed
from . import errors
from .codec import CONTENT_COLUMNS, ComponentError, ShapeError, checksum, from_plain, service_from_row
from .content_check_monitoring import monitoring_problems
from .migrations import LIST_COLUMNS

# Tables every project has once its first migration ran, with the columns the app reads.
COLUMNS = {
    "meta": ("key", "value"),
    "instansi": ("id", "pemerintah_daerah", "nama", "singkatan", "alamat", "telepon", "email", "laman", "kota",
                 "zona_waktu", "kepala_nama", "kepala_nip", "kepala_pangkat", "kepala_golongan", "kepala_jabatan"),
    "logo": ("id", "data", "mime"),
    "pengaturan": ("id", "data"),
    "extra": ("key", "value"),
    "anggota": ("id", "nama", "nip", "jabatan", "peran", "position"),
    "layanan": ("id", "position", "jenis_pelayanan", "klasifikasi", "status", "waktu_penyelesaian", "biaya",
                "pengaduan", "jumlah_pelaksana", *LIST_COLUMNS),
    "riwayat": ("id", "waktu", "pelaku_id", "pelaku", "aksi", "layanan_id", "komponen", "keterangan", "snapshot"),
    "sampah": ("id", "layanan_id", "jenis_pelayanan", "data", "waktu", "pelaku"),
}
# Columns added by later steps, checked once the step is recorded.
LATER_COLUMNS = {
    "m002_service_list_columns": {"layanan": ("name_key", "missing")},
    "m003_service_order_table": {"urutan": ("layanan_id", "position")},
    "m004_member_pin": {"anggota": ("pin_hash",)},
    "m005_attachments_and_versions": {
        "berkas": ("id", "pemilik", "jenis", "nama", "mime", "keterangan", "data", "waktu", "pelaku"),
        "versi_layanan": ("id", "layanan_id", "versi", "data", "sidik", "nomor_sk", "tanggal_sk", "waktu", "pelaku"),
        "layanan": ("versi",),
    },
    "m006_monitoring_tables": {
        "survei": ("id", "uid", "position", "periode", "mulai", "selesai", "layanan", "populasi", "tanggal_laporan",
                   "lain"),
        "responden": ("id", "survei_id", "position", "layanan", "tanggal", "jam", "jenis_kelamin", "usia",
                      "pendidikan", "pekerjaan", *(f"u{i}" for i in range(1, 10)), "saran", "lain"),
        "tindak_lanjut_skm": ("id", "survei_id", "position", "unsur", "rencana", "penanggung_jawab", "target",
                              "selesai", "lain"),
        "pengaduan_masuk": ("id", "uid", "position", "tanggal", "saluran", "layanan", "komponen", "ringkasan",
                            "status", "tindak_lanjut", "tanggal_selesai", "lain"),
    },
    "m007_service_notes": {
        "catatan_layanan": ("id", "uid", "layanan_id", "jenis", "komponen", "judul", "teks", "sumber", "pelaku",
                            "waktu", "selesai"),
    },
    "m008_exchange_identity": {
        **{table: ("uid",) for table in ("layanan", "anggota", "berkas", "riwayat", "sampah", "responden",
                                          "tindak_lanjut_skm")},
        "sinkron_id": ("uid", "tabel", "id"),
        "sinkron_mitra": ("replika", "nama", "peran", "dasar", "terima_seq", "waktu"),
        "sinkron_konflik": ("id", "tabel", "baris_uid", "kolom", "nama", "nilai_saya", "nilai_mereka", "saya_oleh",
                            "saya_waktu", "mereka_oleh", "mereka_waktu", "dibuat", "selesai", "pilihan"),
        "sinkron_terima": ("id", "waktu", "dari", "replika", "seq", "berkas", "cadangan"),
    },
}
TABLES = tuple(COLUMNS)
_MAX_LISTED = 8
_INSTANSI_LABEL = "profil instansi"


@dataclass(frozen=True)
class ContentProblem:
    """One value that cannot be read: where it is and why (Indonesian)."""

    bagian: str  # "layanan", "tim", "instansi", "pengaturan", "riwayat", "sampah", "berkas"
    service_id: int | None
    service_name: str
    komponen: str
    alasan: str

    def describe(self) -> str:
        """One line naming the service and component."""
        if self.bagian == "layanan":
            who = f"layanan “{self.service_name}”" if self.service_name else f"layanan dengan id {self.service_id}"
            return f"{who}: komponen {self.komponen} ({self.alasan})"
        return f"{self.bagian}: {self.komponen} ({self.alasan})"


def decode_row(names: list[str], values: tuple[Any, ...]) -> tuple[dict[str, Any], list[str]]:
    """A row read as bytes, decoded as UTF-8; returns the row and the columns that are not UTF-8."""
    row: dict[str, Any] = {}
    bad: list[str] = []
    for name, value in zip(names, values):
        if isinstance(value, bytes) and name not in ("data",):
            try:
                value = value.decode("utf-8")
            except UnicodeDecodeError:
                bad.append(name)
                value = None
        row[name] = value
    return row, bad


def read_rows(conn: sqlite3.Connection, sql: str) -> list[tuple[dict[str, Any], list[str]]]:
    """Rows of ``sql`` with text decoded leniently (see :func:`decode_row`)."""
    previous = conn.text_factory
    conn.text_factory = bytes
    try:
        cursor = conn.execute(sql)
        names = [c[0] for c in cursor.description]
        return [decode_row(names, values) for values in cursor.fetchall()]
    finally:
        conn.text_factory = previous


def _label(column: str) -> str:
    from .repository import column_label

    return column_label(column)


def service_problems(row: dict[str, Any], bad_text: list[str]) -> list[ContentProblem]:
    """What cannot be read in one ``layanan`` row (empty when all of it can)."""
    name = row.get("jenis_pelayanan") or ""
    found = [ContentProblem("layanan", row["id"], name, _label(c), "teks rusak, bukan UTF-8") for c in bad_text]
    failures: list[ComponentError] = []
    lay = service_from_row(row, failures)
    found += [ContentProblem("layanan", row["id"], name, _label(e.column), str(e)) for e in failures]
    if failures or bad_text:
        return found
    try:
        validate.layanan(lay)
        validate.enum_value(lay.status, StatusLayanan, "Status")
    except NotAllowed as exc:
        found.append(ContentProblem("layanan", row["id"], name, "nilai", str(exc)))
    except (TypeError, ValueError, OverflowError) as exc:
        found.append(ContentProblem("layanan", row["id"], name, "nilai", f"nilai tidak sah: {type(exc).__name__}"))
    return found


def _schema_problems(conn: sqlite3.Connection, present: set[str], applied: list[str]) -> list[ContentProblem]:
    expected = {table: list(columns) for table, columns in COLUMNS.items()}
    for step_name, tables in LATER_COLUMNS.items():
        if step_name in applied:
            for table, columns in tables.items():
                expected[table] = expected.get(table, []) + list(columns)
    problems = []
    for table, columns in expected.items():
        if table not in present:
            problems.append(ContentProblem("berkas", None, "", f"tabel {table}", "hilang"))
            continue
        have = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
        missing = [c for c in columns if c not in have]
        if missing:
            problems.append(ContentProblem("berkas", None, "", f"tabel {table}", "kolom hilang: " + ", ".join(missing)))
    return problems


# The columns the app derives from a service and reads without decoding it (the list, the order).
_DERIVED = ("name_key", "missing", "created_at", "updated_at", "updated_by", "checksum")


def _every_service_problems(conn: sqlite3.Connection, applied: list[str]) -> list[ContentProblem]:
    """What is wrong across all services, whatever their checksums: ids, the derived columns, names.

    Cheap at 2,000 services (a few small columns per row), so it runs on every open.
    """
    have = {r[1] for r in conn.execute("PRAGMA table_info(layanan)")}
    columns = ["id", "jenis_pelayanan", *[c for c in _DERIVED if c in have]]
    problems: list[ContentProblem] = []
    keys: dict[str, str] = {}
    parsed: set[str] = set()
    for row, bad in read_rows(conn, f"SELECT {', '.join(columns)} FROM layanan"):
        name = row.get("jenis_pelayanan") or ""
        if not isinstance(row.get("id"), int):
            problems.append(ContentProblem("layanan", None, name, "nomor layanan", "hilang atau rusak"))
            continue
        if bad:
            problems.append(
                ContentProblem("layanan", row["id"], name, "data daftar layanan", "teks rusak, bukan UTF-8"))
            continue
        missing = row.get("missing")
        if missing is not None and missing not in parsed:
            try:
                value = json.loads(missing)
                if not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
                    raise ValueError(missing)
                parsed.add(missing)
            except (ValueError, RecursionError):
                problems.append(ContentProblem("layanan", row["id"], name, "kelengkapan", "JSON rusak"))
        key = name_key(name) if isinstance(name, str) else ""
        if key and key in keys:
            problems.append(ContentProblem(
                "layanan", row["id"], name, "jenis pelayanan", f"namanya sama dengan layanan “{keys[key]}”"))
        elif key:
            keys[key] = name
    return problems


def changed_service_ids(conn: sqlite3.Connection) -> list[int] | None:
    """Services whose content no longer matches the checksum the app wrote; None when the file keeps none."""
    if "checksum" not in {r[1] for r in conn.execute("PRAGMA table_info(layanan)")}:
        return None
    conn.create_function("sp_checksum", len(CONTENT_COLUMNS), checksum, deterministic=True)
    args = ", ".join(f"CAST({c} AS BLOB)" for c in CONTENT_COLUMNS)
    query = f"SELECT id FROM layanan WHERE checksum IS NULL OR checksum != sp_checksum({args})"
    return [r[0] for r in conn.execute(query)]


def find_problems(
    conn: sqlite3.Connection, applied: list[str] | None = None, service_ids: list[int] | None = None
) -> list[ContentProblem]:
    """Everything in the file that cannot be read back (the file is only read).

    Args:
        conn: a connection to the file.
        applied: the migration steps recorded in it (for the columns to expect).
        service_ids: read back only these services (None: all of them).
    """
    present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    problems = _schema_problems(conn, present, applied or [])
    if problems:
        return problems  # a damaged schema: the rows cannot be trusted to mean what they say
    if "layanan" in present:
        problems += _every_service_problems(conn, applied or [])
    if "layanan" in present and (service_ids is None or service_ids) and not problems:
        query = "SELECT * FROM layanan"
        if service_ids is not None:
            query += f" WHERE id IN ({', '.join(str(int(i)) for i in service_ids if i is not None)})"
        for row, bad in read_rows(conn, query):
            problems += service_problems(row, bad)
    if "anggota" in present:
        for row, bad in read_rows(conn, "SELECT * FROM anggota"):
            who = row.get("nama") or f"id {row['id']}"
            problems += [ContentProblem("tim", None, "", f"anggota {who}", "teks rusak, bukan UTF-8") for _ in bad[:1]]
            if not bad:
                try:
                    validate.enum_value(row["peran"] or "", Peran, "Peran")
                    validate.nip(row["nip"] or "", "NIP")
                except NotAllowed as exc:
                    problems.append(ContentProblem("tim", None, "", f"anggota {who}", str(exc)))
    if "instansi" in present:
        for row, bad in read_rows(conn, "SELECT * FROM instansi"):
            if bad:
                problems.append(ContentProblem("instansi", None, "", _INSTANSI_LABEL, "teks rusak, bukan UTF-8"))
            else:
                try:
                    validate.enum_value(row.get("zona_waktu") or "WIB", ZonaWaktu, "Zona waktu")
                    validate.nip(row.get("kepala_nip") or "", "NIP kepala")
                except NotAllowed as exc:
                    problems.append(ContentProblem("instansi", None, "", _INSTANSI_LABEL, str(exc)))
    if "pengaturan" in present:
        problems += _json_problems(conn, "SELECT data FROM pengaturan", "pengaturan", "pengaturan dokumen", Pengaturan)
    if "extra" in present:
        problems += _json_problems(conn, "SELECT value FROM extra", "pengaturan", "penetapan dan pembahasan", None)
    if "sampah" in present:
        problems += _json_problems(conn, "SELECT data FROM sampah", "sampah", "layanan di sampah", None)
    if "riwayat" in present:
        bad_rows = sum(1 for _row, bad in read_rows(
            conn, "SELECT waktu, pelaku, aksi, komponen, keterangan FROM riwayat") if bad)
        if bad_rows:
            problems.append(ContentProblem("riwayat", None, "", f"{bad_rows} catatan riwayat", "teks rusak"))
    problems += [ContentProblem("pemantauan", None, "", label, reason)
                 for label, reason in monitoring_problems(conn, present)]
    return problems


def _json_problems(conn: sqlite3.Connection, sql: str, bagian: str, label: str, cls: Any) -> list[ContentProblem]:
    found = []
    for row, bad in read_rows(conn, sql):
        (value,) = row.values()
        if bad or value is None:
            found.append(ContentProblem(bagian, None, "", label, "teks rusak, bukan UTF-8"))
            continue
        try:
            data = json.loads(value)
            if cls is not None:
                from_plain(cls, data)
        except (ValueError, RecursionError, ShapeError, TypeError):
            found.append(ContentProblem(bagian, None, "", label, "JSON rusak"))
    return found


def describe_problems(path: Path, problems: list[ContentProblem]) -> str:
    """The Indonesian message naming what cannot be read."""
    lines = [f"- {p.describe()}" for p in problems[:_MAX_LISTED]]
    if len(problems) > _MAX_LISTED:
        lines.append(f"- dan {len(problems) - _MAX_LISTED} bagian lain")
    return (
        f"Berkas {path.name} rusak: sebagian isinya tidak dapat dibaca.\n" + "\n".join(lines) + "\n"
        "Berkas tidak diubah. Buka berkas di aplikasi SP Desktop untuk menyelamatkan bagian yang masih terbaca, "
        "atau gunakan salinan cadangan (berkas .bak) bila ada."
    )


def check_content(conn: sqlite3.Connection, path: Path, applied: list[str]) -> list[int]:
    """Raise :class:`errors.DamagedContent` when anything stored cannot be read back.

    Services are read back in full only when their bytes changed since the app wrote them
    (their checksum no longer matches), or all of them in a file that keeps no checksums.
    A file whose first migration never ran holds no schema yet and nothing to check.

    Returns:
        The services read back whole that should be stamped again once the file is open for writing.
    """
    if not applied:
        return []
    present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    changed = changed_service_ids(conn) if "layanan" in present else None
    problems = find_problems(conn, applied, changed)
    if problems:
        raise errors.DamagedContent(describe_problems(path, problems), path, problems)
    return changed or []
