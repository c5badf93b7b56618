import json
from pathlib import Path

import pytest

from sp_desktop.domain.names import duplicate_names, name_key
from sp_desktop.domain.sp_json import SpJsonError, load_json_bytes, parse_document
from sp_desktop.services.session import open_project

DATA = Path(__file__).resolve().parents[1] / "data"


def test_names_key_and_duplicates_follow_one_rule():
    names = [
        "Penerbitan Akta Kelahiran",
        "  penerbitan\t akta\u00a0KELAHIRAN \n",
        "",
        "   ",
        "Legalisir Kartu Keluarga",
        "Pengesahan Akte",
        "Pengesahan Akte\u0301",  # a combining accent: composed by NFC, still another name
        "STRASSE Dinas",
        "straße dinas",
        "Penerbitan Akta Kelahiran (Terlambat)",
    ]
    assert name_key(names[1]) == "penerbitan akta kelahiran"
    assert name_key(names[3]) == ""
    assert name_key("Caf\u00e9") == name_key("CAFE\u0301")  # precomposed and decomposed é
    assert duplicate_names(names) == [(0, 1), (7, 8)]
    assert duplicate_names(["", " ", "x", "X", " x "]) == [(2, 3), (2, 4)]


@pytest.mark.parametrize(
    "other",
    ["penerbitan akta kelahiran", "  Penerbitan Akta Kelahiran", "Penerbitan  Akta\tKelahiran", "PENERBITAN AKTA "
     "KELAHIRAN"],
)
def test_names_sp_json_refuses_services_named_alike_naming_both_places(other):
    data = json.loads((DATA / "proyek_contoh.json").read_text(encoding="utf-8"))
    assert data["layanan"][0]["jenis_pelayanan"] == "Penerbitan Akta Kelahiran"
    data["layanan"][2]["jenis_pelayanan"] = other
    with pytest.raises(SpJsonError) as info:
        parse_document(data)
    assert info.value.path == "layanan[2].jenis_pelayanan"
    assert "layanan[0]" in info.value.reason and "'Penerbitan Akta Kelahiran'" in info.value.reason


def test_names_import_updates_the_service_whose_name_differs_only_in_case_and_spacing(tmp_path):
    session = open_project(tmp_path / "proyek.spdb", create=True)
    try:
        first = session.import_document(load_json_bytes((DATA / "proyek_contoh.json").read_bytes()))
        service = json.loads((DATA / "layanan_contoh.json").read_text(encoding="utf-8"))
        service["jenis_pelayanan"] = "  penerbitan kartu   KELUARGA "
        (updated,) = session.import_document(service)
        assert updated.id == first[1].id
        assert [s.id for s in session.services()] == [s.id for s in first]
        assert session.service(first[1].id).jenis_pelayanan == "  penerbitan kartu   KELUARGA "
    finally:
        session.close()
