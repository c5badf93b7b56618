"""Tests for sp_desktop.domain.formatting (domain.md section 6 conventions)."""

from __future__ import annotations

import re
from datetime import date, datetime, time
from decimal import Decimal

import pytest

from sp_desktop.domain import formatting as fmt
from sp_desktop.domain.formatting import (
    DAYS,
    DURATION_UNITS,
    GOLONGAN,
    MONTHS,
    NipCheck,
    check_nip,
    day_name,
    format_date,
    format_day_date,
    format_duration,
    format_duration_total,
    format_fee,
    format_nip_line,
    format_number,
    format_pangkat,
    format_place_date,
    format_rupiah,
    format_rupiah_words,
    format_time,
    format_time_range,
    golongan_for,
    group_nip,
    month_name,
    normalize_golongan,
    normalize_nip,
    pangkat_for,
    spell_date,
    sum_durations,
    terbilang,
)

BA_DATE = date(2018, 11, 23)


# --------------------------------------------------------------------------------------------------------------
# Dates and times
# --------------------------------------------------------------------------------------------------------------


def test_month_and_day_constants() -> None:
    assert MONTHS == (
        "Januari", "Februari", "Maret", "April", "Mei", "Juni",
        "Juli", "Agustus", "September", "Oktober", "November", "Desember",
    )  # fmt: skip
    assert DAYS == ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")


def test_23_november_2018_is_jumat() -> None:
    assert day_name(BA_DATE) == "Jumat"


@pytest.mark.parametrize(
    ("d", "expected"),
    [
        (date(2024, 8, 19), "Senin"),
        (date(2024, 8, 20), "Selasa"),  # Batam notula "Selasa, 20 Agustus 2024"
        (date(2024, 8, 21), "Rabu"),
        (date(2024, 8, 22), "Kamis"),
        (date(2024, 8, 23), "Jumat"),
        (date(2024, 8, 24), "Sabtu"),
        (date(2024, 8, 25), "Minggu"),
    ],
)
def test_day_name_each_weekday(d: date, expected: str) -> None:
    assert day_name(d) == expected


def test_format_date() -> None:
    assert format_date(BA_DATE) == "23 November 2018"
    assert format_date(date(2024, 1, 5)) == "5 Januari 2024"  # no leading zero
    assert format_date(date(2017, 5, 31)) == "31 Mei 2017"
    assert format_date(datetime(2024, 8, 20, 9, 30)) == "20 Agustus 2024"


def test_format_day_date() -> None:
    assert format_day_date(BA_DATE) == "Jumat, 23 November 2018"
    assert format_day_date(date(2024, 8, 20)) == "Selasa, 20 Agustus 2024"


def test_format_place_date() -> None:
    assert format_place_date("Bontang", BA_DATE) == "Bontang, 23 November 2018"
    assert format_place_date("  ", BA_DATE) == "23 November 2018"


def test_month_name() -> None:
    assert month_name(1) == "Januari"
    assert month_name(12) == "Desember"
    for bad in (0, 13):
        with pytest.raises(ValueError):
            month_name(bad)


def test_spell_date_berita_acara_style() -> None:
    assert spell_date(BA_DATE) == ("hari Jumat tanggal dua puluh tiga bulan November tahun dua ribu delapan belas")
    assert spell_date(date(2024, 1, 1)) == "hari Senin tanggal satu bulan Januari tahun dua ribu dua puluh empat"
    assert spell_date(date(2019, 3, 11)) == "hari Senin tanggal sebelas bulan Maret tahun dua ribu sembilan belas"


def test_format_time() -> None:
    assert format_time(time(9, 0), "WITA") == "09.00 WITA"
    assert format_time(time(13, 5), "wib") == "13.05 WIB"
    assert format_time(time(9, 0, 59), "WIT") == "09.00 WIT"
    assert format_time(time(9, 0), "") == "09.00"
    assert format_time(time(23, 59)) == "23.59"


