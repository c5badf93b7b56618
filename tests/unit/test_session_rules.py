import json
import sqlite3
from pathlib import Path

import pytest

from sp_desktop.domain.model import Durasi, Instansi, Kepala, LangkahProsedur, Member, Pengaturan, Persyaratan
from sp_desktop.domain.roles import NotAllowed
from sp_desktop.services.session import open_project
from sp_desktop.storage import errors

DATA = Path(__file__).parents[1] / "data"


@pytest.fixture
def session(tmp_path):
    s = open_project(tmp_path / "proyek.spdb", create=True, interactive=True)
    ketua = s.add_member(Member("Sri", "", "Sekretaris Dinas", "ketua"))
    s.set_actor(ketua.id)
    s.add_member(Member("Andi", "", "Staf", "anggota"))
    yield s
    s.close()


def andi(s):
    return next(m for m in s.members() if m.nama == "Andi")


def test_rules_service_names_are_unique_and_copies_numbered(session):
    a = session.add_service("Akta Kelahiran")
    with pytest.raises(NotAllowed, match="Sudah ada"):
        session.add_service("akta kelahiran ")
    b = session.add_service("Kartu Keluarga")
    with pytest.raises(NotAllowed, match="Sudah ada"):
        session.rename_service(b.id, "Akta Kelahiran")
    first = session.duplicate_service(a.id)
    second = session.duplicate_service(a.id)
    assert first.jenis_pelayanan == "Salinan dari Akta Kelahiran"
    assert second.jenis_pelayanan == "Salinan dari Akta Kelahiran (2)"


def test_rules_stored_values_survive_export_and_import(session, tmp_path):
    lay = session.add_service("Layanan")
    lay.prosedur = [LangkahProsedur("Langkah", "Petugas", Durasi(0, ""), 1000.0, 0, "")]
    lay.persyaratan = [Persyaratan("KTP", "awal")]
    session.save_service(lay, "prosedur", "x")
    stored = session.service(lay.id)
    assert stored.prosedur[0].durasi is None
    assert stored.prosedur[0].biaya_pengguna == 1000 and isinstance(stored.prosedur[0].biaya_pengguna, int)
    first = session.export_document()
    other = open_project(tmp_path / "lain.spdb", create=True)
    try:
        other.import_document(first)
        assert other.export_document() == first
    finally:
        other.close()


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda lay: setattr(lay, "klasifikasi", "lain"), "Klasifikasi"),
        (lambda lay: lay.persyaratan.append(Persyaratan("KTP", "")), "Tahap persyaratan 1"),
        (lambda lay: lay.prosedur.append(LangkahProsedur("x", "", Durasi(5, "minggu"))), "Satuan waktu langkah 1"),
        (lambda lay: lay.prosedur.append(LangkahProsedur("x", "", None, -5)), "tidak boleh negatif"),
        (lambda lay: lay.prosedur.append(LangkahProsedur("x", "", None, 2.5)), "bilangan bulat"),
    ],
)
def test_rules_invalid_service_values_are_refused(session, change, message):
    lay = session.add_service("Layanan")
    change(lay)
    with pytest.raises(NotAllowed, match=message):
        session.save_service(lay, "prosedur", "x")


def test_rules_nip_and_zone_are_checked(session):
    with pytest.raises(NotAllowed, match="18 angka"):
        session.add_member(Member("Budi", "1234", "Staf", "anggota"))
    with pytest.raises(NotAllowed, match="NIP kepala"):
        session.save_instansi(Instansi(kepala=Kepala(nip="19680101 200003 1 001")))
    with pytest.raises(NotAllowed, match="Zona waktu"):
        session.save_instansi(Instansi(zona_waktu="GMT"))


def test_rules_only_the_ketua_hands_over_the_role(session):
    sri = next(m for m in session.members() if m.nama == "Sri")
    session.set_actor(andi(session).id)
    me = andi(session)
    me.peran = "ketua"
    with pytest.raises(NotAllowed, match="Hanya ketua"):
        session.update_member(me)
    sri.peran = "anggota"
    with pytest.raises(NotAllowed, match="Hanya ketua"):
        session.update_member(sri)
    with pytest.raises(NotAllowed, match="Hanya ketua"):
        session.remove_member(sri.id)
    # The ketua steps down; then the team has no ketua and anyone may appoint one.
    session.set_actor(sri.id)
    session.update_member(sri)
    session.set_actor(andi(session).id)
    session.update_member(me)
    assert andi(session).peran == "ketua"


def test_rules_import_does_not_overwrite_a_frozen_service(tmp_path, monkeypatch):
    data = json.loads((DATA / "proyek_contoh.json").read_text(encoding="utf-8"))
    s = open_project(tmp_path / "p.spdb", create=True)
    try:
        s.import_document(data)
        ketua = next(m for m in s.members() if m.peran == "ketua")
        s.actor = ketua
        first = s.services()[0]
        s.set_status(first.id, "siap_dibahas")
        changed = json.loads(json.dumps(data))
        changed["layanan"][0]["produk"] = ["Produk yang lain"]
        with pytest.raises(NotAllowed, match="siap dibahas"):
            s.import_document(changed)
        assert s.service(first.id).produk == first.produk
    finally:
        s.close()


def test_rules_document_settings_and_decree_in_one_change(session):
    before = len(session.audit(None))
    session.save_document_settings(Pengaturan(kertas="a4"), "188/1/2018", "2018-11-30")
    assert session.pengaturan().kertas == "a4"
    assert session.penetapan() == {"nomor": "188/1/2018", "tanggal": "2018-11-30"}
    assert len(session.audit(None)) == before + 1
    with pytest.raises(NotAllowed, match="TTTT-BB-HH"):
        session.save_document_settings(Pengaturan(), "1", "2018-1-5")
    assert session.pengaturan().kertas == "a4"


def test_rules_save_copy_refuses_an_open_target_and_drops_a_stale_wal(session, tmp_path):
    target = tmp_path / "b.spdb"
    other = open_project(target, create=True)
    other.add_service("Hanya di B")
    try:
        with pytest.raises(errors.AlreadyOpen):
            session.save_copy(target)
    finally:
        other.close()
    # Never over another project, even a closed one.
    with pytest.raises(errors.ProjectError, match="proyek SP Desktop"):
        session.save_copy(target)
    target.unlink()
    Path(str(target) + "-wal").write_bytes(b"stale wal content that must not be replayed")
    session.add_service("Dari A")
    session.save_copy(target)
    assert not Path(str(target) + "-wal").exists()
    copy = open_project(target)
    try:
        assert [s.jenis_pelayanan for s in copy.services()] == ["Dari A"]
    finally:
        copy.close()


def test_rules_sqlite_failure_while_opening_is_reported_in_indonesian(tmp_path, monkeypatch):
    path = tmp_path / "p.spdb"
    open_project(path, create=True).close()
    import sp_desktop.storage.db as dbmod

    def broken(db):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(dbmod, "_configure", broken)
    with pytest.raises(errors.WriteFailed, match="tidak dapat disiapkan") as info:
        open_project(path)
    assert "disk I/O" not in str(info.value)
    monkeypatch.undo()
    open_project(path).close()  # the lock was released
