"""Tests for sp_desktop.domain.formatting.money (domain.md section 6 conventions)."""

from __future__ import annotations

import pytest

from sp_desktop.domain.formatting import format_fee, format_rupiah, format_rupiah_words


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
