"""Exchange between laptops: copy for a member, send changes, receive them (services layer).

The engine is SQLite's session extension (through apsw, ``storage/changesets.py``): the
project is turned into an *exchange image* keyed by uids (``storage/exchange_image.py``); a
package holds, per peer, the session diff from the image last received from that peer to
this file's image, and this file's whole image, which the peer keeps as the base of its next
package back. Receiving merges column by column; a column both sides changed is a conflict
(the receiver's value stays until resolved). See docs/exchange.md.
"""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import datetime
from pathlib import Path

import apsw

from ..storage import changesets
from ..storage import exchange_store as store
from ..storage.db import write_copy
from ..storage.exchange_image import build_image, load_image, serialize
from ..storage.exchange_writeback import write_back
from ..storage.history import now_text
from . import targets
from .exchange_conflicts import announce, open_conflicts, record_clashes, resolve_conflict
from .exchange_package import FORMAT, FORMAT_VERSI, IMAGE, open_package, write_package
from .exchange_rules import identity_of, refuse_rule, refused_lines
from .exchange_types import Conflict, ExchangeRefused, Receipt, ReceiveResult, SendSummary
from .session import ProjectSession


def sync_folder(session: ProjectSession) -> Path:
    """The hidden folder beside the project holding the copies taken before each receive."""
    return session.path.with_name(f".{session.path.name}.sinkron")


def _file_hashes(conn: apsw.Connection, schema: str = "main") -> set[str]:
    rows = conn.execute(f"SELECT data FROM {schema}.berkas UNION SELECT data FROM {schema}.logo").fetchall()
    return {r[0] for r in rows if r[0]}


def copy_for_member(session: ProjectSession, out: Path, member: str | None = None) -> Path:
    """Write a project file for another laptop that knows the state it started from.

    Raises:
        ExchangeRefused / storage errors: the target is the project or open elsewhere, or cannot be written.
    """
    out = Path(out)
    session.save_copy(out)  # atomic, refuses the project itself and files open elsewhere
    own_name, own_role = identity_of(session)
    member_role = next((m.peran for m in session.members() if member and m.nama == member), "anggota")
    replika = store.new_uid()
    conn = sqlite3.connect(out, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        image = serialize(build_image(conn))
        conn.execute("DELETE FROM sinkron_mitra")
        conn.execute("DELETE FROM sinkron_konflik")
        conn.execute("DELETE FROM sinkron_terima")
        for key, value in (("replika", replika), ("kirim_seq", "0"), ("pemilik", member or "")):
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [key, value])
        conn.execute("INSERT INTO sinkron_mitra (replika, nama, peran, dasar, terima_seq, waktu) "
                     "VALUES (?, ?, ?, ?, 0, ?)", [store.replica(session.db), own_name, own_role, image, now_text()])
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        conn.close()
        out.unlink(missing_ok=True)
        raise ExchangeRefused(f"Salinan untuk anggota tidak dapat disiapkan di {out}.", out) from exc
    conn.close()
    with session._write("sinkron"):
        store.save_peer(session.db, replika, member or out.stem, member_role, image, 0, now_text())
        session.repo.add_audit(session.actor, "salin", None, "pertukaran",
                               f"Salinan untuk anggota dibuat: {member or out.name}")
    return out


def send_changes(session: ProjectSession, out: Path) -> SendSummary:
    """Write a package with the changes since the last exchange with every peer, and the files they need.

    Raises:
        ExchangeRefused: this file never exchanged (no copy made from it, not a copy), or cannot be written.
    """
    out = Path(out)
    targets.refuse_overwrite(out, [session.path])
    peers = store.peers(session.db)
    if not peers:
        raise ExchangeRefused("Berkas ini belum pernah bertukar dengan laptop lain. Buat dulu salinan untuk anggota "
                              "(Salin untuk anggota), atau kirim dari salinan yang diterima dari ketua.", session.path)
    blobs: dict[str, bytes] = {}
    image = build_image(session.db.conn, blobs)
    parts: list[tuple[str, bytes]] = [(IMAGE, serialize(image))]
    changes, needed = 0, set()
    for peer in peers:
        base = store.peer_base(session.db, peer.replika) or b""
        changeset = changesets.diff(image, base)
        parts.append((f"perubahan/{peer.replika}.changeset", changeset))
        changes = max(changes, changesets.count_changes(changeset) if changeset else 0)
        base_image = load_image(base)
        needed |= _file_hashes(image) - _file_hashes(base_image)
    parts += [(f"berkas/{digest}", blobs[digest]) for digest in sorted(needed)]
    name, role = identity_of(session)
    with session._write("sinkron"):
        seq = store.next_send_number(session.db)
        session.repo.add_audit(session.actor, "kirim", None, "pertukaran",
                               f"Paket perubahan {out.name} dibuat ({changes} perubahan, {len(needed)} berkas)")
    manifest = {
        "format": FORMAT, "format_versi": FORMAT_VERSI, "jenis": "perubahan",
        "proyek_uid": store.project_uid(session.db),
        "dari": {"nama": name, "peran": role, "replika": store.replica(session.db)},
        "dibuat": datetime.now().astimezone().isoformat(timespec="seconds"),
        "seq": seq, "untuk": [p.replika for p in peers], "jumlah_perubahan": changes, "jumlah_berkas": len(needed),
    }
    write_package(out, manifest, parts)
    return SendSummary(out, changes, len(needed))


