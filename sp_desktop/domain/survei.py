"""Survey periods, respondents, follow-up plans and received complaints as records (domain layer).

The SP JSON keys ``survei`` and ``pengaduan_masuk`` (sp-json.md, "Monitoring"). Each record reads
from and writes to its JSON object with :func:`from_dict` / :func:`to_dict`: the contract's keys in
its order, then the app's own keys when set, then unknown keys verbatim, so a valid object round-trips.
In the project file the records live in their own tables (m006), not in ``extra``: a survey of
10,000 respondents is written one row at a time.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

PENDIDIKAN = ("SD", "SMP", "SMA", "D1", "D2", "D3", "S1", "S2", "S3", "lainnya")
PEKERJAAN = ("pns", "tni", "polri", "swasta", "wirausaha", "pelajar", "lainnya")
PEKERJAAN_LABELS = {"pns": "PNS", "tni": "TNI", "polri": "POLRI", "swasta": "Swasta", "wirausaha": "Wirausaha",
                    "pelajar": "Pelajar/Mahasiswa", "lainnya": "Lainnya"}
JENIS_KELAMIN = {"L": "Laki-laki", "P": "Perempuan"}
STATUS_PENGADUAN = {"baru": "Baru", "diproses": "Diproses", "selesai": "Selesai"}


@dataclass
class Responden:
    """One respondent: profile (every key optional) and the nine answers U1-U9 (1-4 or None)."""

    layanan: str = ""
    tanggal: str = ""
    jam: str = ""
    jenis_kelamin: str | None = None
    usia: int | None = None
    pendidikan: str | None = None
    pekerjaan: str | None = None
    nilai: list[int | None] = field(default_factory=lambda: [None] * 9)
    saran: str = ""
    lain: dict[str, Any] = field(default_factory=dict)


@dataclass
class TindakLanjut:
    """A planned follow-up action for a weak unsur (1-9); ``selesai`` is the ISO date done, or None while open."""

    unsur: int = 1
    rencana: str = ""
    penanggung_jawab: str = ""
    target: str = ""
    selesai: str | None = None
    lain: dict[str, Any] = field(default_factory=dict)


@dataclass
class Survei:
    """One survey period. ``id`` is the app's own identity ("" until stored); ``tanggal_laporan`` the
    ISO date the report was issued (the start of the follow-up clock), "" while not issued."""

    periode: str = ""
    mulai: str = ""
    selesai: str = ""
    layanan: list[str] = field(default_factory=list)
    populasi: int = 0
    responden: list[Responden] = field(default_factory=list)
    tindak_lanjut: list[TindakLanjut] = field(default_factory=list)
    id: str = ""
    tanggal_laporan: str = ""
    lain: dict[str, Any] = field(default_factory=dict)


@dataclass
class PengaduanMasuk:
    """One complaint received: channel (a ``pengaduan.saluran[].jenis``), service, component, status."""

    tanggal: str = ""
    saluran: str = "kotak_saran"
    layanan: str = ""
    komponen: str | None = None
    ringkasan: str = ""
    status: str = "baru"
    tindak_lanjut: str = ""
    tanggal_selesai: str | None = None
    id: str = ""
    lain: dict[str, Any] = field(default_factory=dict)


# Per class: the contract's keys (always written) and the app's own keys (written when not default).
_CONTRACT = {
    Responden: ("layanan", "tanggal", "jam", "jenis_kelamin", "usia", "pendidikan", "pekerjaan", "nilai", "saran"),
    TindakLanjut: ("unsur", "rencana", "penanggung_jawab", "target", "selesai"),
    Survei: ("periode", "mulai", "selesai", "layanan", "populasi", "responden", "tindak_lanjut"),
    PengaduanMasuk: ("tanggal", "saluran", "layanan", "komponen", "ringkasan", "status", "tindak_lanjut",
                     "tanggal_selesai"),
}
# Profile keys a respondent may leave out of the file: absent stays absent (None), never written as null.
_OPTIONAL_PROFILE = ("jenis_kelamin", "usia", "pendidikan", "pekerjaan")


def _names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls) if f.name != "lain")


def from_dict(cls: type, data: dict[str, Any]):
    """A record of ``cls`` from its (validated) SP JSON object."""
    names = _names(cls)
    values = {k: v for k, v in data.items() if k in names}
    if cls is Survei:
        values["layanan"] = list(values.get("layanan", []))
        values["responden"] = [from_dict(Responden, r) for r in values.get("responden", [])]
        values["tindak_lanjut"] = [from_dict(TindakLanjut, t) for t in values.get("tindak_lanjut", [])]
    if cls is Responden and "nilai" in values:
        values["nilai"] = list(values["nilai"])
    return cls(**values, lain={k: v for k, v in data.items() if k not in names})


def to_dict(obj: Any) -> dict[str, Any]:
    """The SP JSON object of a record (see the module docstring for the key order)."""
    cls = type(obj)
    blank = cls()
    contract = _CONTRACT[cls]
    out: dict[str, Any] = {}
    for name in _names(cls):
        value = getattr(obj, name)
        if cls is Responden and name in _OPTIONAL_PROFILE and value is None:
            continue
        if name in contract or value != getattr(blank, name):
            if cls is Survei and name in ("responden", "tindak_lanjut"):
                value = [to_dict(x) for x in value]
            elif isinstance(value, list):
                value = list(value)
            out[name] = value
    out.update(obj.lain)
    return out
