import pytest

from sp_desktop.domain.model import Biaya, Durasi, Instansi, Kepala, LangkahProsedur, Member, Persyaratan
from sp_desktop.domain.roles import NotAllowed
from sp_desktop.services.session import open_project
from sp_desktop.storage import errors

ODD = 'Tarif & <b>biaya</b> "resmi" \'sah\' 😀 ' + "panjang " * 800


@pytest.fixture
def session(tmp_path):
    s = open_project(tmp_path / "proyek.spdb", create=True, interactive=True)
    ketua = s.add_member(Member("Sri Wahyuni", "196801012000032001", "Sekretaris Dinas", "ketua"))
    s.set_actor(ketua.id)
    s.add_member(Member("Andi", "", "Kepala Bidang", "sekretaris"))
    yield s
    s.close()


def small_png() -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (40, 40), "navy").save(out, "PNG")
    return out.getvalue()


def reopen(s):
    path = s.path
    s.close()
    return open_project(path, interactive=True)


def test_session_writes_need_an_actor(tmp_path):
    s = open_project(tmp_path / "p.spdb", create=True, interactive=True)
    try:
        s.add_member(Member("Pertama", "", "Kepala", "ketua"))  # the first member needs nobody
        with pytest.raises(NotAllowed, match="Pilih dulu siapa Anda"):
            s.add_service("Layanan")
    finally:
        s.close()


def test_session_full_service_survives_reopen_with_odd_text(session):
    lay = session.add_service("Penerbitan Akta Kelahiran")
    lay.dasar_hukum = [ODD, "UU 25/2009"]
    lay.persyaratan = [Persyaratan("KTP & KK", "awal"), Persyaratan("Formulir", "bertahap")]
    lay.prosedur = [LangkahProsedur("Serahkan berkas", "Pemohon", Durasi(10, "menit"), 0, 500, "Berkas")]
    lay.biaya = Biaya(0, "Tidak dipungut biaya", "Perda 1/2020", 2500)
    lay.jumlah_pelaksana = "8 orang"
    lay.pengaduan.petugas.nama = "Rina"
    session.save_service(lay, "dasar_hukum", "diubah")
    s2 = reopen(session)
    try:
        stored = s2.service(lay.id)
        assert stored.dasar_hukum == [ODD, "UU 25/2009"]
        assert stored.persyaratan[1] == Persyaratan("Formulir", "bertahap")
        assert stored.prosedur[0].durasi == Durasi(10, "menit")
        assert stored.prosedur[0].biaya_unit == 500
        assert stored.biaya == Biaya(0, "Tidak dipungut biaya", "Perda 1/2020", 2500)
        assert stored.pengaduan.petugas.nama == "Rina"
        assert stored.waktu_penyelesaian is None
    finally:
        s2.close()


def test_session_second_ketua_is_refused(session):
    with pytest.raises(NotAllowed, match="sudah memiliki ketua"):
        session.add_member(Member("Joko", "", "Staf", "ketua"))
    andi = next(m for m in session.members() if m.nama == "Andi")
    andi.peran = "ketua"
    with pytest.raises(NotAllowed, match="sudah memiliki ketua"):
        session.update_member(andi)


def test_session_only_ketua_marks_ready(session):
    lay = session.add_service("Layanan")
    andi = next(m for m in session.members() if m.nama == "Andi")
    session.set_actor(andi.id)
    reason = session.why_cannot_change_status(lay.id, "siap_dibahas")
    assert "Hanya ketua" in reason
    with pytest.raises(NotAllowed, match="Hanya ketua"):
        session.set_status(lay.id, "siap_dibahas")


def test_session_blocking_findings_prevent_ready(session):
    lay = session.add_service("Layanan kosong")
    reason = session.why_cannot_change_status(lay.id, "siap_dibahas")
    assert reason and "menghalangi" in reason
    with pytest.raises(NotAllowed):
        session.set_status(lay.id, "siap_dibahas")
    assert "sudah berstatus" in session.why_cannot_change_status(lay.id, "draf")


def test_session_set_status_follows_the_adoption_gate(session):
    # The Tinjauan buttons go through set_status: no skipping a step, no reopening an adopted standard.
    lay = session.add_service("Layanan kosong")
    session.repo.db.execute("UPDATE layanan SET status = 'ditetapkan' WHERE id = ?", [lay.id])
    with pytest.raises(NotAllowed, match="revisi"):
        session.set_status(lay.id, "draf")
    session.repo.db.execute("UPDATE layanan SET status = 'draf' WHERE id = ?", [lay.id])
    with pytest.raises(NotAllowed):
        session.set_status(lay.id, "siap_ditetapkan")


