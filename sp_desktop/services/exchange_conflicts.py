"""Conflicts of a receive: recorded with both sides, shown as texts, resolved without losing either (services layer).

A conflict is one column of one row that both laptops changed to different values. The
receiver's value stays until the team chooses: "mine" keeps it, "theirs" takes the sender's,
"edit" writes a new value; the value not chosen is written to the audit trail (riwayat).
"""

from __future__ import annotations

import json
from typing import Any

import apsw

from ..domain.identification import missing_components
from ..domain.names import name_key
from ..storage import exchange_store as store
from ..storage.changesets import Clash
from ..storage.codec import ComponentError, row_checksum, service_from_row
from ..storage.exchange_image import image_row
from ..storage.history import now_text
from ..storage.migrations import LIST_COLUMNS
from ..storage.repository import column_label
from .exchange_types import Conflict, ExchangeRefused

CHOICES = ("mine", "theirs", "edit")
_TABLE_LABELS = {
    "instansi": "Profil instansi", "pengaturan": "Pengaturan dokumen", "anggota": "Tim", "extra": "Data proyek",
    "extra_item": "Data proyek", "catatan_layanan": "Catatan layanan", "survei": "Survei kepuasan",
    "responden": "Responden survei", "tindak_lanjut_skm": "Tindak lanjut survei",
    "pengaduan_masuk": "Pengaduan masuk", "sampah": "Sampah", "berkas": "Lampiran", "versi_layanan": "Versi layanan",
}


def display(value: Any) -> str:
    """A stored value as a reader sees it: a list one item a line, a record its filled values."""
    if value is None:
        return "(kosong)"
    if not isinstance(value, str):
        return str(value)
    try:
        data = json.loads(value)
    except ValueError:
        return value
    return _plain(data) if isinstance(data, (list, dict)) else value

def _plain(data: Any) -> str:
    if isinstance(data, list):
        return "\n".join(f"• {_plain(item)}" for item in data) or "(kosong)"
    if isinstance(data, dict):
        return " — ".join(_plain(v) for v in data.values() if v not in (None, "", [], {})) or "(kosong)"
    return str(data)


def _label(table: str, column: str) -> str:
    if table == "layanan":
        return column_label(column)
    return f"{_TABLE_LABELS.get(table, table)}: {column.replace('_', ' ')}"


def _who(row: dict[str, Any] | None, fallback: str, when: str) -> tuple[str, str]:
    if row and row.get("updated_by"):
        return row["updated_by"], row.get("updated_at") or when
    return fallback, when


def record_clashes(session: Any, clashes: list[Clash], image: apsw.Connection, theirs: apsw.Connection,
                   manifest: dict[str, Any], waktu: str) -> list[Conflict]:
    """Store each clash of a merge (an older open one on the same column is replaced); returns them for display."""
    own = session.actor.nama if session.actor else session.repo.unnamed_actor
    sender = manifest["dari"]["nama"] or "pengirim"
    result = []
    for clash in clashes:
        mine_row = image_row(image, clash.table, clash.uid)
        their_row = image_row(theirs, clash.table, clash.uid)
        name = (mine_row or their_row or {}).get("jenis_pelayanan", "") if clash.table == "layanan" else ""
        mine_by, mine_when = _who(mine_row if clash.table == "layanan" else None, own, "")
        theirs_by, theirs_when = _who(their_row if clash.table == "layanan" else None, sender, manifest["dibuat"])
        store.close_conflicts_on(session.db, clash.table, clash.uid, clash.column, waktu)
        conflict_id = store.add_conflict(session.db, {
            "tabel": clash.table, "baris_uid": clash.uid, "kolom": clash.column, "nama": name or "",
            "nilai_saya": clash.mine, "nilai_mereka": clash.theirs, "saya_oleh": mine_by, "saya_waktu": mine_when,
            "mereka_oleh": theirs_by, "mereka_waktu": theirs_when, "dibuat": waktu,
        })
        result.append(_conflict(store.conflict_row(session.db, conflict_id)))
    return result


def _conflict(row: dict[str, Any]) -> Conflict:
    return Conflict(
        id=row["id"], layanan=row["nama"], komponen=row["kolom"], komponen_label=_label(row["tabel"], row["kolom"]),
        mine=display(row["nilai_saya"]), theirs=display(row["nilai_mereka"]), mine_by=row["saya_oleh"],
        mine_when=row["saya_waktu"][:16].replace("T", " "), theirs_by=row["mereka_oleh"],
        theirs_when=row["mereka_waktu"][:16].replace("T", " "),
    )


def open_conflicts(session: Any) -> list[Conflict]:
    """The conflicts still to resolve, oldest first."""
    return [_conflict(row) for row in store.open_conflict_rows(session.db)]


def _edited_value(column: str, edited: str | None) -> str:
    if edited is None:
        raise ExchangeRefused("Isi nilai yang baru untuk menyelesaikan konflik dengan suntingan.")
    if column not in LIST_COLUMNS and column not in ("biaya", "pengaduan"):
        return edited
    try:
        json.loads(edited)
        return edited
    except ValueError:
        lines = [line.strip().lstrip("•").strip() for line in edited.splitlines()]
        return json.dumps([line for line in lines if line], ensure_ascii=False)


