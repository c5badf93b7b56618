"""Penerapan records (internalisation, socialisation) and the periodic review of adopted standards (services layer).

A mixin of :class:`~sp_desktop.services.session.ProjectSession`: it uses the session's
``repo``, ``_write``, ``actor`` and audit helpers, and adds no state of its own. Activities live in
``Project.extra["penerapan"]`` (``domain.penerapan``); their files in the ``berkas`` table under
``"penerapan:<id>"``.
"""

from __future__ import annotations

import mimetypes
import uuid
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from ..domain import penerapan as domain
from ..domain import roles, validate
from ..domain.formatting import format_date, format_number
from ..domain.limits import MAX_LIST_ITEMS
from ..domain.model import ServiceSummary
from ..domain.penerapan import JenisKegiatan, Kegiatan, ReviewState
from ..storage.attachments import MAX_FILE_BYTES, Attachment

if TYPE_CHECKING:  # pragma: no cover - for the type checker: the session's attributes
    from .session import ProjectSession as _Session
else:
    _Session = object

WHAT = "penerapan"
"""The ``what`` of the change notifications of this stretch."""


def owner_of(kegiatan_id: str) -> str:
    """The ``berkas.pemilik`` key of an activity's files."""
    return f"penerapan:{kegiatan_id}"


def _check(k: Kegiatan) -> None:
    validate.enum_value(k.jenis, JenisKegiatan, "Jenis kegiatan")
    if not k.tanggal:
        raise roles.NotAllowed("Isi tanggal kegiatan.")
    validate.iso_date(k.tanggal, "Tanggal kegiatan")
    for value, label in ((k.sasaran, "Sasaran"), (k.media, "Media"), (k.keterangan, "Keterangan")):
        validate.text(value, label)
    if len(k.layanan) > MAX_LIST_ITEMS:
        raise roles.NotAllowed(f"Terlalu banyak layanan dipilih; paling banyak {format_number(MAX_LIST_ITEMS)}.")
    for name in k.layanan:
        validate.text(name, "Nama layanan")


def _describe(k: Kegiatan) -> str:
    when = domain.parse_date(k.tanggal)
    return f"{JenisKegiatan(k.jenis).label} {format_date(when) if when else k.tanggal}"


