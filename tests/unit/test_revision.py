"""Adopted standards are frozen; a revision opens versi N+1 as a draft while versi N stays readable."""

import pytest
from revision_helpers import adopt, service_named
from session_helpers import member

from sp_desktop.domain import fingerprint as fp
from sp_desktop.domain.enums import StatusLayanan
from sp_desktop.domain.roles import NotAllowed
from sp_desktop.services import identity

AKTA = "Penerbitan Akta Kelahiran"


def test_adopting_freezes_a_version_with_its_fingerprint(sample_session):
    s = sample_session
    s.set_actor(member(s, "ketua").id)
    lay = service_named(s, AKTA)
    sidik = adopt(s, lay.id)
    assert sidik == fp.fingerprint(lay)
    assert len(sidik) == 14 and sidik.count("-") == 2
    [info] = s.versions(lay.id)
    assert (info.versi, info.sidik, info.nomor_sk, info.tanggal_sk) == (1, sidik, "188.4/55/DKPS/2018", "2018-11-30")
    assert info.waktu


def test_an_adopted_standard_is_not_edited_in_place(sample_session):
    s = sample_session
    s.set_actor(member(s, "anggota").id)
    lay = service_named(s, AKTA)
    adopt(s, lay.id)
    lay = s.service(lay.id)
    lay.produk = ["Kutipan akta kelahiran (baru)"]
    with pytest.raises(NotAllowed, match="revisi"):
        s.save_service(lay, "produk", "Produk diubah")
    assert s.service(lay.id).produk != ["Kutipan akta kelahiran (baru)"]


def test_only_the_ketua_opens_a_revision(sample_session):
    s = sample_session
    lay = service_named(s, AKTA)
    s.set_actor(member(s, "sekretaris").id)
    adopt(s, lay.id)
    with pytest.raises(NotAllowed, match="ketua"):
        s.start_revision(lay.id)
    assert s.service(lay.id).status == StatusLayanan.DITETAPKAN.value


def test_a_revision_needs_the_ketua_pin_when_set(sample_session):
    s = sample_session
    ketua = member(s, "ketua")
    s.set_actor(ketua.id)
    identity.set_own_pin(s, "482913")
    lay = service_named(s, AKTA)
    adopt(s, lay.id)
    with pytest.raises(identity.PinRequired):
        s.start_revision(lay.id)
    with s.ketua_pin("482913"):
        assert s.start_revision(lay.id).versi == 2


def test_start_revision_makes_versi_2_a_draft_and_keeps_versi_1(sample_session):
    s = sample_session
    s.set_actor(member(s, "ketua").id)
    lay = service_named(s, AKTA)
    original_produk = list(lay.produk)
    sidik = adopt(s, lay.id)

    revised = s.start_revision(lay.id)
    assert (revised.status, revised.versi) == (StatusLayanan.DRAF.value, 2)
    assert revised.produk == original_produk  # the content stays; only the status and the number move

    revised.produk = ["Kutipan akta kelahiran", "Kartu Keluarga terbaru"]
    s.save_service(revised, "produk", "Produk ditambah")  # a draft revision is edited as usual
    assert s.service(lay.id).produk == ["Kutipan akta kelahiran", "Kartu Keluarga terbaru"]

    old = s.version_content(lay.id, 1)
    assert old.produk == original_produk
    assert (old.versi, old.status) == (1, StatusLayanan.DITETAPKAN.value)
    assert fp.fingerprint(old) == sidik
    assert [v.versi for v in s.versions(lay.id)] == [1]
    assert [c[0] for c in s.version_choices(lay.id)] == [1, 2]
    assert s.version_content(lay.id, 2).produk == ["Kutipan akta kelahiran", "Kartu Keluarga terbaru"]
    audit = [e.keterangan for e in s.audit(lay.id)]
    assert any("Revisi dibuka: versi 2" in text for text in audit)


def test_a_revision_of_a_draft_is_refused(sample_session):
    s = sample_session
    s.set_actor(member(s, "ketua").id)
    lay = service_named(s, AKTA)
    with pytest.raises(NotAllowed, match="sudah ditetapkan"):
        s.start_revision(lay.id)


def test_adopting_the_revision_stores_versi_2_beside_versi_1(sample_session):
    s = sample_session
    s.set_actor(member(s, "ketua").id)
    lay = service_named(s, AKTA)
    first = adopt(s, lay.id)
    revised = s.start_revision(lay.id)
    revised.jumlah_pelaksana = "5 orang"
    s.save_service(revised, "jumlah_pelaksana", "Jumlah pelaksana diubah")
    second = adopt(s, lay.id, "188.4/12/DKPS/2020", "2020-02-03")
    assert first != second
    assert [(v.versi, v.sidik, v.nomor_sk) for v in s.versions(lay.id)] == [
        (1, first, "188.4/55/DKPS/2018"), (2, second, "188.4/12/DKPS/2020")]
    [match] = s.find_version(second.lower().replace("-", ""))
    assert (match.jenis_pelayanan, match.versi.versi, match.current) == (AKTA, 2, True)
    [match] = s.find_version(first[:9])
    assert (match.versi.versi, match.current) == (1, False)
    assert s.find_version("ZZZZ") == []
