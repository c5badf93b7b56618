"""SP JSON import into and export from a project (services layer).

Import validates the whole document first (domain.sp_json), then writes inside the
caller's transaction: a file with any error changes nothing.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..domain import fingerprint, sp_json
from ..domain.enums import Peran, StatusLayanan
from ..domain.model import Layanan, Member, Project
from ..domain.names import name_key
from ..domain.roles import NotAllowed
from ..storage import errors
from ..storage.repository import ProjectRepository
from . import transfer_monitoring


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


def _restore_history(repo: ProjectRepository, lay: Layanan, riwayat: list[dict[str, Any]] | None,
                     actor_name: str) -> None:
    """Give an imported service the version number and adopted versions its file carries."""
    if riwayat is None:
        return
    repo.set_service_versi(lay.id, lay.versi)
    repo.delete_versions_of(lay.id)
    for entry in riwayat:
        content = sp_json.layanan_to_dict(sp_json.layanan_from_dict(entry["isi"], ""))
        repo.insert_version(lay.id, entry["versi"], fingerprint.canonical_text(content), entry["sidik"],
                            entry.get("nomor_sk", ""), entry.get("tanggal_sk", ""), actor_name,
                            entry.get("waktu") or None)


def version_history(repo: ProjectRepository) -> dict[int, list[dict[str, Any]]]:
    """The adopted versions of every service as SP JSON ``riwayat_versi`` entries, by service id."""
    history: dict[int, list[dict[str, Any]]] = {}
    for service_id, rows in repo.all_stored_versions().items():
        entries = []
        for row in rows:
            content = sp_json.layanan_to_dict(sp_json.layanan_from_dict(json.loads(repo.version_data(
                service_id, row.versi)), ""))
            entries.append({"versi": row.versi, "sidik": row.sidik, "nomor_sk": row.nomor_sk,
                            "tanggal_sk": row.tanggal_sk, "waktu": row.waktu, "isi": content})
        history[service_id] = entries
    return history


def _merge_services(repo: ProjectRepository, services: list[Layanan], actor: Member | None,
                    riwayat: list[list[dict[str, Any]] | None] | None = None) -> list[int]:
    # An imported service replaces the one of the same name by the rule of domain.names, so a name retyped
    # with other capitals or spaces on another laptop updates the service instead of adding a second one.
    by_name = {}
    for s in repo.services():
        if name_key(s.jenis_pelayanan):
            by_name.setdefault(name_key(s.jenis_pelayanan), s)
    actor_name = actor.nama if actor else repo.unnamed_actor
    ids = []
    for index, lay in enumerate(services):
        history = riwayat[index] if riwayat is not None else None
        key = name_key(lay.jenis_pelayanan)
        current = by_name.get(key) if key else None
        if current is not None:
            if StatusLayanan.past_draft(current.status):
                label = StatusLayanan(current.status).label.lower()
                raise NotAllowed(f"Layanan '{current.jenis_pelayanan}' berstatus \u201c{label}\u201d; isinya dikunci. "
                                 "Minta ketua mengembalikannya ke draf (atau buat revisi) sebelum mengimpor "
                                 "perubahan untuknya.")
            lay.id, lay.position = current.id, current.position
            if history is None:
                lay.versi = current.versi  # a file without history keys keeps the service's own
            repo.update_service(lay, actor_name)
            repo.add_audit(actor, "impor", lay.id, "jenis_pelayanan", "Diperbarui dari berkas SP JSON")
        else:
            lay.id = repo.insert_service(lay, repo.count_services(), actor_name)
            if key:
                by_name[key] = lay
            repo.add_audit(actor, "impor", lay.id, "jenis_pelayanan", "Dibuat dari berkas SP JSON")
        _restore_history(repo, lay, history, actor_name)
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
    transfer_monitoring.check_service_names(repo, data, [lay.jenis_pelayanan for lay in project.layanan])
    repo.save_instansi(project.instansi)
    repo.add_audit(actor, "impor", None, "instansi", "Profil instansi diimpor dari berkas SP JSON")
    if project.tim:
        _merge_team(repo, project.tim, actor)
    if project.extra:
        merged = repo.extra()
        merged.update(project.extra)
        repo.save_extra(merged)
    raw = sp_json.riwayat_of_document(data)
    # Only a LAYANAN that names its versions replaces the stored ones.
    riwayat = [entries if ("riwayat_versi" in item or "versi" in item) else None
               for entries, item in zip(raw, data["layanan"], strict=True)]
    ids = _merge_services(repo, project.layanan, actor, riwayat)
    transfer_monitoring.import_monitoring(repo, data, actor)
    return ids


def export_document(project: Project, service_id: int | None = None,
                    riwayat: dict[int, list[dict[str, Any]]] | None = None,
                    monitoring: dict[str, list[dict[str, Any]]] | None = None) -> dict[str, Any]:
    """The SP JSON of the project, or the ``sp-desktop/layanan`` file of one service.

    ``riwayat`` (see :func:`version_history`) adds each service's adopted versions to a project file;
    ``monitoring`` (see :func:`transfer_monitoring.monitoring_of`) its ``survei`` and ``pengaduan_masuk``.

    Raises:
        KeyError: ``service_id`` is not in the project.
    """
    if service_id is None:
        data = sp_json.project_to_dict(project, riwayat)
        for key, value in (monitoring or {}).items():
            data.setdefault(key, value)
        return data
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
