"""The adoption use-cases of the session: moving statuses, recording the decree, the evaluation, SK Tim."""

import pytest

from sp_desktop.domain import keputusan as kp
from sp_desktop.domain import penetapan as gate
from sp_desktop.domain.model import Pengaturan
from sp_desktop.domain.roles import NotAllowed
from sp_desktop.services import identity
from tests.unit.session_helpers import member

AKTA, KK, KIA = "Penerbitan Akta Kelahiran", "Penerbitan Kartu Keluarga", "Penerbitan Kartu Identitas Anak (KIA)"


@pytest.fixture
def s(sample_session):
    sample_session.set_actor(member(sample_session, "ketua").id)
    return sample_session


def ids(session):
    return {x.jenis_pelayanan: x.id for x in session.summaries()}


def status(session, name):
    return next(x.status for x in session.summaries() if x.jenis_pelayanan == name)


def to_siap_ditetapkan(session, *names):
    wanted = [ids(session)[n] for n in names]
    session.move_status(wanted, "siap_dibahas")
    session.move_status(wanted, "dibahas")
    session.move_status(wanted, "siap_ditetapkan")
    return wanted


def edit_discussion(session, **changes):
    extra = session.repo.extra()
    extra["pembahasan"][0].update(changes)
    with session._write("pengaturan"):
        session.repo.save_extra(extra)


def test_penetapan_session_moves_many_services_in_one_go_with_audit(s):
    wanted = [ids(s)[AKTA], ids(s)[KK]]
    s.move_status(wanted, "siap_dibahas")
    s.move_status(wanted, "dibahas")
    assert status(s, AKTA) == status(s, KK) == "dibahas"
    assert any(e.keterangan == "Status menjadi Dibahas" and e.komponen == "penetapan" for e in s.audit(wanted[1]))


def test_penetapan_session_no_discussion_refuses_and_changes_nothing(s):
    wanted = [ids(s)[AKTA], ids(s)[KIA]]
    s.move_status(wanted, "siap_dibahas")
    with pytest.raises(NotAllowed) as refused:
        s.move_status(wanted, "dibahas")
    assert f"“{KIA}”: Belum ada pembahasan yang mencakup layanan ini." in str(refused.value)
    assert AKTA not in str(refused.value)
    assert status(s, AKTA) == "siap_dibahas"  # all or nothing
    assert s.why_cannot_move(ids(s)[KIA], "dibahas") == [gate.NO_DISCUSSION]


def test_penetapan_session_no_outside_participant_and_no_berita_acara(s):
    akta = ids(s)[AKTA]
    s.move_status([akta], "siap_dibahas")
    s.move_status([akta], "dibahas")
    edit_discussion(s, nomor_berita_acara="", peserta=[p for p in s.repo.extra()["pembahasan"][0]["peserta"]
                                                       if p["unsur"] == "penyelenggara"])
    assert s.why_cannot_move(akta, "siap_ditetapkan") == [gate.NO_OUTSIDE, gate.NO_BERITA_ACARA]
    with pytest.raises(NotAllowed, match="Daftar hadir belum mencatat peserta dari luar unit"):
        s.move_status([akta], "siap_ditetapkan")


def test_penetapan_session_non_ketua_cannot_move(s):
    akta = ids(s)[AKTA]
    s.move_status([akta], "siap_dibahas")
    s.set_actor(member(s, "sekretaris").id)
    assert s.why_cannot_move(akta, "dibahas") == [gate.NOT_KETUA]
    with pytest.raises(NotAllowed, match="Hanya ketua tim"):
        s.move_status([akta], "dibahas")
    with pytest.raises(NotAllowed, match="Hanya ketua tim"):
        s.record_decree("188/1/2018", "2018-11-30")
    assert status(s, AKTA) == "siap_dibahas"


def test_penetapan_session_wrong_pin_refuses(s):
    akta = ids(s)[AKTA]
    identity.set_own_pin(s, "2468")
    with pytest.raises(identity.PinRequired):
        s.move_status([akta], "siap_dibahas")
    with pytest.raises(identity.WrongPin):
        with s.ketua_pin("1111"):
            s.move_status([akta], "siap_dibahas")
    assert status(s, AKTA) == "draf"
    with s.ketua_pin("2468"):
        s.move_status([akta], "siap_dibahas")
    assert status(s, AKTA) == "siap_dibahas"


def test_penetapan_session_ditetapkan_only_by_the_decree(s):
    akta = to_siap_ditetapkan(s, AKTA)[0]
    with pytest.raises(NotAllowed, match="hanya dengan mencatat"):
        s.move_status([akta], "ditetapkan")


