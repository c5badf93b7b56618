"""The SP JSON keys survei and pengaduan_masuk: validated with the place named, stored in tables, round trip."""

import copy
import json
from pathlib import Path

import pytest

from sp_desktop.domain.limits import MAX_LIST_ITEMS, MAX_TEXT_CHARS
from sp_desktop.domain.sp_json import SpJsonError
from sp_desktop.services import transfer, transfer_monitoring
from sp_desktop.services.session import open_project

DATA = Path(__file__).parents[1] / "data"
AKTA = "Penerbitan Akta Kelahiran"

# The example of sp-json.md "Monitoring".
MONITORING = {
    "survei": [{
        "periode": "Semester II 2018", "mulai": "2018-07-01", "selesai": "2018-12-31", "layanan": [AKTA],
        "populasi": 1200,
        "responden": [{"layanan": AKTA, "tanggal": "2018-08-01", "jam": "09:30", "jenis_kelamin": "P", "usia": 34,
                       "pendidikan": "SMA", "pekerjaan": "swasta", "nilai": [4, 3, 3, 4, 4, 3, 3, 3, 4],
                       "saran": "…"}],
        "tindak_lanjut": [{"unsur": 3, "rencana": "Menambah petugas verifikasi pada jam sibuk",
                           "penanggung_jawab": "Kepala Bidang …", "target": "2019-03-31", "selesai": "2019-02-15"}],
    }],
    "pengaduan_masuk": [{"tanggal": "2018-09-03", "saluran": "sp4n_lapor", "layanan": AKTA,
                         "komponen": "waktu_penyelesaian", "ringkasan": "…", "status": "selesai",
                         "tindak_lanjut": "…", "tanggal_selesai": "2018-09-10"}],
}


def document(**changes):
    data = json.loads((DATA / "proyek_contoh.json").read_text(encoding="utf-8"))
    data.update(copy.deepcopy(MONITORING))
    data.update(changes)
    return data


def export_all(s):
    # What session.export_document writes once it passes the monitoring keys (see the report of issue 9).
    return transfer.export_document(s.load_project(), None, transfer.version_history(s.repo),
                                    transfer_monitoring.monitoring_of(s.repo))


@pytest.fixture
def new_session(tmp_path):
    opened = []

    def make(name="p.spdb"):
        s = open_project(tmp_path / name, create=True)
        opened.append(s)
        return s

    yield make
    for s in opened:
        s.close()


def test_import_writes_the_tables(new_session):
    s = new_session()
    s.import_document(document())
    [info] = s.surveys()
    assert (info.periode, info.populasi, info.jumlah_responden) == ("Semester II 2018", 1200, 1)
    whole = s.survey(info.id)
    assert whole.responden[0].nilai == [4, 3, 3, 4, 4, 3, 3, 3, 4] and whole.responden[0].pekerjaan == "swasta"
    assert whole.tindak_lanjut[0].selesai == "2019-02-15"
    [(_row, complaint)] = s.repo.complaint_records()
    assert (complaint.saluran, complaint.status, complaint.tanggal_selesai) == ("sp4n_lapor", "selesai", "2018-09-10")


def test_export_import_export_is_identical(new_session):
    first = new_session("satu.spdb")
    first.import_document(document())
    exported = export_all(first)
    assert list(exported)[-2:] == ["survei", "pengaduan_masuk"]
    survey = dict(exported["survei"][0])
    assert survey.pop("id")  # the app's own identity travels with the survey
    assert survey == MONITORING["survei"][0]
    assert exported["pengaduan_masuk"] == MONITORING["pengaduan_masuk"]
    second = new_session("dua.spdb")
    second.import_document(json.loads(json.dumps(exported)))
    assert export_all(second) == exported


def test_an_imported_period_replaces_the_stored_one_and_leaves_the_others(new_session):
    s = new_session()
    two = copy.deepcopy(MONITORING["survei"][0])
    two.update(periode="Semester I 2019", mulai="2019-01-01", selesai="2019-06-30")
    s.import_document(document(survei=[MONITORING["survei"][0], two]))
    changed = copy.deepcopy(MONITORING["survei"][0])
    changed["periode"] = "semester ii 2018"
    changed["responden"] = changed["responden"] * 3
    s.import_document(document(survei=[changed]))
    assert sorted((i.periode, i.jumlah_responden) for i in s.surveys()) == [
        ("Semester I 2019", 1), ("semester ii 2018", 3)]


def _at(data, path):
    for key in path:
        data = data[key]
    return data


