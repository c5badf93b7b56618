"""The publication record: where each standard, the Maklumat and the survey result are published (domain layer).

Perwali Bontang 31/2018 Pasal 9 makes publication of the service-delivery components compulsory and
both regulations ask the Maklumat to be published widely; PEKPPP counts the media. Records live in
``Project.extra["publikasi"]`` as a list of objects; :func:`from_dict` / :func:`to_dict` keep keys they
do not know verbatim, so ``to_dict(from_dict(d)) == d`` for a valid ``d`` up to key order. Evidence
files are kept in the ``berkas`` table under ``"publikasi:<id>"``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .enums import LabeledEnum
from .text_records import record_from_dict, record_to_dict, records_from_extra

EXTRA_KEY = "publikasi"


class MediaPublikasi(LabeledEnum):
    """Where something is published."""

    WEBSITE = ("website", "Situs web (laman)")
    MEDIA_SOSIAL = ("media_sosial", "Media sosial")
    PAPAN_INFORMASI = ("papan_informasi", "Papan informasi")
    SIPPN = ("sippn", "SIPPN")
    MEDIA_CETAK = ("media_cetak", "Media cetak")
    MEDIA_ELEKTRONIK = ("media_elektronik", "Media elektronik")
    APLIKASI = ("aplikasi", "Aplikasi")
    BANNER = ("banner", "Banner/spanduk")


class ObjekPublikasi(LabeledEnum):
    """What is published."""

    STANDAR = ("standar", "Standar Pelayanan")
    MAKLUMAT = ("maklumat", "Maklumat Pelayanan")
    SKM = ("skm", "Hasil Survei Kepuasan Masyarakat")


@dataclass
class Publikasi:
    """One place where the unit publishes a standard, its Maklumat or its survey result.

    Attributes:
        id: identity within the project file ("" until stored).
        media: a :class:`MediaPublikasi` value.
        objek: an :class:`ObjekPublikasi` value.
        layanan: the services covered, by ``jenis_pelayanan``; empty means every service.
        alamat: the web address ("https://…") or "".
        sejak: ISO date ``YYYY-MM-DD`` since when, or "".
        keterangan: notes, as typed.
        lain: keys kept from elsewhere, written back as they came.
    """

    id: str = ""
    media: str = MediaPublikasi.WEBSITE.value
    objek: str = ObjekPublikasi.STANDAR.value
    layanan: list[str] = field(default_factory=list)
    alamat: str = ""
    sejak: str = ""
    keterangan: str = ""
    lain: dict[str, Any] = field(default_factory=dict)

    def covers(self, jenis_pelayanan: str) -> bool:
        """Whether the record is about ``jenis_pelayanan`` (an empty list covers every service)."""
        return not self.layanan or jenis_pelayanan in self.layanan


_KEYS = ("id", "media", "objek", "layanan", "alamat", "sejak", "keterangan")


def media_label(value: str) -> str:
    """The Indonesian label of a media value (the value itself when unknown)."""
    return MediaPublikasi(value).label if value in MediaPublikasi.values() else value


def objek_label(value: str) -> str:
    """The Indonesian label of an objek value (the value itself when unknown)."""
    return ObjekPublikasi(value).label if value in ObjekPublikasi.values() else value


def from_dict(data: Mapping[str, Any]) -> Publikasi:
    """One record read from its stored object; values of the wrong type fall back to the defaults."""
    return record_from_dict(Publikasi, _KEYS, data)


def to_dict(p: Publikasi) -> dict[str, Any]:
    """The stored object of one record: every own key, then the keys kept from elsewhere."""
    return record_to_dict(p, _KEYS)


def all_from_extra(extra: Mapping[str, Any]) -> list[Publikasi]:
    """Every record of a project, in the order of the file (``Project.extra``)."""
    return records_from_extra(extra, EXTRA_KEY, from_dict)


def is_web_address(text: str) -> bool:
    """Whether ``text`` is an ``http://`` or ``https://`` address with something after the scheme."""
    lowered = text.strip().lower()
    for scheme in ("https://", "http://"):
        if lowered.startswith(scheme) and len(lowered) > len(scheme) and " " not in text.strip():
            return True
    return False


def describe(p: Publikasi) -> str:
    """A short Indonesian description of a record, for the audit trail and lists."""
    return f"{objek_label(p.objek)} di {media_label(p.media)}"
