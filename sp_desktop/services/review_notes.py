"""A reviewer's notes per unit, service and component, sent to the unit as a package (services layer).

The reviewer's notes live in a small SQLite file of their own (``<folder>/.catatan-evaluasi.sqlite``),
never in a unit's file. :func:`export_review_package` writes one unit's notes as a ``.spx`` package
(``manifest.json`` first, jenis ``catatan_evaluasi``, then ``catatan.json``);
:func:`receive_review_package` stores them in the unit's project as notes of jenis ``evaluasi`` on the
matching services (by :func:`domain.names.name_key`), with the reviewer's name and date, once each
(a note's ``uid`` received twice is stored once), in one transaction with its audit line.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from ..domain.components import STEP_KEYS, komponen_label
from ..domain.limits import MAX_TEXT_CHARS
from ..domain.names import name_key
from ..domain.sp_json_validate import SpJsonError, load_json_bytes
from ..export.atomic import atomic_write
from ..storage import errors
from .review_units import ReviewError, UnitData

NOTES_FILE = ".catatan-evaluasi.sqlite"
PACKAGE_FORMAT = "sp-desktop-paket"
PACKAGE_VERSION = 1
KIND = "catatan_evaluasi"
MANIFEST = "manifest.json"
NOTES_MEMBER = "catatan.json"
NOTE_JENIS = "evaluasi"
REVIEWER_ROLE = "evaluator"
AUDIT_ACTION = "Terima catatan evaluasi"
AUDIT_KOMPONEN = "catatan"
"""The audit trail's component of notes (the one services/word_import.py writes for a note marked done)."""
MAX_NOTES = 10_000
MAX_NOTES_BYTES = 20 * 1024 * 1024
_FIELDS = ("uid", "unit", "jenis_pelayanan", "komponen", "judul", "teks", "reviewer", "waktu")


class ReviewRefused(errors.ProjectError):
    """A review package that is not received; the message is Indonesian and nothing was changed."""

    def __init__(self, message: str, path: Path | None = None):
        super().__init__(message, path or Path("."))


@dataclass(frozen=True)
class ReviewNote:
    """One note of the reviewer: on a unit's service and component (``komponen`` "" for the whole service)."""

    uid: str
    unit: str
    jenis_pelayanan: str
    komponen: str
    judul: str
    teks: str
    reviewer: str
    waktu: str

    @property
    def komponen_label(self) -> str:
        return komponen_label(self.komponen) if self.komponen else "Seluruh layanan"


@dataclass
class ReviewReceipt:
    """What a receive stored: notes added, notes already there, notes whose service the unit lacks."""

    added: int = 0
    already: int = 0
    unmatched: list[str] = field(default_factory=list)
    reviewer: str = ""
    kind: str = KIND


