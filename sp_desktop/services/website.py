"""Writes the unit's static website into a folder, never over anything but an earlier export (services layer).

The target folder may be absent, empty, or hold a previous export of this same project: its marker file
``.sp-desktop-situs`` names the project's id and every file that export wrote. A folder with anything
else in it, or the export of another project, is refused. The new site is written to a temporary folder
beside the target and moved into place, so a failed export leaves the old site as it was.
"""

from __future__ import annotations

import json
import os
import shutil
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..domain import skm
from ..domain.enums import StatusLayanan
from ..domain.formatting import format_date, format_number
from ..domain.model import Project
from ..export.errors import ExportError
from ..export.website import SurveyFigure, build_site
from .session import ProjectSession

MARKER = ".sp-desktop-situs"
MARKER_FORMAT = "sp-desktop/situs"
META_KEY = "proyek_uid"
"""The project's own id in its ``meta`` table: made once, at the first site export, and kept in the file."""
_SHOW_FOREIGN = 5


class SiteRefused(ExportError):
    """The target folder holds something the export must not replace; the message says what."""


@dataclass(frozen=True)
class SiteResult:
    folder: Path
    pages: int
    files: int


def project_uid(session: ProjectSession) -> str:
    """The project's id, made and stored at the first call (a copy of the file keeps it; a new project gets its own)."""
    uid = session.db.scalar("SELECT value FROM meta WHERE key = ?", [META_KEY])
    if uid:
        return str(uid)
    with session._write("pengaturan", needs_actor=False):
        session.db.execute("INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)", [META_KEY, uuid.uuid4().hex])
    return str(session.db.scalar("SELECT value FROM meta WHERE key = ?", [META_KEY]))


def _figure(periode: str, mulai: str, selesai: str, result: skm.IkmResult) -> SurveyFigure | None:
    if result.ikm is None or result.konversi is None or result.mutu is None:
        return None
    dates = []
    for text in (mulai, selesai):
        try:
            dates.append(format_date(datetime.strptime(text[:10], "%Y-%m-%d").date()))
        except ValueError:
            dates.append("")
    tanggal = " s.d. ".join(dates) if all(dates) else ""
    ikm = format_number(float(skm.round_half_up(result.konversi, 2)), 2)
    return SurveyFigure(periode.strip(), tanggal, result.responden, ikm, f"{result.mutu[0]} ({result.mutu[1]})")


def _latest(session: ProjectSession, layanan: str | None = None) -> SurveyFigure | None:
    """The newest survey (by start date) that has a whole result, of one service when named."""
    if not hasattr(session, "trend"):
        return None
    for info, result in reversed(session.trend(layanan)):
        figure = _figure(info.periode, info.mulai, info.selesai, result)
        if figure is not None:
            return figure
    return None


def published_project(session: ProjectSession) -> Project:
    """The snapshot to publish: a service being revised shows its adopted version, not the draft."""
    project = session.load_project()
    for i, layanan in enumerate(project.layanan):
        if layanan.status == StatusLayanan.DITETAPKAN.value:
            continue
        versions = session.versions(layanan.id)
        if versions:
            project.layanan[i] = session.version_content(layanan.id, versions[-1].versi)
    return project


