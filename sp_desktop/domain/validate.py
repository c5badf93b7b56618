"""What the project may store: the same limits SP JSON import applies, checked on every save (domain layer).

Drafts may be incomplete (the review reports that), but never invalid: a value the app
stores must come back through its own export and import unchanged.
"""

from __future__ import annotations

import re
from datetime import date

from .enums import JenisSaluran, Klasifikasi, LabeledEnum, Peran, SatuanDurasi, Tahap, ZonaWaktu
from .model import Instansi, Layanan, Member
from .roles import NotAllowed

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def enum_value(value: str, enum: type[LabeledEnum], label: str) -> None:
    """Refuse a value outside ``enum``."""
    if value not in enum.values():
        raise NotAllowed(f"{label} '{value}' tidak dikenal; pilih salah satu dari {', '.join(enum.values())}.")


def money(value: object, label: str) -> int:
    """A whole, non-negative number of rupiah (a whole float becomes an int)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != int(value):
        raise NotAllowed(f"{label} harus berupa bilangan bulat rupiah.")
    if value < 0:
        raise NotAllowed(f"{label} tidak boleh negatif.")
    return int(value)


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
    """
    enum_value(lay.klasifikasi, Klasifikasi, "Klasifikasi")
    for i, item in enumerate(lay.persyaratan, start=1):
        enum_value(item.tahap, Tahap, f"Tahap persyaratan {i}")
    for i, step in enumerate(lay.prosedur, start=1):
        if step.durasi is not None:
            nilai = step.durasi.nilai
            if isinstance(nilai, bool) or not isinstance(nilai, (int, float)) or nilai != nilai or nilai <= 0:
                step.durasi = None
            elif step.durasi.satuan:
                enum_value(step.durasi.satuan, SatuanDurasi, f"Satuan waktu langkah {i}")
        step.biaya_pengguna = money(step.biaya_pengguna, f"Biaya pemohon langkah {i}")
        step.biaya_unit = money(step.biaya_unit, f"Biaya unit langkah {i}")
    if lay.biaya is not None:
        lay.biaya.tarif = money(lay.biaya.tarif, "Tarif")
        lay.biaya.beban_unit = money(lay.biaya.beban_unit, "Biaya yang ditanggung unit")
    for i, channel in enumerate(lay.pengaduan.saluran, start=1):
        enum_value(channel.jenis, JenisSaluran, f"Jenis saluran pengaduan {i}")


def instansi(inst: Instansi) -> None:
    """Check the unit's profile before it is stored."""
    enum_value(inst.zona_waktu, ZonaWaktu, "Zona waktu")
    nip(inst.kepala.nip, "NIP kepala")


def member(m: Member) -> None:
    """Check a team member before it is stored."""
    enum_value(m.peran, Peran, "Peran")
    nip(m.nip, f"NIP {m.nama}".strip())
    if not m.nama.strip():
        raise NotAllowed("Nama anggota tim wajib diisi.")
