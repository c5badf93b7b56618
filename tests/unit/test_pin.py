import hmac
import json
import sqlite3
from pathlib import Path

import pytest
from session_helpers import member

from sp_desktop.domain import pin as pins
from sp_desktop.domain.model import Member
from sp_desktop.domain.roles import NotAllowed
from sp_desktop.services import identity
from sp_desktop.services.identity import PinRequired, WrongPin
from sp_desktop.services.session import open_project
from sp_desktop.storage import migrations as mig
from sp_desktop.storage.errors import DamagedContent

DATA = Path(__file__).parents[1] / "data"


@pytest.fixture
def session(sample_session):
    return sample_session


def give_ketua_a_pin(s, pin="2468"):
    ketua = member(s, "ketua")
    s.set_actor(ketua.id)
    identity.set_own_pin(s, pin)
    return ketua


def test_pin_hash_is_salted_pbkdf2_and_verified_in_constant_time(monkeypatch):
    first, second = pins.hash_pin("1234", iterations=1000), pins.hash_pin("1234", iterations=1000)
    assert first != second  # a salt of its own each time
    algorithm, rounds, salt, digest = first.split("$")
    assert (algorithm, rounds) == ("pbkdf2_sha256", "1000")
    assert (len(bytes.fromhex(salt)), len(bytes.fromhex(digest))) == (16, 32)
    assert "1234" not in first
    compared = []
    real = hmac.compare_digest
    monkeypatch.setattr(pins.hmac, "compare_digest", lambda a, b: compared.append(1) or real(a, b))
    assert pins.verify_pin("1234", first)
    assert not pins.verify_pin("1235", first)
    assert len(compared) == 2
    assert not pins.verify_pin("1234", None)
    assert not pins.verify_pin("1234", "rusak")


@pytest.mark.parametrize("bad", ["123", "123456789", "12a4", "١٢٣٤", ""])
def test_pin_form_is_four_to_eight_digits(bad):
    assert pins.why_pin_invalid(bad) is not None
    with pytest.raises(pins.PinError):
        pins.hash_pin(bad)
    assert pins.why_pin_invalid("0000") is None and pins.why_pin_invalid("12345678") is None


def test_pin_is_stored_only_as_a_hash_and_never_exported(session, tmp_path):
    ketua = give_ketua_a_pin(session, "97531")
    stored = session.repo.member_pin_hash(ketua.id)
    assert stored.startswith("pbkdf2_sha256$") and "97531" not in stored
    exported = json.dumps(session.export_document())
    assert "pin" not in exported.lower().replace("pinda", "")  # "Pindah" is a service word, not a PIN
    assert stored not in exported and "97531" not in exported
    session.save_copy(tmp_path / "salinan.spdb")
    raw = (tmp_path / "salinan.spdb").read_bytes()
    assert b"97531" not in raw


def test_pin_a_member_with_a_pin_is_chosen_only_with_it(session):
    ketua = give_ketua_a_pin(session)
    with pytest.raises(PinRequired):
        session.set_actor(ketua.id)
    with pytest.raises(WrongPin):
        session.set_actor(ketua.id, "1111")
    session.set_actor(ketua.id, "2468")
    assert session.actor.id == ketua.id
    session.set_actor(member(session, "anggota").id)  # no PIN: no question


def test_pin_ketua_only_actions_ask_for_the_ketua_pin(session):
    ketua = give_ketua_a_pin(session)
    first = session.services()[0]
    with pytest.raises(PinRequired, match="PIN ketua"):
        session.set_status(first.id, "siap_dibahas")
    with session.ketua_pin("0000"), pytest.raises(WrongPin):
        session.set_status(first.id, "siap_dibahas")
    assert session.service(first.id).status == "draf"
    with session.ketua_pin("2468"):
        session.set_status(first.id, "siap_dibahas")
    assert session.service(first.id).status == "siap_dibahas"
    with pytest.raises(PinRequired):  # the PIN counts for one action only
        session.set_status(first.id, "draf")
    sekretaris = member(session, "sekretaris")
    ketua.peran = "anggota"
    with pytest.raises(PinRequired):
        session.update_member(ketua)
    with pytest.raises(PinRequired):
        session.add_member(Member("Budi", "", "Staf", "ketua"))
    sekretaris.jabatan = "Kepala Bidang"  # an ordinary change of someone else needs no PIN
    session.update_member(sekretaris)
    with session.ketua_pin("2468"):
        session.update_member(ketua)
    assert member(session, "anggota").id in {m.id for m in session.members()}
    assert not any(m.peran == "ketua" for m in session.members())


def test_pin_a_member_sets_changes_and_removes_their_own(session):
    andi = member(session, "anggota")
    session.set_actor(andi.id)
    with pytest.raises(NotAllowed, match="angka"):
        identity.set_own_pin(session, "12")
    identity.set_own_pin(session, "1357")
    assert identity.has_pin(session, andi.id)
    with pytest.raises(PinRequired):
        identity.set_own_pin(session, "8642")
    with pytest.raises(WrongPin):
        identity.set_own_pin(session, "8642", current_pin="0000")
    identity.set_own_pin(session, "8642", current_pin="1357")
    session.set_actor(andi.id, "8642")
    identity.set_own_pin(session, None, current_pin="8642")
    assert not identity.has_pin(session, andi.id)
    assert identity.members_with_pin(session) == set()
    notes = [e.keterangan for e in session.audit(None)]
    assert any(n.startswith("PIN dihapus") for n in notes) and any(n.startswith("PIN diatur") for n in notes)
    assert not any("1357" in n or "8642" in n for n in notes)


def test_pin_an_older_file_gains_the_column(tmp_path, monkeypatch):
    path = tmp_path / "lama.spdb"
    monkeypatch.setattr(mig, "STEPS", [s for s in mig.STEPS if s[0] != "m004_member_pin"])
    open_project(path, create=True).close()
    monkeypatch.undo()
    s = open_project(path)
    try:
        columns = [r[1] for r in s.db.execute("PRAGMA table_info(anggota)")]
        assert "pin_hash" in columns
    finally:
        s.close()


def test_pin_content_check_knows_the_column(tmp_path):
    path = tmp_path / "p.spdb"
    open_project(path, create=True).close()
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE anggota DROP COLUMN pin_hash")
    conn.commit()
    conn.close()
    with pytest.raises(DamagedContent, match="pin_hash"):
        open_project(path)
