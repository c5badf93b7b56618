"""The session's Word import and the notes on a service (services/word_import.py)."""

import sqlite3
from dataclasses import dataclass, field

import pytest

from sp_desktop.domain.model import Biaya, Durasi, LangkahProsedur, Layanan, Persyaratan
from sp_desktop.domain.names import suffixed_name
from sp_desktop.domain.roles import NotAllowed
from sp_desktop.services.word_import import IMPORT_SUFFIX, item_count
from sp_desktop.storage import errors
from tests.unit.session_helpers import member


@dataclass
class Built:
    """The shape of domain.word_build.BuiltService the session reads: the service and its notes."""

    layanan: Layanan
    notes: list[tuple[str, str]] = field(default_factory=list)
    previews: list = field(default_factory=list)


def _built(name="Izin Reklame", notes=(("Keterangan tambahan", "Berlaku 1 tahun"),), **fields):
    lay = Layanan(jenis_pelayanan=name, persyaratan=[Persyaratan("Fotokopi KTP")],
                  biaya=Biaya(0, "Gratis"), **fields)
    return Built(lay, list(notes))


@pytest.fixture
def s(sample_session):
    sample_session.set_actor(member(sample_session, "anggota").id)
    return sample_session


def test_import_word_adds_drafts_with_audit_and_notes(s):
    before = s.service_count()
    built = _built(notes=[("Keterangan tambahan", "Berlaku 1 tahun"), ("Lokasi", "Loket 3")])
    ids = s.import_word([(built, "Izin Reklame Tetap")], "standar_lama.docx")
    assert len(ids) == 1 and s.service_count() == before + 1
    lay = s.service(ids[0])
    assert lay.jenis_pelayanan == "Izin Reklame Tetap"
    assert lay.status == "draf" and lay.versi == 1
    assert [p.uraian for p in lay.persyaratan] == ["Fotokopi KTP"]
    assert lay.position == before  # appended at the end of the list
    audit = s.audit(ids[0])
    assert [(a.aksi, a.keterangan) for a in audit] == [("impor", "Diimpor dari berkas standar_lama.docx")]
    assert audit[0].pelaku == s.actor.nama
    notes = s.service_notes(ids[0])
    assert [(n.jenis, n.komponen, n.judul, n.teks, n.sumber, n.pelaku) for n in notes] == [
        ("impor", "", "Keterangan tambahan", "Berlaku 1 tahun", "standar_lama.docx", s.actor.nama),
        ("impor", "", "Lokasi", "Loket 3", "standar_lama.docx", s.actor.nama),
    ]
    assert s.note_counts() == {ids[0]: 2}
    # The caller's object is not changed (the preview may build again).
    assert built.layanan.jenis_pelayanan == "Izin Reklame" and built.layanan.id == 0


def test_import_word_several_in_order_and_status_forced_to_draft(s):
    adopted = _built("Izin Gangguan", notes=[], status="ditetapkan", versi=4)
    ids = s.import_word([(_built("Izin A"), "Izin A"), (adopted, "Izin Gangguan")], "x.docx")
    assert [s.service(i).jenis_pelayanan for i in ids] == ["Izin A", "Izin Gangguan"]
    assert [(s.service(i).status, s.service(i).versi) for i in ids] == [("draf", 1), ("draf", 1)]
    assert s.service_notes(ids[1]) == []


def test_name_taken_gets_impor_suffix_also_within_one_import(s):
    existing = s.summaries()[0].jenis_pelayanan
    ids = s.import_word([(_built(), existing), (_built(), existing.upper()), (_built(), "  Izin   Baru ")], "a.docx")
    names = [s.service(i).jenis_pelayanan for i in ids]
    assert names == [f"{existing} (impor)", f"{existing.upper()} (impor 2)", "Izin Baru"]


def test_imported_name_rule():
    assert suffixed_name("A", set(), IMPORT_SUFFIX) == "A"
    assert suffixed_name("A", {"a"}, IMPORT_SUFFIX) == "A (impor)"
    assert suffixed_name("A", {"a", "a (impor)", "a (impor 2)"}, IMPORT_SUFFIX) == "A (impor 3)"


def test_empty_name_is_refused_and_nothing_written(s):
    before = (s.service_count(), len(s.repo.notes()))
    with pytest.raises(NotAllowed, match="wajib diisi"):
        s.import_word([(_built(), "Izin A"), (_built(name=""), "   ")], "a.docx")
    assert (s.service_count(), len(s.repo.notes())) == before


def test_invalid_service_refused_before_any_write(s):
    before = (s.service_count(), len(s.audit(None)), len(s.repo.notes()))
    bad = _built("Izin B", klasifikasi="entah")
    with pytest.raises(NotAllowed):
        s.import_word([(_built("Izin A"), "Izin A"), (bad, "Izin B")], "a.docx")
    assert (s.service_count(), len(s.audit(None)), len(s.repo.notes())) == before
    assert "Izin A" not in [x.jenis_pelayanan for x in s.summaries()]