def _read_marker(folder: Path) -> dict | None:
    try:
        data = json.loads((folder / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("format") == MARKER_FORMAT else None


def _present(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file() or p.is_symlink()}


def check_target(folder: Path, uid: str) -> bool:
    """Whether ``folder`` holds an earlier export of this project (True) or is absent/empty (False).

    Raises:
        SiteRefused: it is a file, another project's site, or holds files no export of ours wrote.
    """
    if not folder.exists():
        return False
    if not folder.is_dir():
        raise SiteRefused(f"{folder} adalah berkas, bukan folder. Pilih folder untuk situs web.")
    if not any(folder.iterdir()):
        return False
    marker = _read_marker(folder)
    if marker is None:
        raise SiteRefused(
            f"Folder {folder} sudah berisi berkas lain dan bukan hasil ekspor situs SP Desktop. "
            "Pilih folder kosong (atau folder situs yang dulu diekspor dari proyek ini) agar tidak ada yang tertimpa."
        )
    if marker.get("proyek") != uid:
        raise SiteRefused(
            f"Folder {folder} berisi situs web yang diekspor dari proyek lain; situs itu tidak ditimpa. "
            "Pilih folder kosong atau folder situs proyek ini."
        )
    known = {str(name) for name in marker.get("berkas") or []} | {MARKER}
    foreign = sorted(_present(folder) - known)
    if foreign:
        shown = ", ".join(foreign[:_SHOW_FOREIGN]) + (" …" if len(foreign) > _SHOW_FOREIGN else "")
        raise SiteRefused(
            f"Folder {folder} berisi berkas yang tidak dibuat oleh ekspor situs ({shown}); berkas itu tidak akan "
            "ditimpa atau dihapus. Pindahkan berkas itu dulu, atau pilih folder lain."
        )
    return True


def _write_files(root: Path, files: dict[str, bytes], uid: str) -> None:
    for name, data in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    marker = {"format": MARKER_FORMAT, "proyek": uid, "waktu": datetime.now().isoformat(timespec="seconds"),
              "berkas": sorted(files)}
    (root / MARKER).write_text(json.dumps(marker, ensure_ascii=False, indent=1), encoding="utf-8")


def _swap_in(temp: Path, folder: Path, replace: bool) -> None:
    """Move ``temp`` to ``folder``; an earlier export there is set aside first and removed after."""
    if not replace:
        if folder.exists():
            folder.rmdir()  # empty, checked before
        os.replace(temp, folder)
        return
    old = folder.with_name(f".~{folder.name}-lama-{uuid.uuid4().hex[:8]}")
    os.replace(folder, old)
    try:
        os.replace(temp, folder)
    except OSError:
        os.replace(old, folder)
        raise
    shutil.rmtree(old, ignore_errors=True)


@dataclass(frozen=True)
class SiteJob:
    """What writing the site needs, read from the session on its own thread (the writing needs no session)."""

    folder: Path
    uid: str
    project: Project
    survey: SurveyFigure | None
    service_surveys: dict[int, SurveyFigure]


def prepare_site(session: ProjectSession, folder: Path) -> SiteJob:
    """Check the folder and read everything the site shows.

    Raises:
        SiteRefused: the folder holds something else.
    """
    folder = Path(folder).absolute()
    uid = project_uid(session)
    check_target(folder, uid)
    project = published_project(session)
    figures = {lay.id: f for lay in project.layanan if (f := _latest(session, lay.jenis_pelayanan)) is not None}
    return SiteJob(folder, uid, project, _latest(session), figures)


def choose_folder(session: ProjectSession, chosen: Path, subfolder: str = "situs-web") -> Path:
    """The folder a dialog's choice means: itself when absent, empty or this project's site, else a subfolder.

    A unit that picks "Dokumen" gets ``Dokumen/situs-web`` rather than a refusal; a subfolder that
    itself holds something else is refused (SiteRefused).
    """
    chosen = Path(chosen).absolute()
    uid = project_uid(session)
    try:
        check_target(chosen, uid)
        return chosen
    except SiteRefused:
        if not chosen.is_dir():
            raise
    target = chosen / subfolder
    check_target(target, uid)
    return target


def write_site(job: SiteJob, *, progress=None, cancelled=None) -> SiteResult:
    """Build the site and move it into ``job.folder`` (safe on a worker thread).

    Raises:
        SiteRefused: the folder came to hold something else since it was checked (nothing is written).
        ExportCancelled: ``cancelled()`` said so; nothing changed.
        ExportError: the folder cannot be written; nothing changed there.
    """
    folder = job.folder
    replace = check_target(folder, job.uid)
    files = build_site(job.project, survey=job.survey, service_surveys=job.service_surveys,
                       progress=progress, cancelled=cancelled)
    temp = folder.with_name(f".~{folder.name}-situs-{uuid.uuid4().hex[:8]}")
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        temp.mkdir()
        _write_files(temp, files, job.uid)
        _swap_in(temp, folder, replace)
    except OSError as exc:
        raise ExportError(
            f"Situs web tidak dapat ditulis ke {folder}: {exc.strerror or exc}. Periksa izin folder dan ruang disk; "
            "isi folder itu tidak berubah."
        ) from exc
    finally:
        if temp.exists():
            shutil.rmtree(temp, ignore_errors=True)
    pages = sum(1 for name in files if name.endswith(".html"))
    return SiteResult(folder, pages, len(files) + 1)


def export_site(session: ProjectSession, folder: Path, *, progress=None, cancelled=None) -> SiteResult:
    """Write the website of the open project into ``folder`` (:func:`prepare_site` then :func:`write_site`)."""
    return write_site(prepare_site(session, folder), progress=progress, cancelled=cancelled)
