import math

import pytest

from sp_desktop.domain.derive import (
    duration_in_minutes,
    effective_biaya,
    effective_waktu,
    total_duration_text,
    total_minutes,
    total_unit_cost,
    total_user_fee,
)
from sp_desktop.domain.formatting import format_duration_total
from sp_desktop.domain.model import Biaya, Durasi, LangkahProsedur, Layanan


def _step(nilai=None, satuan="menit", pengguna=0, unit=0):
    durasi = None if nilai is None else Durasi(nilai, satuan)
    return LangkahProsedur(uraian="Langkah", pelaksana="Petugas", durasi=durasi, biaya_pengguna=pengguna,
                           biaya_unit=unit)


@pytest.mark.parametrize(
    ("nilai", "satuan", "minutes"),
    [(10, "menit", 10), (2, "jam", 120), (1.5, "jam", 90), (1, "hari_kerja", 480), (1, "hari", 1440),
     (0.5, "hari", 720)],
)
def test_duration_in_minutes_converts_each_unit(nilai, satuan, minutes):
    assert duration_in_minutes(Durasi(nilai, satuan)) == minutes


@pytest.mark.parametrize(
    "durasi",
    [None, Durasi(0, "menit"), Durasi(-3, "jam"), Durasi(5, ""), Durasi(5, "minggu"), Durasi(5, "hari kerja"),
     Durasi(True, "jam"), Durasi(math.nan, "jam"), Durasi(math.inf, "jam"), Durasi("5", "jam")],
)
def test_duration_in_minutes_is_none_for_unusable_durations(durasi):
    assert duration_in_minutes(durasi) is None


def test_total_duration_text_sums_mixed_units_largest_first():
    layanan = Layanan(prosedur=[_step(45, "menit"), _step(2, "hari_kerja"), _step(45, "menit")])
    assert total_duration_text(layanan) == "2 hari kerja 1 jam 30 menit"


def test_total_duration_text_uses_formatting_total_and_skips_unusable_steps():
    layanan = Layanan(prosedur=[_step(10, "menit"), _step(None), _step(0, "jam"), _step(3, "minggu"),
                                _step(1.5, "jam")])
    assert total_duration_text(layanan) == format_duration_total([(10, "menit"), (1.5, "jam")])
    assert total_duration_text(layanan) == "1 jam 40 menit"


def test_total_duration_text_is_empty_without_durations():
    assert total_duration_text(Layanan()) == ""
    assert total_duration_text(Layanan(prosedur=[_step(None), _step(0)])) == ""


def test_total_minutes_counts_hari_as_24_and_hari_kerja_as_8_hours():
    layanan = Layanan(prosedur=[_step(1, "hari"), _step(1, "hari_kerja"), _step(None)])
    assert total_minutes(layanan) == 1440 + 480


def test_total_fees_sum_each_side_separately():
    layanan = Layanan(prosedur=[_step(pengguna=10000, unit=2500), _step(pengguna=0, unit=7500),
                                _step(pengguna=40000)])
    assert total_user_fee(layanan) == 50000
    assert total_unit_cost(layanan) == 10000
    assert total_user_fee(Layanan()) == 0
    assert total_unit_cost(Layanan()) == 0


def test_effective_waktu_prefers_stated_text_verbatim():
    layanan = Layanan(prosedur=[_step(10)], waktu_penyelesaian="  1 (satu) hari kerja & <b>tepat</b> ")
    assert effective_waktu(layanan) == "  1 (satu) hari kerja & <b>tepat</b> "


@pytest.mark.parametrize("stated", [None, "", "   \n"])
def test_effective_waktu_falls_back_to_derived_total(stated):
    layanan = Layanan(prosedur=[_step(30), _step(1, "jam")], waktu_penyelesaian=stated)
    assert effective_waktu(layanan) == "1 jam 30 menit"


def test_effective_waktu_is_empty_when_nothing_is_known():
    assert effective_waktu(Layanan()) == ""


def test_effective_biaya_returns_stated_fee_unchanged():
    stated = Biaya(tarif=50000, uraian="Sesuai Perda", dasar="Perda 5/2019", beban_unit=0)
    layanan = Layanan(prosedur=[_step(pengguna=1, unit=2)], biaya=stated)
    assert effective_biaya(layanan) is stated


def test_effective_biaya_derives_free_service_in_words():
    layanan = Layanan(prosedur=[_step(unit=15000), _step(unit=5000)])
    assert effective_biaya(layanan) == Biaya(tarif=0, uraian="Tidak dipungut biaya", dasar="", beban_unit=20000)


def test_effective_biaya_derives_paid_service_without_words():
    layanan = Layanan(prosedur=[_step(pengguna=25000, unit=1000), _step(pengguna=25000)])
    assert effective_biaya(layanan) == Biaya(tarif=50000, uraian="", dasar="", beban_unit=1000)


def test_effective_biaya_with_zero_stated_tarif_is_not_rederived():
    stated = Biaya(tarif=0, uraian="", dasar="", beban_unit=0)
    layanan = Layanan(prosedur=[_step(pengguna=5000)], biaya=stated)
    assert effective_biaya(layanan) is stated
