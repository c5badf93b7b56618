"""Tests for sp_desktop.domain.formatting.durations (domain.md section 6 conventions)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from sp_desktop.domain.formatting import (
    DURATION_UNITS,
    format_duration,
    format_duration_total,
    sum_durations,
)


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
