"""The publication record and the SIPPN export (services layer).

Functions taking an open :class:`~sp_desktop.services.session.ProjectSession`. Records live in
``Project.extra["publikasi"]`` (``domain.publikasi``), their evidence in the ``berkas`` table under
``"publikasi:<id>"``, the SIPPN column mapping in ``Project.extra["sippn_kolom"]`` (``domain.sippn``).
Every write is one transaction with one audit line, komponen "publikasi", and notifies what="publikasi".
"""

from __future__ import annotations

import mimetypes
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain import publikasi as domain
from ..domain import roles, sippn, validate
from ..domain.formatting import format_number
from ..domain.limits import MAX_LIST_ITEMS
from ..domain.publikasi import MediaPublikasi, ObjekPublikasi, Publikasi
from ..storage.attachments import MAX_FILE_BYTES, Attachment
from . import targets

if TYPE_CHECKING:  # pragma: no cover
    from .session import ProjectSession

WHAT = "publikasi"
_GONE = "Catatan publikasi itu tidak ada lagi di proyek ini."


def owner_of(record_id: str) -> str:
    """The ``berkas.pemilik`` key of a record's evidence files."""
    return f"publikasi:{record_id}"


def _check(p: Publikasi) -> None:
    validate.enum_value(p.media, MediaPublikasi, "Media publikasi")
    validate.enum_value(p.objek, ObjekPublikasi, "Yang dipublikasikan")
    if p.sejak:
        validate.iso_date(p.sejak, "Tanggal mulai")
    if p.alamat and not domain.is_web_address(p.alamat):
        raise roles.NotAllowed("Alamat harus berupa tautan yang diawali https:// atau http://, atau dikosongkan.")
    for value, label in ((p.alamat, "Alamat"), (p.keterangan, "Keterangan")):
        validate.text(value, label)
    if len(p.layanan) > MAX_LIST_ITEMS:
        raise roles.NotAllowed(f"Terlalu banyak layanan dipilih; paling banyak {format_number(MAX_LIST_ITEMS)}.")
    for name in p.layanan:
        validate.text(name, "Nama layanan")


def _store(session: ProjectSession, records: list[Publikasi]) -> None:
    extra = session.repo.extra()
    extra[domain.EXTRA_KEY] = [domain.to_dict(p) for p in records]
    session.repo.save_extra(extra)


# -- records -------------------------------------------------------------------------------
def records(session: ProjectSession) -> list[Publikasi]:
    """Every publication record, in the order of the file."""
    return domain.all_from_extra(session.repo.extra())


def record(session: ProjectSession, record_id: str) -> Publikasi:
    """One record by id; NotAllowed when it is gone."""
    found = next((p for p in records(session) if p.id == record_id), None)
    if found is None:
        raise roles.NotAllowed(_GONE)
    return found


def add_record(session: ProjectSession, p: Publikasi) -> Publikasi:
    """Store a new record (a new ``id`` is given); returns it as stored.

    Raises:
        roles.NotAllowed: an unknown media or objek, a bad date or address, a text over the limits.
    """
    _check(p)
    stored = Publikasi(**{**vars(p), "id": uuid.uuid4().hex, "layanan": list(p.layanan), "lain": dict(p.lain)})
    with session._write(WHAT):
        _store(session, [*records(session), stored])
        session.repo.add_audit(session.actor, "tambah", None, WHAT, f"Publikasi dicatat: {domain.describe(stored)}")
    return stored


def update_record(session: ProjectSession, p: Publikasi) -> None:
    """Store an edited record (typing saves at once; a minute's typing makes one audit line)."""
    _check(p)
    current = records(session)
    index = next((i for i, q in enumerate(current) if q.id == p.id), None)
    if index is None:
        raise roles.NotAllowed(_GONE)
    current[index] = p
    with session._write(WHAT):
        _store(session, current)
        session._audit_merged("ubah", None, WHAT, f"Publikasi diubah: {domain.describe(p)}")


def delete_record(session: ProjectSession, record_id: str) -> None:
    """Remove a record together with its evidence files (nothing happens when it is gone)."""
    current = records(session)
    gone = next((p for p in current if p.id == record_id), None)
    if gone is None:
        return
    with session._write(WHAT):
        _store(session, [p for p in current if p.id != record_id])
        session.repo.delete_attachments_of(owner_of(record_id))
        session.repo.add_audit(session.actor, "hapus", None, WHAT, f"Publikasi dihapus: {domain.describe(gone)}")


