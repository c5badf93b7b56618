"""One service across units and the checks over all of them (services/review_compare.py)."""

from __future__ import annotations

from review_fixtures import AKTA, make_unit, service

from sp_desktop.services.review_compare import compare, duration_days, review_checks, service_names
from sp_desktop.services.review_units import open_units


def _three_kecamatan(folder):
    def utara(data):
        lay = service(data, AKTA)
        lay["waktu_penyelesaian"] = "14 (empat belas) hari kerja"
        lay["persyaratan"].append({"uraian": "Surat pengantar RT", "tahap": "awal"})

    def selatan(data):
        lay = service(data, AKTA)
        lay["jenis_pelayanan"] = "Penerbitan  akta kelahiran."  # typed differently: a close name
        lay["biaya"] = {"tarif": 25000, "uraian": "", "dasar": "Perda 1/2020", "beban_unit": 0}
        lay["persyaratan"] = lay["persyaratan"][1:]

    def barat(data):
        data["layanan"] = [x for x in data["layanan"] if x["jenis_pelayanan"] != AKTA]

    make_unit(folder, "1.spdb", "Kecamatan Bontang Utara", utara)
    make_unit(folder, "2.spdb", "Kecamatan Bontang Selatan", selatan)
    make_unit(folder, "3.spdb", "Kecamatan Bontang Barat", barat)
    return open_units(folder)


def test_compare_akta_kelahiran_in_three_kecamatan(tmp_path):
    review = _three_kecamatan(tmp_path)
    c = compare(review, AKTA)
    assert c.units == ["Kecamatan Bontang Utara", "Kecamatan Bontang Selatan"]
    assert c.missing == ["Kecamatan Bontang Barat"]
    assert c.names["Kecamatan Bontang Selatan"] == "Penerbitan  akta kelahiran."
    assert c.longest == ["Kecamatan Bontang Utara"] and c.days["Kecamatan Bontang Utara"] == 14
    assert c.days["Kecamatan Bontang Selatan"] == 5  # "1 (satu) sampai dengan 5 (lima) hari kerja"
    assert c.charging == ["Kecamatan Bontang Selatan"] and c.fees["Kecamatan Bontang Selatan"] == 25000
    differ = {d.uraian: (d.ada, d.tidak_ada) for d in c.requirements}
    assert differ["Surat pengantar RT"] == (("Kecamatan Bontang Utara",), ("Kecamatan Bontang Selatan",))
    first = next(k for k in differ if k.startswith("Surat Keterangan Kelahiran dari Bidan"))
    assert differ[first] == (("Kecamatan Bontang Utara",), ("Kecamatan Bontang Selatan",))
    assert len(c.requirements) == 2
    rows = {r.komponen: r for r in c.rows}
    assert len(rows) == 14 and rows["dasar_hukum"].same and not rows["persyaratan"].same
    assert "Rp25.000" in rows["biaya"].values["Kecamatan Bontang Selatan"]


def test_service_names_most_shared_first(tmp_path):
    names = service_names(_three_kecamatan(tmp_path))
    assert names[0][1] == 3 and (AKTA, 1) in names


def test_durations_read_into_days():
    assert duration_days("14 (empat belas) hari kerja") == 14
    assert duration_days("1 x 24 jam") == 1
    assert duration_days("2 hari 4 jam") == 2.5
    assert duration_days("30 menit") == 30 / 480
    assert duration_days("1 bulan") == 30
    assert duration_days("segera") is None


def test_review_checks_over_every_unit(tmp_path):
    def broken(data):
        service(data, AKTA)["persyaratan"] = []

    make_unit(tmp_path, "1.spdb", "Dinas Baik")
    make_unit(tmp_path, "2.spdb", "Dinas Kurang", broken)
    found = review_checks(open_units(tmp_path))
    assert list(found) == ["Dinas Baik", "Dinas Kurang"]
    assert not [f for f in found["Dinas Baik"] if f.tingkat == "BLOKIR"]
    blocking = [f for f in found["Dinas Kurang"] if f.tingkat == "BLOKIR"]
    assert [(f.jenis_pelayanan, f.komponen, f.komponen_label) for f in blocking] == [
        (AKTA, "persyaratan", "Persyaratan")]
