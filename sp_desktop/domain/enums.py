"""Closed vocabularies of the domain, with their Indonesian labels (domain layer)."""

from __future__ import annotations

from enum import Enum


class LabeledEnum(str, Enum):
    """A string enum whose members carry the label shown to users."""

    def __new__(cls, value: str, label: str):
        obj = str.__new__(cls, value)
        obj._value_ = value
        obj.label = label
        return obj

    @classmethod
    def values(cls) -> list[str]:
        """All stored values, in declaration order."""
        return [m.value for m in cls]


class Peran(LabeledEnum):
    """Role of a member in the Tim Penyusun Standar Pelayanan."""

    KETUA = ("ketua", "Ketua")
    SEKRETARIS = ("sekretaris", "Sekretaris")
    ANGGOTA = ("anggota", "Anggota")


class Klasifikasi(LabeledEnum):
    """Classification of a service (Perwali Bontang 31/2018 Pasal 6-7)."""

    BARANG = ("barang", "Pelayanan barang")
    JASA = ("jasa", "Pelayanan jasa")
    ADMINISTRATIF = ("administratif", "Pelayanan administratif")


class Tahap(LabeledEnum):
    """When a requirement is handed in."""

    AWAL = ("awal", "Di awal")
    AKHIR = ("akhir", "Di akhir")
    BERTAHAP = ("bertahap", "Bertahap")


class SatuanDurasi(LabeledEnum):
    """Unit of a procedure step's duration."""

    MENIT = ("menit", "menit")
    JAM = ("jam", "jam")
    HARI_KERJA = ("hari_kerja", "hari kerja")
    HARI = ("hari", "hari")


class JenisSaluran(LabeledEnum):
    """Complaint channel kinds."""

    KOTAK_SARAN = ("kotak_saran", "Kotak saran")
    SMS = ("sms", "SMS")
    TELEPON = ("telepon", "Telepon")
    WHATSAPP = ("whatsapp", "WhatsApp")
    EMAIL = ("email", "E-mail")
    WEBSITE = ("website", "Website")
    PETUGAS = ("petugas", "Petugas pengaduan")
    MEDIA_SOSIAL = ("media_sosial", "Media sosial")
    LAINNYA = ("lainnya", "Lainnya")


class ZonaWaktu(LabeledEnum):
    """Indonesian time zones."""

    WIB = ("WIB", "WIB (UTC+7)")
    WITA = ("WITA", "WITA (UTC+8)")
    WIT = ("WIT", "WIT (UTC+9)")


class StatusLayanan(LabeledEnum):
    """Life-cycle state of one service standard."""

    DRAF = ("draf", "Draf")
    SIAP_DIBAHAS = ("siap_dibahas", "Siap dibahas")


class Tingkat(LabeledEnum):
    """Severity of a check finding."""

    BLOKIR = ("BLOKIR", "Menghalangi")
    PERINGATAN = ("PERINGATAN", "Peringatan")
