"""The survey documents made from an open session: the survey named by id or period, its service, its trend."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from sp_desktop.domain.survei import Responden, Survei
from sp_desktop.export.errors import ExportError
from sp_desktop.services.documents import document_job, export_for_session
from sp_desktop.services.session import open_project
from sp_desktop.storage import errors
from tests.unit.test_skm_docs import gaspul_answers

DATA = Path(__file__).parents[1] / "data"
AKTA = "Penerbitan Akta Kelahiran"
KK = "Penerbitan Kartu Keluarga"


@pytest.fixture
def session(tmp_path):
    s = open_project(tmp_path / "proyek.spdb", create=True)
    s.import_document(json.loads((DATA / "proyek_contoh.json").read_text(encoding="utf-8")))
    s.add_survey(Survei(periode="Tahun 2025", mulai="2025-01-01", selesai="2025-12-31", layanan=[AKTA, KK],
                        populasi=50, responden=[Responden(layanan=AKTA, nilai=[3] * 9)] * 10))
    s.add_survey(Survei(periode="Semester I 2026", mulai="2026-01-01", selesai="2026-06-30", layanan=[AKTA, KK],
                        populasi=50, responden=[Responden(layanan=AKTA, nilai=row) for row in gaspul_answers()]
                        + [Responden(layanan=KK, nilai=[1] * 9)]))
    s.add_survey(Survei(periode="Semester II 2026", mulai="2026-07-01", selesai="2026-12-31", layanan=[AKTA],
                        populasi=50, responden=[Responden(layanan=AKTA, nilai=[4] * 9)]))
    yield s
    s.close()


def test_the_period_names_the_survey_and_the_trend_stops_at_it(session):
    _project, request = document_job(session, "laporan-skm", options={"periode": "semester i 2026"})
    s = request.options["survei"]
    assert s.periode == "Semester I 2026" and len(s.responden) == 30
    assert [info.periode for info, _r in request.options["tren"]] == ["Tahun 2025", "Semester I 2026"]


def test_the_survey_id_names_it_too_and_one_service_restricts_the_count(session):
    survei_id = session.survey_id_by_period("Tahun 2025")
    akta = next(x.id for x in session.summaries() if x.jenis_pelayanan == AKTA)
    _project, request = document_job(session, "publikasi-skm", service_ids=[akta],
                                     options={"survei_id": survei_id})
    assert request.options["survei"].periode == "Tahun 2025"
    assert request.options["layanan"] == AKTA
    assert "tren" not in request.options


def test_the_report_of_one_service_gives_its_ikm(session, tmp_path):
    akta = next(x.id for x in session.summaries() if x.jenis_pelayanan == AKTA)
    out = export_for_session(session, "publikasi-skm", tmp_path / "p.pdf", service_ids=[akta],
                             options={"periode": "Semester I 2026"})
    text = " ".join(PdfReader(str(out)).pages[0].extract_text().split())
    assert "91,48" in text and "29 orang" in text
    whole = export_for_session(session, "publikasi-skm", tmp_path / "w.pdf", options={"periode": "Semester I 2026"})
    assert "30 orang" in " ".join(PdfReader(str(whole)).pages[0].extract_text().split())


def test_a_survey_document_needs_a_period(session):
    with pytest.raises(ExportError, match="periode survei"):
        document_job(session, "kuesioner")
    with pytest.raises(errors.ProjectError, match="Tahun 2025"):
        document_job(session, "kuesioner", options={"periode": "Tahun 1999"})
