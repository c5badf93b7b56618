"""The monitoring keys of SP JSON (``survei``, ``pengaduan_masuk``) in and out of the project's tables (services layer).

Called by :mod:`services.transfer` inside the import's transaction, after the whole document has been
validated (``domain.sp_json_monitoring``): a file with an error changes nothing.

- ``survei``: a survey replaces the stored one of the same period (case and spacing ignored), its
  respondents and follow-up with it; other stored surveys stay. The file's ``id`` is kept.
- ``pengaduan_masuk``: the list replaces the whole log (``storage.complaints``), in the file's order.

Export writes both keys after the others, each object by ``domain.survei.to_dict``, so
``export-json`` -> ``import`` -> ``export-json`` gives the same JSON.
"""

from __future__ import annotations

from typing import Any

from ..domain.model import Member
from ..domain.names import name_key
from ..domain.sp_json_validate import SpJsonError
from ..domain.survei import PengaduanMasuk, Survei, from_dict, to_dict
from ..storage.repository import ProjectRepository

KEYS = ("survei", "pengaduan_masuk")


def check_service_names(repo: ProjectRepository, data: dict[str, Any], file_names: list[str]) -> None:
    """Refuse a survey naming a service neither the file nor the project has (before anything is written)."""
    known = {name_key(n) for n in file_names} | {name_key(s.jenis_pelayanan) for s in repo.summaries()}
    for i, item in enumerate(data.get("survei") or []):
        for j, name in enumerate(item["layanan"]):
            if name_key(name) not in known:
                raise SpJsonError(f"survei[{i}].layanan[{j}]", f"'{name[:60]}' bukan layanan di berkas ini "
                                                             "maupun di proyek")
        if item["layanan"]:
            continue  # respondents are held to the plan's services by the validator
        for j, r in enumerate(item["responden"]):
            name = r.get("layanan") or ""
            if name and name_key(name) not in known:
                raise SpJsonError(f"survei[{i}].responden[{j}].layanan",
                                  f"'{name[:60]}' bukan layanan di berkas ini maupun di proyek")


def _import_surveys(repo: ProjectRepository, items: list[Any], actor: Member | None) -> None:
    stored = {name_key(name): survei_id for survei_id, name in repo.survey_periods()}
    for item in items:
        s: Survei = from_dict(Survei, item)
        current = stored.get(name_key(s.periode))
        uid = s.id
        if uid and repo.survey_uid_owner(uid) not in (None, current):
            uid = ""  # the id belongs to another period here: this one gets its own
        if current is not None:
            plan = repo.survey_plan(current)
            repo.delete_survey(current)
            uid = uid or plan.id
        survei_id = repo.insert_survey(s, uid or None)
        repo.insert_respondents(survei_id, s.responden)
        for t in s.tindak_lanjut:
            repo.insert_follow_up(survei_id, t)
        stored[name_key(s.periode)] = survei_id
        repo.add_audit(actor, "impor", None, "survei",
                       f"Survei {s.periode} diimpor dari berkas SP JSON ({len(s.responden)} responden)")


def _import_complaints(repo: ProjectRepository, items: list[Any], actor: Member | None) -> None:
    repo.delete_all_complaints()
    for position, item in enumerate(items):
        repo.insert_complaint(from_dict(PengaduanMasuk, item), position)
    repo.add_audit(actor, "impor", None, "pengaduan_masuk",
                   f"Pengaduan masuk diimpor dari berkas SP JSON ({len(items)} pengaduan)")


def import_monitoring(repo: ProjectRepository, data: dict[str, Any], actor: Member | None) -> None:
    """Write the validated monitoring keys of a project document (only those present)."""
    if "survei" in data:
        _import_surveys(repo, data["survei"], actor)
    if "pengaduan_masuk" in data:
        _import_complaints(repo, data["pengaduan_masuk"], actor)


def monitoring_of(repo: ProjectRepository) -> dict[str, list[dict[str, Any]]]:
    """The monitoring keys of the project as SP JSON (a key only when it has something)."""
    result: dict[str, list[dict[str, Any]]] = {}
    surveys = repo.survey_records()
    if surveys:
        result["survei"] = [to_dict(s) for s in surveys]
    complaints = repo.complaint_records()
    if complaints:
        result["pengaduan_masuk"] = [to_dict(c) for _id, c in complaints]
    return result
