"""A discussion of the draft with the public (pembahasan): its plan, participants and inputs (domain layer).

Stored in ``Project.extra["pembahasan"]`` as the SP JSON list (sp-json.md, "Discussion and
adoption"). :func:`from_dict` / :func:`to_dict` read and write one item; keys the contract names
come first in its order, the app's own keys (``id``, the letter fields, ``notulen``, walk-ins)
follow, and keys neither knows are kept verbatim, so ``to_dict(from_dict(d)) == d`` for every
valid ``d`` up to key order.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .components import KOMPONEN_BY_KEY
from .enums import MetodePembahasan, UnsurPeserta
from .formatting.dates import format_date
from .roles import NotAllowed
from .validate import enum_value, iso_date, text

PENYELENGGARA = UnsurPeserta.PENYELENGGARA.value

# The five unsur masyarakat the PEKPPP evaluator counts (domain.md section 9), then the two the Perwali add.
PEKPPP_UNSUR = ("pengguna_layanan", "akademisi", "instansi_terkait", "organisasi", "media_massa")
PERWALI_UNSUR = ("tokoh_masyarakat", "pemerhati")

DEFAULT_HAL = "Undangan Pembahasan Rancangan Standar Pelayanan"
DEFAULT_ACARA = "Pembahasan Rancangan Standar Pelayanan"


@dataclass
class Peserta:
    """One invitee or walk-in. ``diundang`` False marks someone who came without an invitation."""

    nama: str = ""
    unsur: str = UnsurPeserta.PENGGUNA_LAYANAN.value
    instansi: str = ""
    jabatan: str = ""
    telepon: str = ""
    hadir: bool = False
    diundang: bool = True
    lain: dict[str, Any] = field(default_factory=dict)

    @property
    def dari_luar(self) -> bool:
        """True for a participant from outside the unit (every unsur but ``penyelenggara``)."""
        return self.unsur != PENYELENGGARA


@dataclass
class Masukan:
    """One input of a participant against a service's component, its follow-up and the agreement.

    ``diterapkan`` is the ISO time the agreed input was applied to the standard ("" while not).
    """

    layanan: str = ""
    komponen: str = "persyaratan"
    masukan: str = ""
    tindak_lanjut: str = ""
    disepakati: bool = False
    diterapkan: str = ""
    lain: dict[str, Any] = field(default_factory=dict)


@dataclass
class Pembahasan:
    """One meeting: plan (method, date, time, place, agenda), invitation, attendance, inputs, notes.

    Attributes:
        id: identity within the project file ("" until stored); attachments are filed under it.
        tanggal: ISO date or ""; ``mulai`` / ``selesai``: ``HH:MM`` in the unit's zona waktu, or "".
        layanan: the services on the agenda, by ``jenis_pelayanan``.
        sifat, lampiran, hal, tanggal_undangan, acara: the invitation letter's fields.
        penandatangan_undangan: ``"kepala"`` (the head signs the letter) or ``"ketua"`` (the ketua tim).
        notulen: the minutes, as typed.
    """

    metode: str = "fgd"
    tanggal: str = ""
    mulai: str = ""
    selesai: str = ""
    tempat: str = ""
    nomor_undangan: str = ""
    nomor_berita_acara: str = ""
    layanan: list[str] = field(default_factory=list)
    peserta: list[Peserta] = field(default_factory=list)
    masukan: list[Masukan] = field(default_factory=list)
    penandatangan_masyarakat: str = ""
    id: str = ""
    sifat: str = "Biasa"
    lampiran: str = ""
    hal: str = DEFAULT_HAL
    tanggal_undangan: str = ""
    acara: str = DEFAULT_ACARA
    penandatangan_undangan: str = "kepala"
    notulen: str = ""
    lain: dict[str, Any] = field(default_factory=dict)

    def hadir(self) -> list[Peserta]:
        """The participants marked as attended, in list order."""
        return [p for p in self.peserta if p.hadir]


# Contract keys of each object, in sp-json.md order; then the app's own keys with their defaults.
_PESERTA_KEYS = ("nama", "unsur", "instansi", "jabatan", "telepon", "hadir")
_PESERTA_OWN = {"diundang": True}
_MASUKAN_KEYS = ("layanan", "komponen", "masukan", "tindak_lanjut", "disepakati")
_MASUKAN_OWN = {"diterapkan": ""}
_SESI_KEYS = ("metode", "tanggal", "mulai", "selesai", "tempat", "nomor_undangan", "nomor_berita_acara",
              "layanan", "peserta", "masukan", "penandatangan_masyarakat")
_SESI_OWN = {"id": "", "sifat": "Biasa", "lampiran": "", "hal": DEFAULT_HAL, "tanggal_undangan": "",
             "acara": DEFAULT_ACARA, "penandatangan_undangan": "kepala", "notulen": ""}


def _split(data: dict[str, Any], known: tuple[str, ...], own: dict[str, Any]) -> tuple[dict, dict]:
    values = {k: data[k] for k in known if k in data}
    values.update({k: data[k] for k in own if k in data})
    lain = {k: v for k, v in data.items() if k not in known and k not in own}
    return values, lain


def _join(obj: Any, known: tuple[str, ...], own: dict[str, Any], convert=None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in known:
        value = getattr(obj, key)
        out[key] = convert(key, value) if convert else value
    for key, default in own.items():
        value = getattr(obj, key)
        if value != default:
            out[key] = value
    out.update(obj.lain)
    return out


def peserta_from_dict(data: dict[str, Any]) -> Peserta:
    values, lain = _split(data, _PESERTA_KEYS, _PESERTA_OWN)
    return Peserta(**values, lain=dict(lain))


def masukan_from_dict(data: dict[str, Any]) -> Masukan:
    values, lain = _split(data, _MASUKAN_KEYS, _MASUKAN_OWN)
    return Masukan(**values, lain=dict(lain))


def from_dict(data: dict[str, Any]) -> Pembahasan:
    """One discussion read from its SP JSON object (already validated by ``sp_json_validate``)."""
    values, lain = _split(data, _SESI_KEYS, _SESI_OWN)
    values["layanan"] = list(values.get("layanan", []))
    values["peserta"] = [peserta_from_dict(p) for p in values.get("peserta", [])]
    values["masukan"] = [masukan_from_dict(m) for m in values.get("masukan", [])]
    return Pembahasan(**values, lain=dict(lain))


def to_dict(p: Pembahasan) -> dict[str, Any]:
    """The SP JSON object of one discussion: every contract key, then the app's keys that are set."""

    def convert(key: str, value: Any) -> Any:
        if key == "peserta":
            return [_join(x, _PESERTA_KEYS, _PESERTA_OWN) for x in value]
        if key == "masukan":
            return [_join(x, _MASUKAN_KEYS, _MASUKAN_OWN) for x in value]
        if key == "layanan":
            return list(value)
        return value

    return _join(p, _SESI_KEYS, _SESI_OWN, convert)


