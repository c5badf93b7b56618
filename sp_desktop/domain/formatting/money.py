"""Money: rupiah amounts per PUEBI ("Rp50.000,00"), with terbilang, and the Biaya/Tarif text (domain layer)."""

from __future__ import annotations

from .numbers import _as_whole_number, _group_thousands, terbilang

__all__ = ["FREE_OF_CHARGE", "format_fee", "format_rupiah", "format_rupiah_words"]


def format_rupiah(n: int, cents: bool = True) -> str:
    """Format an amount of rupiah per PUEBI: "Rp", no space, "." thousands, ",00" cents.

    Args:
        n: Whole rupiah, non-negative.
        cents: Append ``",00"`` (official documents and kuitansi do).

    Returns:
        For example ``"Rp50.000,00"`` (or ``"Rp50.000"`` with ``cents=False``).

    Raises:
        ValueError: If ``n`` is negative or fractional.
    """
    number = _as_whole_number(n, "Nominal rupiah")
    return f"Rp{_group_thousands(number)}" + (",00" if cents else "")


def format_rupiah_words(n: int, cents: bool = True) -> str:
    """Format an amount of rupiah followed by its terbilang in parentheses.

    Args:
        n: Whole rupiah, non-negative.
        cents: Append ``",00"`` to the figure.

    Returns:
        For example ``"Rp2.950.000,00 (dua juta sembilan ratus lima puluh ribu rupiah)"``.

    Raises:
        ValueError: If ``n`` is negative or fractional.
    """
    return f"{format_rupiah(n, cents)} ({terbilang(n)} rupiah)"


FREE_OF_CHARGE = "Tidak dipungut biaya"
"""Default text for a zero tariff."""


def format_fee(amount: int | None, stated: str = "") -> str:
    """Render the Biaya/Tarif component; never blank.

    Args:
        amount: Whole rupiah. ``0`` and ``None`` (no amount entered) both mean no charge.
        stated: Text the user typed for a zero tariff, e.g. ``"GRATIS"`` or
            ``"Tidak dipungut biaya (Perda No. 5 Tahun 2019)"``; ignored when ``amount`` is positive.

    Returns:
        ``stated`` or ``"Tidak dipungut biaya"`` when there is no charge, otherwise the amount with words,
        e.g. ``"Rp50.000,00 (lima puluh ribu rupiah)"``.

    Raises:
        ValueError: If ``amount`` is negative.
    """
    if amount is None or _as_whole_number(amount, "Biaya") == 0:
        return (stated or "").strip() or FREE_OF_CHARGE
    return format_rupiah_words(amount)
