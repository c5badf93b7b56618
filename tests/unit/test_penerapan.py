"""Penerapan records and the review age of adopted standards: the domain rules and the session's actions."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from sp_desktop.domain import penerapan
from sp_desktop.domain.model import Layanan, Project
from sp_desktop.domain.penerapan import Kegiatan, ReviewState, from_dict, is_stale, last_reviewed, to_dict
from sp_desktop.domain.roles import NotAllowed
from sp_desktop.services.session import open_project

DATA = Path(__file__).resolve().parents[1] / "data"
AKTA = "Penerbitan Akta Kelahiran"
KK = "Penerbitan Kartu Keluarga"


def adopted_project(*activities: dict) -> Project:
    return Project(
        layanan=[Layanan(jenis_pelayanan=AKTA, status="ditetapkan", id=1),
                 Layanan(jenis_pelayanan=KK, status="draf", id=2)],
        extra={"penetapan": {"nomor": "188.4/55/DKPS/2024", "tanggal": "2024-11-30"},
               "penerapan": list(activities)},
    )


def test_penerapan_round_trip_keeps_unknown_keys():
    data = {"id": "a1", "jenis": "sosialisasi", "tanggal": "2025-02-05", "sasaran": "Ketua RT",
            "media": "Spanduk", "layanan": [AKTA], "keterangan": "", "foto_sampul": 3, "catatan_lain": {"x": 1}}
    k = from_dict(data)
    assert k.lain == {"foto_sampul": 3, "catatan_lain": {"x": 1}}
    assert to_dict(k) == data


def test_penerapan_adopted_standard_is_stale_after_365_days():
    project = adopted_project()
    assert last_reviewed(project, AKTA) == date(2024, 11, 30)
    assert not is_stale(project, AKTA, date(2025, 11, 30))  # 365 days: still within the year
    assert is_stale(project, AKTA, date(2025, 12, 1))


def test_penerapan_review_activity_resets_the_age():
    review = {"id": "r1", "jenis": "reviu", "tanggal": "2025-10-01", "layanan": [AKTA]}
    project = adopted_project(review)
    assert last_reviewed(project, AKTA) == date(2025, 10, 1)
    assert not is_stale(project, AKTA, date(2026, 3, 1))
    assert is_stale(project, AKTA, date(2026, 10, 2))


def test_penerapan_only_reviews_covering_the_service_count():
    other = {"id": "r1", "jenis": "reviu", "tanggal": "2025-10-01", "layanan": [KK]}
    socialised = {"id": "s1", "jenis": "sosialisasi", "tanggal": "2025-10-01", "layanan": []}
    project = adopted_project(other, socialised)
    assert last_reviewed(project, AKTA) == date(2024, 11, 30)
    assert is_stale(project, AKTA, date(2025, 12, 1))
    every = {"id": "r2", "jenis": "reviu", "tanggal": "2025-11-15", "layanan": []}  # empty list: every service
    assert last_reviewed(adopted_project(every), AKTA) == date(2025, 11, 15)


def test_penerapan_draft_standard_is_never_stale():
    project = adopted_project()
    assert last_reviewed(project, KK) is None
    assert not is_stale(project, KK, date(2030, 1, 1))


def test_penerapan_adopted_version_date_counts_for_a_revision_in_draft():
    states = penerapan.review_states({}, [(KK, "draf")], adopted={KK: "2023-05-02"})
    assert states[KK] == ReviewState(date(2023, 5, 2), None)
    assert states[KK].stale(date(2024, 5, 3))


# -- the session ----------------------------------------------------------------------------------
@pytest.fixture
def session(tmp_path):
    s = open_project(tmp_path / "penerapan.spdb", create=True)
    s.import_document(json.loads((DATA / "proyek_contoh.json").read_text(encoding="utf-8")))
    yield s
    s.close()


def test_penerapan_session_adds_updates_and_deletes_with_audit(session):
    k = session.add_kegiatan(Kegiatan(jenis="internalisasi", tanggal="2025-01-10", sasaran="Seluruh pegawai"))
    assert k.id and [x.id for x in session.kegiatan_list()] == [k.id]
    k.media = "Rapat"
    session.update_kegiatan(k)
    assert session.kegiatan(k.id).media == "Rapat"
    assert session.load_project().extra["penerapan"][0]["media"] == "Rapat"
    session.delete_kegiatan(k.id)
    assert session.kegiatan_list() == []
    trail = [(e.aksi, e.komponen, e.keterangan) for e in session.audit(None)]
    assert ("tambah", "penerapan", "Kegiatan penerapan dicatat: Internalisasi 10 Januari 2025") in trail
    assert ("hapus", "penerapan", "Kegiatan penerapan dihapus: Internalisasi 10 Januari 2025") in trail


@pytest.mark.parametrize(("changes", "message"), [
    ({"jenis": "rapat"}, "Jenis kegiatan"),
    ({"tanggal": ""}, "tanggal"),
    ({"tanggal": "2025-02-30"}, "Tanggal kegiatan"),
    ({"sasaran": "x" * 100_001}, "Sasaran"),
])
def test_penerapan_session_refuses_invalid_activities(session, changes, message):
    k = Kegiatan(**{"jenis": "sosialisasi", "tanggal": "2025-01-10", **changes})
    with pytest.raises(NotAllowed, match=message):
        session.add_kegiatan(k)
    assert session.kegiatan_list() == []


def test_penerapan_session_keeps_files_under_the_activity(session):
    k = session.add_kegiatan(Kegiatan(tanggal="2025-01-10"))
    file_id = session.attach_kegiatan_file(k.id, "daftar hadir.pdf", b"%PDF-1.4 daftar hadir")
    files = session.kegiatan_files(k.id)
    assert [(f.nama, f.mime, f.pemilik) for f in files] == [("daftar hadir.pdf", "application/pdf",
                                                             f"penerapan:{k.id}")]
    assert session.kegiatan_file_data(file_id) == b"%PDF-1.4 daftar hadir"
    with pytest.raises(NotAllowed):
        session.attach_kegiatan_file(k.id, "kosong.jpg", b"")
    session.remove_kegiatan_file(file_id)
    assert session.kegiatan_files(k.id) == []
    again = session.attach_kegiatan_file(k.id, "foto.jpg", b"\xff\xd8foto")
    session.delete_kegiatan(k.id)  # the activity's files go with it
    assert session.repo.attachment(again) is None


def test_penerapan_session_review_states_follow_decree_and_reviews(session):
    akta = next(s for s in session.summaries() if s.jenis_pelayanan == AKTA)
    session.db.execute("UPDATE layanan SET status = 'ditetapkan' WHERE id = ?", [akta.id])
    assert session.review_states()[akta.id].ditetapkan == date(2018, 11, 30)  # the sample's decree
    assert [s.jenis_pelayanan for s, _state in session.stale_services(date(2025, 1, 1))] == [AKTA]
    session.add_kegiatan(Kegiatan(jenis="reviu", tanggal="2024-06-01", layanan=[AKTA]))
    assert session.stale_services(date(2025, 1, 1)) == []
    assert session.review_states()[akta.id].last == date(2024, 6, 1)