def test_session_duplicate_delete_restore_and_order(session):
    a = session.add_service("A")
    b = session.add_service("B")
    a.produk = ["Akta"]
    session.save_service(a, "produk", "x")
    dup = session.duplicate_service(a.id)
    assert [s.jenis_pelayanan for s in session.services()] == ["A", "Salinan dari A", "B"]
    assert session.service(dup.id).produk == ["Akta"]
    trash_id = session.delete_service(a.id)
    assert [s.jenis_pelayanan for s in session.services()] == ["Salinan dari A", "B"]
    assert session.trash()[0].jenis_pelayanan == "A"
    restored = session.restore_service(trash_id)
    assert restored.produk == ["Akta"]
    assert [s.jenis_pelayanan for s in session.services()] == ["A", "Salinan dari A", "B"]
    session.move_service(b.id, 0)
    assert [s.jenis_pelayanan for s in session.services()] == ["B", "A", "Salinan dari A"]
    assert [s.jenis_pelayanan for s in session.search_services("salinan")] == ["Salinan dari A"]


def test_session_trash_survives_closing_the_project(session):
    a = session.add_service("A")
    session.delete_service(a.id)
    s2 = reopen(session)
    try:
        assert [e.jenis_pelayanan for e in s2.trash()] == ["A"]
        assert any("dihapus" in e.keterangan for e in s2.audit(a.id))
    finally:
        s2.close()


def test_session_audit_records_actor_and_merges_typing(session):
    lay = session.add_service("A")
    for text in ("K", "KT", "KTP"):
        lay.produk = [text]
        session.save_service(lay, "produk", f"Produk: {text}")
    entries = session.audit(lay.id)
    assert entries[0].komponen == "produk"
    assert entries[0].keterangan == "Produk: KTP"
    assert entries[0].pelaku == "Sri Wahyuni"
    assert len([e for e in entries if e.komponen == "produk"]) == 1


def test_session_ready_service_is_frozen_until_reopened(session, monkeypatch):
    lay = session.add_service("A")
    monkeypatch.setattr("sp_desktop.services.session.check_layanan", lambda layanan: [])
    session.set_status(lay.id, "siap_dibahas")
    lay.produk = ["X"]
    with pytest.raises(NotAllowed, match="siap dibahas"):
        session.save_service(lay, "produk", "x")
    session.set_status(lay.id, "draf")
    session.save_service(lay, "produk", "x")
    assert session.service(lay.id).produk == ["X"]


def test_session_instansi_logo_and_listeners(session):
    seen = []
    session.add_listener(lambda what, sid: seen.append(what))
    inst = Instansi(nama="Dinas Kependudukan", kota="Bontang", zona_waktu="WITA",
                    kepala=Kepala("Drs. X", "196801012000031001", "Pembina", "IV/a", "Kepala Dinas"))
    session.save_instansi(inst)
    assert session.instansi() == inst
    session.set_logo(small_png())
    assert session.logo().mime == "image/png"
    with pytest.raises(errors.ProjectError, match="PNG atau JPG"):
        session.set_logo(b"GIF89a....")
    assert seen == ["instansi", "logo"]
    assert session.last_saved is not None


def test_session_import_then_export_round_trips(tmp_path):
    import json
    from pathlib import Path

    data = json.loads((Path(__file__).parents[1] / "data" / "proyek_contoh.json").read_text(encoding="utf-8"))
    s = open_project(tmp_path / "a.spdb", create=True)
    try:
        s.import_document(data)
        first = s.export_document()
    finally:
        s.close()
    s = open_project(tmp_path / "b.spdb", create=True)
    try:
        s.import_document(first)
        assert s.export_document() == first
    finally:
        s.close()


def test_session_penetapan_is_stored_validated_and_exported(session):
    assert session.penetapan() is None
    session.save_penetapan("188.4/55/DKPS/2018", "2018-11-30")
    assert session.penetapan() == {"nomor": "188.4/55/DKPS/2018", "tanggal": "2018-11-30"}
    assert session.export_document()["penetapan"] == {"nomor": "188.4/55/DKPS/2018", "tanggal": "2018-11-30"}
    with pytest.raises(NotAllowed, match="tidak valid"):
        session.save_penetapan("1", "30-11-2018")
    with pytest.raises(NotAllowed, match="tanggal"):
        session.save_penetapan("1", "")
    session.save_penetapan("", "")
    assert session.penetapan() is None


def test_session_audit_names_the_command_line_and_the_first_member(tmp_path):
    cli = open_project(tmp_path / "cli.spdb", create=True)
    try:
        lay = cli.add_service("Layanan")
        assert cli.audit(lay.id)[0].pelaku == "baris perintah"
    finally:
        cli.close()
    gui = open_project(tmp_path / "gui.spdb", create=True, interactive=True)
    try:
        gui.add_member(Member("Pertama", "", "Kepala", "ketua"))
        assert gui.audit(None)[0].pelaku == "anggota pertama"
    finally:
        gui.close()
