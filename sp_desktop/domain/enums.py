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
    """Complaint channel kinds, in the order of the SP JSON contract (``pengaduan.saluran[].jenis``).

    ``lainnya`` is a channel of the unit's own, named in ``SaluranPengaduan.nama``.
    """

    KOTAK_SARAN = ("kotak_saran", "Kotak saran")
    SMS = ("sms", "SMS")
    TELEPON = ("telepon", "Telepon")
    WHATSAPP = ("whatsapp", "WhatsApp")
    EMAIL = ("email", "E-mail")
    WEBSITE = ("website", "Laman")
    PETUGAS = ("petugas", "Petugas pengaduan")
    MEDIA_SOSIAL = ("media_sosial", "Media sosial")
    SP4N_LAPOR = ("sp4n_lapor", "SP4N-LAPOR!")
    LAINNYA = ("lainnya", "Lainnya")

    @classmethod
    def from_text(cls, text: str) -> JenisSaluran | None:
        """The channel ``text`` names as a whole ("SP4N-LAPOR!", "lapor", "Laman", "e-mail"), or None.

        Only a whole name or a known alias matches, never a first letter, so that a channel the
        list does not know is kept as the team's own ``lainnya`` channel instead of becoming another.
        """
        key = _squeeze(text)
        if not key:
            return None
        for member in cls:
            if key in (_squeeze(member.value), _squeeze(member.label)):
                return member
        alias = _CHANNEL_ALIASES.get(key)
        return cls(alias) if alias else None

    @classmethod
    def name_of(cls, jenis: str, nama: str = "") -> str:
        """How a channel is named to readers: its own ``nama`` when it has one, else its kind's label."""
        if nama and nama.strip():
            return nama.strip()
        return next((m.label for m in cls if m.value == jenis), jenis)


def _squeeze(text: str) -> str:
    return "".join(ch for ch in (text or "").casefold() if ch.isalnum())


_CHANNEL_ALIASES = {
    "lapor": "sp4n_lapor", "sp4n": "sp4n_lapor", "laporgoid": "sp4n_lapor", "sp4nlaporgoid": "sp4n_lapor",
    "kotaksaranpengaduan": "kotak_saran", "kotakpengaduan": "kotak_saran",
    "surel": "email", "surat elektronik": "email", "mail": "email",
    "website": "website", "web": "website", "situsweb": "website", "situs": "website", "laman web": "website",
    "wa": "whatsapp", "telp": "telepon", "tel": "telepon", "telpon": "telepon", "hotline": "telepon",
    "pesansingkat": "sms", "medsos": "media_sosial", "instagram": "media_sosial", "facebook": "media_sosial",
    "petugas": "petugas", "loketpengaduan": "petugas",
}
_CHANNEL_ALIASES = {_squeeze(k): v for k, v in _CHANNEL_ALIASES.items()}


class ZonaWaktu(LabeledEnum):
    """Indonesian time zones."""

    WIB = ("WIB", "WIB (UTC+7)")
    WITA = ("WITA", "WITA (UTC+8)")
    WIT = ("WIT", "WIT (UTC+9)")


class StatusLayanan(LabeledEnum):
    """Life-cycle state of one service standard, in the order of the cycle.

    Only ``draf`` may be edited in place; from ``siap_dibahas`` on the content is frozen
    (for the discussion, then for adoption); a ``ditetapkan`` standard changes only by a new
    revision, which starts again as ``draf``.
    """

    DRAF = ("draf", "Draf")
    SIAP_DIBAHAS = ("siap_dibahas", "Siap dibahas")
    DIBAHAS = ("dibahas", "Dibahas")
    SIAP_DITETAPKAN = ("siap_ditetapkan", "Siap ditetapkan")
    DITETAPKAN = ("ditetapkan", "Ditetapkan")

    @classmethod
    def past_draft(cls, status: str) -> bool:
        """True for every status after ``draf``: the content is frozen and its documents may be printed."""
        return status in cls.values() and status != cls.DRAF.value


class MetodePembahasan(LabeledEnum):
    """How the draft is discussed with the public (SP JSON ``pembahasan[].metode``)."""

    FGD = ("fgd", "Diskusi kelompok terfokus (FGD)")
    PUBLIC_HEARING = ("public_hearing", "Dengar pendapat (public hearing)")
    FKP = ("fkp", "Forum konsultasi publik")


class UnsurPeserta(LabeledEnum):
    """Which group a participant of a discussion represents (SP JSON ``peserta[].unsur``).

    Every value but ``penyelenggara`` is a participant from outside the unit.
    """

    PENYELENGGARA = ("penyelenggara", "Penyelenggara (unit sendiri)")
    PENGGUNA_LAYANAN = ("pengguna_layanan", "Masyarakat pengguna layanan")
    TOKOH_MASYARAKAT = ("tokoh_masyarakat", "Tokoh masyarakat")
    PEMERHATI = ("pemerhati", "Pemerhati pelayanan publik")
    ORGANISASI = ("organisasi", "Organisasi masyarakat sipil")
    AKADEMISI = ("akademisi", "Ahli, praktisi, akademisi")
    INSTANSI_TERKAIT = ("instansi_terkait", "Instansi terkait")
    MEDIA_MASSA = ("media_massa", "Media massa")
    LAINNYA = ("lainnya", "Lainnya")


class Tingkat(LabeledEnum):
    """Severity of a check finding."""

    BLOKIR = ("BLOKIR", "Menghalangi")
    PERINGATAN = ("PERINGATAN", "Peringatan")
