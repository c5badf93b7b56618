"""The publication record: the domain's round trip and labels, the services' writes, evidence and audit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sp_desktop.domain import publikasi
from sp_desktop.domain.publikasi import MediaPublikasi, Publikasi, from_dict, to_dict
from sp_desktop.domain.roles import NotAllowed
from sp_desktop.services import publikasi as svc
from sp_desktop.services.session import open_project

DATA = Path(__file__).resolve().parents[1] / "data"
AKTA = "Penerbitan Akta Kelahiran"


def test_publikasi_round_trip_keeps_unknown_keys():
    data = {"id": "p1", "media": "website", "objek": "maklumat", "layanan": [AKTA], "alamat": "https://dukcapil.go.id",
            "sejak": "2025-01-02", "keterangan": "", "tangkapan": {"x": 1}}
    p = from_dict(data)
    assert p.lain == {"tangkapan": {"x": 1}} and p.covers(AKTA) and not p.covers("Lain")
    assert to_dict(p) == data
    assert from_dict({"media": 3, "layanan": "x"}) == Publikasi()


def test_publikasi_labels_are_indonesian_for_every_media():
    assert [m.value for m in MediaPublikasi] == ["website", "media_sosial", "papan_informasi", "sippn", "media_cetak",
                                                 "media_elektronik", "aplikasi", "banner"]
    assert publikasi.media_label("papan_informasi") == "Papan informasi"
    assert publikasi.objek_label("skm") == "Hasil Survei Kepuasan Masyarakat"
    assert publikasi.describe(Publikasi(media="sippn", objek="standar")) == "Standar Pelayanan di SIPPN"


def test_publikasi_extra_survives_sp_json_export_and_import(tmp_path):
    record = {"id": "p1", "media": "banner", "objek": "standar", "layanan": [], "alamat": "", "sejak": "",
              "keterangan": "Di ruang tunggu", "milik_lain": [1, 2]}
    doc = json.loads((DATA / "proyek_contoh.json").read_text(encoding="utf-8"))
    doc["publikasi"] = [record]
    doc["sippn_kolom"] = {"kolom": [{"bidang": "jenis_pelayanan", "judul": "Nama", "aktif": True}], "versi": 2}
    s = open_project(tmp_path / "a.spdb", create=True)
    try:
        s.import_document(doc)
        assert s.load_project().extra["publikasi"] == [record]
        exported = s.export_document()
        assert exported["publikasi"] == [record] and exported["sippn_kolom"]["versi"] == 2
    finally:
        s.close()


@pytest.fixture
def session(tmp_path):
    s = open_project(tmp_path / "publikasi.spdb", create=True)
    s.import_document(json.loads((DATA / "proyek_contoh.json").read_text(encoding="utf-8")))
    yield s
    s.close()


def test_publikasi_session_adds_updates_and_deletes_with_audit(session):
    p = svc.add_record(session, Publikasi(media="website", objek="standar", alamat="https://dukcapil.example.go.id"))
    assert p.id and [x.id for x in svc.records(session)] == [p.id]
    p.sejak = "2025-03-01"
    svc.update_record(session, p)
    assert svc.record(session, p.id).sejak == "2025-03-01"
    assert session.load_project().extra["publikasi"][0]["sejak"] == "2025-03-01"
    svc.delete_record(session, p.id)
    assert svc.records(session) == []
    trail = [(e.aksi, e.komponen, e.keterangan) for e in session.audit(None)]
    assert ("tambah", "publikasi", "Publikasi dicatat: Standar Pelayanan di Situs web (laman)") in trail
    assert ("ubah", "publikasi", "Publikasi diubah: Standar Pelayanan di Situs web (laman)") in trail
    assert ("hapus", "publikasi", "Publikasi dihapus: Standar Pelayanan di Situs web (laman)") in trail


@pytest.mark.parametrize(("changes", "message"), [
    ({"media": "koran"}, "Media publikasi"),
    ({"objek": "sop"}, "Yang dipublikasikan"),
    ({"sejak": "2025-02-30"}, "Tanggal mulai"),
    ({"alamat": "dukcapil.go.id"}, "https://"),
    ({"keterangan": "x" * 100_001}, "Keterangan"),
])
def test_publikasi_session_refuses_invalid_records(session, changes, message):
    with pytest.raises(NotAllowed, match=message):
        svc.add_record(session, Publikasi(**changes))
    assert svc.records(session) == []


def test_publikasi_session_keeps_evidence_under_the_record(session):
    events = []
    session.add_listener(lambda what, _id: events.append(what))
    p = svc.add_record(session, Publikasi(media="papan_informasi"))
    file_id = svc.attach_evidence(session, p.id, "papan.jpg", b"\xff\xd8foto")
    assert [(f.nama, f.mime, f.pemilik) for f in svc.evidence(session, p.id)] == [
        ("papan.jpg", "image/jpeg", f"publikasi:{p.id}")]
    assert svc.evidence_data(session, file_id) == b"\xff\xd8foto"
    with pytest.raises(NotAllowed, match="kosong"):
        svc.attach_evidence(session, p.id, "kosong.png", b"")
    svc.remove_evidence(session, file_id)
    assert svc.evidence(session, p.id) == []
    again = svc.attach_evidence(session, p.id, "layar.png", b"\x89PNG")
    svc.delete_record(session, p.id)
    assert session.repo.attachment(again) is None
    assert set(events) == {"publikasi"}


def test_publikasi_session_refuses_writes_without_a_member(tmp_path, sample_session):
    with pytest.raises(NotAllowed):
        svc.add_record(sample_session, Publikasi())
    assert svc.records(sample_session) == []