S, R, C = ("survei", 0), ("survei", 0, "responden", 0), ("pengaduan_masuk", 0)
CASES = [
    ((), "survei", {"x": 1}, "survei: harus berupa daftar"),
    (("survei",), 0, "Semester", "survei[0]: harus berupa objek"),
    (S, "periode", " ", "survei[0].periode: wajib diisi"),
    (S, "mulai", "2018-13-01", "survei[0].mulai: '2018-13-01' bukan tanggal"),
    (S, "selesai", "2018-06-30", "survei[0].selesai: 2018-06-30 lebih awal"),
    (S, "populasi", 10 ** 12, "survei[0].populasi: populasi 1000000000000 di luar"),
    (S, "populasi", "1200", "survei[0].populasi: harus berupa bilangan bulat"),
    (S, "layanan", [AKTA, 5], "survei[0].layanan[1]: harus berupa teks"),
    (S, "layanan", [AKTA, "Izin Reklame"], "survei[0].layanan[1]: 'Izin Reklame' bukan layanan"),
    (S, "responden", [{"nilai": [4] * 9}] * (MAX_LIST_ITEMS + 1), "survei[0].responden: daftar terlalu panjang"),
    (R, "nilai", [4] * 8, "survei[0].responden[0].nilai: harus memuat tepat 9 nilai"),
    (R, "nilai", [4, 4, 4, 5, 4, 4, 4, 4, 4], "survei[0].responden[0].nilai[3]: 5 bukan nilai 1, 2, 3, atau 4"),
    (R, "nilai", ["4"] + [4] * 8, "survei[0].responden[0].nilai[0]: harus 1, 2, 3, 4, atau null, bukan teks"),
    (R, "nilai", [True] + [4] * 8, "survei[0].responden[0].nilai[0]: harus 1, 2, 3, 4, atau null"),
    (R, "nilai", "4334433334", "survei[0].responden[0].nilai: harus berupa daftar"),
    (R, "usia", -1, "survei[0].responden[0].usia: usia -1 di luar 0–130"),
    (R, "usia", 34.5, "survei[0].responden[0].usia: harus berupa bilangan bulat"),
    (R, "jenis_kelamin", "W", "survei[0].responden[0].jenis_kelamin: 'W' bukan salah satu dari L, P"),
    (R, "pendidikan", "sma", "survei[0].responden[0].pendidikan: 'sma' bukan salah satu dari SD"),
    (R, "pekerjaan", "PNS", "survei[0].responden[0].pekerjaan: 'PNS' bukan salah satu dari pns"),
    (R, "jam", "25:00", "survei[0].responden[0].jam: '25:00' bukan jam"),
    (R, "tanggal", "1/8/2018", "survei[0].responden[0].tanggal: '1/8/2018' bukan tanggal"),
    (R, "layanan", "Penerbitan Kartu Keluarga", "survei[0].responden[0].layanan: 'Penerbitan Kartu Keluarga' bukan"),
    (R, "saran", "x" * (MAX_TEXT_CHARS + 1), "survei[0].responden[0].saran: teks terlalu panjang"),
    (("survei", 0, "tindak_lanjut", 0), "unsur", 0, "survei[0].tindak_lanjut[0].unsur: unsur 0 di luar 1–9"),
    (("survei", 0, "tindak_lanjut", 0), "selesai", "2019-02-30", "survei[0].tindak_lanjut[0].selesai: '2019-02-30'"),
    ((), "pengaduan_masuk", "x", "pengaduan_masuk: harus berupa daftar"),
    (C, "saluran", "faks", "pengaduan_masuk[0].saluran: 'faks' bukan salah satu dari kotak_saran"),
    (C, "komponen", "harga", "pengaduan_masuk[0].komponen: 'harga' bukan salah satu dari dasar_hukum"),
    (C, "status", "tutup", "pengaduan_masuk[0].status: 'tutup' bukan salah satu dari baru, diproses, selesai"),
    (C, "tanggal_selesai", "2018-09-01", "pengaduan_masuk[0].tanggal_selesai: 2018-09-01 lebih awal"),
    (C, "tanggal", None, "pengaduan_masuk[0].tanggal: harus berupa teks, bukan null"),
]


@pytest.mark.parametrize("where, key, value, message", CASES)
def test_a_bad_value_is_refused_with_its_place_and_nothing_is_written(new_session, where, key, value, message):
    data = document()
    _at(data, where)[key] = value
    s = new_session()
    with pytest.raises(SpJsonError) as info:
        s.import_document(data)
    assert str(info.value).startswith(message)
    assert s.surveys() == [] and s.service_count() == 0 and s.repo.complaint_records() == []


def test_a_period_named_twice_and_an_open_complaint_with_a_closing_date_are_refused(new_session):
    s = new_session()
    twice = document(survei=[MONITORING["survei"][0], dict(MONITORING["survei"][0], periode="SEMESTER II  2018")])
    with pytest.raises(SpJsonError, match=r"survei\[1\]\.periode: .* sudah dipakai survei\[0\]"):
        s.import_document(twice)
    complaint = dict(MONITORING["pengaduan_masuk"][0], status="diproses")
    with pytest.raises(SpJsonError, match=r"pengaduan_masuk\[0\]\.tanggal_selesai: harus null"):
        s.import_document(document(pengaduan_masuk=[complaint]))


def test_null_answers_and_absent_profile_keys_are_accepted(new_session):
    s = new_session()
    survey = copy.deepcopy(MONITORING["survei"][0])
    survey["responden"] = [{"nilai": [None, 4, 4, 4, 4, 4, 4, 4, None]}]
    s.import_document(document(survei=[survey]))
    [(_row, r)] = s.respondents(s.surveys()[0].id)
    assert (r.nilai[0], r.usia, r.jenis_kelamin, r.layanan) == (None, None, None, "")
    assert s.results(s.surveys()[0].id).unsur[1].nrr == 4


def test_the_sessions_export_json_carries_the_monitoring_keys(new_session):
    # export-json goes through ProjectSession.export_document: surveys and complaints must travel with it.
    s = new_session()
    s.import_document(document())
    written = s.export_document()
    def without_id(items):  # the app adds each record's identity ("id") on import
        return [{k: v for k, v in item.items() if k != "id"} for item in items]

    assert without_id(written["survei"]) == document()["survei"]
    assert without_id(written["pengaduan_masuk"]) == document()["pengaduan_masuk"]