def all_from_extra(extra: dict[str, Any]) -> list[Pembahasan]:
    """Every discussion of a project, in the order of the file (``Project.extra``)."""
    return [from_dict(item) for item in extra.get("pembahasan") or [] if isinstance(item, dict)]


def outside_unsur(p: Pembahasan, attended_only: bool = False) -> list[str]:
    """The distinct unsur from outside the unit invited (or, with ``attended_only``, attended), in enum order.

    A walk-in (``diundang`` False) counts as attended, never as invited.
    """
    present = {x.unsur for x in p.peserta if x.dari_luar and (x.hadir if attended_only else x.diundang)}
    return [u for u in UnsurPeserta.values() if u in present]


def missing_groups(p: Pembahasan) -> list[str]:
    """The groups the regulations and PEKPPP name that no invitee represents, as their labels."""
    invited = {x.unsur for x in p.peserta}
    return [UnsurPeserta(u).label for u in (*PEKPPP_UNSUR, *PERWALI_UNSUR) if u not in invited]


def covering(discussions: list[Pembahasan], jenis_pelayanan: str) -> list[Pembahasan]:
    """The discussions with ``jenis_pelayanan`` on their agenda."""
    return [p for p in discussions if jenis_pelayanan in p.layanan]


# -- the rules a stored discussion keeps (checked on every save) --------------------------------

PENANDATANGAN_UNDANGAN = {"kepala": "Kepala perangkat daerah", "ketua": "Ketua tim penyusun"}
UNSAVED_PREFIX = "urutan-"
"""Prefix of the stand-in id of a discussion stored without one (imported): ``urutan-<index>``."""

