"""The housekeeping of the list of services: add, rename, duplicate, move, delete, trash, restore (services layer).

A mixin of :class:`services.session.ProjectSession`: it writes through the session's one-transaction
``_write`` and its audit trail, so the session module keeps the core (open, close, write, audit).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain import roles, validate
from ..domain.enums import Klasifikasi, StatusLayanan
from ..domain.model import Layanan
from ..domain.names import name_key, suffixed_name
from ..storage import errors
from ..storage.repository import TrashEntry

if TYPE_CHECKING:  # pragma: no cover - for the type checker: the session's attributes
    from .session import ProjectSession as _Session
else:
    _Session = object


class ServiceHousekeeping(_Session):
    """Adding, renaming, duplicating, moving, deleting and restoring services; the trash."""

    def trash(self) -> list[TrashEntry]:
        """The trash, newest first; it stays in the file until someone empties it."""
        return self.repo.trash()

    def trash_count(self) -> int:
        return self.repo.trash_count()

    def deleted_history(self) -> list[TrashEntry]:
        """Deleted services no longer in the trash, restorable from the audit trail's copy."""
        return self.repo.deleted_in_audit()

    def _check_name(self, name: str, service_id: int | None = None) -> None:
        # Services are matched by name on import and named in the discussion records: one rule (domain.names).
        if not name_key(name):
            return
        other = self.repo.name_owner(name, service_id)
        if other is not None:
            raise roles.NotAllowed(f"Sudah ada jenis pelayanan bernama '{other}'. "
                                   "Gunakan nama lain agar setiap layanan dapat dibedakan.")

    def _unique_name(self, base: str) -> str:
        """``base``, or ``base (2)``, ``base (3)``… whichever no other service's name already has."""
        return suffixed_name(base, self.repo.name_keys())

    def _unique_copy_name(self, name: str) -> str:
        return self._unique_name(f"Salinan dari {name}")

    def add_service(self, jenis_pelayanan: str, klasifikasi: str = "administratif") -> Layanan:
        if not jenis_pelayanan.strip():
            raise roles.NotAllowed("Nama jenis pelayanan wajib diisi.")
        self._check_name(jenis_pelayanan)
        validate.enum_value(klasifikasi, Klasifikasi, "Klasifikasi")
        lay = Layanan(jenis_pelayanan=jenis_pelayanan, klasifikasi=klasifikasi)
        with self._write("services"):
            lay.id = self.repo.insert_service(lay, self.repo.count_services(), self._actor_name)
            self.repo.add_audit(self.actor, "tambah", lay.id, "jenis_pelayanan", f"Layanan dibuat: {jenis_pelayanan}")
        return self.service(lay.id)

    def rename_service(self, service_id: int, name: str) -> None:
        lay = self.service(service_id)
        old = lay.jenis_pelayanan
        lay.jenis_pelayanan = name
        self.save_service(lay, "jenis_pelayanan", f"Nama diubah dari '{old}' menjadi '{name}'")

    def duplicate_service(self, service_id: int) -> Layanan:
        source = self.service(service_id)
        copy = source.copy()
        copy.jenis_pelayanan = self._unique_copy_name(source.jenis_pelayanan)
        copy.status = StatusLayanan.DRAF.value
        with self._write("services"):
            copy.id = self.repo.insert_service(copy, source.position + 1, self._actor_name)
            self.repo.add_audit(self.actor, "tambah", copy.id, "jenis_pelayanan",
                                f"Diduplikasi dari '{source.jenis_pelayanan}'")
        return self.service(copy.id)

    def delete_service(self, service_id: int) -> int:
        """Move a service to the trash (kept in the file until emptied); returns the trash id.

        Raises:
            roles.NotAllowed: the service is marked siap dibahas (see ``roles.why_cannot_delete_service``).
        """
        lay = self.service(service_id)
        if self.interactive:
            roles.require(roles.why_cannot_delete_service(self.actor, lay.status))
        with self._write("services"):
            trash_id = self.repo.add_trash(lay, self._actor_name)
            self.repo.delete_service(service_id)
            self.repo.add_audit(self.actor, "hapus", service_id, "jenis_pelayanan",
                                f"Layanan dihapus: {lay.jenis_pelayanan}", snapshot=lay)
        return trash_id

    def _put_back(self, lay: Layanan, source: str) -> Layanan:
        # The service comes back with its own id, so its whole audit trail is its own again.
        if lay.id and self.repo.service_exists(lay.id):
            raise errors.ProjectError(f"Layanan “{lay.jenis_pelayanan}” sudah ada di daftar.", self.path)
        name = lay.jenis_pelayanan
        if name_key(name) and self.repo.name_owner(name) is not None:
            lay.jenis_pelayanan = self._unique_name(f"{name} (dipulihkan)")
        position = min(max(lay.position, 0), self.repo.count_services())
        lay.id = self.repo.insert_service(lay, position, self._actor_name, service_id=lay.id or None)
        note = f"Layanan dipulihkan {source}: {lay.jenis_pelayanan}"
        self.repo.add_audit(self.actor, "pulihkan", lay.id, "jenis_pelayanan", note)
        return lay

    def restore_service(self, trash_id: int) -> Layanan:
        """Bring a service back from the trash, with its id and history."""
        with self._write("services"):
            lay = self.repo.take_trash(trash_id)
            if lay is None:
                raise errors.ProjectError("Layanan itu sudah tidak ada di sampah.", self.path)
            lay = self._put_back(lay, "dari sampah")
        return self.service(lay.id)

    def restore_from_history(self, audit_id: int) -> Layanan:
        """Bring back a deleted service from the copy its deletion left in the audit trail."""
        with self._write("services"):
            lay = self.repo.audit_copy(audit_id)
            if lay is None:
                raise errors.ProjectError("Salinan layanan itu tidak ada di riwayat.", self.path)
            lay = self._put_back(lay, "dari riwayat")
        return self.service(lay.id)

    def empty_trash(self) -> list[str]:
        """Empty the trash; returns the names that went (still restorable from the audit trail)."""
        with self._write("services"):
            names = self.repo.empty_trash()
            if names:
                self.repo.add_audit(self.actor, "hapus", None, "sampah", "Sampah dikosongkan: " + "; ".join(names))
        return names

    def move_service(self, service_id: int, new_index: int) -> None:
        if not self.repo.service_exists(service_id):
            raise errors.ProjectError(f"Layanan dengan id {service_id} tidak ada di proyek ini.", self.path)
        new_index = max(0, min(new_index, self.repo.count_services() - 1))
        with self._write("services"):
            self.repo.move_service(service_id, new_index)
            self.repo.add_audit(self.actor, "urutkan", service_id, "jenis_pelayanan",
                                f"Dipindah ke urutan {new_index + 1}")
