"""Who may do what in a project: the role rules of the Tim Penyusun (domain layer)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .enums import Peran, StatusLayanan

if TYPE_CHECKING:  # only annotations: the window's first paint does not wait for the domain model
    from .model import Member


class NotAllowed(Exception):
    """An action the acting member's role does not permit; the message says why, in Indonesian."""


def why_cannot_change_status(actor: Member | None) -> str | None:
    """Why ``actor`` may not mark a standard "siap dibahas" or reopen it, or None when allowed."""
    if actor is None:
        return "Pilih dulu siapa Anda dari daftar tim."
    if actor.peran != Peran.KETUA.value:
        return "Hanya ketua tim yang dapat menandai standar siap dibahas atau membukanya kembali."
    return None


def why_cannot_change_ketua(actor: Member | None, tim: list[Member]) -> str | None:
    """Why ``actor`` may not appoint, replace or remove the ketua, or None when allowed.

    Only the ketua hands the role over; while the team has no ketua anyone may appoint one.
    """
    if not any(m.peran == Peran.KETUA.value for m in tim):
        return None
    if actor is None or actor.peran != Peran.KETUA.value:
        return "Hanya ketua tim yang dapat menunjuk, mengganti, atau menghapus ketua."
    return None


def why_cannot_edit(actor: Member | None) -> str | None:
    """Why ``actor`` may not edit drafts, or None when allowed (every team member may)."""
    if actor is None:
        return "Pilih dulu siapa Anda dari daftar tim."
    return None


def why_cannot_edit_service(actor: Member | None, status: str) -> str | None:
    """Why ``actor`` may not edit a service in ``status``, or None when allowed.

    A standard marked "siap dibahas" is frozen for the discussion until the ketua reopens it; one
    being discussed or awaiting adoption stays frozen; an adopted one changes only by a new revision.
    """
    reason = why_cannot_edit(actor)
    if reason is None and status == StatusLayanan.SIAP_DIBAHAS.value:
        return "Standar ini sudah ditandai siap dibahas. Minta ketua tim membukanya kembali untuk mengubahnya."
    if reason is None and status in (StatusLayanan.DIBAHAS.value, StatusLayanan.SIAP_DITETAPKAN.value):
        return (f"Standar ini berstatus \u201c{StatusLayanan(status).label.lower()}\u201d; isinya dikunci sampai "
                "ditetapkan. Minta ketua tim mengembalikannya ke draf untuk mengubahnya.")
    if reason is None and status == StatusLayanan.DITETAPKAN.value:
        return "Standar ini sudah ditetapkan. Perubahan dibuat sebagai revisi baru (versi berikutnya)."
    return reason


def why_cannot_delete_service(actor: Member | None, status: str) -> str | None:
    """Why ``actor`` may not delete a service in ``status``, or None when allowed.

    Deleting follows the same rule as editing: a standard marked "siap dibahas" is kept as it
    is for the discussion; the ketua reopens it first (Tinjauan), and may then delete it.
    """
    reason = why_cannot_edit(actor)
    if reason is None and status == StatusLayanan.DITETAPKAN.value:
        return ("Standar ini sudah ditetapkan dengan keputusan; ia tidak dapat dihapus. "
                "Cabut dengan keputusan baru, lalu buat revisi.")
    if reason is None and StatusLayanan.past_draft(status):
        if actor is not None and actor.peran == Peran.KETUA.value:
            return "Standar ini sudah ditandai siap dibahas. Buka kembali dulu di langkah Tinjauan untuk menghapusnya."
        return (
            "Standar ini sudah ditandai siap dibahas. Hanya ketua tim yang dapat membukanya kembali dan menghapusnya."
        )
    return reason


def why_cannot_run_discussion(actor: Member | None) -> str | None:
    """Why ``actor`` may not plan or record a discussion with the public, or None (the sekretaris or ketua may)."""
    reason = why_cannot_edit(actor)
    if reason is None and actor is not None and actor.peran not in (Peran.SEKRETARIS.value, Peran.KETUA.value):
        return "Hanya sekretaris atau ketua tim yang dapat merencanakan dan mencatat pembahasan."
    return reason


def why_cannot_apply_masukan(actor: Member | None, status: str) -> str | None:
    """Why ``actor`` may not apply an agreed input of a discussion to a service in ``status``, or None.

    The agreed inputs are how a standard changes while it is being discussed, so a service marked
    "siap dibahas" or "dibahas" takes them; one awaiting adoption or adopted does not.
    """
    reason = why_cannot_run_discussion(actor)
    if reason is None and status in (StatusLayanan.SIAP_DITETAPKAN.value, StatusLayanan.DITETAPKAN.value):
        return why_cannot_edit_service(actor, status)
    return reason


def team_problems(tim: list[Member]) -> list[str]:
    """Indonesian descriptions of what is wrong with the team's composition (empty when fine)."""
    problems = []
    ketua = [m for m in tim if m.peran == Peran.KETUA.value]
    if len(ketua) == 0:
        problems.append("Tim belum memiliki ketua.")
    elif len(ketua) > 1:
        problems.append("Tim hanya boleh memiliki satu ketua.")
    if not any(m.peran == Peran.SEKRETARIS.value for m in tim):
        problems.append("Tim belum memiliki sekretaris.")
    for m in tim:
        if m.peran not in Peran.values():
            problems.append(f"Peran '{m.peran}' untuk {m.nama} tidak dikenal.")
    return problems


def require(reason: str | None) -> None:
    """Raise NotAllowed with ``reason`` when it is not None."""
    if reason is not None:
        raise NotAllowed(reason)