def test_format_time_range() -> None:
    assert format_time_range(time(9), None, "WITA") == "09.00 WITA s.d. selesai"
    assert format_time_range(time(9), time(10), "WIB") == "09.00 s.d. 10.00 WIB"
    assert format_time_range(time(9), time(10)) == "09.00 s.d. 10.00"


# --------------------------------------------------------------------------------------------------------------
# Terbilang
# --------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (0, "nol"),
        (1, "satu"),
        (9, "sembilan"),
        (10, "sepuluh"),
        (11, "sebelas"),
        (12, "dua belas"),
        (19, "sembilan belas"),
        (20, "dua puluh"),
        (21, "dua puluh satu"),
        (99, "sembilan puluh sembilan"),
        (100, "seratus"),
        (101, "seratus satu"),
        (110, "seratus sepuluh"),
        (111, "seratus sebelas"),
        (200, "dua ratus"),
        (999, "sembilan ratus sembilan puluh sembilan"),
        (1000, "seribu"),
        (1001, "seribu satu"),
        (1100, "seribu seratus"),
        (2000, "dua ribu"),
        (2018, "dua ribu delapan belas"),
        (10_000, "sepuluh ribu"),
        (11_000, "sebelas ribu"),
        (50_000, "lima puluh ribu"),
        (100_000, "seratus ribu"),
        (101_000, "seratus satu ribu"),
        (111_111, "seratus sebelas ribu seratus sebelas"),
        (1_000_000, "satu juta"),
        (1_500_000, "satu juta lima ratus ribu"),
        (2_950_000, "dua juta sembilan ratus lima puluh ribu"),
        (1_001_000, "satu juta seribu"),  # num2words 0.5.14 says "satu juta satu ribu"
        (1_001_001, "satu juta seribu satu"),
        (100_100_100, "seratus juta seratus ribu seratus"),
        (250_000_000, "dua ratus lima puluh juta"),
        (1_000_000_000, "satu miliar"),
        (1_000_001_000, "satu miliar seribu"),
        (1_001_000_000, "satu miliar satu juta"),
        (1_000_000_000_000, "satu triliun"),
        (10**15, "satu kuadriliun"),
        (
            10**18 - 1,
            " ".join(
                [
                    "sembilan ratus sembilan puluh sembilan " + s
                    for s in ("kuadriliun", "triliun", "miliar", "juta", "ribu")
                ]
            )
            + " sembilan ratus sembilan puluh sembilan",
        ),
    ],
)
def test_terbilang(n: int, words: str) -> None:
    assert terbilang(n) == words


def test_terbilang_never_says_satu_ribu_or_satu_ratus() -> None:
    for n in list(range(0, 3000)) + [1_001_000, 5_001_100, 7_001_001_001]:
        words = terbilang(n)
        assert not re.search(r"(^|juta |miliar |triliun )satu ribu", words), (n, words)
        assert "satu ratus" not in words, (n, words)
        assert "satu puluh" not in words and "satu belas" not in words, (n, words)
        assert "  " not in words and words == words.strip(), (n, words)


def test_terbilang_matches_num2words_below_one_million() -> None:
    """num2words is right below 10^6 (its bug concerns "seribu" after juta/miliar), so cross-check there."""
    num2words = pytest.importorskip("num2words").num2words
    for n in list(range(0, 2100)) + list(range(2100, 1_000_000, 997)) + [999_999, 100_000, 110_011]:
        assert terbilang(n) == num2words(n, lang="id"), n


def test_terbilang_accepts_integral_float_and_decimal() -> None:
    assert terbilang(50000.0) == "lima puluh ribu"
    assert terbilang(Decimal("1500000")) == "satu juta lima ratus ribu"


@pytest.mark.parametrize("bad", [-1, -1_000_000, 1.5, Decimal("2.25"), float("nan"), 10**18])
def test_terbilang_rejects_bad_values(bad: object) -> None:
    with pytest.raises(ValueError):
        terbilang(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [True, "100", None])
def test_terbilang_rejects_non_numbers(bad: object) -> None:
    with pytest.raises(TypeError):
        terbilang(bad)  # type: ignore[arg-type]


# --------------------------------------------------------------------------------------------------------------
# Money
# --------------------------------------------------------------------------------------------------------------


