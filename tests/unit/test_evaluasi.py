"""Evaluation notes per service: the latest survey's weak unsur, the complaints, the note, and the revision."""

import copy

import pytest
from revision_helpers import adopt, service_named
from session_helpers import member

from sp_desktop.domain import evaluasi as ev
from sp_desktop.domain.enums import StatusLayanan
from sp_desktop.domain.roles import NotAllowed
from sp_desktop.domain.sp_json_validate import SpJsonError
from sp_desktop.domain.survei import PengaduanMasuk, Responden, Survei
from sp_desktop.services import identity

AKTA = "Penerbitan Akta Kelahiran"
KK = "Penerbitan Kartu Keluarga"


def _survey(s, periode, mulai, rows, layanan=AKTA):
    sid = s.add_survey(Survei(periode=periode, mulai=mulai, selesai=mulai[:8] + "28", layanan=[AKTA, KK],
                              populasi=100))
    s.add_respondents(sid, [Responden(layanan=layanan, nilai=list(r)) for r in rows])
    return sid


@pytest.fixture
def s(sample_session):
    sample_session.set_actor(member(sample_session, "ketua").id)
    return sample_session


def test_evaluasi_basis_cites_the_latest_surveys_lowest_unsur_and_the_complaints(s):
    _survey(s, "Semester I 2025", "2025-01-01", [[1] * 9] * 3)
    _survey(s, "Semester I 2026", "2026-01-01", [[4, 4, 2, 4, 4, 3, 4, 4, 4], [4, 4, 2, 3, 4, 3, 4, 4, 4]])
    _survey(s, "Semester I 2026 KK", "2026-02-01", [[1] * 9], layanan=KK)  # later, but no Akta respondents
    for komponen in ("waktu_penyelesaian", "waktu_penyelesaian", None):
        s.add_complaint(PengaduanMasuk(tanggal="2026-02-01", layanan=AKTA, ringkasan="x", komponen=komponen))
    s.add_complaint(PengaduanMasuk(tanggal="2026-02-01", layanan=KK, ringkasan="y", komponen="biaya"))
    lay = service_named(s, AKTA)
    basis = s.evaluation_basis(lay.id)
    assert basis.survei.periode == "Semester I 2026 KK"
    assert basis.seluruh_unit  # that survey has no respondent of Akta: the unit's figures
    # the latest survey with Akta respondents when the KK one goes
    s.delete_survey(s.survey_id_by_period("Semester I 2026 KK"))
    basis = s.evaluation_basis(lay.id)
    assert basis.survei.periode == "Semester I 2026" and not basis.seluruh_unit
    assert basis.unsur_lemah == [3]
    assert basis.pengaduan == [("waktu_penyelesaian", 2), ("", 1)]
    assert basis.terbuka == 3 and basis.jumlah_pengaduan == 3
    note = s.note_from_basis(basis)
    assert (note.survei, note.unsur_lemah, note.pengaduan) == ("Semester I 2026", [3], {"waktu_penyelesaian": 2, "": 1})
    assert note.ikm is not None and 25 <= note.ikm <= 100


def test_evaluasi_weakest_unsur_ties_and_gaps():
    assert ev.weakest_unsur({1: 3, 2: 2, 3: 2, 4: None}) == [2, 3]
    assert ev.weakest_unsur({1: None}) == []


def test_evaluasi_note_saved_in_extra_keeping_unknown_keys(s):
    note = ev.from_dict({"layanan": AKTA, "perubahan": "Tambah loket", "catatan_lain": {"a": 1}})
    stored = s.save_evaluation_note(note)
    assert stored.id and stored.tanggal
    extra = s.repo.extra()["evaluasi_layanan"]
    assert extra == [ev.to_dict(stored)]
    assert extra[0]["catatan_lain"] == {"a": 1}
    s.save_evaluation_note(ev.EvaluasiLayanan(layanan=AKTA, id=stored.id, perubahan="Tambah dua loket"))
    assert [n.perubahan for n in s.evaluation_notes()] == ["Tambah dua loket"]
    assert s.audit(service_named(s, AKTA).id)[0].komponen == "evaluasi"


def test_evaluasi_travels_in_sp_json(s):
    s.save_evaluation_note(ev.EvaluasiLayanan(layanan=AKTA, perubahan="Tambah loket", unsur_lemah=[3],
                                              pengaduan={"biaya": 2}, survei="Semester I 2026", ikm=76.61))
    data = s.export_document()
    assert data["evaluasi_layanan"][0]["perubahan"] == "Tambah loket"
    assert ev.read_evaluasi_layanan(copy.deepcopy(data["evaluasi_layanan"]), "evaluasi_layanan") == \
        data["evaluasi_layanan"]


@pytest.mark.parametrize("bad, path", [
    ({"layanan": AKTA, "unsur_lemah": [10]}, "evaluasi_layanan[0].unsur_lemah[0]"),
    ({"layanan": AKTA, "pengaduan": {"warna": 1}}, "evaluasi_layanan[0].pengaduan.warna"),
    ({"layanan": AKTA, "revisi_versi": 1}, "evaluasi_layanan[0].revisi_versi"),
    ({"layanan": AKTA, "tanggal": "3 Mei"}, "evaluasi_layanan[0].tanggal"),
])
def test_evaluasi_reader_names_the_bad_path(bad, path):
    with pytest.raises(SpJsonError) as caught:
        ev.read_evaluasi_layanan([bad], "evaluasi_layanan")
    assert caught.value.path == path


def test_evaluasi_revision_needs_an_adopted_service_and_a_note(s):
    lay = service_named(s, AKTA)
    with pytest.raises(NotAllowed, match="sudah ditetapkan"):
        s.revise_from_evaluation(lay.id)
    adopt(s, lay.id)
    with pytest.raises(NotAllowed, match="catatan evaluasi"):
        s.revise_from_evaluation(lay.id)
    s.set_actor(member(s, "anggota").id)
    s.save_evaluation_note(ev.EvaluasiLayanan(layanan=AKTA, perubahan="Tambah loket"))
    with pytest.raises(NotAllowed, match="ketua"):
        s.revise_from_evaluation(lay.id)
    assert s.service(lay.id).status == StatusLayanan.DITETAPKAN.value


def test_evaluasi_revision_opens_the_draft_with_the_note_cited(s):
    identity.set_own_pin(s, "482913")
    lay = service_named(s, AKTA)
    adopt(s, lay.id)
    note = s.save_evaluation_note(ev.EvaluasiLayanan(layanan=AKTA, survei="Semester I 2026", unsur_lemah=[3],
                                                     pengaduan={"waktu_penyelesaian": 2},
                                                     perubahan="Waktu penyelesaian menjadi 3 hari kerja",
                                                     alasan="U3 terendah dan dua pengaduan"))
    with pytest.raises(identity.PinRequired):
        s.revise_from_evaluation(lay.id)
    assert s.evaluation_note(AKTA).revisi_versi is None
    with s.ketua_pin("482913"):
        draft = s.revise_from_evaluation(lay.id)
    assert (draft.versi, draft.status) == (2, StatusLayanan.DRAF.value)
    assert s.evaluation_note(AKTA).revisi_versi == 2
    assert s.evaluation_of_version(lay.id, 2).id == note.id
    lines = [a.keterangan for a in s.audit(lay.id)]
    assert lines[0].startswith(f"Revisi versi 2 dibuka dari catatan evaluasi {note.id[:8]} (survei Semester I 2026, "
                               "2 pengaduan): Waktu penyelesaian menjadi 3 hari kerja; alasan: U3 terendah")
    assert lines[1].startswith("Revisi dibuka: versi 2")
