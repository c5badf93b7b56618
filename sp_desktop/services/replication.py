"""Replication: taking services from another unit's project file or SP JSON file (services layer).

The regulations encourage a unit to start from a service another unit already standardised. The other
file is only read — a ``.spdb`` through a read-only connection that creates nothing beside it, whatever
its state (damaged, open elsewhere, newer) — and the chosen services are added here as drafts, version 1,
without the other unit's decree, each with an audit line naming where it came from.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain import validate
from ..domain.enums import StatusLayanan
from ..domain.model import Layanan, Project
from ..domain.names import name_key, suffixed_name
from ..domain.os_messages import os_reason
from ..domain.roles import NotAllowed
from ..storage import errors

if TYPE_CHECKING:  # pragma: no cover - for the type checker: the session's attributes
    from .session import ProjectSession as _Session
else:
    _Session = object

# An SP JSON file larger than this is not a unit's project (the biggest real ones are a few MB).
MAX_JSON_BYTES = 200 * 1024 * 1024
NO_UNIT_NAME = "unit tanpa nama"
REPLICA_SUFFIX = "replikasi"


class ForeignUnreadable(errors.ProjectError):
    """The other unit's file cannot be read; ``str(exc)`` is the Indonesian reason. Nothing was changed."""


@dataclass(frozen=True)
class ForeignService:
    """One service of the other file as the list shows it."""

    name: str
    status: str
    versi: int


@dataclass
class ForeignSource:
    """What another unit's file offers.

    Attributes:
        unit_name: the unit's name as its profile gives it (or "unit tanpa nama").
        services: each service's name, status and version, in the file's order.
        path: the file read.
        remarks: Indonesian notes on what could not be read (a damaged project's components).
    """

    unit_name: str
    services: list[ForeignService]
    path: Path
    remarks: list[str] = field(default_factory=list)
    layanan: dict[str, Layanan] = field(default_factory=dict, repr=False)  # by name key


def _refuse_package(path: Path) -> None:
    if path.suffix.lower() == ".spx":
        raise ForeignUnreadable(
            f"Berkas {path.name} adalah paket pertukaran (.spx); paket belum dapat dibaca oleh versi ini. "
            "Minta unit tersebut mengirim berkas proyeknya (.spdb) atau berkas SP JSON (.json).", path)


def _read_spdb(path: Path) -> tuple[Project, list[str]]:
    from ..storage.db import check_header, inspect_connection
    from ..storage.migrations import applied_names, known_names, schema_version
    from .rescue import read_damaged

    check_header(path)
    conn = inspect_connection(path)
    try:
        result = conn.execute("PRAGMA quick_check(1)").fetchone()
        if not result or result[0] != "ok":
            raise errors.DamagedProject(
                f"Berkas {path.name} rusak; layanannya tidak dapat dibaca. Minta unit tersebut mengirim salinan "
                "cadangannya (.bak) atau berkas SP JSON.", path)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > schema_version() or set(applied_names(conn)) - known_names():
            raise errors.NewerVersion(
                f"Berkas {path.name} dibuat oleh SP Desktop versi yang lebih baru. Perbarui aplikasi ini, atau minta "
                "unit tersebut mengirim berkas SP JSON (.json); berkasnya tidak diubah.", path)
    except sqlite3.DatabaseError as exc:
        raise errors.DamagedProject(
            f"Berkas {path.name} tidak dapat dibaca (rusak atau sedang dipakai). Coba lagi, atau minta berkas SP "
            "JSON (.json) dari unit tersebut.", path) from exc
    finally:
        conn.close()
    report = read_damaged(path)
    remarks = list(report.notes)
    for rescued in report.services:
        if rescued.unreadable:
            parts = ", ".join(rescued.unreadable)
            remarks.append(f"{rescued.layanan.jenis_pelayanan}: tidak terbaca sebagian ({parts})")
    return report.project, remarks


def _read_json(path: Path) -> Project:
    from ..domain.sp_json import SpJsonError, load_json_bytes, parse_document

    try:
        if path.stat().st_size > MAX_JSON_BYTES:
            raise ForeignUnreadable(f"Berkas {path.name} terlalu besar untuk berkas SP JSON.", path)
        raw = path.read_bytes()
    except OSError as exc:
        raise ForeignUnreadable(f"Berkas {path.name} tidak dapat dibaca: {os_reason(exc)}.", path) from exc
    try:
        parsed = parse_document(load_json_bytes(raw))
    except SpJsonError as exc:
        raise ForeignUnreadable(f"{path.name}: {exc}", path) from exc
    if isinstance(parsed, Layanan):
        return Project(layanan=[parsed])
    return parsed


def foreign_services(path: Path | str) -> ForeignSource:
    """List the services of another unit's ``.spdb`` or SP JSON file, changing nothing in it or beside it.

    Raises:
        storage.errors.ProjectError (``ForeignUnreadable``, ``NotAProject``, ``DamagedProject``, ``NewerVersion``
        …): with an Indonesian message saying what to ask the other unit for.
    """
    path = Path(path)
    _refuse_package(path)
    if path.is_dir() or not path.exists():
        raise ForeignUnreadable(f"Berkas {path.name or path} tidak ditemukan.", path)
    if path.suffix.lower() == ".json":
        project, remarks = _read_json(path), []
    else:
        project, remarks = _read_spdb(path)
    unit = " ".join(project.instansi.nama.split()) or NO_UNIT_NAME
    services = [ForeignService(lay.jenis_pelayanan, lay.status, lay.versi) for lay in project.layanan]
    by_key = {name_key(lay.jenis_pelayanan): lay for lay in project.layanan}
    return ForeignSource(unit, services, path, remarks, by_key)


class ReplicationActions(_Session):
    """Adding services taken from another unit's file."""

    def replicate(self, path: Path | str, names: list[str]) -> list[int]:
        """Add the services named ``names`` of another unit's file as drafts; returns their new ids in order.

        Raises:
            storage.errors.ProjectError: the file cannot be read (see :func:`foreign_services`).
            roles.NotAllowed: a name the file does not hold, or the file is this project.
        """
        path = Path(path)
        if path.exists() and path.resolve() == self.path.resolve():
            raise NotAllowed("Berkas itu adalah proyek yang sedang terbuka; gunakan Duplikat untuk menyalin layanan.")
        source = foreign_services(path)
        prepared: list[Layanan] = []
        taken = set(self.repo.name_keys())
        for name in names:
            found = source.layanan.get(name_key(name))
            if found is None:
                raise NotAllowed(f"Layanan “{name}” tidak ada di berkas {path.name}.")
            lay = found.copy()
            lay.jenis_pelayanan = suffixed_name(lay.jenis_pelayanan, taken, REPLICA_SUFFIX)
            taken.add(name_key(lay.jenis_pelayanan))
            lay.status, lay.versi, lay.id = StatusLayanan.DRAF.value, 1, 0
            validate.layanan(lay)
            prepared.append(lay)
        note = f"Direplikasi dari {source.unit_name} ({path.name})"
        ids: list[int] = []
        with self._write("services"):
            for lay in prepared:
                lay.id = self.repo.insert_service(lay, self.repo.count_services(), self._actor_name)
                self.repo.add_audit(self.actor, "impor", lay.id, "jenis_pelayanan", note)
                ids.append(lay.id)
        return ids