def _refuse(path: Path, message: str) -> ExchangeRefused:
    return ExchangeRefused(f"{message} Tidak ada yang diubah.", path)


def receive_package(session: ProjectSession, path: Path) -> ReceiveResult:
    """Merge a package into the project (one transaction), or refuse it whole.

    Raises:
        ExchangeRefused: a damaged, foreign, older or misdirected package; the project is unchanged.
    """
    path = Path(path)
    package = open_package(path)
    try:
        manifest = package.manifest
        if manifest["jenis"] == "catatan_evaluasi":
            return _receive_review(session, package)
        return _receive_changes(session, package)
    finally:
        package.close()


def _receive_review(session: ProjectSession, package) -> ReceiveResult:
    try:
        from . import review_notes
    except ImportError as exc:  # pragma: no cover - until the reviewer's notes land
        raise _refuse(package.path, "Paket catatan evaluasi belum dapat diterima oleh versi ini.") from exc
    receipt = review_notes.receive_review_package(session, package.zf, package.manifest)
    applied = getattr(receipt, "added", None)
    if applied is None:
        applied = getattr(receipt, "applied", 0)
    unmatched = getattr(receipt, "unmatched", []) or []
    return ReceiveResult(applied=int(applied if isinstance(applied, int) else len(applied)),
                         refused=[str(u) for u in unmatched], kind="catatan_evaluasi")


def _check_manifest(session: ProjectSession, package) -> store.Peer:
    manifest, path = package.manifest, package.path
    dari = manifest["dari"]
    if manifest["proyek_uid"] != store.project_uid(session.db):
        raise _refuse(path, f"Paket {path.name} berasal dari proyek lain (dibuat oleh {dari['nama'] or 'tanpa nama'}).")
    if dari["replika"] == store.replica(session.db):
        raise _refuse(path, f"Paket {path.name} dibuat dari berkas ini sendiri, atau dari berkas yang disalin "
                            "langsung darinya (lewat pengelola berkas atau flashdisk) dan bukan lewat Pertukaran › "
                            "Salin untuk anggota. Salinan langsung tidak dapat bertukar perubahan: buat salinan "
                            "untuk anggota dengan Salin untuk anggota, lalu pindahkan layanan yang sudah dikerjakan "
                            "dengan Berkas › Impor layanan dari proyek lain.")
    peer = store.peer(session.db, dari["replika"])
    if peer is None:
        raise _refuse(path, f"Berkas ini belum pernah bertukar dengan pengirim paket {path.name} "
                            f"({dari['nama'] or 'tanpa nama'}). Terima lewat berkas ketua tim, atau minta salinan "
                            "baru.")
    if manifest["seq"] == peer.terima_seq:
        raise _refuse(path, f"Paket {path.name} dari {peer.nama} sudah diterima sebelumnya.")
    if manifest["seq"] < peer.terima_seq:
        raise _refuse(path, f"Paket {path.name} lebih lama dari paket yang sudah diterima dari {peer.nama} "
                            f"(nomor {manifest['seq']}, sudah diterima sampai nomor {peer.terima_seq}).")
    if not package.has(f"perubahan/{store.replica(session.db)}.changeset"):
        raise _refuse(path, f"Paket {path.name} tidak memuat perubahan untuk berkas ini (dibuat sebelum salinan ini "
                            "ada?). Minta pengirim membuat paket baru.")
    return peer


def _files(package, theirs: apsw.Connection, blobs: dict[str, bytes]) -> None:
    for digest in _file_hashes(theirs):
        name = f"berkas/{digest}"
        if digest in blobs or not package.has(name):
            continue
        data = package.read(name)
        if hashlib.sha256(data).hexdigest() != digest:
            raise _refuse(package.path, f"Paket {package.path.name} rusak (sebuah lampiran tidak utuh).")
        blobs[digest] = data