class ReviewNotes:
    """The reviewer's notes file; every change is one transaction (journal in DELETE mode: no side file stays)."""

    def __init__(self, path: Path | str):
        self.path = Path(path)
        try:
            self._conn = sqlite3.connect(self.path, isolation_level=None)
            self._conn.execute(
                "CREATE TABLE IF NOT EXISTS catatan (uid TEXT PRIMARY KEY, unit TEXT NOT NULL, "
                "jenis_pelayanan TEXT NOT NULL, komponen TEXT NOT NULL DEFAULT '', judul TEXT NOT NULL DEFAULT '', "
                "teks TEXT NOT NULL, reviewer TEXT NOT NULL, waktu TEXT NOT NULL)")
        except sqlite3.Error as exc:
            raise ReviewError(f"Berkas catatan evaluasi {self.path.name} tidak dapat dibuka atau dibuat.") from exc

    @classmethod
    def in_folder(cls, folder: Path | str) -> ReviewNotes:
        """The notes kept in the reviewer's folder of units."""
        return cls(Path(folder) / NOTES_FILE)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> ReviewNotes:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _run(self, sql: str, params: list[Any]) -> None:
        try:
            with self._conn:
                self._conn.execute("BEGIN IMMEDIATE")
                self._conn.execute(sql, params)
        except sqlite3.Error as exc:
            raise ReviewError(f"Catatan evaluasi tidak dapat disimpan ke {self.path.name}.") from exc

    def add(self, unit: str, jenis_pelayanan: str, komponen: str, teks: str, reviewer: str, judul: str = "",
            waktu: str | None = None) -> ReviewNote:
        """Add a note; ``komponen`` a step key or "" (the whole service). Raises ReviewError on a bad value."""
        note = ReviewNote(uuid.uuid4().hex, unit, jenis_pelayanan, komponen, judul.strip(), teks.strip(),
                          reviewer.strip(), waktu or datetime.now().isoformat(timespec="seconds"))
        _check(note)
        self._run("INSERT INTO catatan VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [getattr(note, f) for f in _FIELDS])
        return note

    def update(self, uid: str, teks: str, judul: str | None = None) -> None:
        """Change a note's text (and title)."""
        if not teks.strip():
            raise ReviewError("Isi catatan evaluasi belum diisi.")
        if judul is None:
            self._run("UPDATE catatan SET teks = ? WHERE uid = ?", [teks.strip(), uid])
        else:
            self._run("UPDATE catatan SET teks = ?, judul = ? WHERE uid = ?", [teks.strip(), judul.strip(), uid])

    def delete(self, uid: str) -> None:
        self._run("DELETE FROM catatan WHERE uid = ?", [uid])

    def notes(self, unit: str | None = None, jenis_pelayanan: str | None = None) -> list[ReviewNote]:
        """The notes (of one unit, of one service), oldest first."""
        rows = self._conn.execute(f"SELECT {', '.join(_FIELDS)} FROM catatan ORDER BY waktu, rowid").fetchall()
        out = [ReviewNote(*r) for r in rows]
        if unit is not None:
            out = [n for n in out if n.unit == unit]
        if jenis_pelayanan is not None:
            out = [n for n in out if name_key(n.jenis_pelayanan) == name_key(jenis_pelayanan)]
        return out

    def units(self) -> list[str]:
        """The units that have notes."""
        return sorted({n.unit for n in self.notes()}, key=str.casefold)


def _check(note: ReviewNote) -> None:
    if not note.teks:
        raise ReviewError("Isi catatan evaluasi belum diisi.")
    if not note.reviewer:
        raise ReviewError("Nama penilai (evaluator) belum diisi.")
    if not name_key(note.jenis_pelayanan) or not note.unit.strip():
        raise ReviewError("Catatan evaluasi harus menyebut unit dan jenis pelayanan.")
    if note.komponen and note.komponen not in STEP_KEYS:
        raise ReviewError(f"Komponen '{note.komponen}' tidak dikenal.")
    if any(len(getattr(note, f)) > MAX_TEXT_CHARS for f in _FIELDS):
        raise ReviewError(f"Catatan evaluasi terlalu panjang (lebih dari {MAX_TEXT_CHARS} karakter).")


def export_review_package(notes: ReviewNotes, unit: UnitData | str, out: Path | str) -> Path:
    """Write the notes on ``unit`` as a ``.spx`` package for the unit to receive; returns ``out``.

    Raises:
        ReviewError: no note on that unit, or a path that is not ``.spx``; export errors of a folder that cannot
            be written come as ``export.errors.ExportError``.
    """
    out = Path(out)
    if out.suffix.lower() != ".spx":
        raise ReviewError(f"Paket catatan evaluasi harus berakhiran .spx: {out.name}")
    name = unit.unit_name if isinstance(unit, UnitData) else unit
    chosen = notes.notes(name)
    if not chosen:
        raise ReviewError(f"Belum ada catatan evaluasi untuk {name}.")
    reviewers = sorted({n.reviewer for n in chosen})
    manifest = {
        "format": PACKAGE_FORMAT, "format_versi": PACKAGE_VERSION, "jenis": KIND,
        "proyek_uid": unit.proyek_uid if isinstance(unit, UnitData) else "",
        "dari": {"nama": ", ".join(reviewers), "peran": REVIEWER_ROLE, "replika": ""},
        "dibuat": datetime.now().isoformat(timespec="seconds"),
        "unit": name, "jumlah_catatan": len(chosen),
    }
    body = [{f: getattr(n, f) for f in _FIELDS if f != "unit"} for n in chosen]

    def write(temp: Path) -> None:
        with zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
            zf.writestr(NOTES_MEMBER, json.dumps(body, ensure_ascii=False, indent=1))

    return atomic_write(out, write)


def _text(item: dict, key: str, limit: int = MAX_TEXT_CHARS) -> str:
    value = item.get(key, "")
    if not isinstance(value, str) or len(value) > limit:
        raise ReviewRefused(f"Paket catatan evaluasi rusak: isian '{key}' tidak sah.")
    return value.strip()


def _read_notes(zf: zipfile.ZipFile) -> list[dict]:
    try:
        info = zf.getinfo(NOTES_MEMBER)
    except KeyError as exc:
        raise ReviewRefused("Paket catatan evaluasi tidak berisi catatan.json.") from exc
    if info.file_size > MAX_NOTES_BYTES:
        raise ReviewRefused("Paket catatan evaluasi terlalu besar; tidak diterima.")
    try:
        with zf.open(info) as fh:
            raw = fh.read(MAX_NOTES_BYTES + 1)
        if len(raw) > MAX_NOTES_BYTES:
            raise ReviewRefused("Paket catatan evaluasi terlalu besar; tidak diterima.")
        data = load_json_bytes(raw)
    except (zipfile.BadZipFile, OSError, EOFError, SpJsonError, ValueError) as exc:
        raise ReviewRefused("Paket catatan evaluasi rusak atau terpotong; tidak diterima.") from exc
    if not isinstance(data, list) or len(data) > MAX_NOTES or not all(isinstance(x, dict) for x in data):
        raise ReviewRefused("Paket catatan evaluasi rusak: daftar catatan tidak sah.")
    return data


def _valid_time(text: str) -> str:
    try:
        datetime.fromisoformat(text)
    except ValueError as exc:
        raise ReviewRefused(f"Paket catatan evaluasi rusak: waktu '{text[:40]}' tidak sah.") from exc
    return text


def receive_review_package(session, zf: zipfile.ZipFile, manifest: dict) -> ReviewReceipt:
    """Store the notes of a ``catatan_evaluasi`` package as findings (jenis "evaluasi") of the unit's services.

    Args:
        session: the unit's open ProjectSession.
        zf: the package, opened (its manifest already read and of jenis ``catatan_evaluasi``).
        manifest: the parsed ``manifest.json``.

    Raises:
        ReviewRefused: a package of another project or with damaged content; nothing is stored.
    """
    own_uid = _project_uid(session)
    their_uid = manifest.get("proyek_uid") or ""
    if not isinstance(their_uid, str):
        raise ReviewRefused("Paket catatan evaluasi rusak: proyek_uid tidak sah.")
    if their_uid and their_uid != own_uid:
        raise ReviewRefused("Paket catatan evaluasi ini untuk proyek lain; tidak diterima, proyek tidak diubah.")
    items = []
    for item in _read_notes(zf):
        uid = _text(item, "uid", 64)
        if not uid:
            raise ReviewRefused("Paket catatan evaluasi rusak: catatan tanpa uid.")
        komponen = _text(item, "komponen", 64)
        if komponen and komponen not in STEP_KEYS:
            raise ReviewRefused(f"Paket catatan evaluasi rusak: komponen '{komponen}' tidak dikenal.")
        items.append((uid, _text(item, "jenis_pelayanan"), komponen, _text(item, "judul"), _text(item, "teks"),
                      _text(item, "reviewer", 200) or "evaluator", _valid_time(_text(item, "waktu", 40))))
    by_key = {name_key(s.jenis_pelayanan): s.id for s in session.summaries()}
    receipt = ReviewReceipt(reviewer=str((manifest.get("dari") or {}).get("nama", ""))[:200]
                            if isinstance(manifest.get("dari"), dict) else "")
    known = {n.uid for n in session.repo.notes(jenis=NOTE_JENIS)}
    sumber = f"Catatan evaluasi {receipt.reviewer}".strip()
    per_service: dict[int, int] = {}
    with session._write("notes"):
        for uid, jenis, komponen, judul, teks, reviewer, waktu in items:
            service_id = by_key.get(name_key(jenis))
            if service_id is None:
                if jenis not in receipt.unmatched:
                    receipt.unmatched.append(jenis)
                continue
            if uid in known:
                receipt.already += 1
                continue
            session.repo.add_note(service_id, NOTE_JENIS, komponen, judul, teks, sumber, reviewer, uid=uid,
                                  waktu=waktu)
            known.add(uid)
            receipt.added += 1
            per_service[service_id] = per_service.get(service_id, 0) + 1
        for service_id, count in per_service.items():  # one audit line per service, as the notes page shows them
            session.repo.add_audit(session.actor, AUDIT_ACTION, service_id, AUDIT_KOMPONEN,
                                   f"{count} catatan evaluasi dari {receipt.reviewer or 'evaluator'}")
    return receipt


def _project_uid(session) -> str:
    try:
        value = session.db.scalar("SELECT value FROM meta WHERE key = 'proyek_uid'")
    except sqlite3.Error:
        return ""
    return str(value or "")


def read_manifest(zf: zipfile.ZipFile) -> dict:
    """The manifest of a package, checked to be ours (``format``, ``format_versi``); ReviewRefused otherwise."""
    names = zf.namelist()
    if not names or names[0] != MANIFEST:
        raise ReviewRefused("Berkas ini bukan paket SP Desktop (manifest.json tidak ada di awal).")
    try:
        with zf.open(MANIFEST) as fh:
            raw = fh.read(1024 * 1024 + 1)
        manifest = load_json_bytes(raw) if len(raw) <= 1024 * 1024 else None
    except (zipfile.BadZipFile, OSError, EOFError, SpJsonError, ValueError) as exc:
        raise ReviewRefused("Paket rusak atau terpotong; tidak diterima.") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != PACKAGE_FORMAT:
        raise ReviewRefused("Berkas ini bukan paket SP Desktop.")
    if manifest.get("format_versi") != PACKAGE_VERSION:
        raise ReviewRefused("Paket dibuat oleh SP Desktop versi lain; perbarui aplikasi untuk menerimanya.")
    return manifest


def receive_review_file(session, path: Path | str) -> ReviewReceipt:
    """Open a ``.spx`` file and receive it with :func:`receive_review_package` (the exchange's ``terima``
    dispatches here for jenis ``catatan_evaluasi``); ReviewRefused for a damaged or other package."""
    path = Path(path)
    try:
        with zipfile.ZipFile(path) as zf:
            manifest = read_manifest(zf)
            if manifest.get("jenis") != KIND:
                raise ReviewRefused("Paket ini bukan paket catatan evaluasi.", path)
            return receive_review_package(session, zf, manifest)
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise ReviewRefused(f"Berkas {path.name} rusak atau bukan paket .spx; tidak diterima.", path) from exc
