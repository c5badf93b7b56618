"""Members' optional PINs: who has one, checking it, and setting one's own (services layer).

A PIN is stored only as a salted PBKDF2 hash (``domain.pin``) in ``anggota.pin_hash`` and is
never part of SP JSON. It keeps a colleague on a shared PC from working under someone else's
name or doing what only the ketua may; it does not protect a copied file (see ``domain.pin``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain import pin as pins
from ..domain.enums import Peran
from ..domain.model import Member
from ..domain.roles import NotAllowed

if TYPE_CHECKING:
    from ..storage.repository import ProjectRepository
    from .session import ProjectSession


class PinRequired(NotAllowed):
    """The action needs a PIN that was not given; the UI asks for it and tries again.

    Attributes:
        member: whose PIN is asked for (the ketua for ketua-only actions).
    """

    def __init__(self, message: str, member: Member):
        super().__init__(message)
        self.member = member


class WrongPin(NotAllowed):
    """The PIN given does not match."""


def _ketua(repo: ProjectRepository) -> Member | None:
    return next((m for m in repo.members() if m.peran == Peran.KETUA.value), None)


def require_member_pin(repo: ProjectRepository, member: Member, pin: str | None) -> None:
    """Raise unless ``member`` has no PIN or ``pin`` is theirs."""
    stored = repo.member_pin_hash(member.id)
    if stored is None:
        return
    if not pin:
        raise PinRequired(f"Masukkan PIN {member.nama}.", member)
    if not pins.verify_pin(pin, stored):
        raise WrongPin(f"PIN {member.nama} salah.")


def require_ketua_pin(repo: ProjectRepository, pin: str | None) -> None:
    """Raise unless the team's ketua has no PIN or ``pin`` is the ketua's (ketua-only actions)."""
    ketua = _ketua(repo)
    if ketua is None:
        return
    stored = repo.member_pin_hash(ketua.id)
    if stored is None:
        return
    if not pin:
        raise PinRequired("Tindakan ini khusus ketua tim dan meminta PIN ketua.", ketua)
    if not pins.verify_pin(pin, stored):
        raise WrongPin("PIN ketua salah. Tindakan tidak dilakukan.")


def members_with_pin(session: ProjectSession) -> set[int]:
    """The ids of the members who have set a PIN."""
    return session.repo.members_with_pin()


def has_pin(session: ProjectSession, member_id: int) -> bool:
    """Whether the member has set a PIN."""
    return session.repo.member_pin_hash(member_id) is not None


def ketua_pin_needed(session: ProjectSession) -> bool:
    """Whether ketua-only actions ask for a PIN now (the ketua has one)."""
    ketua = _ketua(session.repo)
    return ketua is not None and has_pin(session, ketua.id)


def set_own_pin(session: ProjectSession, new_pin: str | None, current_pin: str | None = None) -> None:
    """Set, change (``new_pin``) or remove (None) the acting member's own PIN.

    Raises:
        NotAllowed: no member is acting, ``new_pin`` is not 4 to 8 digits, or the member already has
            a PIN and ``current_pin`` is not it (WrongPin / PinRequired).
    """
    actor = session.actor
    if actor is None:
        raise NotAllowed("Pilih dulu siapa Anda dari daftar tim.")
    stored = session.repo.member_pin_hash(actor.id)
    if stored is not None:
        require_member_pin(session.repo, actor, current_pin)
    if new_pin is None:
        if stored is None:
            return
        pin_hash, note = None, "PIN dihapus"
    else:
        reason = pins.why_pin_invalid(new_pin)
        if reason is not None:
            raise NotAllowed(reason)
        pin_hash, note = pins.hash_pin(new_pin), ("PIN diubah" if stored else "PIN diatur")
    with session._write("tim"):
        session.repo.set_member_pin_hash(actor.id, pin_hash)
        session.repo.add_audit(actor, "ubah", None, "tim", f"{note}: {actor.nama}")
