"""Evaluation notes per service: what the survey and the complaints say, and what to change (domain layer).

Kept in ``Project.extra["evaluasi_layanan"]`` as a list of objects, one per service. A note cites the
survey period it read (``survei``), that survey's weak unsur (the lowest NRR, ``unsur_lemah``) and the
complaints about the service by component (``pengaduan``: component key, "" for none named -> count);
the team writes what to change (``perubahan``) and why (``alasan``). When the ketua opens a revision
from it, ``revisi_versi`` records the draft version the note led to. Unknown keys are kept verbatim.
"""

from __future__ import annotations

import copy
import re
import uuid
from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any

from .sp_json_validate import KOMPONEN_KEYS, Obj, SpJsonError, wrong_type

EXTRA_KEY = "evaluasi_layanan"
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


@dataclass
class EvaluasiLayanan:
    """One service's evaluation note (see the module docstring)."""

    layanan: str = ""
    id: str = ""
    tanggal: str = ""
    survei: str = ""
    ikm: float | None = None
    unsur_lemah: list[int] = field(default_factory=list)
    pengaduan: dict[str, int] = field(default_factory=dict)
    perubahan: str = ""
    alasan: str = ""
    revisi_versi: int | None = None
    lain: dict[str, Any] = field(default_factory=dict)

    @property
    def jumlah_pengaduan(self) -> int:
        return sum(self.pengaduan.values())


def new_id() -> str:
    """A fresh identity for a note (the audit line of the revision names it)."""
    return uuid.uuid4().hex


def _names() -> tuple[str, ...]:
    return tuple(f.name for f in fields(EvaluasiLayanan) if f.name != "lain")


def from_dict(data: dict[str, Any]) -> EvaluasiLayanan:
    """A note from its (validated) object; unknown keys go to ``lain``."""
    names = _names()
    values = {k: copy.deepcopy(v) for k, v in data.items() if k in names}
    return EvaluasiLayanan(**values, lain={k: copy.deepcopy(v) for k, v in data.items() if k not in names})


def to_dict(note: EvaluasiLayanan) -> dict[str, Any]:
    """The note's object: its known keys in order (None values left out), then the unknown ones."""
    out: dict[str, Any] = {}
    for name in _names():
        value = getattr(note, name)
        if value is not None:
            out[name] = copy.deepcopy(value)
    out.update(copy.deepcopy(note.lain))
    return out


def all_from_extra(extra: dict[str, Any]) -> list[EvaluasiLayanan]:
    """Every note in the project, in file order."""
    return [from_dict(item) for item in extra.get(EXTRA_KEY) or [] if isinstance(item, dict)]


def note_for(notes: list[EvaluasiLayanan], layanan: str) -> EvaluasiLayanan | None:
    """The note of a service (the last one when a file carries several)."""
    found = [n for n in notes if n.layanan == layanan]
    return found[-1] if found else None


def weakest_unsur(nrr: dict[int, Any]) -> list[int]:
    """The unsur with the lowest NRR (all of them when tied); ``nrr`` maps unsur 1-9 to its NRR or None."""
    known = {u: v for u, v in nrr.items() if v is not None}
    if not known:
        return []
    low = min(known.values())
    return sorted(u for u, v in known.items() if v == low)


def is_blank(note: EvaluasiLayanan) -> bool:
    """Nothing written yet: no change proposed and no reason given."""
    return not note.perubahan.strip() and not note.alasan.strip()


def today_text() -> str:
    return date.today().isoformat()


# -- SP JSON -----------------------------------------------------------------------------------------------------------


def _read_note(o: Obj) -> None:
    o.text("layanan")
    for key in ("id", "survei", "perubahan", "alasan"):
        if key in o.data:
            o.text(key)
    if "tanggal" in o.data:
        text = o.text("tanggal")
        try:
            if text and not _DATE.fullmatch(text):
                raise ValueError
            if text:
                date.fromisoformat(text)
        except ValueError:
            raise SpJsonError(o.at("tanggal"), f"'{text}' bukan tanggal yang sah dalam bentuk TTTT-BB-HH") from None
    if "ikm" in o.data:
        value = o.raw("ikm")
        if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
            raise wrong_type(o.at("ikm"), "bilangan", value)
    if "unsur_lemah" in o.data:
        items = o.raw("unsur_lemah")
        if not isinstance(items, list):
            raise wrong_type(o.at("unsur_lemah"), "daftar", items)
        for i, value in enumerate(items):
            if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 9:
                raise SpJsonError(f"{o.at('unsur_lemah')}[{i}]", f"{value!r} bukan nomor unsur 1 sampai 9")
    if "pengaduan" in o.data:
        counts = o.raw("pengaduan")
        if not isinstance(counts, dict):
            raise wrong_type(o.at("pengaduan"), "objek", counts)
        for key, value in counts.items():
            if key and key not in KOMPONEN_KEYS:
                raise SpJsonError(f"{o.at('pengaduan')}.{key}", "bukan komponen standar pelayanan")
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise wrong_type(f"{o.at('pengaduan')}.{key}", "bilangan bulat tidak negatif", value)
    if "revisi_versi" in o.data:
        value = o.raw("revisi_versi")
        if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 2):
            raise SpJsonError(o.at("revisi_versi"), f"{value!r} bukan nomor versi revisi (2 atau lebih)")


def read_evaluasi_layanan(value: Any, path: str) -> list[Any]:
    """Validate the optional ``evaluasi_layanan`` list and return a deep copy of it, verbatim."""
    if not isinstance(value, list):
        raise wrong_type(path, "daftar", value)
    for i, item in enumerate(value):
        _read_note(Obj(item, f"{path}[{i}]"))
    return copy.deepcopy(value)
