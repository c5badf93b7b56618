"""The decrees of the cycle and the draft decree's evaluation, as kept in ``Project.extra`` (domain layer).

Keys of ``Project.extra`` (SP JSON optional project keys; the contract fixes only ``penetapan``'s
``nomor`` and ``tanggal``, the rest are the app's own and travel the same way):

- ``penetapan``: the latest decree adopting the standards — :class:`Keputusan`.
- ``riwayat_penetapan``: earlier decrees, oldest first, each a :class:`Keputusan` object.
- ``sk_tim``: the decree forming the team — :class:`Keputusan` (its members are ``Project.tim``).
- ``evaluasi_sk``: the Bagian Organisasi's evaluation of the draft decree — :class:`EvaluasiSk`.

:func:`from_dict` / :func:`to_dict` keep unknown keys verbatim and write the app's keys only when
set, so ``to_dict(from_dict(d)) == d`` for a valid ``d``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any


@dataclass
class Keputusan:
    """One decree (Keputusan).

    Attributes:
        nomor, tanggal: its number and ISO date ("" while not yet signed).
        menimbang: the considerations, each "bahwa …" without the letter; empty means the built-in ones.
        mengingat: the legal bases, each with its full Lembaran Negara citation; empty means those
            derived from the services' dasar hukum.
        menggantikan: "nomor|tanggal" of the decree this one replaces (a revision), or "".
        tempat: where it is set ("Ditetapkan di …"); "" means the unit's ``kota``.
    """

    nomor: str = ""
    tanggal: str = ""
    menimbang: list[str] = field(default_factory=list)
    mengingat: list[str] = field(default_factory=list)
    menggantikan: str = ""
    tempat: str = ""
    lain: dict[str, Any] = field(default_factory=dict)


@dataclass
class EvaluasiSk:
    """The draft decree sent to the Bagian Organisasi for evaluation (Perwali Bontang 31/2018 Pasal 12(4)).

    Attributes:
        nomor_surat: the cover letter's number; ``tanggal_kirim``: ISO date it was sent ("" = not yet).
        tanggal_balasan: ISO date of the reply ("" = none yet); ``hasil``: ``"disetujui"``,
            ``"perbaikan"`` (to be corrected) or "" (no reply); ``catatan``: the reply's notes.
    """

    nomor_surat: str = ""
    tanggal_kirim: str = ""
    tanggal_balasan: str = ""
    hasil: str = ""
    catatan: str = ""
    lain: dict[str, Any] = field(default_factory=dict)


_CONTRACT = ("nomor", "tanggal")  # always written for a Keputusan


def _names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls) if f.name != "lain")


def from_dict(cls: type, data: dict[str, Any] | None):
    """A ``Keputusan`` or ``EvaluasiSk`` read from its stored object (None gives an empty one)."""
    data = data or {}
    names = _names(cls)
    values = {k: (list(v) if isinstance(v, list) else v) for k, v in data.items() if k in names}
    return cls(**values, lain={k: v for k, v in data.items() if k not in names})


def to_dict(obj: Keputusan | EvaluasiSk) -> dict[str, Any]:
    """The stored object: the contract keys, then every other key that differs from its default."""
    blank = type(obj)()
    out: dict[str, Any] = {}
    for name in _names(type(obj)):
        value = getattr(obj, name)
        if (isinstance(obj, Keputusan) and name in _CONTRACT) or value != getattr(blank, name):
            out[name] = list(value) if isinstance(value, list) else value
    out.update(obj.lain)
    return out


def is_signed(k: Keputusan | None) -> bool:
    """True when the decree has both its number and its date."""
    return k is not None and bool(k.nomor.strip()) and bool(k.tanggal)
