"""Tests for sp_desktop.domain.formatting.nip (domain.md section 6 conventions)."""

from __future__ import annotations

from datetime import date

import pytest

from sp_desktop.domain.formatting import (
    NipCheck,
    check_nip,
    format_nip_line,
    group_nip,
    normalize_nip,
)


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
