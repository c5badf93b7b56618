"""Unit project files for the reviewer's tests (services/review_*.py): made through the session, then closed."""

from __future__ import annotations

import json
from pathlib import Path

from sp_desktop.domain.survei import Responden, Survei
from sp_desktop.services.session import open_project

DATA = Path(__file__).parents[1] / "data"


def sample() -> dict:
    return json.loads((DATA / "proyek_contoh.json").read_text(encoding="utf-8"))


def make_unit(folder: Path, file_name: str, nama: str, edit=None, ikm_answers: int | None = None) -> Path:
    """A project ``folder/file_name`` holding the sample with ``instansi.nama`` = ``nama``; ``edit(data)`` changes
    the SP JSON first; ``ikm_answers`` adds a survey of ten respondents answering that value to every unsur."""
    data = sample()
    data["instansi"]["nama"] = nama
    if edit is not None:
        edit(data)
    path = folder / file_name
    session = open_project(path, create=True)
    try:
        session.import_document(data)
        if ikm_answers is not None:
            names = [s.jenis_pelayanan for s in session.services()]
            sid = session.add_survey(Survei(periode="Semester I 2026", mulai="2026-01-01", selesai="2026-03-31",
                                            layanan=names))
            session.add_respondents(sid, [Responden(layanan=names[0], tanggal="2026-02-02", nilai=[ikm_answers] * 9)
                                          for _ in range(10)])
    finally:
        session.close()
    return path


def service(data: dict, name: str) -> dict:
    return next(x for x in data["layanan"] if x["jenis_pelayanan"] == name)


AKTA = "Penerbitan Akta Kelahiran"
