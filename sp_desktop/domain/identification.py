"""Rules of the guided identification of one service: step states and suggested values (domain layer).

The editor's step list marks each step empty, blocked or complete; these functions decide which,
from the service itself and the review findings (``checks.check_layanan``).
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum

from .checks import BLOKIR, Finding, check_layanan
from .components import KOMPONEN, STEP_KEYS, TEXT_LIST_KEYS
from .enums import StatusLayanan
from .formatting import FREE_OF_CHARGE
from .model import Biaya, Layanan

FREE_FEE_MESSAGE = (
    "Uraian tidak boleh kosong bila tarif Rp0: masyarakat harus membaca bahwa layanan ini "
    f"tidak dipungut biaya. Selama kosong, yang disimpan adalah “{FREE_OF_CHARGE}”."
)


class StepState(str, Enum):
    """How far one identification step has come."""

    EMPTY = "kosong"
    BLOCKED = "terhalang"
    COMPLETE = "lengkap"


def _blank(text: str | None) -> bool:
    return text is None or not text.strip()


def is_step_empty(layanan: Layanan, step_key: str) -> bool:
    """Whether the team has typed nothing yet for ``step_key``.

    The completion time counts as filled once a procedure step has a duration; the fee once it is
    stated or a step has a fee or a cost (a free fee is stated on its own step, not assumed).
    The review step is never empty.
    """
    if step_key in TEXT_LIST_KEYS or step_key in ("dasar_hukum", "produk"):
        return all(_blank(item) for item in getattr(layanan, step_key))
    if step_key == "jenis_pelayanan":
        return _blank(layanan.jenis_pelayanan)
    if step_key == "persyaratan":
        return all(_blank(p.uraian) for p in layanan.persyaratan)
    if step_key == "prosedur":
        return all(_blank(s.uraian) for s in layanan.prosedur)
    if step_key == "waktu_penyelesaian":
        return _blank(layanan.waktu_penyelesaian) and not any(s.durasi for s in layanan.prosedur)
    if step_key == "biaya":
        # Procedure steps alone do not fill the fee: until the team states one here or gives a step a
        # fee or a cost, the derived "Tidak dipungut biaya" is only a default nobody has looked at.
        return layanan.biaya is None and not any(s.biaya_pengguna or s.biaya_unit for s in layanan.prosedur)
    if step_key == "pengaduan":
        p = layanan.pengaduan
        texts = (p.tindak_lanjut, p.petugas.nama, p.petugas.telepon, p.petugas.email, p.petugas.alamat)
        return not p.saluran and all(_blank(t) for t in texts)
    if step_key == "jumlah_pelaksana":
        return _blank(layanan.jumlah_pelaksana)
    return False


def step_states(layanan: Layanan, findings: Iterable[Finding]) -> dict[str, StepState]:
    """The state of every step, in ``STEP_KEYS`` order.

    Args:
        layanan: the service being identified.
        findings: its review findings.

    Returns:
        EMPTY when nothing is typed, BLOCKED when a blocking finding names the step (for the review
        step: any blocking finding at all), COMPLETE otherwise.
    """
    blocked = {f.komponen for f in findings if f.tingkat == BLOKIR}
    states = {}
    for key in STEP_KEYS:
        if key == "tinjauan":
            states[key] = StepState.BLOCKED if blocked else StepState.COMPLETE
        elif is_step_empty(layanan, key):
            states[key] = StepState.EMPTY
        else:
            states[key] = StepState.BLOCKED if key in blocked else StepState.COMPLETE
    return states


def stated_fee(tarif: int, uraian: str, dasar: str, beban_unit: int) -> Biaya:
    """The Biaya to store from what the team typed; a free service's uraian is never blank.

    Args:
        tarif: the fee in whole rupiah.
        uraian: the fee in words as typed.
        dasar: the regulation or agreement that sets the fee.
        beban_unit: what the unit bears, in whole rupiah.

    Returns:
        The Biaya, with ``uraian`` "Tidak dipungut biaya" when ``tarif`` is 0 and nothing was typed.
    """
    if tarif == 0 and _blank(uraian):
        uraian = FREE_OF_CHARGE
    return Biaya(tarif=tarif, uraian=uraian, dasar=dasar, beban_unit=beban_unit)


def fee_uraian_problem(tarif: int, uraian: str) -> str | None:
    """The inline message for a free fee whose uraian was cleared, or None when the uraian is fine."""
    return FREE_FEE_MESSAGE if tarif == 0 and _blank(uraian) else None


def suggested_product(layanan: Layanan) -> str | None:
    """The last procedure step's keluaran, offered as the first product while the product list is empty."""
    if not all(_blank(p) for p in layanan.produk):
        return None
    for step in reversed(layanan.prosedur):
        if not _blank(step.keluaran):
            return step.keluaran.strip()
    return None


def status_action_reason(current: str, target: str, reason: str | None) -> str | None:
    """Why the status button for ``target`` is unavailable, or None when it may be pressed.

    Args:
        current: the service's status now.
        target: the status the button would set.
        reason: what ``ProjectSession.why_cannot_change_status`` said (role, blocking findings).

    Returns:
        A sentence for the disabled button: the service is already in ``target``, or ``reason``.
    """
    if current == target:
        if target == StatusLayanan.SIAP_DIBAHAS.value:
            return "Standar ini sudah ditandai siap dibahas."
        return "Standar ini masih berupa draf; tidak ada yang perlu dibuka kembali."
    return reason


def missing_components(layanan: Layanan) -> list[str]:
    """Keys of the fourteen components that the review still blocks on (empty or invalid)."""
    blocked = {f.komponen for f in check_layanan(layanan) if f.tingkat == BLOKIR}
    return [k.key for k in KOMPONEN if k.key in blocked]
