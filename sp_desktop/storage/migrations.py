"""Schema of the project file as named migration steps, never edited once released (storage layer)."""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("sp_desktop")

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


@migrations()
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


def schema_version() -> int:
    """The number of migration steps this version knows: written to ``PRAGMA user_version``."""
    return len(migrations._migrations)


def known_names() -> set[str]:
    """Names of every migration step this version knows."""
    return {m.name for m in migrations._migrations}