def test_format_rupiah() -> None:
    assert format_rupiah(50_000) == "Rp50.000,00"
    assert format_rupiah(500_000) == "Rp500.000,00"
    assert format_rupiah(50_000, cents=False) == "Rp50.000"
    assert format_rupiah(0) == "Rp0,00"
    assert format_rupiah(999) == "Rp999,00"
    assert format_rupiah(1_000) == "Rp1.000,00"
    assert format_rupiah(2_950_000) == "Rp2.950.000,00"
    assert format_rupiah(1_234_567_890) == "Rp1.234.567.890,00"


def test_format_rupiah_has_no_space_or_period_after_rp() -> None:
    text = format_rupiah(7_500)
    assert text.startswith("Rp7") and not text.startswith("Rp.") and " " not in text


def test_format_rupiah_words() -> None:
    assert format_rupiah_words(2_950_000) == "Rp2.950.000,00 (dua juta sembilan ratus lima puluh ribu rupiah)"
    assert format_rupiah_words(50_000) == "Rp50.000,00 (lima puluh ribu rupiah)"
    assert format_rupiah_words(1_000) == "Rp1.000,00 (seribu rupiah)"
    assert format_rupiah_words(0) == "Rp0,00 (nol rupiah)"
    assert format_rupiah_words(10_000, cents=False) == "Rp10.000 (sepuluh ribu rupiah)"


@pytest.mark.parametrize("func", [format_rupiah, format_rupiah_words])
def test_negative_money_raises(func) -> None:
    with pytest.raises(ValueError):
        func(-1)


def test_format_fee() -> None:
    assert format_fee(0) == "Tidak dipungut biaya"
    assert format_fee(None) == "Tidak dipungut biaya"
    assert format_fee(0, "GRATIS") == "GRATIS"
    assert format_fee(0, "  Gratis  ") == "Gratis"
    assert format_fee(0, "   ") == "Tidak dipungut biaya"  # never blank
    assert format_fee(None, "Sesuai Perda") == "Sesuai Perda"
    assert format_fee(50_000) == "Rp50.000,00 (lima puluh ribu rupiah)"
    assert format_fee(50_000, "GRATIS") == "Rp50.000,00 (lima puluh ribu rupiah)"
    with pytest.raises(ValueError):
        format_fee(-5)


def test_format_number() -> None:
    assert format_number(1440) == "1.440"
    assert format_number(1.5) == "1,5"
    assert format_number(2.0) == "2"
    assert format_number(91.4833, 2) == "91,48"
    assert format_number(75, 2) == "75,00"
    assert format_number(1234567.891) == "1.234.567,89"
    assert format_number(-1.25) == "-1,25"
    assert format_number(-0.001) == "0"


# --------------------------------------------------------------------------------------------------------------
# NIP
# --------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "195908101990031008",
        "19590810 199003 1 008",
        "NIP. 19590810 199003 1 008",
        "NIP 19590810 199003 1 008",
        "nip.19590810.199003.1.008",
        "NIP: 19590810-199003-1-008",
        "  19590810\t199003 1 008  ",
    ],
)
def test_normalize_nip(typed: str) -> None:
    assert normalize_nip(typed) == "195908101990031008"


def test_normalize_nip_keeps_other_characters_and_handles_none() -> None:
    assert normalize_nip("19590810 199003 1 00X") == "19590810199003100X"
    assert normalize_nip(None) == ""
    assert normalize_nip("") == ""


def test_group_nip() -> None:
    assert group_nip("196801012000031001") == "19680101 200003 1 001"
    assert group_nip("NIP. 19590810 199003 1 008") == "19590810 199003 1 008"
    assert group_nip("195908101990031008") == "19590810 199003 1 008"
    assert group_nip("19770312 200312 2 007") == "19770312 200312 2 007"
    # Wrong length: shown normalised, not grouped
    assert group_nip("1959 0810") == "19590810"
    assert group_nip("") == ""