def test_penetapan_session_record_decree_moves_services_and_keeps_history(s):
    adopted = to_siap_ditetapkan(s, AKTA, KK)
    assert s.record_decree("188.4/60/DKPS/2018", "2018-12-03", ["bahwa perlu"], ["UU 25/2009"], "Bontang") == adopted
    assert status(s, AKTA) == status(s, KK) == "ditetapkan"
    assert status(s, KIA) == "draf"
    decree = s.decree()
    assert (decree.nomor, decree.tanggal, decree.menimbang, decree.mengingat, decree.tempat) == (
        "188.4/60/DKPS/2018", "2018-12-03", ["bahwa perlu"], ["UU 25/2009"], "Bontang")
    # The sample's earlier decree (188.4/55) is kept, not lost.
    assert [k.nomor for k in s.decree_history()] == ["188.4/55/DKPS/2018"]
    assert [v.nomor_sk for v in s.versions(adopted[0])] == ["188.4/60/DKPS/2018"]
    assert any("Ditetapkan dengan keputusan nomor 188.4/60/DKPS/2018" in e.keterangan for e in s.audit(adopted[0]))
    # The same number again corrects the decree in place; history stays as it was.
    s.record_decree("188.4/60/DKPS/2018", "2018-12-04", tempat="Bontang")
    assert s.decree().tanggal == "2018-12-04" and len(s.decree_history()) == 1
    # A different one with nothing awaiting adoption is refused.
    with pytest.raises(NotAllowed, match="Belum ada standar berstatus “Siap ditetapkan”"):
        s.record_decree("188.4/99/DKPS/2019", "2019-01-02")


def test_penetapan_session_revision_decree_names_the_one_it_replaces(s):
    akta = to_siap_ditetapkan(s, AKTA)[0]
    s.record_decree("188.4/60/DKPS/2018", "2018-12-03")
    s.start_revision(akta)
    to_siap_ditetapkan(s, AKTA)
    s.record_decree("188.4/12/DKPS/2020", "2020-03-02")
    assert s.decree().menggantikan == "188.4/60/DKPS/2018|2018-12-03"
    assert [k.nomor for k in s.decree_history()] == ["188.4/55/DKPS/2018", "188.4/60/DKPS/2018"]
    assert [v.versi for v in s.versions(akta)] == [1, 2]


def test_penetapan_session_evaluation_required_gates_the_decree(s):
    to_siap_ditetapkan(s, AKTA)
    s.save_pengaturan(Pengaturan(evaluasi_wajib=True))
    with pytest.raises(NotAllowed, match="belum dikirim ke Bagian Organisasi"):
        s.record_decree("188.4/60/DKPS/2018", "2018-12-03")
    s.save_evaluation(kp.EvaluasiSk("061/5/ORG", "2018-11-26", "2018-11-29", "perbaikan", "Perbaiki konsiderans"))
    with pytest.raises(NotAllowed, match="meminta perbaikan"):
        s.record_decree("188.4/60/DKPS/2018", "2018-12-03")
    s.save_evaluation(kp.EvaluasiSk("061/5/ORG", "2018-11-26", "2018-12-01", "disetujui"))
    assert s.evaluation().hasil == "disetujui"
    s.record_decree("188.4/60/DKPS/2018", "2018-12-03")
    assert status(s, AKTA) == "ditetapkan"


def test_penetapan_session_evaluation_and_sk_tim_validated(s):
    with pytest.raises(NotAllowed, match="tanggal balasan"):
        s.save_evaluation(kp.EvaluasiSk(hasil="disetujui"))
    with pytest.raises(NotAllowed):
        s.save_evaluation(kp.EvaluasiSk(tanggal_kirim="26-11-2018"))
    s.save_sk_tim(kp.Keputusan("800/12/DKPS/2018", "2018-08-01"))
    assert s.sk_tim().nomor == "800/12/DKPS/2018"
    with pytest.raises(NotAllowed, match="tanggal SK Tim"):
        s.save_sk_tim(kp.Keputusan("800/13"))
    s.save_sk_tim(kp.Keputusan())
    assert s.sk_tim() is None


def test_penetapan_session_back_to_draf_not_from_ditetapkan(s):
    akta, kk = to_siap_ditetapkan(s, AKTA, KK)
    s.move_status([kk], "draf")
    assert status(s, KK) == "draf"
    s.record_decree("188.4/60/DKPS/2018", "2018-12-03")
    with pytest.raises(NotAllowed, match="revisi baru"):
        s.move_status([akta], "draf")


def test_penetapan_session_siap_dibahas_still_needs_a_clean_review(s):
    empty = s.add_service("Layanan baru tanpa isi")
    assert s.why_cannot_move(empty.id, "siap_dibahas")[0].startswith("Masih ada ")
    with pytest.raises(NotAllowed, match="temuan yang menghalangi"):
        s.move_status([empty.id], "siap_dibahas")
