"""Schema of the project file as named migration steps, never edited once released (storage layer).

Each step runs through sqlite-utils' ``Migrations`` in one transaction together with the
record of it and the ``PRAGMA user_version`` stamp, so a kill leaves the three agreeing.
sqlite-utils is imported only when a step is pending: opening an up-to-date file does not load it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from sqlite_utils import Database

MIGRATION_SET = "sp_desktop"
STEPS: list[tuple[str, Callable[[Any], None]]] = []


def step(func: Callable[[Any], None]) -> Callable[[Any], None]:
    """Register ``func`` as the next migration step, named after the function."""
    STEPS.append((func.__name__, func))
    return func

# JSON text columns hold one component each, so a row is a whole service standard.
LIST_COLUMNS = (
    "dasar_hukum",
    "persyaratan",
    "prosedur",
    "produk",
    "sarana_prasarana",
    "kompetensi_pelaksana",
    "pengawasan_internal",
    "jaminan_pelayanan",
    "jaminan_keamanan",
    "evaluasi_kinerja",
)


@step
def m001_create_schema(db: Database) -> None:
    db["meta"].create({"key": str, "value": str}, pk="key")
    db["instansi"].create(
        {
            "id": int,
            "pemerintah_daerah": str,
            "nama": str,
            "singkatan": str,
            "alamat": str,
            "telepon": str,
            "email": str,
            "laman": str,
            "kota": str,
            "zona_waktu": str,
            "kepala_nama": str,
            "kepala_nip": str,
            "kepala_pangkat": str,
            "kepala_golongan": str,
            "kepala_jabatan": str,
        },
        pk="id",
    )
    db["logo"].create({"id": int, "data": bytes, "mime": str}, pk="id")
    db["pengaturan"].create({"id": int, "data": str}, pk="id")
    db["extra"].create({"key": str, "value": str}, pk="key")
    db["anggota"].create(
        {"id": int, "nama": str, "nip": str, "jabatan": str, "peran": str, "position": int}, pk="id"
    )
    columns = {
        "id": int,
        "position": int,
        "jenis_pelayanan": str,
        "klasifikasi": str,
        "status": str,
        "waktu_penyelesaian": str,
        "biaya": str,
        "pengaduan": str,
        "jumlah_pelaksana": str,
        "created_at": str,
        "updated_at": str,
        "updated_by": str,
    }
    columns.update({name: str for name in LIST_COLUMNS})
    db["layanan"].create(columns, pk="id")
    db["layanan"].create_index(["position"])
    db["riwayat"].create(
        {
            "id": int,
            "waktu": str,
            "pelaku_id": int,
            "pelaku": str,
            "aksi": str,
            "layanan_id": int,
            "komponen": str,
            "keterangan": str,
            "snapshot": str,
        },
        pk="id",
    )
    db["riwayat"].create_index(["layanan_id", "id"])
    db["sampah"].create(
        {"id": int, "layanan_id": int, "jenis_pelayanan": str, "data": str, "waktu": str, "pelaku": str}, pk="id"
    )


@step
def m002_service_list_columns(db: Database) -> None:
    # The list of services reads these instead of decoding every service: the name's
    # uniqueness key (domain.names) and the components the review still blocks on.
    from ..domain.identification import missing_components
    from ..domain.names import name_key
    from .codec import service_from_row

    db["layanan"].add_column("name_key", str)
    db["layanan"].add_column("missing", str)
    cursor = db.execute("SELECT * FROM layanan")
    names = [c[0] for c in cursor.description]
    for values in cursor.fetchall():
        row = dict(zip(names, values))
        try:
            missing = json.dumps(missing_components(service_from_row(row)))
        except Exception:  # noqa: BLE001 - unreadable content is reported by the content check, not here
            missing = None
        db.execute(
            "UPDATE layanan SET name_key = ?, missing = ? WHERE id = ?",
            [name_key(row["jenis_pelayanan"] or ""), missing, row["id"]],
        )
    db["layanan"].create_index(["name_key"])
    db["riwayat"].create_index(["aksi", "layanan_id"])


@step
def m003_service_order_table(db: Database) -> None:
    # The order of the services in a table of small rows: moving a service to the top of
    # 2,000 rewrites 2,000 pairs of integers instead of 2,000 whole standards.
    db.execute("CREATE TABLE urutan (layanan_id INTEGER PRIMARY KEY, position INTEGER NOT NULL)")
    db.execute(
        "INSERT INTO urutan (layanan_id, position) "
        "SELECT id, ROW_NUMBER() OVER (ORDER BY position, id) - 1 FROM layanan"
    )
    db.execute("CREATE INDEX idx_urutan_position ON urutan (position)")
    db.execute("UPDATE layanan SET position = NULL")
    # A checksum of each service's content as the app wrote it: opening reads back in full
    # only the rows whose bytes changed since (damage, another tool), not all 2,000.
    db.execute("ALTER TABLE layanan ADD COLUMN checksum TEXT")


@step
def m004_member_pin(db: Database) -> None:
    # A member's optional PIN, only as a salted PBKDF2 hash (domain.pin); NULL = no PIN.
    # Never exported: SP JSON is built from domain.model.Member, which has no PIN.
    db.execute("ALTER TABLE anggota ADD COLUMN pin_hash TEXT")


@step
def m005_attachments_and_versions(db: Database) -> None:
    # Files a team keeps in the project (discussion photos and notulen, penerapan evidence):
    # ``pemilik`` names what a file belongs to, e.g. "pembahasan:<id>" or "penerapan:<id>".
    db.execute(
        "CREATE TABLE berkas (id INTEGER PRIMARY KEY, pemilik TEXT NOT NULL, jenis TEXT NOT NULL DEFAULT '', "
        "nama TEXT NOT NULL DEFAULT '', mime TEXT NOT NULL DEFAULT '', keterangan TEXT NOT NULL DEFAULT '', "
        "data BLOB NOT NULL, waktu TEXT NOT NULL DEFAULT '', pelaku TEXT NOT NULL DEFAULT '')"
    )
    db.execute("CREATE INDEX idx_berkas_pemilik ON berkas (pemilik, id)")
    # Every adopted version of a service, frozen: its SP JSON LAYANAN (``data``), the content
    # fingerprint printed on its Standar, and the decree that adopted it.
    db.execute(
        "CREATE TABLE versi_layanan (id INTEGER PRIMARY KEY, layanan_id INTEGER NOT NULL, versi INTEGER NOT NULL, "
        "data TEXT NOT NULL, sidik TEXT NOT NULL DEFAULT '', nomor_sk TEXT NOT NULL DEFAULT '', "
        "tanggal_sk TEXT NOT NULL DEFAULT '', waktu TEXT NOT NULL DEFAULT '', pelaku TEXT NOT NULL DEFAULT '', "
        "UNIQUE (layanan_id, versi))"
    )
    db.execute("CREATE INDEX idx_versi_sidik ON versi_layanan (sidik)")
    # The version number the current (editable or adopted) content of a service carries.
    db.execute("ALTER TABLE layanan ADD COLUMN versi INTEGER NOT NULL DEFAULT 1")


@step
def m006_monitoring_tables(db: Database) -> None:
    # The satisfaction survey and the complaints log (SP JSON "survei" and "pengaduan_masuk"), one row
    # per record so that entering the 10,000th respondent writes one small row. ``lain`` keeps keys the
    # app does not know, as JSON; ``uid`` is the record's identity across files.
    db.execute(
        "CREATE TABLE survei (id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, position INTEGER NOT NULL, "
        "periode TEXT NOT NULL DEFAULT '', mulai TEXT NOT NULL DEFAULT '', selesai TEXT NOT NULL DEFAULT '', "
        "layanan TEXT NOT NULL DEFAULT '[]', populasi INTEGER NOT NULL DEFAULT 0, "
        "tanggal_laporan TEXT NOT NULL DEFAULT '', lain TEXT NOT NULL DEFAULT '{}')"
    )
    unsur = ", ".join(f"u{i} INTEGER" for i in range(1, 10))
    db.execute(
        "CREATE TABLE responden (id INTEGER PRIMARY KEY, survei_id INTEGER NOT NULL, position INTEGER NOT NULL, "
        "layanan TEXT NOT NULL DEFAULT '', tanggal TEXT NOT NULL DEFAULT '', jam TEXT NOT NULL DEFAULT '', "
        f"jenis_kelamin TEXT, usia INTEGER, pendidikan TEXT, pekerjaan TEXT, {unsur}, "
        "saran TEXT NOT NULL DEFAULT '', lain TEXT NOT NULL DEFAULT '{}')"
    )
    db.execute("CREATE INDEX idx_responden_survei ON responden (survei_id, position)")
    db.execute(
        "CREATE TABLE tindak_lanjut_skm (id INTEGER PRIMARY KEY, survei_id INTEGER NOT NULL, "
        "position INTEGER NOT NULL, unsur INTEGER NOT NULL, rencana TEXT NOT NULL DEFAULT '', "
        "penanggung_jawab TEXT NOT NULL DEFAULT '', target TEXT NOT NULL DEFAULT '', selesai TEXT, "
        "lain TEXT NOT NULL DEFAULT '{}')"
    )
    db.execute("CREATE INDEX idx_tindak_lanjut_survei ON tindak_lanjut_skm (survei_id, position)")
    db.execute(
        "CREATE TABLE pengaduan_masuk (id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, position INTEGER NOT NULL, "
        "tanggal TEXT NOT NULL DEFAULT '', saluran TEXT NOT NULL DEFAULT '', layanan TEXT NOT NULL DEFAULT '', "
        "komponen TEXT, ringkasan TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT 'baru', "
        "tindak_lanjut TEXT NOT NULL DEFAULT '', tanggal_selesai TEXT, lain TEXT NOT NULL DEFAULT '{}')"
    )
    db.execute("CREATE INDEX idx_pengaduan_tanggal ON pengaduan_masuk (tanggal, id)")



@step
def m007_service_notes(db: Database) -> None:
    # Notes kept on a service: rows an import from an old Word standard could not map to a component
    # (``jenis`` "impor", never dropped) and a reviewer's findings ("evaluasi", marked done by the unit).
    # ``uid`` is the note's identity across files; ``selesai`` the time it was marked done, or NULL.
    db.execute(
        "CREATE TABLE catatan_layanan (id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, layanan_id INTEGER NOT NULL, "
        "jenis TEXT NOT NULL DEFAULT 'impor', komponen TEXT NOT NULL DEFAULT '', judul TEXT NOT NULL DEFAULT '', "
        "teks TEXT NOT NULL DEFAULT '', sumber TEXT NOT NULL DEFAULT '', pelaku TEXT NOT NULL DEFAULT '', "
        "waktu TEXT NOT NULL DEFAULT '', selesai TEXT)"
    )
    db.execute("CREATE INDEX idx_catatan_layanan ON catatan_layanan (layanan_id, id)")


@step
def m008_exchange_identity(db: Database) -> None:
    # Exchange between laptops (services/exchange.py): every row that moves carries a uid unique across
    # laptops, given on insert by a trigger (so every writer gets one without knowing of the exchange).
    # ``sinkron_id`` keeps a service's uid after it is deleted, so its trash entry, audit trail and a
    # restore under the same id keep the same identity.
    import uuid

    db.execute("CREATE TABLE sinkron_id (uid TEXT PRIMARY KEY, tabel TEXT NOT NULL, id INTEGER NOT NULL, "
               "UNIQUE (tabel, id))")
    for table in EXCHANGED_WITH_UID:
        db.execute(f"ALTER TABLE {table} ADD COLUMN uid TEXT")
        for (row_id,) in db.execute(f"SELECT id FROM {table}").fetchall():
            db.execute(f"UPDATE {table} SET uid = ? WHERE id = ?", [uuid.uuid4().hex, row_id])
        db.execute(f"CREATE UNIQUE INDEX idx_{table}_uid ON {table} (uid)")
        mapping = ("INSERT OR IGNORE INTO sinkron_id (uid, tabel, id) SELECT uid, 'layanan', id FROM layanan "
                   "WHERE id = NEW.id; " if table == "layanan" else "")
        fresh = "lower(hex(randomblob(16)))"
        if table == "layanan":
            fresh = f"COALESCE((SELECT uid FROM sinkron_id WHERE tabel = 'layanan' AND id = NEW.id), {fresh})"
        db.execute(
            f"CREATE TRIGGER sinkron_uid_{table} AFTER INSERT ON {table} BEGIN "
            f"UPDATE {table} SET uid = {fresh} WHERE id = NEW.id AND uid IS NULL; {mapping}END"
        )
    db.execute("INSERT OR IGNORE INTO sinkron_id (uid, tabel, id) SELECT uid, 'layanan', id FROM layanan")
    # The peers this file exchanged with: the image last received from each (the base of the next package
    # to it) and the number of the last package received from it (an older one is refused).
    db.execute("CREATE TABLE sinkron_mitra (replika TEXT PRIMARY KEY, nama TEXT NOT NULL DEFAULT '', "
               "peran TEXT NOT NULL DEFAULT '', dasar BLOB NOT NULL, terima_seq INTEGER NOT NULL DEFAULT 0, "
               "waktu TEXT NOT NULL DEFAULT '')")
    # A component both sides changed: both values, who and when; resolved by a choice or an edit.
    db.execute("CREATE TABLE sinkron_konflik (id INTEGER PRIMARY KEY, tabel TEXT NOT NULL, baris_uid TEXT NOT NULL, "
               "kolom TEXT NOT NULL, nama TEXT NOT NULL DEFAULT '', nilai_saya TEXT, nilai_mereka TEXT, "
               "saya_oleh TEXT NOT NULL DEFAULT '', saya_waktu TEXT NOT NULL DEFAULT '', "
               "mereka_oleh TEXT NOT NULL DEFAULT '', mereka_waktu TEXT NOT NULL DEFAULT '', "
               "dibuat TEXT NOT NULL DEFAULT '', selesai TEXT, pilihan TEXT)")
    # Every receive, with the copy of the project taken just before it (its undo).
    db.execute("CREATE TABLE sinkron_terima (id INTEGER PRIMARY KEY, waktu TEXT NOT NULL, dari TEXT NOT NULL, "
               "replika TEXT NOT NULL, seq INTEGER NOT NULL, berkas TEXT NOT NULL DEFAULT '', "
               "cadangan TEXT NOT NULL DEFAULT '')")
    db.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('proyek_uid', ?)", [uuid.uuid4().hex])
    db.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('replika', ?)", [uuid.uuid4().hex])


# The tables whose rows get a ``uid`` in m008 (survei, pengaduan_masuk and catatan_layanan have one already).
EXCHANGED_WITH_UID = ("layanan", "anggota", "berkas", "riwayat", "sampah", "responden", "tindak_lanjut_skm")

def schema_version() -> int:
    """The number of migration steps this version knows: written to ``PRAGMA user_version``."""
    return len(STEPS)


def known_names() -> set[str]:
    """Names of every migration step this version knows."""
    return {name for name, _func in STEPS}


def applied_names(conn: sqlite3.Connection) -> list[str]:
    """Names of the steps recorded in the file, in the order they were applied."""
    try:
        rows = conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid", [MIGRATION_SET]
        ).fetchall()
    except sqlite3.OperationalError:
        return []
    return [r[0] for r in rows]


def pending_names(applied: list[str]) -> list[str]:
    """The known steps not yet recorded in a file."""
    done = set(applied)
    return [name for name, _func in STEPS if name not in done]


def _stamped(func: Callable[[Any], None], number: int) -> Callable[[Any], None]:
    def run(db: Any) -> None:
        func(db)
        db.execute(f"PRAGMA user_version={number}")

    run.__name__ = func.__name__
    return run


def apply_pending(conn: sqlite3.Connection) -> None:
    """Run every pending step, each in its own transaction with its record and version stamp."""
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

    chain = Migrations(MIGRATION_SET)
    for number, (name, func) in enumerate(STEPS, start=1):
        chain(name=name)(_stamped(func, number))
    chain.apply(Database(conn, execute_plugins=False, recursive_triggers=False))
