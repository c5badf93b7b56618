"""Values derived from a service's procedure steps: total time and total cost (domain layer).

The regulations ask the team to sum the time and cost of every step (Perwali Bontang 31/2018, Lampiran).
"""

from __future__ import annotations

import math

from .enums import SatuanDurasi
from .formatting import FREE_OF_CHARGE, format_duration_total
from .model import Biaya, Durasi, Layanan

# Minutes in one unit. A working day counts 8 hours and a calendar day 24, so that a sum over
# mixed units can be compared with the "unusually long" thresholds of the checks.
MINUTES_PER_UNIT: dict[str, int] = {
    SatuanDurasi.MENIT.value: 1,
    SatuanDurasi.JAM.value: 60,
    SatuanDurasi.HARI_KERJA.value: 8 * 60,
    SatuanDurasi.HARI.value: 24 * 60,
}


def is_usable_duration(durasi: Durasi | None) -> bool:
    """Whether ``durasi`` has a positive number and a known unit, so it can be summed.

    Args:
        durasi: a step's duration, or None when the step has none.

    Returns:
        True when the duration takes part in the derived total.
    """
    if durasi is None or durasi.satuan not in MINUTES_PER_UNIT:
        return False
    nilai = durasi.nilai
    if isinstance(nilai, bool) or not isinstance(nilai, (int, float)):
        return False
    return math.isfinite(nilai) and nilai > 0


def duration_in_minutes(durasi: Durasi | None) -> float | None:
    """The length of ``durasi`` in minutes (1 hari kerja = 8 jam, 1 hari = 24 jam).

    Args:
        durasi: a step's duration, or None.

    Returns:
        The number of minutes, or None when the duration is missing, not positive or has an
        unknown unit.
    """
    if not is_usable_duration(durasi):
        return None
    return float(durasi.nilai) * MINUTES_PER_UNIT[durasi.satuan]


def total_minutes(layanan: Layanan) -> float:
    """The sum of the usable step durations of ``layanan``, in minutes (0 when none)."""
    return sum(duration_in_minutes(step.durasi) or 0.0 for step in layanan.prosedur)


def step_durations(layanan: Layanan) -> list[tuple[float, str]]:
    """The usable ``(nilai, satuan)`` pairs of the procedure steps, in step order."""
    return [
        (step.durasi.nilai, step.durasi.satuan) for step in layanan.prosedur if is_usable_duration(step.durasi)
    ]


def total_duration_text(layanan: Layanan) -> str:
    """The sum of the step durations as Indonesian text, e.g. "2 hari kerja 1 jam 30 menit".

    Args:
        layanan: the service whose procedure is summed.

    Returns:
        The text given by ``formatting.format_duration_total``, or "" when no step has a usable duration.
    """
    pairs = step_durations(layanan)
    if not pairs:
        return ""
    return format_duration_total(pairs)


def total_user_fee(layanan: Layanan) -> int:
    """The sum of ``biaya_pengguna`` over the procedure steps: what the applicant pays, in rupiah."""
    return sum(step.biaya_pengguna for step in layanan.prosedur)


def total_unit_cost(layanan: Layanan) -> int:
    """The sum of ``biaya_unit`` over the procedure steps: what the unit bears, in rupiah."""
    return sum(step.biaya_unit for step in layanan.prosedur)


def effective_waktu(layanan: Layanan) -> str:
    """The completion time to publish: the stated text, or the derived total when none is stated.

    Args:
        layanan: the service.

    Returns:
        ``waktu_penyelesaian`` verbatim when it is not None and not blank, otherwise
        ``total_duration_text(layanan)`` (which may be "").
    """
    stated = layanan.waktu_penyelesaian
    if stated is not None and stated.strip():
        return stated
    return total_duration_text(layanan)


def effective_biaya(layanan: Layanan) -> Biaya:
    """The fee to publish: the stated one, or one derived from the procedure steps.

    Args:
        layanan: the service.

    Returns:
        ``layanan.biaya`` when it is not None (the same object); otherwise a new Biaya whose
        ``tarif`` is the sum of the applicants' fees, ``uraian`` says "Tidak dipungut biaya" when
        that sum is 0, and ``beban_unit`` is the sum of the unit's costs.
    """
    if layanan.biaya is not None:
        return layanan.biaya
    tarif = total_user_fee(layanan)
    return Biaya(
        tarif=tarif,
        uraian=FREE_OF_CHARGE if tarif == 0 else "",
        dasar="",
        beban_unit=total_unit_cost(layanan),
    )