# -- evidence ------------------------------------------------------------------------------
def evidence(session: ProjectSession, record_id: str) -> list[Attachment]:
    """The evidence files of a record (without their bytes), in the order they were added."""
    return session.repo.attachments(owner_of(record_id))


def evidence_data(session: ProjectSession, attachment_id: int) -> bytes:
    data = session.repo.attachment_data(attachment_id)
    if data is None:
        raise roles.NotAllowed("Berkas itu tidak ada lagi di proyek ini.")
    return data


def attach_evidence(session: ProjectSession, record_id: str, nama: str, data: bytes, mime: str = "",
                    keterangan: str = "") -> int:
    """Keep a photo or screen shot with a record; returns the file's id.

    Raises:
        roles.NotAllowed: the record is gone, or the file is empty or larger than 25 MB.
    """
    p = record(session, record_id)
    if not data:
        raise roles.NotAllowed(f"Berkas {nama} kosong.")
    if len(data) > MAX_FILE_BYTES:
        raise roles.NotAllowed(f"Berkas {nama} terlalu besar ({format_number(len(data) // (1024 * 1024))} MB); "
                               f"paling besar {MAX_FILE_BYTES // (1024 * 1024)} MB.")
    validate.text(keterangan, "Keterangan berkas")
    mime = mime or mimetypes.guess_type(nama)[0] or "application/octet-stream"
    with session._write(WHAT):
        attachment_id = session.repo.add_attachment(owner_of(p.id), "bukti", nama, mime, data, keterangan,
                                                    session._actor_name)
        session.repo.add_audit(session.actor, "tambah", None, WHAT,
                               f"Bukti {nama} dilampirkan pada publikasi {domain.describe(p)}")
    return attachment_id


def remove_evidence(session: ProjectSession, attachment_id: int) -> None:
    """Remove one evidence file (only a publication's; nothing happens when it is gone)."""
    attachment = session.repo.attachment(attachment_id)
    if attachment is None or not attachment.pemilik.startswith("publikasi:"):
        return
    with session._write(WHAT):
        session.repo.delete_attachment(attachment_id)
        session.repo.add_audit(session.actor, "hapus", None, WHAT, f"Bukti {attachment.nama} dihapus dari publikasi")


# -- SIPPN ---------------------------------------------------------------------------------
def sippn_columns(session: ProjectSession) -> list[sippn.Kolom]:
    """The project's SIPPN column mapping (the default when none is kept)."""
    return sippn.columns_from_extra(session.repo.extra())


def save_sippn_columns(session: ProjectSession, columns: Sequence[sippn.Kolom]) -> None:
    """Keep the SIPPN column mapping in the project.

    Raises:
        roles.NotAllowed: an unknown field, a field twice, a blank or too long heading.
    """
    seen: set[str] = set()
    for c in columns:
        if c.bidang not in sippn.FIELD_LABELS or c.bidang in seen:
            raise roles.NotAllowed(f"Kolom SIPPN '{c.bidang}' tidak dikenal atau tercantum dua kali.")
        if not c.judul.strip():
            raise roles.NotAllowed(f"Judul kolom untuk {sippn.FIELD_LABELS[c.bidang]} tidak boleh kosong.")
        validate.text(c.judul, "Judul kolom")
        seen.add(c.bidang)
    with session._write(WHAT):
        extra = session.repo.extra()
        extra[sippn.EXTRA_KEY] = sippn.columns_to_extra(
            [sippn.Kolom(c.bidang, c.judul.strip(), c.aktif) for c in columns], extra.get(sippn.EXTRA_KEY))
        session.repo.save_extra(extra)
        session._audit_merged("ubah", None, WHAT, "Susunan kolom SIPPN diubah")


def export_sippn(session: ProjectSession, target: Path | str) -> Path:
    """Write every service as the SIPPN workbook to ``target``; never over a project file.

    Raises:
        errors.ProjectError: ``target`` is a project or a file the app holds open.
        ExportError: nothing to export, or the file cannot be written.
    """
    from ..export.sippn_xlsx import write_sippn_xlsx

    target = Path(target)
    targets.refuse_overwrite(target, [session.path])
    return write_sippn_xlsx(session.load_project(), sippn_columns(session), target)
