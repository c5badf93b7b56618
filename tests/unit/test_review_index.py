"""The search across units (services/review_index.py): unit, service and component of each hit; any text is safe."""

from __future__ import annotations

import pytest
from review_fixtures import AKTA, make_unit, service

from sp_desktop.services.review_index import build_index, query_of
from sp_desktop.services.review_units import open_units


@pytest.fixture
def index(tmp_path):
    def paid(data):
        lay = service(data, AKTA)
        lay["persyaratan"].append({"uraian": "Surat pengantar RT/RW bermaterai", "tahap": "awal"})
        lay["sarana_prasarana"].append("Ruang tunggu ber-AC dan pojok laktasi")

    make_unit(tmp_path, "a.spdb", "Kecamatan Bontang Utara", paid)
    make_unit(tmp_path, "b.spdb", "Kecamatan Bontang Selatan")
    ix = build_index(open_units(tmp_path))
    yield ix
    ix.close()


def test_a_word_finds_unit_service_and_component(index):
    hits = index.search("laktasi")
    assert [(h.unit, h.jenis_pelayanan, h.komponen, h.komponen_label) for h in hits] == [
        ("Kecamatan Bontang Utara", AKTA, "sarana_prasarana", "Sarana, prasarana, dan/atau fasilitas")]
    assert "[laktasi]" in hits[0].snippet


def test_every_word_is_required_case_diacritics_and_prefixes_ignored(index):
    assert {h.unit for h in index.search("PENGANTAR bermaterai")} == {"Kecamatan Bontang Utara"}
    assert {h.unit for h in index.search("bermatêrai")} == {"Kecamatan Bontang Utara"}  # ê ignored
    assert index.search("bermat")  # a prefix
    assert index.search("pengantar kucing") == []
    both = index.search("kelahiran")
    assert {h.unit for h in both} == {"Kecamatan Bontang Utara", "Kecamatan Bontang Selatan"}
    assert len(index.search("kelahiran", limit=1)) == 1


@pytest.mark.parametrize("text", ['"', "AND", "OR NOT", "*", "kelahiran*)", "NEAR(a b)", "^x", "'; DROP TABLE",
                                  "a:b", "{x}", "\x00", "  ", "-", "漢字"])
def test_hostile_text_never_raises(index, text):
    assert isinstance(index.search(text), list)


def test_query_quotes_each_word():
    assert query_of('akta "kelahiran" OR') == '"akta"* "kelahiran"* "OR"*'
    assert query_of("()*") == ""
