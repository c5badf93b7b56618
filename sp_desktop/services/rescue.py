"""Rescue of a damaged project: read what can be read, never write to it, save it anew (services layer).

A file whose content cannot all be read is refused for editing (``DamagedContent``). Here it is
read through a read-only connection, value by value; what cannot be read is left empty and
named, and the rest can be saved as a new project or as SP JSON.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from ..domain import validate
from ..domain.enums import JenisSaluran, Klasifikasi, Peran, SatuanDurasi, StatusLayanan, Tahap, ZonaWaktu
from ..domain.limits import MAX_DURASI, MAX_RUPIAH, MAX_TEXT_CHARS
from ..domain.model import Durasi, Instansi, Kepala, Layanan, Logo, Member, Pengaturan, Project
from ..domain.names import name_key
from ..domain.roles import NotAllowed
from ..storage import errors
from ..storage.codec import ComponentError, ShapeError, from_plain, service_from_row
from ..storage.content_check import ContentProblem, find_problems, read_rows
from ..storage.db import check_header, inspect_connection
from ..storage.repository import column_label
from . import targets
from .transfer import export_document, write_sp_json


@dataclass
class RescuedService:
    """One service as far as it can be read; ``unreadable`` names the components left empty."""

    layanan: Layanan
    unreadable: list[str] = field(default_factory=list)


@dataclass
class RescueReport:
    """What a damaged project still holds."""

    path: Path
    project: Project
    services: list[RescuedService]
    problems: list[ContentProblem]
    notes: list[str] = field(default_factory=list)  # parts that could not be read at all
    monitoring: dict = field(default_factory=dict)  # SP JSON "survei" / "pengaduan_masuk" that could be read

    @property
    def readable_count(self) -> int:
        return sum(1 for s in self.services if not s.unreadable)


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _sanitize(lay: Layanan, unreadable: list[str]) -> None:
    # Values another tool wrote that the app refuses become the default, and are named.
    if lay.klasifikasi not in Klasifikasi.values():
        lay.klasifikasi = Klasifikasi.ADMINISTRATIF.value
        unreadable.append(column_label("klasifikasi"))
    if lay.status not in StatusLayanan.values():
        lay.status = StatusLayanan.DRAF.value
        unreadable.append(column_label("status"))
    for item in lay.persyaratan:
        if item.tahap not in Tahap.values():
            item.tahap = Tahap.AWAL.value
    for step in lay.prosedur:
        if step.durasi is not None and step.durasi.satuan and step.durasi.satuan not in SatuanDurasi.values():
            step.durasi = None
    lay.pengaduan.saluran = [c for c in lay.pengaduan.saluran if c.jenis in JenisSaluran.values()]
    try:
        validate.layanan(lay)
        return
    except (NotAllowed, TypeError, ValueError, OverflowError):
        pass
    _clip(lay, unreadable)
    try:
        validate.layanan(lay)
    except (NotAllowed, TypeError, ValueError, OverflowError):
        lay.prosedur, lay.biaya = [], None
        unreadable.append(column_label("prosedur"))


def _clip(value: object, unreadable: list[str], column: str = "") -> object:
    """Bring values beyond the domain's bounds back inside them (texts cut, sums dropped), naming where."""
    if isinstance(value, str):
        if len(value) > MAX_TEXT_CHARS:
            unreadable.append(column_label(column) + " (dipotong)")
            return value[:MAX_TEXT_CHARS]
        return value
    if isinstance(value, list):
        return [_clip(v, unreadable, column) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            current = getattr(value, f.name)
            inner = column or f.name
            if isinstance(current, bool):
                continue
            if isinstance(current, Durasi):
                nilai = current.nilai
                if not isinstance(nilai, (int, float)) or not 0 < nilai <= MAX_DURASI or nilai != nilai:
                    setattr(value, f.name, None)
                    unreadable.append(column_label(inner) + " (lama waktu dikosongkan)")
                continue
            if isinstance(current, int) and not 0 <= current <= MAX_RUPIAH:
                setattr(value, f.name, 0)
                unreadable.append(column_label(inner) + " (biaya dikosongkan)")
                continue
            setattr(value, f.name, _clip(current, unreadable, inner))
    return value


def _services(conn: sqlite3.Connection) -> list[RescuedService]:
    result = []
    query = "SELECT * FROM layanan ORDER BY position, id"
    if "urutan" in _tables(conn):
        query = ("SELECT l.*, u.position FROM layanan l LEFT JOIN urutan u ON u.layanan_id = l.id "
                 "ORDER BY u.position, l.id")
    for row, bad in read_rows(conn, query):
        failures: list[ComponentError] = []
        lay = service_from_row(row, failures)
        unreadable = [column_label(c) for c in bad] + [column_label(e.column) for e in failures]
        _sanitize(lay, unreadable)
        if not lay.jenis_pelayanan.strip():
            lay.jenis_pelayanan = f"Layanan tanpa nama (id {row.get('id')})"
        result.append(RescuedService(lay, list(dict.fromkeys(unreadable))))
    _distinct_names(result)
    return result


def _distinct_names(services: list[RescuedService]) -> None:
    # Two services whose names became one (damage, another tool) would make an SP JSON import refuses.
    taken: set[str] = set()
    for rescued in services:
        base, number = rescued.layanan.jenis_pelayanan, 2
        while name_key(rescued.layanan.jenis_pelayanan) in taken:
            rescued.layanan.jenis_pelayanan, number = f"{base} ({number})", number + 1
        if rescued.layanan.jenis_pelayanan != base:
            rescued.unreadable.append(f"Jenis pelayanan (nama ganda, kini “{rescued.layanan.jenis_pelayanan}”)")
        taken.add(name_key(rescued.layanan.jenis_pelayanan))


def _instansi(conn: sqlite3.Connection, notes: list[str]) -> Instansi:
    rows = read_rows(conn, "SELECT * FROM instansi WHERE id = 1")
    if not rows:
        return Instansi()
    row, bad = rows[0]
    if bad:
        notes.append("Sebagian profil instansi tidak terbaca: " + ", ".join(bad))
    text = {k: (v if isinstance(v, str) else "") for k, v in row.items()}
    inst = Instansi(**{f: text.get(f, "") for f in (
        "pemerintah_daerah", "nama", "singkatan", "alamat", "telepon", "email", "laman", "kota")})
    inst.zona_waktu = text.get("zona_waktu") if text.get("zona_waktu") in ZonaWaktu.values() else "WIB"
    inst.kepala = Kepala(**{f: text.get(f"kepala_{f}", "") for f in ("nama", "nip", "pangkat", "golongan", "jabatan")})
    try:
        validate.nip(inst.kepala.nip, "NIP")
    except NotAllowed:
        inst.kepala.nip = ""
    return inst


def _members(conn: sqlite3.Connection, notes: list[str]) -> list[Member]:
    members = []
    for row, bad in read_rows(conn, "SELECT * FROM anggota ORDER BY position, id"):
        if bad or not isinstance(row.get("nama"), str) or not row["nama"].strip():
            notes.append(f"Satu anggota tim (id {row.get('id')}) tidak terbaca.")
            continue
        peran = row["peran"] if row["peran"] in Peran.values() else Peran.ANGGOTA.value
        nip = row["nip"] or ""
        try:
            validate.nip(nip, "NIP")
        except NotAllowed:
            nip = ""
        members.append(Member(row["nama"], nip, row["jabatan"] or "", peran, row["id"]))
    if sum(1 for m in members if m.peran == Peran.KETUA.value) > 1:
        first = True
        for m in members:
            if m.peran == Peran.KETUA.value:
                m.peran = Peran.KETUA.value if first else Peran.ANGGOTA.value
                first = False
    return members


def _json_value(conn: sqlite3.Connection, sql: str, notes: list[str], what: str):
    rows = read_rows(conn, sql)
    if not rows:
        return None
    row, bad = rows[0]
    (text,) = row.values()
    try:
        if bad or text is None:
            raise ValueError(what)
        return json.loads(text)
    except (ValueError, RecursionError):
        notes.append(f"{what} tidak terbaca; dipakai nilai bawaan.")
        return None


def read_damaged(path: Path) -> RescueReport:
    """Read a damaged project without writing anything to it, or beside it.

    Raises:
        errors.ProjectError: the file is not a project at all, or SQLite cannot read it.
    """
    path = Path(path)
    check_header(path)
    conn = inspect_connection(path)
    try:
        present = _tables(conn)
        problems = find_problems(conn)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        conn.close()
        raise errors.DamagedProject(
            f"Berkas {path.name} terlalu rusak untuk diselamatkan. Gunakan salinan cadangan (berkas .bak) bila ada.",
            path,
        ) from exc
    notes: list[str] = []

    def part(what: str, read, default):
        # Each part on its own: a damaged table costs that part, never the rest.
        try:
            return read()
        except (sqlite3.DatabaseError, UnicodeDecodeError, KeyError, TypeError, ValueError):
            notes.append(f"{what} tidak dapat dibaca sama sekali.")
            return default

    try:
        services = part("Daftar layanan", lambda: _services(conn), []) if "layanan" in present else []
        project = Project(
            instansi=part("Profil instansi", lambda: _instansi(conn, notes), Instansi())
            if "instansi" in present else Instansi(),
            tim=part("Tim penyusun", lambda: _members(conn, notes), []) if "anggota" in present else [],
            layanan=[s.layanan for s in services],
        )
        if "logo" in present:
            project.logo = part("Logo", lambda: _logo(conn), None)
        if "pengaturan" in present:
            project.pengaturan = part("Pengaturan dokumen", lambda: _pengaturan(conn, notes), Pengaturan())
        if "extra" in present:
            project.extra = part("Penetapan dan pembahasan", lambda: _extra(conn, notes), {})
        monitoring = {}
        if "survei" in present:
            monitoring = part("Survei kepuasan dan pengaduan masuk", lambda: _monitoring(conn, path), {})
        return RescueReport(path, project, services, problems, notes, monitoring)
    finally:
        conn.close()


def _monitoring(conn: sqlite3.Connection, path: Path) -> dict:
    # The survey and complaint tables are read by the repository's own code over the damaged file's
    # read-only connection; a value it cannot read leaves the whole part out, named in the notes.
    from ..storage.connection import ProjectDb
    from ..storage.repository import ProjectRepository
    from .transfer_monitoring import monitoring_of

    try:
        return monitoring_of(ProjectRepository(ProjectDb(conn, path)))
    except Exception as exc:  # noqa: BLE001 - any unreadable value: the part is left out, never a crash
        raise ValueError(str(exc)) from exc


def _logo(conn: sqlite3.Connection) -> Logo | None:
    rows = conn.execute("SELECT data, mime FROM logo WHERE id = 1").fetchall()
    if rows and isinstance(rows[0][0], bytes) and rows[0][1] in ("image/png", "image/jpeg"):
        return Logo(rows[0][0], rows[0][1])
    return None


def _extra(conn: sqlite3.Connection, notes: list[str]) -> dict:
    extra = {}
    for row, bad in read_rows(conn, "SELECT key, value FROM extra ORDER BY rowid"):
        try:
            if bad or not isinstance(row["key"], str):
                raise ValueError(row.get("key"))
            extra[row["key"]] = json.loads(row["value"])
        except (ValueError, TypeError, RecursionError):
            notes.append(f"Data {row.get('key') or 'tambahan'} tidak terbaca.")
    return extra


def _pengaturan(conn: sqlite3.Connection, notes: list[str]) -> Pengaturan:
    data = _json_value(conn, "SELECT data FROM pengaturan WHERE id = 1", notes, "Pengaturan dokumen")
    try:
        return from_plain(Pengaturan, data) if data is not None else Pengaturan()
    except (ShapeError, TypeError):
        notes.append("Pengaturan dokumen tidak terbaca; dipakai nilai bawaan.")
        return Pengaturan()


def save_as_json(report: RescueReport, target: Path) -> None:
    """Write the readable part as an SP JSON project file (never over a project)."""
    target = Path(target)
    _refuse_target(report, target)
    write_sp_json(target, export_document(report.project, monitoring=report.monitoring))


def _refuse_target(report: RescueReport, target: Path) -> None:
    if target.exists() and report.path.exists() and (target.resolve() == report.path.resolve()
                                                     or os.path.samefile(target, report.path)):
        raise errors.ProjectError(
            f"{target.name} adalah berkas yang sedang diselamatkan; berkas itu tidak pernah ditimpa. "
            "Pilih nama berkas lain.",
            target,
        )
    targets.refuse_overwrite(target, [report.path])


def save_as_project(report: RescueReport, target: Path) -> None:
    """Write the readable part as a new project file at ``target`` (which must not exist yet).

    The project is built beside the target under a temporary name and moved into place whole,
    so a failure leaves no half project behind.

    Raises:
        errors.ProjectError: the target is taken or cannot be written; nothing is left behind.
    """
    from ..storage.db import temp_path
    from .session import open_project

    target = Path(target)
    _refuse_target(report, target)
    if target.exists() and target.stat().st_size > 0:
        raise errors.ProjectError(f"Berkas {target.name} sudah ada. Pilih nama berkas baru.", target)
    tmp = temp_path(target, "selamat")
    try:
        session = open_project(tmp, create=True)
        try:
            _fill(session, report)
        finally:
            session.close()
        os.replace(tmp, target)
    except (OSError, sqlite3.Error) as exc:
        raise errors.WriteFailed(
            f"Proyek baru tidak dapat disimpan ke {target}. Periksa ruang disk dan izin folder; berkas yang rusak "
            "tidak diubah.",
            target,
        ) from exc
    finally:
        for leftover in (tmp, tmp.with_name(tmp.name + "-wal"), tmp.with_name(tmp.name + "-shm")):
            leftover.unlink(missing_ok=True)


def _fill(session, report: RescueReport) -> None:
    repo = session.repo
    with session.db.atomic():
        repo.save_instansi(report.project.instansi)
        for member in report.project.tim:
            repo.insert_member(member)
        for index, rescued in enumerate(report.services):
            service_id = repo.insert_service(rescued.layanan, index, "penyelamatan berkas")
            note = f"Diselamatkan dari {report.path.name}"
            if rescued.unreadable:
                note += "; tidak terbaca: " + ", ".join(rescued.unreadable)
            repo.add_audit(None, "impor", service_id, "jenis_pelayanan", note)
        if report.project.logo is not None:
            repo.save_logo(report.project.logo)
        repo.save_pengaturan(report.project.pengaturan)
        if report.project.extra:
            repo.save_extra(report.project.extra)
        if report.monitoring:
            from .transfer_monitoring import import_monitoring

            import_monitoring(repo, report.monitoring, None)
