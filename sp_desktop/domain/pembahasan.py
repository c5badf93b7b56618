"""A discussion of the draft with the public (pembahasan): its plan, participants and inputs (domain layer).

Stored in ``Project.extra["pembahasan"]`` as the SP JSON list (sp-json.md, "Discussion and
adoption"). :func:`from_dict` / :func:`to_dict` read and write one item; keys the contract names
come first in its order, the app's own keys (``id``, the letter fields, ``notulen``, walk-ins)
follow, and keys neither knows are kept verbatim, so ``to_dict(from_dict(d)) == d`` for every
valid ``d`` up to key order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .enums import UnsurPeserta

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
    """The distinct unsur from outside the unit invited (or, with ``attended_only``, attended), in enum order."""
    present = {x.unsur for x in p.peserta if x.dari_luar and (x.hadir or not attended_only)}
    return [u for u in UnsurPeserta.values() if u in present]


def missing_groups(p: Pembahasan) -> list[str]:
    """The groups the regulations and PEKPPP name that no invitee represents, as their labels."""
    invited = {x.unsur for x in p.peserta}
    return [UnsurPeserta(u).label for u in (*PEKPPP_UNSUR, *PERWALI_UNSUR) if u not in invited]


def covering(discussions: list[Pembahasan], jenis_pelayanan: str) -> list[Pembahasan]:
    """The discussions with ``jenis_pelayanan`` on their agenda."""
    return [p for p in discussions if jenis_pelayanan in p.layanan]
