"""Tests for sp_desktop.domain.formatting.pangkat (domain.md section 6 conventions)."""

from __future__ import annotations

import pytest

from sp_desktop.domain.formatting import (
    GOLONGAN,
    format_pangkat,
    golongan_for,
    normalize_golongan,
    pangkat_for,
)


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
