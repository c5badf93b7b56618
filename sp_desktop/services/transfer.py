"""SP JSON import into and export from a project (services layer).

Import validates the whole document first (domain.sp_json), then writes inside the
caller's transaction: a file with any error changes nothing.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..domain import sp_json
from ..domain.enums import Peran, StatusLayanan
from ..domain.model import Layanan, Member, Project
from ..domain.names import name_key
from ..domain.roles import NotAllowed
from ..storage import errors
from ..storage.repository import ProjectRepository


def _merge_team(repo: ProjectRepository, tim: list[Member], actor: Member | None) -> None:
    existing = {m.nama: m for m in repo.members()}
    if any(m.peran == Peran.KETUA.value for m in tim):
        incoming = {m.nama for m in tim}
        for m in existing.values():
            if m.peran == Peran.KETUA.value and m.nama not in incoming:
                m.peran = Peran.ANGGOTA.value
                repo.update_member(m)
    for m in tim:
        if m.nama in existing:
            m.id = existing[m.nama].id
            repo.update_member(m)
        else:
            repo.insert_member(m)
    repo.add_audit(actor, "impor", None, "tim", f"Tim diimpor ({len(tim)} anggota)")


def _merge_services(repo: ProjectRepository, services: list[Layanan], actor: Member | None) -> list[int]:
    # An imported service replaces the one of the same name by the rule of domain.names, so a name retyped
    # with other capitals or spaces on another laptop updates the service instead of adding a second one.
    by_name = {}
    for s in repo.services():
        if name_key(s.jenis_pelayanan):
            by_name.setdefault(name_key(s.jenis_pelayanan), s)
    actor_name = actor.nama if actor else repo.unnamed_actor
    ids = []
    for lay in services:
        key = name_key(lay.jenis_pelayanan)
        current = by_name.get(key) if key else None
        if current is not None:
            if StatusLayanan.past_draft(current.status):
                label = StatusLayanan(current.status).label.lower()
                raise NotAllowed(f"Layanan '{current.jenis_pelayanan}' berstatus \u201c{label}\u201d; isinya dikunci. "
                                 "Minta ketua mengembalikannya ke draf (atau buat revisi) sebelum mengimpor "
                                 "perubahan untuknya.")
            lay.id, lay.status, lay.position = current.id, current.status, current.position
            repo.update_service(lay, actor_name)
            repo.add_audit(actor, "impor", lay.id, "jenis_pelayanan", "Diperbarui dari berkas SP JSON")
        else:
            lay.id = repo.insert_service(lay, repo.count_services(), actor_name)
            if key:
                by_name[key] = lay
            repo.add_audit(actor, "impor", lay.id, "jenis_pelayanan", "Dibuat dari berkas SP JSON")
        ids.append(lay.id)
    return ids


def import_document(repo: ProjectRepository, data: Any, actor: Member | None) -> list[int]:
    """Apply a parsed SP JSON document to the project; returns the ids of the services it touched.

    Raises:
        sp_json.SpJsonError: the document is invalid; nothing has been written.
    """
    parsed = sp_json.parse_document(data)
    if isinstance(parsed, Layanan):
        return _merge_services(repo, [parsed], actor)
    project: Project = parsed
    repo.save_instansi(project.instansi)
    repo.add_audit(actor, "impor", None, "instansi", "Profil instansi diimpor dari berkas SP JSON")
    if project.tim:
        _merge_team(repo, project.tim, actor)
    if project.extra:
        merged = repo.extra()
        merged.update(project.extra)
        repo.save_extra(merged)
    return _merge_services(repo, project.layanan, actor)


def export_document(project: Project, service_id: int | None = None) -> dict[str, Any]:
    """The SP JSON of the project, or the ``sp-desktop/layanan`` file of one service.

    Raises:
        KeyError: ``service_id`` is not in the project.
    """
    if service_id is None:
        return sp_json.project_to_dict(project)
    for lay in project.layanan:
        if lay.id == service_id:
            return sp_json.service_file_to_dict(lay)
    raise KeyError(service_id)


def write_sp_json(target: Path, data: dict[str, Any]) -> None:
    """Write an SP JSON document as UTF-8, through a temporary file, leaving no half file behind.

    Raises:
        errors.WriteFailed: the file could not be written (the message is Indonesian).
    """
    from ..export.atomic import atomic_write
    from ..export.errors import ExportError

    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    try:
        atomic_write(target, lambda tmp: tmp.write_text(text, encoding="utf-8"))
    except ExportError as exc:
        raise errors.WriteFailed(str(exc), Path(target)) from exc
