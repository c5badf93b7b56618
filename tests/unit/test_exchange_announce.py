"""What a receive and a resolved conflict tell the open pages (the session's listeners)."""

from __future__ import annotations

import pytest

from sp_desktop.services import exchange as ex
from sp_desktop.services.exchange_conflicts import EXCHANGED_PARTS
from tests.unit.exchange_kit import copy, edit, send, team_project


def _set_phone(session, phone):
    instansi = session.instansi()
    instansi.telepon = phone
    session.save_instansi(instansi)


@pytest.fixture
def profile_clash(tmp_path):
    ketua = team_project(tmp_path)
    andi = copy(ketua, tmp_path, "Andi")
    _set_phone(andi, "0548-111")
    _set_phone(ketua, "0548-222")
    heard = []
    ketua.add_listener(lambda what, _id: heard.append(what))
    send(andi, ketua, tmp_path)
    yield ketua, heard
    andi.close()
    ketua.close()


def test_a_receive_tells_every_part(profile_clash):
    _ketua, heard = profile_clash
    assert set(EXCHANGED_PARTS) <= set(heard)


def test_resolving_a_profile_conflict_tells_the_profile_page(profile_clash):
    ketua, heard = profile_clash
    (conflict,) = ex.open_conflicts(ketua)
    heard.clear()
    ex.resolve_conflict(ketua, conflict.id, "theirs")
    assert ketua.instansi().telepon == "0548-111"
    assert "instansi" in heard


def test_resolving_a_service_conflict_says_services_only(tmp_path):
    ketua = team_project(tmp_path)
    andi = copy(ketua, tmp_path, "Andi")
    edit(andi, "Akta Kelahiran", jumlah_pelaksana="3 orang")
    edit(ketua, "Akta Kelahiran", jumlah_pelaksana="4 orang")
    send(andi, ketua, tmp_path)
    heard = []
    ketua.add_listener(lambda what, _id: heard.append(what))
    (conflict,) = ex.open_conflicts(ketua)
    ex.resolve_conflict(ketua, conflict.id, "mine")
    assert heard == ["services"]
    andi.close()
    ketua.close()
