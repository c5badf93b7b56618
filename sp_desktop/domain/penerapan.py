"""Applying adopted standards (penerapan): internalisation, socialisation and periodic review (domain layer).

Perwali Metro 19/2018 BAB III D asks the unit to internalise and socialise an adopted standard and to
document it; PEKPPP 4.a.K scores a yearly review. Activities are kept in ``Project.extra["penerapan"]``
as a list of objects; :func:`from_dict` / :func:`to_dict` keep keys they do not know verbatim, so
``to_dict(from_dict(d)) == d`` for a valid ``d`` up to key order.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, NamedTuple

from .enums import LabeledEnum, StatusLayanan
from .text_records import record_from_dict, record_to_dict, records_from_extra

EXTRA_KEY = "penerapan"
REVIEW_PERIOD_DAYS = 365
"""An adopted standard not reviewed for longer than this is due for review (PEKPPP scores it yearly)."""


class JenisKegiatan(LabeledEnum):
    """What an activity of the penerapan is."""

    INTERNALISASI = ("internalisasi", "Internalisasi")
    SOSIALISASI = ("sosialisasi", "Sosialisasi")
    REVIU = ("reviu", "Reviu berkala")
    LAINNYA = ("lainnya", "Lainnya")


MEDIA_SUGGESTIONS = (
    "Rapat", "Apel pagi", "Spanduk", "Banner", "Papan informasi", "Laman (website)", "Media sosial", "Leaflet",
    "Brosur", "Radio", "Surat kabar",
)
"""Media offered for picking; the team may type any other."""


@dataclass
class Kegiatan:
    """One internalisation, socialisation or review activity.

    Attributes:
        id: identity within the project file ("" until stored); its files are filed under "penerapan:<id>".
        jenis: a :class:`JenisKegiatan` value.
        tanggal: ISO date ``YYYY-MM-DD``.
        sasaran: the audience (e.g. "Seluruh pegawai", "Ketua RT se-Kecamatan").
        media: how it was done (rapat, spanduk, website, media sosial, leaflet, …).
        layanan: the services covered, by ``jenis_pelayanan``; empty means every service.
        keterangan: notes, as typed.
    """

    id: str = ""
    jenis: str = JenisKegiatan.SOSIALISASI.value
    tanggal: str = ""
    sasaran: str = ""
    media: str = ""
    layanan: list[str] = field(default_factory=list)
    keterangan: str = ""
    lain: dict[str, Any] = field(default_factory=dict)

    def covers(self, jenis_pelayanan: str) -> bool:
        """Whether the activity is about ``jenis_pelayanan`` (an empty list covers every service)."""
        return not self.layanan or jenis_pelayanan in self.layanan

    def date(self) -> date | None:
        """``tanggal`` as a date, or None when it is blank or not a date."""
        return parse_date(self.tanggal)


_KEYS = ("id", "jenis", "tanggal", "sasaran", "media", "layanan", "keterangan")


def parse_date(text: Any) -> date | None:
    """An ISO date read from stored text (only its first ten characters count), or None."""
    if not isinstance(text, str) or len(text) < 10:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def from_dict(data: Mapping[str, Any]) -> Kegiatan:
    """One activity read from its stored object; values of the wrong type fall back to the defaults."""
    return record_from_dict(Kegiatan, _KEYS, data)


def to_dict(k: Kegiatan) -> dict[str, Any]:
    """The stored object of one activity: every own key, then the keys kept from elsewhere."""
    return record_to_dict(k, _KEYS)


def all_from_extra(extra: Mapping[str, Any]) -> list[Kegiatan]:
    """Every activity of a project, in the order of the file (``Project.extra``)."""
    return records_from_extra(extra, EXTRA_KEY, from_dict)


def covering(activities: Iterable[Kegiatan], jenis_pelayanan: str) -> list[Kegiatan]:
    """The activities about ``jenis_pelayanan``, in the given order."""
    return [k for k in activities if k.covers(jenis_pelayanan)]


class ReviewState(NamedTuple):
    """When a service's standard was last adopted and last reviewed.

    Attributes:
        ditetapkan: the adoption date of the version in force, or None when it was never adopted.
        ditinjau: the latest review ("reviu") activity covering it, or None.
    """

    ditetapkan: date | None
    ditinjau: date | None

    @property
    def last(self) -> date | None:
        """The later of the adoption and the review, or None."""
        dates = [d for d in (self.ditetapkan, self.ditinjau) if d is not None]
        return max(dates) if dates else None

    def stale(self, today: date) -> bool:
        """An adopted standard last adopted or reviewed more than :data:`REVIEW_PERIOD_DAYS` before ``today``."""
        last = self.last
        return self.ditetapkan is not None and last is not None and (today - last).days > REVIEW_PERIOD_DAYS


def decree_date(extra: Mapping[str, Any]) -> date | None:
    """The date of the latest adoption decree (``extra["penetapan"]["tanggal"]``), or None."""
    decree = extra.get("penetapan")
    return parse_date(decree.get("tanggal")) if isinstance(decree, dict) else None


def review_states(
    extra: Mapping[str, Any],
    services: Iterable[tuple[str, str]],
    adopted: Mapping[str, str] | None = None,
) -> dict[str, ReviewState]:
    """The review state of many services at once, reading the activities once.

    Args:
        extra: the project's ``extra`` keys.
        services: ``(jenis_pelayanan, status)`` of each service.
        adopted: per ``jenis_pelayanan``, the ISO decree date of its latest adopted version (the
            versions table), when known; a ``ditetapkan`` service without one takes the project's decree date.

    Returns:
        ``jenis_pelayanan`` -> :class:`ReviewState`.
    """
    adopted = adopted or {}
    decree = decree_date(extra)
    reviews_all: date | None = None
    reviews: dict[str, date] = {}
    for k in all_from_extra(extra):
        when = k.date()
        if k.jenis != JenisKegiatan.REVIU.value or when is None:
            continue
        if not k.layanan:
            reviews_all = max(reviews_all, when) if reviews_all else when
        for name in k.layanan:
            reviews[name] = max(reviews[name], when) if name in reviews else when
    out: dict[str, ReviewState] = {}
    for name, status in services:
        ditetapkan = parse_date(adopted.get(name))
        if ditetapkan is None and status == StatusLayanan.DITETAPKAN.value:
            ditetapkan = decree
        reviewed = [d for d in (reviews.get(name), reviews_all) if d is not None]
        out[name] = ReviewState(ditetapkan, max(reviewed) if reviewed else None)
    return out


def _state_of(project, jenis_pelayanan: str) -> ReviewState:
    status = next((s.status for s in project.layanan if s.jenis_pelayanan == jenis_pelayanan), "")
    return review_states(project.extra, [(jenis_pelayanan, status)])[jenis_pelayanan]


def last_reviewed(project, jenis_pelayanan: str) -> date | None:
    """The later of the adoption date of the service's version in force and its latest review, or None.

    Args:
        project: a :class:`~sp_desktop.domain.model.Project`.
        jenis_pelayanan: the service's name.
    """
    return _state_of(project, jenis_pelayanan).last


def is_stale(project, jenis_pelayanan: str, today: date) -> bool:
    """Whether the service's adopted standard is due for review: last adopted or reviewed over a year ago."""
    return _state_of(project, jenis_pelayanan).stale(today)