def _current(session: Any, row: dict[str, Any]) -> Any:
    table, uid, column = row["tabel"], row["baris_uid"], row["kolom"]
    if table in ("extra", "extra_item"):
        return row["nilai_saya"]
    key = "id = ?" if table in ("instansi", "pengaturan") else "uid = ?"
    value = session.db.rows(f"SELECT {column} FROM {table} WHERE {key}", [int(uid) if key == "id = ?" else uid])
    if not value:
        raise ExchangeRefused("Data yang berkonflik sudah tidak ada di proyek ini; konflik ini tidak dapat "
                              "diselesaikan.")
    return value[0][column]


def _write(session: Any, row: dict[str, Any], value: Any) -> int | None:
    table, uid, column = row["tabel"], row["baris_uid"], row["kolom"]
    db = session.db
    if table == "layanan":
        stored = db.rows("SELECT * FROM layanan WHERE uid = ?", [uid])[0]
        stored[column] = value
        try:
            lay = service_from_row(stored)
        except ComponentError as exc:
            raise ExchangeRefused(f"Nilai itu tidak dapat dipakai untuk {column_label(column)}: {exc}.") from exc
        db.execute(f"UPDATE layanan SET {column} = ?, name_key = ?, missing = ?, checksum = ?, updated_at = ?, "
                   "updated_by = ? WHERE uid = ?",
                   [value, name_key(lay.jenis_pelayanan), json.dumps(missing_components(lay)), row_checksum(stored),
                    now_text(), session._actor_name, uid])
        return stored["id"]
    if table == "extra":
        db.execute("UPDATE extra SET value = ? WHERE key = ?", [value, uid])
    elif table == "extra_item":
        key, _, record_id = uid.partition("#")
        records = json.loads(db.scalar("SELECT value FROM extra WHERE key = ?", [key]) or "[]")
        new = json.loads(value)
        records = [new if isinstance(r, dict) and r.get("id") == record_id else r for r in records]
        db.execute("UPDATE extra SET value = ? WHERE key = ?", [json.dumps(records, ensure_ascii=False), key])
    elif table in ("instansi", "pengaturan"):
        db.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", [value, int(uid)])
    else:
        db.execute(f"UPDATE {table} SET {column} = ? WHERE uid = ?", [value, uid])
    return None


EXCHANGED_PARTS = ("services", "tim", "instansi", "pembahasan", "penetapan", "pengaturan", "survei",
                   "pengaduan_masuk")
"""What an exchange may change, as the session's listeners name it."""


def announce(session: Any, parts: tuple[str, ...] = EXCHANGED_PARTS) -> None:
    """Tell the session's listeners (the open pages) that ``parts`` changed outside their own edits."""
    for what in parts:
        for listener in list(session._listeners):
            listener(what, None)


def resolve_conflict(session: Any, conflict_id: int, choice: str, edited: str | None = None) -> None:
    """Resolve a conflict by ``choice`` ("mine", "theirs" or "edit" with ``edited``); audited.

    Raises:
        ExchangeRefused: an unknown or already resolved conflict, a bad choice, or an edit the component cannot hold.
    """
    if choice not in CHOICES:
        raise ExchangeRefused(f"Pilihan '{choice}' tidak dikenal: pilih milik sendiri, milik pengirim, atau suntingan.")
    row = store.conflict_row(session.db, conflict_id)
    if row is None or row["selesai"] is not None:
        raise ExchangeRefused("Konflik itu sudah diselesaikan.")
    current = _current(session, row)
    label = _label(row["tabel"], row["kolom"])
    with session._write("services"):
        if choice == "mine":
            chosen, dropped = current, [row["nilai_mereka"]]
        elif choice == "theirs":
            chosen, dropped = row["nilai_mereka"], [current]
        else:
            chosen, dropped = _edited_value(row["kolom"], edited), [current, row["nilai_mereka"]]
        service_id = _write(session, row, chosen) if choice != "mine" else None
        if service_id is None and row["tabel"] == "layanan":
            service_id = session.db.scalar("SELECT id FROM layanan WHERE uid = ?", [row["baris_uid"]])
        how = {"mine": "nilai sendiri dipertahankan", "theirs": f"nilai dari {row['mereka_oleh']} dipakai",
               "edit": "nilai disunting"}[choice]
        kept = "; ".join(display(v) for v in dropped)
        session.repo.add_audit(session.actor, "konflik", service_id, row["kolom"],
                               f"Konflik {label} diselesaikan ({how}). Nilai yang tidak dipilih: {kept}",
                               {"tidak_dipilih": dropped})
        store.close_conflict(session.db, conflict_id, choice, now_text())
    if row["tabel"] != "layanan":  # the write said "services": the profile, team or settings pages must hear it
        announce(session, EXCHANGED_PARTS[1:])