class PenerapanActions(_Session):
    """Use-cases of this stretch of the cycle on one open project (see the module docstring)."""

    # -- reads -----------------------------------------------------------------------------
    def kegiatan_list(self) -> list[Kegiatan]:
        """Every penerapan activity, in the order of the file."""
        return domain.all_from_extra(self.repo.extra())

    def kegiatan(self, kegiatan_id: str) -> Kegiatan:
        found = next((k for k in self.kegiatan_list() if k.id == kegiatan_id), None)
        if found is None:
            raise roles.NotAllowed("Kegiatan itu tidak ada lagi di proyek ini.")
        return found

    def review_states(self, summaries: Sequence[ServiceSummary] | None = None) -> dict[int, ReviewState]:
        """Per service id, when its standard was last adopted and reviewed (one read of the extras).

        Args:
            summaries: the list of services already read (the services list passes its own), or None.
        """
        summaries = self.repo.summaries() if summaries is None else summaries
        adopted_by_id = self.repo.adoption_dates()
        adopted = {s.jenis_pelayanan: adopted_by_id[s.id] for s in summaries if s.id in adopted_by_id}
        states = domain.review_states(self.repo.extra(), ((s.jenis_pelayanan, s.status) for s in summaries), adopted)
        return {s.id: states[s.jenis_pelayanan] for s in summaries}

    def stale_services(self, today: date | None = None) -> list[tuple[ServiceSummary, ReviewState]]:
        """The adopted standards last adopted or reviewed more than a year before ``today``, in list order."""
        today = today or date.today()
        summaries = self.repo.summaries()
        states = self.review_states(summaries)
        return [(s, states[s.id]) for s in summaries if states[s.id].stale(today)]

    # -- writes ----------------------------------------------------------------------------
    def _store(self, activities: list[Kegiatan]) -> None:
        extra = self.repo.extra()
        extra[domain.EXTRA_KEY] = [domain.to_dict(k) for k in activities]
        self.repo.save_extra(extra)

    def add_kegiatan(self, kegiatan: Kegiatan) -> Kegiatan:
        """Store a new activity (a new ``id`` is given); returns it as stored.

        Raises:
            roles.NotAllowed: an unknown jenis, a missing or invalid date, a text over the limits.
        """
        _check(kegiatan)
        stored = Kegiatan(**{**vars(kegiatan), "id": uuid.uuid4().hex, "layanan": list(kegiatan.layanan),
                             "lain": dict(kegiatan.lain)})
        with self._write(WHAT):
            self._store([*self.kegiatan_list(), stored])
            self.repo.add_audit(self.actor, "tambah", None, WHAT, f"Kegiatan penerapan dicatat: {_describe(stored)}")
        return stored

    def update_kegiatan(self, kegiatan: Kegiatan) -> None:
        """Store an edited activity (typing saves at once; the audit line of a minute's typing is one)."""
        _check(kegiatan)
        activities = self.kegiatan_list()
        index = next((i for i, k in enumerate(activities) if k.id == kegiatan.id), None)
        if index is None:
            raise roles.NotAllowed("Kegiatan itu tidak ada lagi di proyek ini.")
        activities[index] = kegiatan
        with self._write(WHAT):
            self._store(activities)
            self._audit_merged("ubah", None, WHAT, f"Kegiatan penerapan diubah: {_describe(kegiatan)}")

    def delete_kegiatan(self, kegiatan_id: str) -> None:
        """Remove an activity together with its files."""
        activities = self.kegiatan_list()
        gone = next((k for k in activities if k.id == kegiatan_id), None)
        if gone is None:
            return
        with self._write(WHAT):
            self._store([k for k in activities if k.id != kegiatan_id])
            self.repo.delete_attachments_of(owner_of(kegiatan_id))
            self.repo.add_audit(self.actor, "hapus", None, WHAT, f"Kegiatan penerapan dihapus: {_describe(gone)}")

    # -- files -----------------------------------------------------------------------------
    def kegiatan_files(self, kegiatan_id: str) -> list[Attachment]:
        """The files kept for an activity (without their bytes), in the order they were added."""
        return self.repo.attachments(owner_of(kegiatan_id))

    def kegiatan_file_data(self, attachment_id: int) -> bytes:
        data = self.repo.attachment_data(attachment_id)
        if data is None:
            raise roles.NotAllowed("Berkas itu tidak ada lagi di proyek ini.")
        return data

    def attach_kegiatan_file(self, kegiatan_id: str, nama: str, data: bytes, mime: str = "",
                             keterangan: str = "") -> int:
        """Keep a file (photo, attendance list, notulen, leaflet) with an activity; returns its id.

        Raises:
            roles.NotAllowed: the activity is gone, or the file is empty or larger than 25 MB.
        """
        k = self.kegiatan(kegiatan_id)
        if not data:
            raise roles.NotAllowed(f"Berkas {nama} kosong.")
        if len(data) > MAX_FILE_BYTES:
            raise roles.NotAllowed(f"Berkas {nama} terlalu besar ({format_number(len(data) // (1024 * 1024))} MB); "
                                   f"paling besar {MAX_FILE_BYTES // (1024 * 1024)} MB.")
        validate.text(keterangan, "Keterangan berkas")
        mime = mime or mimetypes.guess_type(nama)[0] or "application/octet-stream"
        with self._write(WHAT):
            attachment_id = self.repo.add_attachment(owner_of(k.id), "bukti", nama, mime, data, keterangan,
                                                     self._actor_name)
            self.repo.add_audit(self.actor, "tambah", None, WHAT, f"Berkas {nama} dilampirkan pada {_describe(k)}")
        return attachment_id

    def remove_kegiatan_file(self, attachment_id: int) -> None:
        attachment = self.repo.attachment(attachment_id)
        if attachment is None or not attachment.pemilik.startswith("penerapan:"):
            return
        with self._write(WHAT):
            self.repo.delete_attachment(attachment_id)
            self.repo.add_audit(self.actor, "hapus", None, WHAT, f"Berkas {attachment.nama} dihapus dari kegiatan")
