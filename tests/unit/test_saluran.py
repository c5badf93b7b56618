"""Complaint channels: SP4N-LAPOR!, a channel of the unit's own name, Indonesian labels, codec and documents."""

import pytest

from sp_desktop.domain.checks import check_layanan
from sp_desktop.domain.enums import JenisSaluran
from sp_desktop.domain.model import SaluranPengaduan
from sp_desktop.domain.sp_json import layanan_from_dict, layanan_to_dict
from sp_desktop.export.blocks import ComponentTable
from sp_desktop.export.report_model import build_rancangan
from tests.unit import export_fixtures as fx
from tests.unit.test_checks import complete_layanan


def test_saluran_kinds_follow_the_contract_in_order():
    assert JenisSaluran.values() == ["kotak_saran", "sms", "telepon", "whatsapp", "email", "website", "petugas",
                                     "media_sosial", "sp4n_lapor", "lainnya"]


def test_saluran_labels_are_indonesian():
    labels = {m.value: m.label for m in JenisSaluran}
    assert labels["website"] == "Laman"
    assert labels["sp4n_lapor"] == "SP4N-LAPOR!"
    assert "Website" not in labels.values()


@pytest.mark.parametrize(("text", "jenis"), [
    ("SP4N-LAPOR!", "sp4n_lapor"), ("sp4n lapor", "sp4n_lapor"), ("LAPOR", "sp4n_lapor"), ("SMS", "sms"),
    ("Laman", "website"), ("website", "website"), ("e-mail", "email"), ("Kotak Saran", "kotak_saran"),
])
def test_saluran_from_text_reads_whole_names(text, jenis):
    assert JenisSaluran.from_text(text).value == jenis


@pytest.mark.parametrize("text", ["S", "SP", "Sms Center", "Aplikasi Halo Dukcapil", "", "  "])
def test_saluran_from_text_never_guesses_from_a_first_letter(text):
    assert JenisSaluran.from_text(text) is None


def test_saluran_sp_json_reads_and_writes_sp4n_lapor_and_a_named_lainnya():
    lay = complete_layanan()
    lay.pengaduan.saluran = [SaluranPengaduan("sp4n_lapor", "www.lapor.go.id"),
                             SaluranPengaduan("lainnya", "0811-000", "Aplikasi Halo Dukcapil")]
    data = layanan_to_dict(lay)
    assert data["pengaduan"]["saluran"] == [
        {"jenis": "sp4n_lapor", "alamat": "www.lapor.go.id"},
        {"jenis": "lainnya", "alamat": "0811-000", "nama": "Aplikasi Halo Dukcapil"},
    ]
    back = layanan_from_dict(data)
    assert back.pengaduan.saluran == lay.pengaduan.saluran
    assert layanan_to_dict(back) == data


def test_saluran_lainnya_without_its_name_blocks_and_with_it_passes():
    lay = complete_layanan()
    lay.pengaduan.saluran.append(SaluranPengaduan("lainnya", "0811-000"))
    findings = [f for f in check_layanan(lay) if f.komponen == "pengaduan"]
    assert [f.tingkat for f in findings] == ["BLOKIR"] and "belum diberi nama" in findings[0].pesan
    lay.pengaduan.saluran[-1].nama = "Aplikasi Halo Dukcapil"
    assert check_layanan(lay) == []


def test_saluran_documents_print_sp4n_lapor_and_the_own_name():
    item = fx.layanan(1)
    item.pengaduan.saluran = [SaluranPengaduan("sp4n_lapor", "www.lapor.go.id"),
                              SaluranPengaduan("website", "disdukcapil.bontangkota.go.id"),
                              SaluranPengaduan("lainnya", "0811-000", "Aplikasi Halo Dukcapil")]
    proj = fx.project(0)
    proj.layanan = [item]
    table = next(b for b in build_rancangan(proj).blocks if isinstance(b, ComponentTable))
    pengaduan = next(r for r in table.rows if r.key == "pengaduan").uraian
    assert [e.text for e in pengaduan[1].entries] == [
        "SP4N-LAPOR!: www.lapor.go.id",
        "Laman: disdukcapil.bontangkota.go.id",
        "Aplikasi Halo Dukcapil: 0811-000",
    ]
