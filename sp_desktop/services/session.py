"""ProjectSession: every use-case on one open project, each write one transaction (services layer).

The UI and the command line call only this. Each change is committed at once with its
audit entry, so closing the laptop mid-sentence loses nothing. See docs/session-api.md.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from ..domain import roles, validate
from ..domain.checks import Finding, check_layanan, has_blocking
from ..domain.enums import Peran, StatusLayanan
from ..domain.model import Instansi, Layanan, Logo, Member, Pengaturan, Project, ServiceSummary
from ..domain.names import name_key
from ..storage import errors
from ..storage.connection import busy_error, is_busy
from ..storage.db import open_database, temp_path, write_copy
from ..storage.filelock import FileLock
from ..storage.repository import AuditEntry, ProjectRepository
from . import identity, targets
from .evaluasi import EvaluationActions
from .housekeeping import ServiceHousekeeping
from .pembahasan import DiscussionActions
from .penerapan import PenerapanActions
from .penetapan import AdoptionActions
from .pengaduan_masuk import ComplaintLogActions
from .replication import ReplicationActions
from .revisions import RevisionActions
from .survei import SurveyActions
from .word_import import WordImportActions

Listener = Callable[[str, "int | None"], None]
AUDIT_MERGE_SECONDS = 60
# What an SP JSON import can change besides the services, as the listeners name it.
IMPORTED_PARTS = ("instansi", "tim", "pembahasan", "penetapan", "pengaturan", "penerapan", "survei",
                  "pengaduan_masuk")


class ProjectSession(ServiceHousekeeping, DiscussionActions, AdoptionActions, RevisionActions, PenerapanActions,
                     SurveyActions, ComplaintLogActions, EvaluationActions, WordImportActions,
                     ReplicationActions):
    """One open project file and the member acting on it.

    Args:
        db, lock: as returned by :func:`storage.db.open_database`.
        path: the project file.
        interactive: when True (the GUI) every write needs a chosen member; the command
            line writes as "baris perintah".
    """

    def __init__(self, db, lock, path: Path, interactive: bool = False):
        self.db = db
        self.repo = ProjectRepository(db, "baris perintah" if not interactive else "anggota pertama")
        self._lock = lock
        self.path = Path(path)
        self.interactive = interactive
        self.actor: Member | None = None
        self.last_saved: datetime | None = None
        self._listeners: list[Listener] = []
        self._dirty_since_checkpoint = False
        self._ketua_pin: str | None = None  # set only inside ketua_pin(): one action, then forgotten

    # -- life cycle ------------------------------------------------------------------------
    def close(self) -> None:
        """Move every change into the main file and release the lock (the trash stays)."""
        if self._lock is None:
            return
        try:
            self.db.checkpoint("TRUNCATE")
        finally:
            self.db.close()
            self._lock.release()
            self._lock = None

    def checkpoint(self) -> bool:
        """Copy the committed changes from the ``-wal`` into the main file (on idle).

        Each change is durable once committed; this makes the main file alone hold it too, so a
        copy of ``.spdb`` taken in the file manager is current. Returns True when nothing is left over.
        """
        if self._lock is None or not self._dirty_since_checkpoint:
            return True
        done = self.db.checkpoint("PASSIVE")
        if done:
            self._dirty_since_checkpoint = False
        return done

    def add_listener(self, callback: Listener) -> None:
        """Call ``callback(what, service_id)`` after each committed write."""
        self._listeners.append(callback)

    @contextmanager
    def _write(self, what: str, service_id: int | None = None, *, needs_actor: bool = True) -> Iterator[None]:
        if needs_actor and self.interactive:
            roles.require(roles.why_cannot_edit(self.actor))
        try:
            with self.db.atomic():
                yield
        except sqlite3.Error as exc:
            if is_busy(exc):
                raise busy_error(self.path) from exc
            raise errors.WriteFailed(
                f"Perubahan tidak dapat disimpan ke {self.path.name}. Periksa ruang disk, izin folder, dan apakah "
                "media penyimpanan masih terpasang; yang sudah tersimpan sebelumnya tetap aman.",
                self.path,
            ) from exc
        self.last_saved = datetime.now()
        self._dirty_since_checkpoint = True
        for listener in list(self._listeners):
            listener(what, service_id)

    @contextmanager
    def ketua_pin(self, pin: str) -> Iterator[None]:
        """Within this block, ketua-only actions are checked against ``pin`` (see services/identity.py)."""
        self._ketua_pin = pin
        try:
            yield
        finally:
            self._ketua_pin = None

    def _require_ketua_pin(self) -> None:
        if self.interactive:
            identity.require_ketua_pin(self.repo, self._ketua_pin)

    @property
    def _actor_name(self) -> str:
        return self.actor.nama if self.actor else self.repo.unnamed_actor

    # -- identity --------------------------------------------------------------------------
    def set_actor(self, member_id: int, pin: str | None = None) -> None:
        """Choose who is working; later changes are recorded under this member.

        Raises:
            identity.PinRequired / identity.WrongPin: the member has a PIN and ``pin`` is missing or wrong
                (in the GUI; the command line has no members to choose).
        """
        member = self.repo.member(member_id)
        if member is None:
            raise errors.ProjectError("Anggota tim itu tidak ada lagi di proyek ini.", self.path)
        if self.interactive:
            identity.require_member_pin(self.repo, member, pin)
        self.actor = member
        for listener in list(self._listeners):
            listener("actor", None)

    # -- reads -----------------------------------------------------------------------------
    def load_project(self, service_ids: list[int] | None = None) -> Project:
        """A snapshot of the project (for export and the command line).

        Args:
            service_ids: only these services (in project order); None for all. A one-service
                export then reads one service, whatever the size of the project.
        """
        return Project(
            instansi=self.repo.instansi(),
            tim=self.repo.members(),
            layanan=self.repo.services(service_ids),
            logo=self.repo.logo(),
            pengaturan=self.repo.pengaturan(),
            extra=self.repo.extra(),
        )

    def instansi(self) -> Instansi:
        return self.repo.instansi()

    def logo(self) -> Logo | None:
        return self.repo.logo()

    def pengaturan(self) -> Pengaturan:
        return self.repo.pengaturan()

    def members(self) -> list[Member]:
        return self.repo.members()

    def services(self, ids: list[int] | None = None) -> list[Layanan]:
        """Every service in order, or those with ``ids``."""
        return self.repo.services(ids)

    def summaries(self) -> list[ServiceSummary]:
        """The list of services as shown (no component is decoded)."""
        return self.repo.summaries()

    def service_count(self) -> int:
        return self.repo.count_services()

    def service(self, service_id: int) -> Layanan:
        lay = self.repo.service(service_id)
        if lay is None:
            raise errors.ProjectError(f"Layanan dengan id {service_id} tidak ada di proyek ini.", self.path)
        return lay

    def search_services(self, text: str) -> list[ServiceSummary]:
        """Services whose name contains ``text`` (case and spacing ignored)."""
        needle = name_key(text)
        return [s for s in self.repo.summaries() if needle in name_key(s.jenis_pelayanan)]

    def audit(self, service_id: int | None) -> list[AuditEntry]:
        return self.repo.audit(service_id)

    def findings(self, service_id: int) -> list[Finding]:
        return check_layanan(self.service(service_id))

    def why_cannot_change_status(self, service_id: int, target: str) -> str | None:
        """Why the current member may not move the service to ``target`` status, or None."""
        reason = roles.why_cannot_change_status(self.actor)
        if reason is None:
            # The adoption gate (services/penetapan.py): one step at a time, never back from ditetapkan,
            # the review's blocking findings before siap dibahas.
            reason = "\n".join(self.why_cannot_move(service_id, target)) or None
        return reason

    # -- profile and settings ----------------------------------------------------------------
    def save_instansi(self, instansi: Instansi) -> None:
        validate.instansi(instansi)
        with self._write("instansi"):
            self.repo.save_instansi(instansi)
            self._audit_merged("ubah", None, "instansi", "Profil instansi diubah")

    def set_logo(self, data: bytes, mime: str = "") -> None:
        """Store the unit's logo: decoded whole first, refused when it cannot be, scaled to print size."""
        from .logo_image import prepare_logo  # Pillow is needed only here

        data, detected = prepare_logo(data)
        with self._write("logo"):
            self.repo.save_logo(Logo(data=data, mime=detected))
            self.repo.add_audit(self.actor, "ubah", None, "logo", "Logo diganti")

    def clear_logo(self) -> None:
        with self._write("logo"):
            self.repo.save_logo(None)
            self.repo.add_audit(self.actor, "hapus", None, "logo", "Logo dihapus")

    def save_pengaturan(self, pengaturan: Pengaturan) -> None:
        with self._write("pengaturan"):
            self.repo.save_pengaturan(pengaturan)
            self._audit_merged("ubah", None, "pengaturan", "Pengaturan dokumen diubah")

    def penetapan(self) -> dict[str, str] | None:
        """The decree that adopted the standards: ``{"nomor": …, "tanggal": "YYYY-MM-DD"}``, or None."""
        value = self.repo.extra().get("penetapan")
        return dict(value) if isinstance(value, dict) else None

    def _extra_with_penetapan(self, nomor: str, tanggal: str) -> dict[str, Any]:
        """The project's extra keys with the decree set (both blank removes it), validated."""
        if nomor.strip() and not tanggal:
            raise roles.NotAllowed("Isi juga tanggal penetapan keputusan.")
        if tanggal:
            validate.iso_date(tanggal, "Tanggal penetapan")
        extra = self.repo.extra()
        if nomor.strip() or tanggal:
            extra["penetapan"] = {"nomor": nomor, "tanggal": tanggal}
        else:
            extra.pop("penetapan", None)
        return extra

    def save_penetapan(self, nomor: str, tanggal: str) -> None:
        """Record the decree's number and ISO date (both blank removes it).

        Raises:
            roles.NotAllowed: a number without a date, or a date that is not ``YYYY-MM-DD``.
        """
        extra = self._extra_with_penetapan(nomor, tanggal)
        with self._write("pengaturan"):
            self.repo.save_extra(extra)
            self._audit_merged("ubah", None, "penetapan", f"Penetapan: nomor {nomor or '-'}, tanggal {tanggal or '-'}")

    def save_document_settings(self, pengaturan: Pengaturan, nomor: str, tanggal: str) -> None:
        """Store the document settings and the decree together: one transaction, one audit line."""
        extra = self._extra_with_penetapan(nomor, tanggal)
        with self._write("pengaturan"):
            self.repo.save_pengaturan(pengaturan)
            self.repo.save_extra(extra)
            self._audit_merged("ubah", None, "pengaturan", "Pengaturan dokumen dan penetapan diubah")

    # -- team ------------------------------------------------------------------------------
    def _check_single_ketua(self, member: Member) -> None:
        validate.member(member)
        stored = self.repo.member(member.id) if member.id else None
        touches_ketua = member.peran == Peran.KETUA.value or (stored is not None and stored.peran == Peran.KETUA.value)
        if touches_ketua and (stored is None or stored.peran != member.peran):
            roles.require(roles.why_cannot_change_ketua(self.actor, self.repo.members()))
            self._require_ketua_pin()
        if member.peran == Peran.KETUA.value:
            other = next((m for m in self.repo.members() if m.peran == "ketua" and m.id != member.id), None)
            if other is not None:
                raise roles.NotAllowed(
                    f"Tim sudah memiliki ketua ({other.nama}). "
                    f"Ubah dulu peran {other.nama} sebelum menunjuk ketua baru."
                )
        if not member.nama.strip():
            raise roles.NotAllowed("Nama anggota tim wajib diisi.")

    def add_member(self, member: Member) -> Member:
        first = not self.repo.members()
        self._check_single_ketua(member)
        with self._write("tim", needs_actor=not first):
            member = Member(member.nama, member.nip, member.jabatan, member.peran)
            member.id = self.repo.insert_member(member)
            self.repo.add_audit(self.actor, "tambah", None, "tim", f"Anggota ditambahkan: {member.nama}")
        return member

    def update_member(self, member: Member) -> None:
        self._check_single_ketua(member)
        with self._write("tim"):
            self.repo.update_member(member)
            self.repo.add_audit(self.actor, "ubah", None, "tim", f"Anggota diubah: {member.nama}")
        if self.actor and self.actor.id == member.id:
            self.actor = self.repo.member(member.id)

    def remove_member(self, member_id: int) -> None:
        member = self.repo.member(member_id)
        if member is None:
            return
        if self.actor and self.actor.id == member_id:
            raise roles.NotAllowed("Anda tidak dapat menghapus diri sendiri dari tim saat sedang bekerja.")
        if member.peran == Peran.KETUA.value:
            roles.require(roles.why_cannot_change_ketua(self.actor, self.repo.members()))
            self._require_ketua_pin()
        with self._write("tim"):
            self.repo.delete_member(member_id)
            self.repo.add_audit(self.actor, "hapus", None, "tim", f"Anggota dihapus: {member.nama}")

    # -- services --------------------------------------------------------------------------
    def save_service(self, layanan: Layanan, komponen: str, keterangan: str) -> None:
        """Store the whole service after an edit of ``komponen`` (a step key)."""
        stored = self.repo.db.rows("SELECT status, jenis_pelayanan FROM layanan WHERE id = ?", [layanan.id])
        if not stored:
            raise errors.ProjectError(f"Layanan dengan id {layanan.id} tidak ada di proyek ini.", self.path)
        status, stored_name = stored[0]["status"], stored[0]["jenis_pelayanan"]
        if self.interactive:
            roles.require(roles.why_cannot_edit_service(self.actor, status))
        if layanan.jenis_pelayanan != stored_name:
            self._check_name(layanan.jenis_pelayanan, layanan.id)
        validate.layanan(layanan)
        layanan.status = status  # status changes only through set_status
        with self._write("service", layanan.id):
            self.repo.update_service(layanan, self._actor_name)
            self._audit_merged("ubah", layanan.id, komponen, keterangan)

    def set_status(self, service_id: int, status: str) -> None:
        if status not in StatusLayanan.values():
            raise roles.NotAllowed(f"Status '{status}' tidak dikenal.")
        roles.require(self.why_cannot_change_status(service_id, status))
        self._require_ketua_pin()
        lay = self.service(service_id)
        lay.status = status
        with self._write("status", service_id):
            self.repo.update_service(lay, self._actor_name)
            self.repo.add_audit(self.actor, "status", service_id, "tinjauan",
                                f"Status menjadi {StatusLayanan(status).label}")

    def _audit_merged(self, aksi: str, service_id: int | None, komponen: str, keterangan: str) -> None:
        # Typing produces one change per keystroke; one audit line per component and member per minute is enough.
        last = self.repo.last_audit()
        if (
            last
            and last["aksi"] == aksi
            and last["layanan_id"] == service_id
            and last["komponen"] == komponen
            and last["pelaku_id"] == (self.actor.id if self.actor else None)
            and (datetime.now() - datetime.fromisoformat(last["waktu"])).total_seconds() < AUDIT_MERGE_SECONDS
        ):
            self.repo.touch_audit(last["id"], keterangan)
        else:
            self.repo.add_audit(self.actor, aksi, service_id, komponen, keterangan)

    # -- files and exchange ----------------------------------------------------------------
    def save_copy(self, target: Path) -> None:
        """Write a consistent copy of the project to ``target`` (atomically).

        Raises:
            errors.AlreadyOpen: ``target`` is a project open in another window or program.
            errors.WriteFailed: the copy could not be written; an existing ``target`` is unchanged.
        """
        target = Path(target)
        if target.resolve() == self.path.resolve():
            raise errors.ProjectError("Salinan tidak boleh menimpa berkas proyek yang sedang terbuka.", self.path)
        targets.refuse_overwrite(target)  # before its lock, which would count the target as open here
        target_lock = FileLock(target)
        target_lock.acquire()  # never replace a project someone is editing
        tmp = temp_path(target, "salinan")
        try:
            write_copy(self.db.conn, tmp)
            # A WAL left beside an old file at the target would be replayed onto the copy.
            for suffix in ("-wal", "-shm"):
                target.with_name(target.name + suffix).unlink(missing_ok=True)
            os.replace(tmp, target)
        except (OSError, sqlite3.Error) as exc:
            tmp.unlink(missing_ok=True)
            raise errors.WriteFailed(
                f"Salinan tidak dapat disimpan ke {target}. Periksa apakah folder dapat ditulisi dan berkas itu tidak "
                "sedang dibuka program lain.",
                target,
            ) from exc
        finally:
            target_lock.release()

    def import_document(self, data: Any) -> list[Layanan]:
        """Add or update the unit, team and services from SP JSON data (validated before any write)."""
        from . import transfer  # the SP JSON codec loads when a document is exchanged, not at start-up

        with self._write("services"):
            ids = transfer.import_document(self.repo, data, self.actor)
        # The same transaction may have brought discussions, decrees, surveys and complaints: every page
        # showing them reloads, not only the list of services.
        for what in IMPORTED_PARTS:
            for listener in list(self._listeners):
                listener(what, None)
        return [self.service(i) for i in ids]

    def export_document(self, service_id: int | None = None) -> dict[str, Any]:
        """The SP JSON of the project, or of one service."""
        from . import transfer, transfer_monitoring

        return transfer.export_document(self.load_project(), service_id, transfer.version_history(self.repo),
                                        transfer_monitoring.monitoring_of(self.repo))


def open_project(
    path: Path | str, *, create: bool = False, interactive: bool = False, wait_seconds: float = 0.0
) -> ProjectSession:
    """Open (or create) a project file; raises ``storage.errors.ProjectError`` subclasses.

    ``wait_seconds``: how long to wait while another process of ours holds the file (the command line).
    """
    db, lock = open_database(Path(path), create=create, wait_seconds=wait_seconds)
    return ProjectSession(db, lock, Path(path), interactive=interactive)


__all__ = ["ProjectSession", "open_project", "has_blocking"]