def test_failure_in_the_middle_writes_nothing(s, monkeypatch):
    before_ids = [x.id for x in s.summaries()]
    audit_count = s.repo.db.scalar("SELECT COUNT(*) FROM riwayat")
    calls = {"n": 0}
    real = s.repo.add_note

    def failing(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 3:
            raise sqlite3.OperationalError("disk I/O error")
        return real(*args, **kwargs)

    monkeypatch.setattr(s.repo, "add_note", failing)
    builds = [(_built("Izin A", notes=[("a", "1"), ("b", "2")]), "Izin A"), (_built("Izin B"), "Izin B")]
    with pytest.raises(errors.WriteFailed):
        s.import_word(builds, "a.docx")
    assert [x.id for x in s.summaries()] == before_ids
    assert s.repo.notes() == []
    assert s.repo.db.scalar("SELECT COUNT(*) FROM riwayat") == audit_count


@pytest.mark.parametrize("peran", ["ketua", "sekretaris", "anggota"])
def test_every_role_may_import(sample_session, peran):
    sample_session.set_actor(member(sample_session, peran).id)
    ids = sample_session.import_word([(_built(), "Izin Reklame")], "a.docx")
    assert sample_session.service(ids[0]).status == "draf"


def test_without_a_member_chosen_nothing_is_written(sample_session):
    before = sample_session.service_count()
    with pytest.raises(NotAllowed, match="Pilih dulu"):
        sample_session.import_word([(_built(), "Izin Reklame")], "a.docx")
    assert sample_session.service_count() == before


def test_listeners_hear_the_import_and_note_changes(s):
    heard = []
    s.add_listener(lambda what, sid: heard.append((what, sid)))
    (sid,) = s.import_word([(_built(), "Izin Reklame")], "a.docx")
    assert heard == [("services", None)]
    note = s.service_notes(sid)[0]
    s.set_note_done(note.id, True)
    s.delete_note(note.id)
    assert heard[1:] == [("notes", sid), ("notes", sid)]


def test_nothing_to_import_writes_nothing(s):
    heard = []
    s.add_listener(lambda what, sid: heard.append(what))
    audit_count = s.repo.db.scalar("SELECT COUNT(*) FROM riwayat")
    assert s.import_word([], "a.docx") == []
    assert heard == [] and s.repo.db.scalar("SELECT COUNT(*) FROM riwayat") == audit_count


def test_notes_done_reopen_delete_are_audited(s):
    (sid,) = s.import_word([(_built(notes=[("Lokasi", "Loket 3"), ("Jam", "08.00")]), "Izin Reklame")], "a.docx")
    first, second = s.service_notes(sid)
    s.set_note_done(first.id, True)
    assert s.service_notes(sid)[0].selesai is not None
    assert s.note_counts() == {sid: 1}
    s.set_note_done(first.id, False)
    assert s.service_notes(sid)[0].selesai is None and s.note_counts() == {sid: 2}
    s.delete_note(second.id)
    assert [n.id for n in s.service_notes(sid)] == [first.id]
    lines = [(a.aksi, a.komponen, a.keterangan) for a in reversed(s.audit(sid)) if a.komponen == "catatan"]
    assert lines == [
        ("ubah", "catatan", "Catatan “Lokasi” ditandai selesai"),
        ("ubah", "catatan", "Catatan “Lokasi” dibuka lagi"),
        ("hapus", "catatan", "Catatan dihapus: Jam: 08.00"),
    ]


def test_missing_note_is_a_clear_error(s):
    with pytest.raises(errors.ProjectError, match="Catatan itu sudah tidak ada"):
        s.set_note_done(9999, True)
    with pytest.raises(errors.ProjectError, match="Catatan itu sudah tidak ada"):
        s.delete_note(9999)


def test_notes_go_to_the_trash_with_their_service_and_come_back(s):
    (sid,) = s.import_word([(_built(), "Izin Reklame")], "a.docx")
    s.set_actor(member(s, "ketua").id)
    trash_id = s.delete_service(sid)
    assert sid not in s.note_counts()
    restored = s.restore_service(trash_id)
    assert restored.id == sid
    assert [n.judul for n in s.service_notes(sid)] == ["Keterangan tambahan"]
    assert s.note_counts() == {sid: 1}


def test_item_count_per_component():
    from sp_desktop.domain.model import PetugasPengaduan, SaluranPengaduan

    lay = Layanan(persyaratan=[Persyaratan("a"), Persyaratan("b")], waktu_penyelesaian="3 hari kerja",
                  jumlah_pelaksana=" ", biaya=Biaya(0, "Gratis"))
    lay.pengaduan.saluran = [SaluranPengaduan("telepon", "0725 41234"), SaluranPengaduan("email", "a@b.id")]
    assert item_count(lay, "persyaratan") == 2
    assert item_count(lay, "waktu_penyelesaian") == 1
    assert item_count(lay, "jumlah_pelaksana") == 0
    assert item_count(lay, "biaya") == 1
    assert item_count(lay, "produk") == 0
    assert item_count(lay, "pengaduan") == 2
    lay.pengaduan.petugas = PetugasPengaduan(nama="Sari")
    assert item_count(lay, "pengaduan") == 3
    # Time and fee as published: derived from the steps when not stated.
    assert item_count(Layanan(), "waktu_penyelesaian") == 0
    assert item_count(Layanan(), "biaya") == 1  # "Tidak dipungut biaya"
    stepped = Layanan(prosedur=[LangkahProsedur("Verifikasi", durasi=Durasi(15, "menit"))])
    assert item_count(stepped, "waktu_penyelesaian") == 1