def test_format_nip_line() -> None:
    assert format_nip_line("196801012000031001") == "NIP. 19680101 200003 1 001"
    assert format_nip_line("19590810 199003 1 008") == "NIP. 19590810 199003 1 008"
    assert format_nip_line("") == "NIP. -"
    assert format_nip_line(None) == "NIP. -"
    assert format_nip_line("NIP.") == "NIP. -"


def test_check_nip_valid() -> None:
    result = check_nip("NIP. 19590810 199003 1 008")
    assert isinstance(result, NipCheck)
    assert result.ok
    assert result.errors == [] and result.warnings == []
    assert result.nip == "195908101990031008"
    assert result.grouped == "19590810 199003 1 008"
    assert result.birth_date == date(1959, 8, 10)
    assert (result.tmt_year, result.tmt_month) == (1990, 3)
    assert result.sex == "pria"


def test_check_nip_female() -> None:
    result = check_nip("19770312 200312 2 007")
    assert result.ok and not result.warnings
    assert result.sex == "wanita"
    assert result.birth_date == date(1977, 3, 12)


@pytest.mark.parametrize(
    ("typed", "fragment"),
    [
        ("", "belum diisi"),
        (None, "belum diisi"),
        ("19590810 199003 1 00", "18 digit"),
        ("1959081019900310081", "18 digit"),
        ("19590810 199003 1 00X", "angka"),
        ("１９５９０８１０１９９００３１００８", "angka"),  # full-width digits are not ASCII
    ],
)
def test_check_nip_blocking_errors(typed: str | None, fragment: str) -> None:
    result = check_nip(typed)
    assert not result.ok
    assert len(result.errors) == 1 and fragment in result.errors[0]
    assert result.warnings == []
    assert result.birth_date is None and result.sex is None


def test_check_nip_invalid_birth_date_is_only_a_warning() -> None:
    result = check_nip("19681301 200003 1 001")  # month 13
    assert result.ok
    assert result.birth_date is None
    assert any("Tanggal lahir" in w for w in result.warnings)
    result = check_nip("19690229 199003 1 001")  # 1969 is not a leap year
    assert result.ok and result.birth_date is None and result.warnings


@pytest.mark.parametrize("nip", ["19350101 196003 1 001", "20120101 203003 1 001"])
def test_check_nip_birth_year_out_of_range_warns(nip: str) -> None:
    result = check_nip(nip)
    assert result.ok
    assert any("Tahun lahir" in w and "1940-2010" in w for w in result.warnings)


def test_check_nip_birth_year_edges_ok() -> None:
    assert not check_nip("19400101 196003 1 001").warnings
    assert not check_nip("20100101 203003 1 001").warnings


def test_check_nip_pppk_month_21_warns_not_rejects() -> None:
    result = check_nip("19850101 202121 1 001")
    assert result.ok
    assert result.tmt_month == 21
    assert any("Bulan TMT" in w and "PPPK" in w for w in result.warnings)
    assert len(result.warnings) == 1


def test_check_nip_tmt_month_00_warns() -> None:
    result = check_nip("19850101 201000 1 001")
    assert result.ok and any("Bulan TMT" in w for w in result.warnings)


def test_check_nip_tmt_before_age_17_warns() -> None:
    result = check_nip("19900615 200501 1 001")  # TMT at 14
    assert result.ok
    assert any("usia 17" in w for w in result.warnings)
    # 17th birthday month itself is acceptable, the month before is not
    assert not check_nip("19900615 200706 1 001").warnings
    assert any("usia 17" in w for w in check_nip("19900615 200705 1 001").warnings)
    # With an out-of-range (PPPK) month the comparison falls back to the year
    assert any("usia 17" in w for w in check_nip("19900615 200521 1 001").warnings)


def test_check_nip_bad_sex_digit_warns() -> None:
    result = check_nip("19680101 200003 3 001")
    assert result.ok
    assert result.sex is None
    assert any("jenis kelamin" in w for w in result.warnings)


def test_check_nip_serial_000_warns() -> None:
    result = check_nip("19680101 200003 1 000")
    assert result.ok and any("Nomor urut" in w for w in result.warnings)


