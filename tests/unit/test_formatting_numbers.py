"""Tests for sp_desktop.domain.formatting.numbers (domain.md section 6 conventions)."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from sp_desktop.domain.formatting import format_number, terbilang


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


def test_format_number() -> None:
    assert format_number(1440) == "1.440"
    assert format_number(1.5) == "1,5"
    assert format_number(2.0) == "2"
    assert format_number(91.4833, 2) == "91,48"
    assert format_number(75, 2) == "75,00"
    assert format_number(1234567.891) == "1.234.567,89"
    assert format_number(-1.25) == "-1,25"
    assert format_number(-0.001) == "0"
