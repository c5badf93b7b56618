"""Tests for sp_desktop.domain.formatting.dates (domain.md section 6 conventions)."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from sp_desktop.domain.formatting import (
    DAYS,
    MONTHS,
    day_name,
    format_date,
    format_day_date,
    format_place_date,
    format_time,
    format_time_range,
    month_name,
    spell_date,
)

BA_DATE = date(2018, 11, 23)


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
