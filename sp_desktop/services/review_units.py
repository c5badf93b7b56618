"""A reviewer's view of many units: every project file and SP JSON export in a folder, opened read-only (services).

The Bagian Organisasi receives each unit's project (Perwali Bontang 31/2018 Pasal 12 ayat (4)) and reads it
without ever writing to it: a ``.spdb`` is read through a ``mode=ro`` URI (``immutable`` when no ``-wal``
lies beside it, so SQLite creates no side file), copied whole into memory with the backup API, and
migrated there when it is older; the unit's file stays byte for byte as it came. A file that cannot be
read (damaged, locked, newer, not ours) is listed in :attr:`ReviewSet.problems` with an Indonesian reason.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..domain.identification import missing_components
from ..domain.model import Layanan, Project
from ..domain.names import name_key
from ..domain.sp_json import parse_document
from ..domain.sp_json_validate import SpJsonError, load_json_bytes
from ..storage import errors
from ..storage.connection import ProjectDb, is_busy
from ..storage.content_check import check_content
from ..storage.db import check_header, inspect_connection
from ..storage.migrations import applied_names, apply_pending, known_names, pending_names, schema_version

PROJECT_SUFFIX = ".spdb"
JSON_SUFFIX = ".json"
MAX_JSON_BYTES = 200 * 1024 * 1024
"""An SP JSON export larger than this is listed as a problem instead of read (a unit's file is a few MB)."""
PEKPPP_MAX = 45
"""The highest PEKPPP self-score of the Kebijakan Pelayanan aspect: nine indicators of 0-5."""
DISCUSSED = ("dibahas", "siap_ditetapkan", "ditetapkan")
"""The statuses of a service that has been through the discussion with the public."""
ADOPTED = "ditetapkan"


class ReviewError(Exception):
    """A reviewer's action that cannot be done; the message is Indonesian and shown as is."""


@dataclass(frozen=True)
class UnitProblem:
    """A file of the folder that was not read, and why (Indonesian)."""

    path: Path
    reason: str


@dataclass
class UnitData:
    """What the reviewer sees of one unit.

    Attributes:
        path: the file read.
        unit_name: the unit's name (``instansi.nama``, else the file name); unique within a :class:`ReviewSet`.
        services: every service, in the unit's order.
        statuses: how many services have each status (``draf``, ``dibahas``, …).
        complete: services with all fourteen components filled; ``discussed``: past the discussion
            (``dibahas`` or later); ``adopted``: ``ditetapkan``.
        ikm: the latest survey's converted IKM (25-100) with ``ikm_periode`` and ``ikm_mutu``, or None.
        pekppp: the PEKPPP self-score (sum of nine indicators, at most :data:`PEKPPP_MAX`), or None for an
            SP JSON export (which carries no surveys and publications to score).
        kind: ``"proyek"`` (a ``.spdb``) or ``"json"`` (an SP JSON export).
        project: the whole project as read; ``proyek_uid``: the project's own id ("" when it has none yet).
    """

    path: Path
    unit_name: str
    services: list[Layanan]
    statuses: dict[str, int] = field(default_factory=dict)
    complete: int = 0
    discussed: int = 0
    adopted: int = 0
    ikm: float | None = None
    ikm_periode: str = ""
    ikm_mutu: str = ""
    pekppp: int | None = None
    kind: str = "proyek"
    project: Project | None = None
    proyek_uid: str = ""

    def service(self, jenis_pelayanan: str) -> Layanan | None:
        """The unit's service of that name (by :func:`domain.names.name_key`), or None."""
        key = name_key(jenis_pelayanan)
        return next((s for s in self.services if name_key(s.jenis_pelayanan) == key), None)


@dataclass
class ReviewSet:
    """The units of a folder, in file-name order, and the files that could not be read."""

    folder: Path
    units: list[UnitData] = field(default_factory=list)
    problems: list[UnitProblem] = field(default_factory=list)

    def unit(self, unit_name: str) -> UnitData | None:
        """The unit of that name, or None."""
        return next((u for u in self.units if u.unit_name == unit_name), None)

    @property
    def service_count(self) -> int:
        return sum(len(u.services) for u in self.units)


def _candidates(folder: Path) -> list[Path]:
    out = []
    for entry in sorted(folder.iterdir(), key=lambda p: p.name.casefold()):
        if entry.name.startswith(".") or not entry.is_file():
            continue  # our own hidden files: temp files, the reviewer's notes, sync folders
        if entry.suffix.lower() in (PROJECT_SUFFIX, JSON_SUFFIX):
            out.append(entry)
    return out


def open_units(folder: Path | str, today: date | None = None) -> ReviewSet:
    """Read every ``.spdb`` and SP JSON ``.json`` file directly in ``folder``, read-only.

    Raises:
        ReviewError: the folder does not exist or cannot be listed.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise ReviewError(f"Folder {folder} tidak ditemukan atau bukan folder.")
    try:
        files = _candidates(folder)
    except OSError as exc:
        raise ReviewError(f"Isi folder {folder} tidak dapat dibaca.") from exc
    result = ReviewSet(folder)
    for path in files:
        try:
            unit = read_project_file(path, today) if path.suffix.lower() == PROJECT_SUFFIX else read_json_file(path)
        except errors.ProjectError as exc:
            result.problems.append(UnitProblem(path, str(exc)))
            continue
        except ReviewError as exc:
            result.problems.append(UnitProblem(path, str(exc)))
            continue
        result.units.append(unit)
    _unique_names(result.units)
    return result


def _unique_names(units: list[UnitData]) -> None:
    counts = Counter(name_key(u.unit_name) for u in units)
    for u in units:
        if counts[name_key(u.unit_name)] > 1:
            u.unit_name = f"{u.unit_name} ({u.path.name})"


def _memory_copy(path: Path) -> sqlite3.Connection:
    """The project copied into memory and migrated there; the file itself is only read."""
    check_header(path)
    damaged = f"Berkas {path.name} rusak atau terpotong; minta unit mengirim ulang berkasnya."
    try:
        source = inspect_connection(path)
    except errors.ProjectError:
        raise
    try:
        result = source.execute("PRAGMA quick_check(1)").fetchone()
        if not result or result[0] != "ok":
            raise errors.DamagedProject(damaged, path)
        version = source.execute("PRAGMA user_version").fetchone()[0]
        names = applied_names(source)
        if version > schema_version() or set(names) - known_names():
            raise errors.NewerVersion(
                f"Berkas {path.name} dibuat oleh SP Desktop versi yang lebih baru; perbarui aplikasi untuk membacanya.",
                path)
        memory = sqlite3.connect(":memory:", isolation_level=None)
        source.backup(memory)
    except sqlite3.DatabaseError as exc:
        if is_busy(exc):
            raise errors.AlreadyOpen(f"Berkas {path.name} sedang dikunci program lain; coba lagi nanti.", path) from exc
        raise errors.DamagedProject(damaged, path) from exc
    finally:
        source.close()
    try:
        if pending_names(names):
            apply_pending(memory)
        check_content(memory, path, applied_names(memory))
    except sqlite3.DatabaseError as exc:
        memory.close()
        raise errors.DamagedProject(damaged, path) from exc
    except BaseException:
        memory.close()
        raise
    return memory


def read_project_file(path: Path, today: date | None = None) -> UnitData:
    """One unit from its project file, read-only (see the module note).

    Raises:
        storage.errors.ProjectError: not a project, damaged, newer, locked; the message names the file.
    """
    from . import pekppp  # the PEKPPP scoring pulls in document builders; only needed here
    from .session import ProjectSession

    memory = _memory_copy(path)
    try:
        session = ProjectSession(ProjectDb(memory, path), None, path)
        project = session.load_project()
        summaries = session.summaries()
        unit = UnitData(path=path, unit_name=project.instansi.nama.strip() or path.stem,
                        services=project.layanan, project=project)
        _count(unit, [s.status for s in summaries], sum(1 for s in summaries if not s.missing))
        _latest_ikm(session, unit)
        try:
            unit.proyek_uid = str(session.db.scalar("SELECT value FROM meta WHERE key = 'proyek_uid'") or "")
        except sqlite3.Error:
            unit.proyek_uid = ""
        try:
            unit.pekppp = sum(s.skor for s in pekppp.scores(session, today))
        except (errors.ProjectError, ValueError, KeyError):
            unit.pekppp = None
        return unit
    except sqlite3.DatabaseError as exc:
        raise errors.DamagedProject(f"Berkas {path.name} rusak; isinya tidak dapat dibaca.", path) from exc
    finally:
        memory.close()


def _count(unit: UnitData, statuses: list[str], complete: int) -> None:
    unit.statuses = dict(Counter(statuses))
    unit.complete = complete
    unit.discussed = sum(1 for s in statuses if s in DISCUSSED)
    unit.adopted = sum(1 for s in statuses if s == ADOPTED)


def _latest_ikm(session, unit: UnitData) -> None:
    done = [s for s in session.surveys() if s.jumlah_responden > 0]
    if not done:
        return
    latest = max(done, key=lambda s: (s.mulai or "", s.id))
    result = session.results(latest.id)
    if result.konversi is None:
        return
    unit.ikm = float(result.konversi)
    unit.ikm_periode = latest.periode
    unit.ikm_mutu = " ".join(result.mutu or ())


def read_json_file(path: Path) -> UnitData:
    """One unit from an SP JSON export (a project, or a single service).

    Raises:
        ReviewError: not readable, too large, or not SP JSON; the message names the file and the reason.
    """
    try:
        size = path.stat().st_size
        if size > MAX_JSON_BYTES:
            raise ReviewError(f"Berkas {path.name} terlalu besar untuk dibaca sebagai SP JSON.")
        raw = path.read_bytes()
    except OSError as exc:
        raise ReviewError(f"Berkas {path.name} tidak dapat dibaca.") from exc
    try:
        document = parse_document(load_json_bytes(raw))
    except SpJsonError as exc:
        raise ReviewError(f"Berkas {path.name} bukan SP JSON yang dapat dibaca: {exc}") from exc
    if isinstance(document, Layanan):
        project = Project(layanan=[document])
    else:
        project = document
    unit = UnitData(path=path, unit_name=project.instansi.nama.strip() or path.stem, services=project.layanan,
                    kind="json", project=project)
    _count(unit, [s.status for s in project.layanan], sum(1 for s in project.layanan if not missing_components(s)))
    return unit
