import pytest

from sp_desktop.domain.model import Member
from sp_desktop.services.session import open_project
from sp_desktop.storage import errors


@pytest.fixture
def session(tmp_path):
    s = open_project(tmp_path / "proyek.spdb", create=True, interactive=True)
    ketua = s.add_member(Member("Sri Wahyuni", "", "Sekretaris Dinas", "ketua"))
    s.set_actor(ketua.id)
    yield s
    s.close()


def reopen(s):
    path = s.path
    s.close()
    reopened = open_project(path, interactive=True)
    reopened.set_actor(reopened.members()[0].id)
    return reopened


def test_trash_restore_keeps_the_id_and_the_whole_history(session):
    akta = session.add_service("Akta Kelahiran")
    session.add_service("KTP")
    akta.produk = ["Kutipan akta"]
    session.save_service(akta, "produk", "Produk: Kutipan akta")
    history = [(e.aksi, e.keterangan) for e in session.audit(akta.id)]
    trash_id = session.delete_service(akta.id)
    s = reopen(session)
    try:
        restored = s.restore_service(trash_id)
        assert restored.id == akta.id
        assert restored.position == 0 and restored.produk == ["Kutipan akta"]
        after = [(e.aksi, e.keterangan) for e in s.audit(akta.id)]
        assert after[-len(history):] == history
        assert after[0][0] == "pulihkan" and after[1][0] == "hapus"
        assert [x.jenis_pelayanan for x in s.services()] == ["Akta Kelahiran", "KTP"]
    finally:
        s.close()


def test_trash_ids_are_never_reused_by_a_new_service(session):
    session.add_service("A")
    b = session.add_service("B")
    trash_id = session.delete_service(b.id)
    c = session.add_service("C")
    assert c.id != b.id
    assert session.restore_service(trash_id).id == b.id
    assert not session.audit(c.id)[0].keterangan.endswith("B")


def test_trash_emptied_on_request_names_what_goes_and_history_can_still_restore(session):
    a = session.add_service("Akta")
    b = session.add_service("KTP")
    session.delete_service(a.id)
    session.delete_service(b.id)
    assert session.empty_trash() == ["Akta", "KTP"]
    assert session.trash() == []
    s = reopen(session)
    try:
        history = s.deleted_history()
        assert [e.jenis_pelayanan for e in history] == ["KTP", "Akta"]
        assert all(e.from_audit for e in history)
        back = s.restore_from_history(history[1].id)
        assert back.id == a.id and back.jenis_pelayanan == "Akta"
        assert [e.jenis_pelayanan for e in s.deleted_history()] == ["KTP"]
        assert "Sampah dikosongkan: Akta; KTP" in [e.keterangan for e in s.audit(None)]
    finally:
        s.close()


def test_trash_restore_under_a_taken_name_gets_a_distinct_name(session):
    a = session.add_service("Akta")
    trash_id = session.delete_service(a.id)
    session.add_service("  AKTA ")
    back = session.restore_service(trash_id)
    assert back.jenis_pelayanan == "Akta (dipulihkan)"


def test_trash_entry_restored_twice_is_refused(session):
    a = session.add_service("Akta")
    trash_id = session.delete_service(a.id)
    session.restore_service(trash_id)
    with pytest.raises(errors.ProjectError, match="tidak ada di sampah"):
        session.restore_service(trash_id)


def test_names_differing_only_by_case_or_spaces_are_one_name(session):
    session.add_service("Akta Kelahiran")
    for variant in ("akta kelahiran", "  Akta   Kelahiran ", "AKTA KELAHIRAN"):
        with pytest.raises(Exception, match="Sudah ada"):
            session.add_service(variant)
    other = session.add_service("KTP")
    with pytest.raises(Exception, match="Sudah ada"):
        session.rename_service(other.id, " akta kelahiran")


def test_moves_and_duplicates_keep_a_dense_order(session):
    ids = [session.add_service(f"L{i}").id for i in range(6)]
    session.move_service(ids[0], 4)
    session.move_service(ids[5], 0)
    copy = session.duplicate_service(ids[2])
    session.delete_service(ids[3])
    names = [s.jenis_pelayanan for s in session.summaries()]
    assert names == ["L5", "L1", "L2", "Salinan dari L2", "L4", "L0"]
    assert [s.position for s in session.summaries()] == list(range(6))
    assert copy.jenis_pelayanan == "Salinan dari L2"


def test_trash_damaged_copy_in_the_audit_trail_is_named_as_damage_not_as_a_failed_save(session):
    a = session.add_service("Akta")
    session.delete_service(a.id)
    session.empty_trash()
    (entry,) = session.deleted_history()
    session.db.execute("UPDATE riwayat SET snapshot = CAST(x'7bff' AS TEXT) WHERE id = ?", [entry.id])
    with pytest.raises(errors.DamagedContent, match="salinan layanan yang dihapus"):
        session.restore_from_history(entry.id)
    assert session.summaries() == []