def test_check_nip_messages_accumulate() -> None:
    result = check_nip("19351301 194000 5 000")
    assert result.ok
    assert len(result.warnings) == 5  # date, year, tmt month, sex, serial (no age check without a valid date)


# --------------------------------------------------------------------------------------------------------------
# Pangkat / golongan
# --------------------------------------------------------------------------------------------------------------


def test_golongan_list_exact() -> None:
    assert GOLONGAN == [
        ("I/a", "Juru Muda"),
        ("I/b", "Juru Muda Tk. I"),
        ("I/c", "Juru"),
        ("I/d", "Juru Tk. I"),
        ("II/a", "Pengatur Muda"),
        ("II/b", "Pengatur Muda Tk. I"),
        ("II/c", "Pengatur"),
        ("II/d", "Pengatur Tk. I"),
        ("III/a", "Penata Muda"),
        ("III/b", "Penata Muda Tk. I"),
        ("III/c", "Penata"),
        ("III/d", "Penata Tk. I"),
        ("IV/a", "Pembina"),
        ("IV/b", "Pembina Tk. I"),
        ("IV/c", "Pembina Utama Muda"),
        ("IV/d", "Pembina Utama Madya"),
        ("IV/e", "Pembina Utama"),
    ]


@pytest.mark.parametrize(
    ("typed", "canonical"),
    [
        ("IV/c", "IV/c"),
        ("iv/c", "IV/c"),
        ("IV / C", "IV/c"),
        ("IVc", "IV/c"),
        ("IV-c", "IV/c"),
        ("4/c", "IV/c"),
        ("III/d", "III/d"),
        ("3d", "III/d"),
        ("II/a", "II/a"),
        ("I/a", "I/a"),
        ("IV/e", "IV/e"),
        ("I/e", None),
        ("III/e", None),
        ("V/a", None),
        ("", None),
        (None, None),
        ("Pembina", None),
    ],
)
def test_normalize_golongan(typed: str | None, canonical: str | None) -> None:
    assert normalize_golongan(typed) == canonical


def test_pangkat_for() -> None:
    assert pangkat_for("IV/c") == "Pembina Utama Muda"
    assert pangkat_for("iv/a") == "Pembina"
    assert pangkat_for("III/d") == "Penata Tk. I"
    assert pangkat_for("I/a") == "Juru Muda"
    assert pangkat_for("IV/e") == "Pembina Utama"
    assert pangkat_for("X/z") is None
    assert pangkat_for("") is None


def test_golongan_for() -> None:
    assert golongan_for("Penata Tk I") == "III/d"  # Pangongangan spelling
    assert golongan_for("penata tingkat I") == "III/d"
    assert golongan_for("Pembina") == "IV/a"
    assert golongan_for("Pembina Utama Muda") == "IV/c"
    assert golongan_for("Pembina Utama") == "IV/e"
    assert golongan_for("Kepala Dinas") is None
    assert golongan_for(None) is None


def test_every_golongan_round_trips() -> None:
    for gol, pangkat in GOLONGAN:
        assert pangkat_for(gol) == pangkat
        assert golongan_for(pangkat) == gol


def test_format_pangkat() -> None:
    assert format_pangkat("Pembina Utama Muda", "IV/c") == "Pembina Utama Muda (IV/c)"
    assert format_pangkat("Pembina Utama Muda", "iv/c") == "Pembina Utama Muda (IV/c)"
    assert format_pangkat("Pembina", "") == "Pembina"
    assert format_pangkat("Pembina", None) == "Pembina"
    assert format_pangkat("", "IV/c") == "Pembina Utama Muda (IV/c)"  # pangkat derived
    assert format_pangkat(None, "IV/a") == "Pembina (IV/a)"
    assert format_pangkat("", "Gol. X") == "Gol. X"  # unknown golongan kept as typed
    assert format_pangkat("Penata Tk I", "Gol. X") == "Penata Tk I (Gol. X)"
    assert format_pangkat("", "") == ""
    assert format_pangkat(None, None) == ""
    assert format_pangkat("  Pembina  ", "  IV/a ") == "Pembina (IV/a)"


