"""Adopted standards frozen as versions; revisions, differences between versions and fingerprints (services layer).

A mixin of :class:`~sp_desktop.services.session.ProjectSession`: it uses the session's
``repo``, ``_write``, ``actor`` and audit helpers, and adds no state of its own.

An adopted ("ditetapkan") standard is never edited in place. The decree that adopts it stores its
content as a version row (``_snapshot_adopted``, called by the adoption inside its transaction);
the ketua then opens a revision (``start_revision``): the service's row becomes a draft carrying
the next version number while every adopted version stays readable in ``versi_layanan``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..domain import fingerprint as fp
from ..domain.enums import Peran, StatusLayanan
from ..domain.model import Layanan
from ..domain.roles import NotAllowed
from ..storage import errors

if TYPE_CHECKING:  # pragma: no cover
    from ..domain.diff import ServiceDiff


@dataclass(frozen=True)
class VersionInfo:
    """One adopted version of a service as the team sees it (``waktu``: when it was frozen)."""

    versi: int
    sidik: str
    nomor_sk: str
    tanggal_sk: str
    waktu: str


@dataclass(frozen=True)
class VersionMatch:
    """A version whose fingerprint matches a code typed or read off a printed standard."""

    layanan_id: int
    jenis_pelayanan: str
    versi: VersionInfo
    current: bool  # True when it is still the service's current (adopted) content


def _info(row: Any) -> VersionInfo:
    return VersionInfo(row.versi, row.sidik, row.nomor_sk, row.tanggal_sk, row.waktu)


def why_cannot_start_revision(actor: Any, status: str) -> str | None:
    """Why ``actor`` may not open a revision of a service in ``status``, or None (the ketua, when adopted)."""
    if status != StatusLayanan.DITETAPKAN.value:
        return "Revisi hanya dibuat untuk standar yang sudah ditetapkan; standar ini masih dapat diubah langsung."
    if actor is None:
        return "Pilih dulu siapa Anda dari daftar tim."
    if actor.peran != Peran.KETUA.value:
        return "Hanya ketua tim yang dapat membuka revisi standar yang sudah ditetapkan."
    return None


class RevisionActions:
    """Use-cases of this stretch of the cycle on one open project (see the module docstring)."""

    # -- the interface of the adoption (H3) --------------------------------------------------
    def _snapshot_adopted(self, layanan: Layanan, nomor: str, tanggal: str) -> str:
        """Freeze ``layanan``'s content as its adopted version; call inside a ``_write`` block.

        The row's version number is the one the service carries (``layanan.versi``, as stored);
        adopting again the same version (a corrected decree) replaces its row.

        Returns:
            The fingerprint printed on the Standar of this version.
        """
        from ..domain.sp_json import layanan_to_dict

        versi = self.repo.service_versi(layanan.id) if layanan.id else layanan.versi
        data = layanan_to_dict(layanan)
        sidik = fp.fingerprint_of_dict(data)
        self.repo.insert_version(layanan.id, versi, fp.canonical_text(data), sidik, nomor, tanggal, self._actor_name)
        self.repo.add_audit(self.actor, "versi", layanan.id, "versi",
                            f"Versi {versi} dibekukan (sidik {sidik}, keputusan {nomor or '-'})")
        return sidik

    # -- reads -------------------------------------------------------------------------------
    def versions(self, service_id: int) -> list[VersionInfo]:
        """The adopted versions of a service, oldest first."""
        return [_info(row) for row in self.repo.stored_versions(service_id)]

    def version_content(self, service_id: int, versi: int) -> Layanan:
        """The content of version ``versi`` of a service: a stored adopted version, or the current content.

        Raises:
            errors.ProjectError: the service has no such version.
        """
        from ..domain.sp_json import SpJsonError, layanan_from_dict

        current = self.service(service_id)
        text = self.repo.version_data(service_id, versi)
        if text is None:
            if versi == current.versi:
                return current
            raise errors.ProjectError(f"Versi {versi} layanan “{current.jenis_pelayanan}” tidak ada.", self.path)
        try:
            lay = layanan_from_dict(json.loads(text), "")
        except (ValueError, SpJsonError) as exc:
            raise errors.DamagedContent(
                f"Berkas {self.path.name} rusak: versi {versi} layanan “{current.jenis_pelayanan}” tidak dapat dibaca.",
                self.path,
            ) from exc
        lay.id, lay.position, lay.versi = current.id, current.position, versi
        lay.status = StatusLayanan.DITETAPKAN.value
        return lay

    def version_choices(self, service_id: int) -> list[tuple[int, str]]:
        """Every version a service can be compared or printed in: ``(versi, label)``, oldest first, current last."""
        current = self.service(service_id)
        choices = [(v.versi, f"Versi {v.versi} (ditetapkan{', ' + v.nomor_sk if v.nomor_sk else ''})")
                   for v in self.versions(service_id)]
        if all(versi != current.versi for versi, _ in choices):
            label = StatusLayanan(current.status).label.lower() if current.status in StatusLayanan.values() else "draf"
            choices.append((current.versi, f"Versi {current.versi} ({label}, isi sekarang)"))
        return choices

    def find_version(self, code: str) -> list[VersionMatch]:
        """The adopted versions whose fingerprint starts with ``code`` (capitals, dashes and spaces ignored)."""
        if not fp.looks_like_fingerprint(code):
            return []
        matches = []
        for row in self.repo.find_versions(fp.normalize(code)):
            lay = self.repo.service(row.layanan_id)
            name = lay.jenis_pelayanan if lay is not None else f"(layanan terhapus, id {row.layanan_id})"
            current = lay is not None and lay.versi == row.versi and lay.status == StatusLayanan.DITETAPKAN.value
            matches.append(VersionMatch(row.layanan_id, name, _info(row), current))
        return matches

    def diff_versions(self, service_id: int, versi_a: int, versi_b: int) -> ServiceDiff:
        """The differences between two versions of a service, component by component."""
        from ..domain.diff import diff_layanan

        return diff_layanan(self.version_content(service_id, versi_a), self.version_content(service_id, versi_b))

    def last_adopted_versi(self, service_id: int) -> int | None:
        """The newest adopted version of a service, or None when it was never adopted."""
        stored = self.repo.stored_versions(service_id)
        return stored[-1].versi if stored else None

    # -- writes ------------------------------------------------------------------------------
    def start_revision(self, service_id: int) -> Layanan:
        """Open a revision of an adopted standard: versi N+1 as a draft; versi N stays stored and printable.

        Only the ketua (with the ketua's PIN, inside ``ketua_pin``) opens a revision: the adopted
        standard was set by decree, and a change to it is a decision of the team's head.

        Raises:
            NotAllowed: the service is not adopted, or the member is not the ketua.
            identity.PinRequired / identity.WrongPin: the ketua's PIN is missing or wrong.
        """
        lay = self.service(service_id)
        if self.interactive or lay.status != StatusLayanan.DITETAPKAN.value:
            reason = why_cannot_start_revision(self.actor if self.interactive else _Headless(), lay.status)
            if reason:
                raise NotAllowed(reason)
        self._require_ketua_pin()
        versi = lay.versi
        with self._write("status", service_id):
            if self.repo.version_data(service_id, versi) is None:
                # Adopted before versions were kept: freeze it now under the project's decree.
                decree = self.repo.extra().get("penetapan") or {}
                self._snapshot_adopted(lay, str(decree.get("nomor", "")), str(decree.get("tanggal", "")))
            lay.status = StatusLayanan.DRAF.value
            self.repo.update_service(lay, self._actor_name)
            self.repo.set_service_versi(service_id, versi + 1)
            self.repo.add_audit(self.actor, "revisi", service_id, "versi",
                                f"Revisi dibuka: versi {versi + 1} (draf); versi {versi} tetap tersimpan")
        return self.service(service_id)

    # -- documents ---------------------------------------------------------------------------
    def daftar_perubahan_options(self, service_ids: list[int] | None = None,
                                 options: dict[str, Any] | None = None) -> dict[str, Any]:
        """The options of a Daftar Perubahan with the compared contents filled in (see export/daftar_perubahan.py).

        ``options`` may hold ``"service_ids"``, ``"from"`` and ``"to"`` (version numbers); the default
        compares each service's last adopted version with its current content. Services never adopted
        have nothing to compare and are left out.
        """
        from ..domain.sp_json import layanan_to_dict

        options = dict(options or {})
        ids = options.get("service_ids") or service_ids
        services = self.repo.services(list(ids)) if ids else self.repo.services()
        pairs = []
        for lay in services:
            adopted = self.last_adopted_versi(lay.id)
            versi_a = int(options["from"]) if options.get("from") is not None else adopted
            versi_b = int(options["to"]) if options.get("to") is not None else lay.versi
            if versi_a is None or versi_a == versi_b:
                continue
            a, b = self.version_content(lay.id, versi_a), self.version_content(lay.id, versi_b)
            row = next((v for v in self.repo.stored_versions(lay.id) if v.versi == versi_a), None)
            pairs.append({"layanan_id": lay.id, "jenis_pelayanan": b.jenis_pelayanan,
                          "dari": versi_a, "ke": versi_b, "semula": layanan_to_dict(a), "menjadi": layanan_to_dict(b),
                          "nomor_sk": row.nomor_sk if row else "", "tanggal_sk": row.tanggal_sk if row else ""})
        options["pasangan"] = pairs
        return options


class _Headless:
    """The command line acts as the ketua (it has no members to choose)."""

    peran = Peran.KETUA.value