_TIME = re.compile(r"([01][0-9]|2[0-3]):[0-5][0-9]")


def new_id() -> str:
    """A fresh identity for a discussion (its attachments are filed under it)."""
    return uuid.uuid4().hex


def title(p: Pembahasan) -> str:
    """How a discussion is named in the audit trail and lists: "FGD 23 November 2018"."""
    metode = _SHORT_METODE.get(p.metode, p.metode)
    try:
        when = format_date(date.fromisoformat(p.tanggal)) if p.tanggal else "tanpa tanggal"
    except ValueError:
        when = p.tanggal
    return f"{metode} {when}"


_SHORT_METODE = {"fgd": "FGD", "public_hearing": "dengar pendapat", "fkp": "forum konsultasi publik"}


def check(p: Pembahasan, service_names: set[str], previous: Pembahasan | None = None) -> None:
    """Refuse a discussion the app must not store, with the reason in Indonesian.

    Args:
        p: the discussion as it would be stored.
        service_names: the ``jenis_pelayanan`` of every service in the project.
        previous: the stored version; a service name it already held may stay even when no service
            bears it any more (renamed since), so an old discussion never becomes unsavable.

    Raises:
        NotAllowed: an unknown method, unsur or component; a date that is not ``YYYY-MM-DD``; a time
            that is not ``HH:MM`` or an end before the start; a service that does not exist; a text
            over the length limit.
    """
    enum_value(p.metode, MetodePembahasan, "Metode pembahasan")
    for value, label in ((p.tanggal, "Tanggal pembahasan"), (p.tanggal_undangan, "Tanggal undangan")):
        if value:
            iso_date(value, label)
    for value, label in ((p.mulai, "Jam mulai"), (p.selesai, "Jam selesai")):
        if value and not _TIME.fullmatch(value):
            raise NotAllowed(f"{label} '{value}' tidak valid; gunakan format JJ:MM, misalnya 09:00.")
    if p.mulai and p.selesai and p.selesai < p.mulai:
        raise NotAllowed(f"Jam selesai ({p.selesai}) lebih awal daripada jam mulai ({p.mulai}).")
    if p.penandatangan_undangan not in PENANDATANGAN_UNDANGAN:
        raise NotAllowed(f"Penanda tangan undangan '{p.penandatangan_undangan}' tidak dikenal; pilih kepala atau "
                         "ketua.")
    allowed = set(service_names)
    if previous is not None:
        allowed |= set(previous.layanan) | {m.layanan for m in previous.masukan}
    for name in p.layanan:
        if name not in allowed:
            raise NotAllowed(f"Layanan \u201c{name}\u201d tidak ada di proyek ini.")
    for i, x in enumerate(p.peserta, start=1):
        enum_value(x.unsur, UnsurPeserta, f"Unsur peserta nomor {i}")
        for value in (x.nama, x.instansi, x.jabatan, x.telepon):
            text(value, f"Peserta nomor {i}")
    for i, m in enumerate(p.masukan, start=1):
        if m.komponen not in KOMPONEN_BY_KEY:
            raise NotAllowed(f"Komponen masukan nomor {i} '{m.komponen}' tidak dikenal.")
        if m.layanan and m.layanan not in allowed:
            raise NotAllowed(f"Layanan \u201c{m.layanan}\u201d pada masukan nomor {i} tidak ada di proyek ini.")
        for value in (m.masukan, m.tindak_lanjut):
            text(value, f"Masukan nomor {i}")
    for value, label in ((p.tempat, "Tempat"), (p.notulen, "Notulen"), (p.hal, "Hal"), (p.acara, "Acara")):
        text(value, label)


def second_round(p: Pembahasan) -> Pembahasan:
    """A new discussion for a further round: the same method, place, agenda and invitees, nothing recorded.

    Walk-ins of the first round become invitees; attendance, inputs, numbers, date and notes start blank.
    """
    return Pembahasan(
        metode=p.metode, tempat=p.tempat, layanan=list(p.layanan),
        peserta=[Peserta(nama=x.nama, unsur=x.unsur, instansi=x.instansi, jabatan=x.jabatan, telepon=x.telepon)
                 for x in p.peserta],
        sifat=p.sifat, lampiran=p.lampiran, hal=p.hal, acara=p.acara,
        penandatangan_undangan=p.penandatangan_undangan, id=new_id(),
    )
