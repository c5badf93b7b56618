"""What the project may store: the same limits SP JSON import applies, checked on every save (domain layer).

Drafts may be incomplete (the review reports that), but never invalid: a value the app
stores must come back through its own export and import unchanged. The bounds are in :mod:`limits`.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Iterator
from datetime import date

from .components import komponen_label
from .enums import JenisSaluran, Klasifikasi, LabeledEnum, Peran, SatuanDurasi, Tahap, ZonaWaktu
from .formatting import DURATION_UNITS, format_number
from .limits import MAX_DURASI, MAX_LIST_ITEMS, MAX_RUPIAH, MAX_TEXT_CHARS
from .model import Durasi, Instansi, Layanan, Member
from .roles import NotAllowed

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def enum_value(value: str, enum: type[LabeledEnum], label: str) -> None:
    """Refuse a value outside ``enum``."""
    if value not in enum.values():
        raise NotAllowed(f"{label} '{value}' tidak dikenal; pilih salah satu dari {', '.join(enum.values())}.")


def money(value: object, label: str) -> int:
    """A whole number of rupiah from 0 to ``limits.MAX_RUPIAH`` (a whole float becomes an int)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise NotAllowed(f"{label} harus berupa bilangan bulat rupiah.")
    if isinstance(value, float) and not (math.isfinite(value) and value.is_integer()):
        raise NotAllowed(f"{label} harus berupa bilangan bulat rupiah.")
    if value < 0:
        raise NotAllowed(f"{label} tidak boleh negatif.")
    if value > MAX_RUPIAH:
        raise NotAllowed(f"{label} terlalu besar; paling banyak Rp{format_number(MAX_RUPIAH)} (di bawah satu triliun "
                         "rupiah).")
    return int(value)


def text(value: str, label: str) -> None:
    """A text of at most ``limits.MAX_TEXT_CHARS`` characters."""
    if len(value) > MAX_TEXT_CHARS:
        raise NotAllowed(f"{label} terlalu panjang ({format_number(len(value))} karakter); paling banyak "
                         f"{format_number(MAX_TEXT_CHARS)} karakter.")


def _texts(value: object, label: str) -> Iterator[tuple[str, str]]:
    # Every text inside a component, labelled with the component and the item's number in its list.
    if dataclasses.is_dataclass(value):
        for f in dataclasses.fields(value):
            yield from _texts(getattr(value, f.name), label)
    elif isinstance(value, list):
        for i, item in enumerate(value, start=1):
            yield from _texts(item, f"{label} nomor {i}")
    elif isinstance(value, str):
        yield value, label


def _durasi(durasi: Durasi, i: int) -> Durasi | None:
    nilai = durasi.nilai
    if isinstance(nilai, bool) or not isinstance(nilai, (int, float)) or nilai != nilai:  # NaN
        raise NotAllowed(f"Lama waktu langkah {i} harus berupa angka.")
    if nilai <= 0:
        return None  # the editor's 0 means "no duration yet"
    if durasi.satuan:
        enum_value(durasi.satuan, SatuanDurasi, f"Satuan waktu langkah {i}")
    if nilai > MAX_DURASI:
        unit = DURATION_UNITS.get(durasi.satuan, "dalam satuannya")
        raise NotAllowed(f"Lama waktu langkah {i} terlalu besar; paling banyak {format_number(MAX_DURASI)} {unit}.")
    return durasi


def nip(value: str, label: str) -> None:
    """An 18-digit NIP, or empty for someone without one."""
    if value and not (len(value) == 18 and value.isascii() and value.isdigit()):
        raise NotAllowed(f"{label} harus 18 angka tanpa spasi, atau dikosongkan.")


def iso_date(value: str, label: str) -> None:
    """A real date written ``YYYY-MM-DD``."""
    try:
        if not _ISO_DATE.fullmatch(value):
            raise ValueError(value)
        date.fromisoformat(value)
    except ValueError as exc:
        raise NotAllowed(f"{label} '{value}' tidak valid; gunakan format TTTT-BB-HH, misalnya 2018-11-30.") from exc


def layanan(lay: Layanan) -> None:
    """Check (and normalise in place) a service before it is stored.

    A duration of zero or less becomes "no duration yet", and whole-number fees become ints.

    Raises:
        NotAllowed: for a value SP JSON import would refuse: an unknown choice, a number outside the bounds of
            :mod:`limits` (true/false is no number), or a text longer than ``limits.MAX_TEXT_CHARS``.
    """
    for name, value in vars(lay).items():
        if isinstance(value, list) and len(value) > MAX_LIST_ITEMS:
            limit = f"{MAX_LIST_ITEMS:,}".replace(",", ".")
            raise NotAllowed(f"Komponen {name} terlalu panjang; paling banyak {limit} butir.")
    enum_value(lay.klasifikasi, Klasifikasi, "Klasifikasi")
    for i, item in enumerate(lay.persyaratan, start=1):
        enum_value(item.tahap, Tahap, f"Tahap persyaratan {i}")
    for i, step in enumerate(lay.prosedur, start=1):
        if step.durasi is not None:
            step.durasi = _durasi(step.durasi, i)
        step.biaya_pengguna = money(step.biaya_pengguna, f"Biaya pemohon langkah {i}")
        step.biaya_unit = money(step.biaya_unit, f"Biaya unit langkah {i}")
    if lay.biaya is not None:
        lay.biaya.tarif = money(lay.biaya.tarif, "Tarif")
        lay.biaya.beban_unit = money(lay.biaya.beban_unit, "Biaya yang ditanggung unit")
    for i, channel in enumerate(lay.pengaduan.saluran, start=1):
        enum_value(channel.jenis, JenisSaluran, f"Jenis saluran pengaduan {i}")
    for key in (f.name for f in dataclasses.fields(Layanan) if f.name not in ("status", "id", "position")):
        label = "Nama jenis pelayanan" if key == "jenis_pelayanan" else f"Komponen {komponen_label(key)}"
        for value, where in _texts(getattr(lay, key), label):
            text(value, where)


def instansi(inst: Instansi) -> None:
    """Check the unit's profile before it is stored."""
    enum_value(inst.zona_waktu, ZonaWaktu, "Zona waktu")
    nip(inst.kepala.nip, "NIP kepala")
    for value, where in _texts(inst, "Profil instansi"):
        text(value, where)


def member(m: Member) -> None:
    """Check a team member before it is stored."""
    enum_value(m.peran, Peran, "Peran")
    nip(m.nip, f"NIP {m.nama}".strip())
    if not m.nama.strip():
        raise NotAllowed("Nama anggota tim wajib diisi.")
    for value, where in _texts(m, "Data anggota tim"):
        text(value, where)