def _receive_changes(session: ProjectSession, package) -> ReceiveResult:
    path, manifest = package.path, package.manifest
    peer = _check_manifest(session, package)
    changeset = package.read(f"perubahan/{store.replica(session.db)}.changeset")
    theirs_bytes = package.read(IMAGE)
    try:
        theirs = load_image(theirs_bytes)
    except ValueError as exc:
        raise _refuse(path, f"Paket {path.name} rusak (gambar proyek pengirim tidak terbaca).") from exc
    blobs: dict[str, bytes] = {}
    image = build_image(session.db.conn, blobs)
    _files(package, theirs, blobs)
    base = store.peer_base(session.db, peer.replika) or b""
    try:
        outcome = changesets.merge(image, changeset, theirs_bytes, base, refuse_rule(peer))
    except (apsw.Error, ValueError, TypeError, IndexError) as exc:
        raise _refuse(path, f"Paket {path.name} rusak (daftar perubahan tidak terbaca).") from exc
    missing = _file_hashes(image) - set(blobs)
    if missing:
        raise _refuse(path, f"Paket {path.name} tidak lengkap: {len(missing)} lampiran tidak ada di dalamnya.")
    backup = _backup(session)
    waktu = now_text()
    try:
        with session._write("services"):
            notes = write_back(session.db, image, outcome.changeset, blobs)
            conflicts = record_clashes(session, outcome.clashes, image, theirs, manifest, waktu)
            store.save_peer(session.db, peer.replika, peer.nama or manifest["dari"]["nama"], peer.peran,
                            theirs_bytes, manifest["seq"], waktu)
            store.add_receipt(session.db, waktu, manifest["dari"]["nama"] or peer.nama, peer.replika,
                              manifest["seq"], path.name, backup.name)
            session.repo.add_audit(session.actor, "terima", None, "pertukaran",
                                   f"Paket {path.name} dari {manifest['dari']['nama'] or peer.nama} diterima: "
                                   f"{outcome.applied} perubahan, {len(conflicts)} konflik")
    except BaseException:
        backup.unlink(missing_ok=True)
        raise
    announce(session)
    refused = refused_lines(outcome, image, theirs, manifest)
    refused += [f"Layanan “{sent}” ada dua (ditambahkan di dua laptop); satu dinamai “{given}”."
                for sent, given in notes.renamed]
    return ReceiveResult(applied=outcome.applied, conflicts=conflicts, refused=refused, kind="perubahan")


def _backup(session: ProjectSession) -> Path:
    folder = sync_folder(session)
    try:
        folder.mkdir(exist_ok=True)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        target = folder / f"sebelum-terima-{stamp}.spdb"
        tmp = folder / f".{target.name}.tmp"
        write_copy(session.db.conn, tmp)
        tmp.replace(target)
    except (OSError, sqlite3.Error) as exc:
        raise ExchangeRefused(f"Cadangan sebelum menerima paket tidak dapat dibuat di {folder}. Periksa ruang disk "
                              "dan izin folder; tidak ada yang diubah.", session.path) from exc
    return target


def receipts(session: ProjectSession) -> list[Receipt]:
    """Every receive, newest first."""
    return [Receipt(r["id"], r["waktu"], r["dari"], r["berkas"]) for r in store.receipt_rows(session.db)]


def undo_receive(session: ProjectSession, receipt_id: int) -> Path:
    """Bring the project back to its state just before receive ``receipt_id``; returns the file to reopen.

    Every receive after it is undone too. The caller closes and reopens the session.

    Raises:
        ExchangeRefused: no such receive, or its copy is gone.
    """
    row = next((r for r in store.receipt_rows(session.db) if r["id"] == receipt_id), None)
    if row is None:
        raise ExchangeRefused("Penerimaan itu tidak ada lagi di proyek ini.", session.path)
    backup = sync_folder(session) / row["cadangan"]
    if not row["cadangan"] or not backup.is_file():
        raise ExchangeRefused(f"Cadangan sebelum penerimaan {row['berkas']} tidak ditemukan di {backup.parent}.",
                              session.path)
    try:
        source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
        try:
            source.backup(session.db.conn)
        finally:
            source.close()
        with session._write("services"):
            session.repo.add_audit(session.actor, "batal", None, "pertukaran",
                                   f"Penerimaan paket {row['berkas']} ({row['waktu'][:16]}) dibatalkan")
    except sqlite3.Error as exc:
        raise ExchangeRefused(f"Cadangan {backup.name} tidak dapat dipulihkan; proyek tidak berubah.",
                              session.path) from exc
    return session.path


__all__ = [
    "Conflict", "ExchangeRefused", "Receipt", "ReceiveResult", "SendSummary", "copy_for_member",
    "open_conflicts", "receipts", "receive_package", "resolve_conflict", "send_changes", "sync_folder",
    "undo_receive",
]