# --------------------------------------------------------------------------------------------------------------
# Durations
# --------------------------------------------------------------------------------------------------------------


def test_duration_units() -> None:
    assert DURATION_UNITS == {"menit": "menit", "jam": "jam", "hari_kerja": "hari kerja", "hari": "hari"}


@pytest.mark.parametrize(
    ("nilai", "satuan", "expected"),
    [
        (10, "menit", "10 menit"),
        (1.5, "jam", "1,5 jam"),
        (2.0, "jam", "2 jam"),
        (3, "hari_kerja", "3 hari kerja"),
        (3, "hari kerja", "3 hari kerja"),
        (60, "hari", "60 hari"),
        (0, "menit", "0 menit"),
        (0.25, "hari", "0,25 hari"),
        (1440, "menit", "1.440 menit"),
        (Decimal("2.5"), "Jam", "2,5 jam"),
    ],
)
def test_format_duration(nilai: float, satuan: str, expected: str) -> None:
    assert format_duration(nilai, satuan) == expected


def test_format_duration_words() -> None:
    assert format_duration(3, "hari_kerja", words=True) == "3 (tiga) hari kerja"
    assert format_duration(14, "hari", words=True) == "14 (empat belas) hari"
    assert format_duration(1.5, "jam", words=True) == "1,5 (satu koma lima) jam"
    assert format_duration(0.25, "jam", words=True) == "0,25 (nol koma dua lima) jam"


@pytest.mark.parametrize(("nilai", "satuan"), [(-1, "menit"), (1, "detik"), (1, ""), (float("inf"), "jam")])
def test_format_duration_rejects(nilai: float, satuan: str) -> None:
    with pytest.raises(ValueError):
        format_duration(nilai, satuan)


def test_sum_durations_combines_minutes_and_hours() -> None:
    assert sum_durations([(30, "menit"), (45, "menit")]) == {"jam": 1.0, "menit": 15.0}
    assert sum_durations([(1.5, "jam"), (30, "menit")]) == {"jam": 2.0}
    assert sum_durations([(0.1, "jam")]) == {"menit": 6.0}
    assert sum_durations([(90, "menit")]) == {"jam": 1.0, "menit": 30.0}
    assert sum_durations([(59, "menit")]) == {"menit": 59.0}


def test_sum_durations_keeps_days_separate_and_orders_largest_first() -> None:
    total = sum_durations([(45, "menit"), (1, "hari_kerja"), (45, "menit"), (1, "hari kerja"), (2, "hari")])
    assert total == {"hari_kerja": 2.0, "hari": 2.0, "jam": 1.0, "menit": 30.0}
    assert list(total) == ["hari_kerja", "hari", "jam", "menit"]
    # 24 hours never become a day, and days never become hours
    assert sum_durations([(24, "jam"), (1, "hari")]) == {"hari": 1.0, "jam": 24.0}


def test_sum_durations_empty_and_zero() -> None:
    assert sum_durations([]) == {}
    assert sum_durations([(0, "menit"), (0, "hari")]) == {}


def test_sum_durations_rejects_bad_items() -> None:
    with pytest.raises(ValueError):
        sum_durations([(5, "menit"), (-1, "jam")])
    with pytest.raises(ValueError):
        sum_durations([(5, "minggu")])


def test_format_duration_total() -> None:
    items = [(2, "hari_kerja"), (45, "menit"), (45, "menit")]
    assert format_duration_total(items) == "2 hari kerja 1 jam 30 menit"
    assert format_duration_total([(10, "menit"), (5, "menit")]) == "15 menit"
    assert format_duration_total([(1.5, "jam")]) == "1 jam 30 menit"
    assert format_duration_total([]) == ""
    assert format_duration_total([(0, "menit")]) == ""
    assert format_duration_total([(3, "hari_kerja")], words=True) == "3 (tiga) hari kerja"
    # generators are accepted
    assert format_duration_total((x, "menit") for x in (20, 20, 20)) == "1 jam"


def test_public_api_is_exported() -> None:
    for name in fmt.__all__:
        assert hasattr(fmt, name), name
