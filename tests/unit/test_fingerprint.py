"""The fingerprint of an adopted version: short, readable, and the same after export-json and import."""

import json

import pytest
from revision_helpers import adopt, service_named
from session_helpers import member

from sp_desktop.domain import fingerprint as fp
from sp_desktop.domain import sp_json
from sp_desktop.domain.enums import StatusLayanan
from sp_desktop.services.session import open_project

AKTA = "Penerbitan Akta Kelahiran"


def test_the_code_is_twelve_hex_digits_in_three_groups_and_follows_the_content(sample_session):
    lay = service_named(sample_session, AKTA)
    code = fp.fingerprint(lay)
    groups = code.split("-")
    assert [len(g) for g in groups] == [4, 4, 4] and all(c in "0123456789ABCDEF" for c in "".join(groups))
    same = lay.copy()
    same.id, same.position, same.status, same.versi = 99, 7, StatusLayanan.DITETAPKAN.value, 3
    assert fp.fingerprint(same) == code  # storage id, order, status and number are not content
    same.produk = [*same.produk, "Salinan digital"]
    assert fp.fingerprint(same) != code
    assert fp.normalize(" 3f2a-91c0 7d4e ") == "3F2A91C07D4E"


def _revised_project(session):
    """Akta adopted as versi 1, revised and changed (versi 2 draft); KK adopted once."""
    session.set_actor(member(session, "ketua").id)
    akta = service_named(session, AKTA)
    first = adopt(session, akta.id)
    revised = session.start_revision(akta.id)
    revised.jumlah_pelaksana = "6 orang"
    session.save_service(revised, "jumlah_pelaksana", "Jumlah pelaksana diubah")
    kk = service_named(session, "Penerbitan Kartu Keluarga")
    second = adopt(session, kk.id, "188.4/56/DKPS/2018", "2018-12-01")
    return first, second


def test_history_travels_through_export_json_and_import_with_the_same_fingerprints(sample_session, tmp_path):
    first, second = _revised_project(sample_session)
    exported = sample_session.export_document()
    akta = next(item for item in exported["layanan"] if item["jenis_pelayanan"] == AKTA)
    assert (akta["status"], akta["versi"]) == ("draf", 2)
    [entry] = akta["riwayat_versi"]
    assert (entry["versi"], entry["sidik"], entry["nomor_sk"], entry["tanggal_sk"]) == (
        1, first, "188.4/55/DKPS/2018", "2018-11-30")
    assert entry["isi"]["jenis_pelayanan"] == AKTA

    other = open_project(tmp_path / "pindahan.spdb", create=True)
    try:
        other.import_document(json.loads(json.dumps(exported)))
        moved = service_named(other, AKTA)
        assert (moved.status, moved.versi) == ("draf", 2)
        [info] = other.versions(moved.id)
        assert info.sidik == first and info.nomor_sk == "188.4/55/DKPS/2018"
        assert fp.fingerprint(other.version_content(moved.id, 1)) == first
        kk = service_named(other, "Penerbitan Kartu Keluarga")
        assert kk.status == StatusLayanan.DITETAPKAN.value
        assert fp.fingerprint(kk) == second
        assert [m.jenis_pelayanan for m in other.find_version(first)] == [AKTA]
        again = other.export_document()
    finally:
        other.close()
    assert json.dumps(again, ensure_ascii=False) == json.dumps(exported, ensure_ascii=False)


def test_a_version_whose_content_was_changed_in_the_file_is_refused(sample_session):
    _revised_project(sample_session)
    exported = sample_session.export_document()
    akta = next(item for item in exported["layanan"] if item["jenis_pelayanan"] == AKTA)
    akta["riwayat_versi"][0]["isi"]["produk"].append("Tambahan diam-diam")
    with pytest.raises(sp_json.SpJsonError, match=r"riwayat_versi\[0\]\.sidik.*tidak cocok"):
        sp_json.project_from_dict(exported)


@pytest.mark.parametrize("key, value", [
    ("riwayat_penetapan", [{"nomor": "188.4/10/DKPS/2016", "tanggal": "2016-03-01", "catatan": "dicabut"}]),
    ("sk_tim", {"nomor": "800/12/DKPS/2018", "tanggal": "2018-08-01"}),
    ("evaluasi_sk", {"nomor_surat": "061/77", "tanggal_kirim": "2018-11-26", "hasil": "disetujui"}),
    ("penerapan", [{"id": "a1", "tanggal": "2019-01-10", "kegiatan": "sosialisasi"}]),
    ("kepala_daerah", {"nama": "Basri Rase", "jabatan": "Wali Kota Bontang"}),
])
def test_the_projects_history_keys_are_kept_verbatim(key, value):
    from pathlib import Path

    data = json.loads((Path(__file__).parents[1] / "data" / "proyek_contoh.json").read_text(encoding="utf-8"))
    data[key] = value
    project = sp_json.project_from_dict(data)
    assert project.extra[key] == value
    assert sp_json.project_to_dict(project) == data


def test_a_history_key_of_the_wrong_shape_is_refused():
    from pathlib import Path

    data = json.loads((Path(__file__).parents[1] / "data" / "proyek_contoh.json").read_text(encoding="utf-8"))
    data["riwayat_penetapan"] = {"nomor": "x"}
    with pytest.raises(sp_json.SpJsonError, match="riwayat_penetapan"):
        sp_json.project_from_dict(data)
    data["riwayat_penetapan"] = [{"nomor": "x", "tanggal": "30-11-2018"}]
    with pytest.raises(sp_json.SpJsonError, match=r"riwayat_penetapan\[0\]\.tanggal"):
        sp_json.project_from_dict(data)
