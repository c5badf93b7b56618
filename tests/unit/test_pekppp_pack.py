"""PEKPPP over a real project (services/pekppp.py): the scores as the project moves on, and the evidence ZIP."""

import zipfile
from datetime import date

import pytest
from revision_helpers import adopt
from session_helpers import member

from sp_desktop.domain.penerapan import Kegiatan
from sp_desktop.domain.survei import Responden, Survei, TindakLanjut
from sp_desktop.services import pekppp
from sp_desktop.services.pekppp import INDEX_NAME, scores, write_pack
from sp_desktop.storage.errors import ProjectError

TODAY = date(2026, 6, 1)


@pytest.fixture
def s(sample_session):
    sample_session.set_actor(member(sample_session, "ketua").id)
    return sample_session


def _by_code(session):
    return {x.kode: x.skor for x in scores(session, TODAY)}


def _adopt_all(session):
    for lay in session.services():
        adopt(session, lay.id, tanggal="2026-01-15")


def _publish(session, media, objek, photo=b""):
    with session._write("publikasi"):
        extra = session.repo.extra()
        record = {"id": f"{media}{objek}", "media": media, "objek": objek, "layanan": [], "alamat": "",
                  "sejak": "2026-02-01", "keterangan": ""}
        extra["publikasi"] = [*extra.get("publikasi", []), record]
        session.repo.save_extra(extra)
        if photo:
            session.repo.add_attachment(f"publikasi:{record['id']}", "bukti", f"{media}.png", "image/png", photo,
                                        "", "uji")


def _survey(session):
    names = [x.jenis_pelayanan for x in session.services()]
    survey_id = session.add_survey(Survei(periode="Semester I 2026", mulai="2026-01-01", selesai="2026-03-31",
                                          layanan=names, tanggal_laporan="2026-04-01"))
    session.add_respondents(survey_id, [Responden(layanan=names[0], tanggal="2026-02-02", nilai=[4] * 9)
                                        for _ in range(12)])
    session.add_follow_up(survey_id, TindakLanjut(unsur=1, rencana="Perbaiki papan alur", selesai="2026-04-20"))
    return survey_id


def test_scores_in_each_state_of_the_project(s):
    assert _by_code(s)["1.a.Ak"] == 2  # draft only: 14 components filled
    _adopt_all(s)
    assert _by_code(s)["1.a.Ak"] == 4  # adopted, and the sample's discussion had the public attending
    assert _by_code(s)["2.a.P"] == 1
    s.add_kegiatan(Kegiatan(jenis="reviu", tanggal="2026-05-10", sasaran="Tim"))
    monitored = _by_code(s)
    assert monitored["1.a.Ak"] == 5
    assert monitored["4.a.K"] == 5
    _survey(s)
    for media in ("papan_informasi", "website"):
        _publish(s, media, "skm")
    after = _by_code(s)
    assert (after["6.a.B"], after["7.a.T"], after["8.a.Ak"], after["9.a.Ak"]) == (5, 2, 5, 5)


def test_pack_index_names_every_file_it_holds(s, tmp_path):
    _adopt_all(s)
    _survey(s)
    _publish(s, "website", "standar", photo=b"\x89PNG fake")
    _publish(s, "papan_informasi", "maklumat", photo=b"\x89PNG other")
    out = tmp_path / "paket.zip"
    result = write_pack(s, out, today=TODAY)
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        index = zf.read(INDEX_NAME).decode("utf-8")
        assert zf.read("3.a.T Publikasi Standar/Bukti situs web - website.png") == b"\x89PNG fake"
    assert sorted(names) == sorted(result.files)
    for name in names:
        if name != INDEX_NAME:
            assert name in index
    for expected in ("1.a.Ak Standar Pelayanan/SK Penetapan.pdf", "2.a.P Partisipasi Masyarakat/Daftar Hadir.pdf",
                     "6.a.B Survei Kepuasan/Laporan SKM.pdf", "5.a.K Maklumat Pelayanan/Maklumat Pelayanan.pdf",
                     "5.a.K Maklumat Pelayanan/Bukti papan informasi - papan_informasi.png"):
        assert expected in names
    for folder in pekppp.FOLDERS.values():
        assert folder in index


def test_pack_of_a_draft_lists_what_it_cannot_make_and_never_overwrites_the_project(s, tmp_path):
    out = tmp_path / "paket.zip"
    result = write_pack(s, out, today=TODAY)
    with zipfile.ZipFile(out) as zf:
        index = zf.read(INDEX_NAME).decode("utf-8")
    assert "BELUM ADA: SK Penetapan" in index
    assert "BELUM ADA: Laporan SKM: belum ada survei kepuasan dengan responden" in index
    assert any(code == "6.a.B" for code, _ in result.missing)
    with pytest.raises(ProjectError):
        write_pack(s, s.path, today=TODAY)
