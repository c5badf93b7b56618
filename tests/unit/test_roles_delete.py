from pathlib import Path

import pytest
from session_helpers import member

from sp_desktop.domain import roles
from sp_desktop.domain.model import Member
from sp_desktop.domain.roles import NotAllowed

DATA = Path(__file__).parents[1] / "data"
KETUA = Member("Sri", "", "Sekretaris Dinas", "ketua", id=1)
ANGGOTA = Member("Andi", "", "Staf", "anggota", id=2)


@pytest.fixture
def session(sample_session):
    return sample_session


def test_roles_delete_follows_status_and_role():
    assert roles.why_cannot_delete_service(None, "draf") is not None
    assert roles.why_cannot_delete_service(ANGGOTA, "draf") is None
    assert roles.why_cannot_delete_service(KETUA, "draf") is None
    assert "Hanya ketua" in roles.why_cannot_delete_service(ANGGOTA, "siap_dibahas")
    assert "Buka kembali" in roles.why_cannot_delete_service(KETUA, "siap_dibahas")


def test_roles_delete_an_anggota_cannot_delete_a_ready_standard(session):
    first = session.services()[0]
    session.set_actor(member(session, "ketua").id)
    session.set_status(first.id, "siap_dibahas")
    session.set_actor(member(session, "anggota").id)
    with pytest.raises(NotAllowed, match="siap dibahas"):
        session.delete_service(first.id)
    assert session.service(first.id).jenis_pelayanan == first.jenis_pelayanan
    assert session.trash_count() == 0


def test_roles_delete_the_ketua_reopens_then_deletes(session):
    first = session.services()[0]
    session.set_actor(member(session, "ketua").id)
    session.set_status(first.id, "siap_dibahas")
    with pytest.raises(NotAllowed, match="Buka kembali"):
        session.delete_service(first.id)
    session.set_status(first.id, "draf")
    session.delete_service(first.id)
    assert session.trash_count() == 1
