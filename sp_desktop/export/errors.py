"""Errors raised by the export layer, with messages in Indonesian for the user (export layer)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


class ExportError(Exception):
    """An export that could not be completed; ``str(error)`` is a message for the user."""


class ExportCancelled(ExportError):
    """The user cancelled the export; nothing was written."""

    def __init__(self, message: str = "Ekspor dibatalkan.") -> None:
        super().__init__(message)


class DocumentRefused(ExportError):
    """A document the rules forbid for now (a Berita Acara without a date or outside participants).

    Attributes:
        lines: Indonesian lines for the user: what the document is, then each thing that is missing.
    """

    def __init__(self, lines: Sequence[str]) -> None:
        self.lines: list[str] = [str(line) for line in lines]
        super().__init__("\n".join(self.lines))


class RenderFailed(ExportError):
    """Some content of the document could not be processed while it was laid out (not a failed save).

    A picture is the usual cause: Pillow reports an image it cannot decode as an ``OSError``,
    which would otherwise read as a file that could not be written.
    """

    def __init__(
        self,
        message: str = (
            "Dokumen tidak dapat dibuat karena ada isi yang tidak dapat diolah, kemungkinan besar gambar logo "
            "yang rusak. Ganti logo di Profil Instansi, lalu coba lagi."
        ),
    ) -> None:
        super().__init__(message)


class ServiceRef(int):
    """A service id (``Layanan.id``) that also carries the service's name for messages."""

    nama: str

    def __new__(cls, service_id: int, nama: str = "") -> ServiceRef:
        obj = int.__new__(cls, service_id)
        obj.nama = nama
        return obj

    def __repr__(self) -> str:
        return f"ServiceRef({int(self)}, {self.nama!r})"

    def __str__(self) -> str:
        return str(int(self))  # prints as the plain id (command-line output)


class BlockingFindings(ExportError):
    """The Standar Pelayanan cannot be produced while chosen services have blocking findings.

    Attributes:
        findings: ``(service, finding)`` pairs in project order. ``service`` is a ``ServiceRef``:
            the ``Layanan.id`` (an int) with the service's name in ``.nama``. Each finding has
            ``komponen``, ``tingkat``, ``pesan`` and ``aturan``.
    """

    def __init__(self, findings: Sequence[tuple[Any, Any]]) -> None:
        self.findings: list[tuple[Any, Any]] = list(findings)
        lines = [
            "Standar Pelayanan belum dapat dibuat karena masih ada isian yang belum lengkap:",
            *(f"- {_service_name(service)}: {_finding_text(f)}" for service, f in self.findings),
        ]
        super().__init__("\n".join(lines))


def _service_name(service: Any) -> str:
    """The name to print for a ``ServiceRef``, a bare id or a name given as text."""
    if isinstance(service, str):
        return service or "(tanpa nama)"
    nama = getattr(service, "nama", "")
    return nama or f"(layanan {service} tanpa nama)"


def _finding_text(finding: Any) -> str:
    """One finding as ``Komponen — pesan``."""
    from sp_desktop.domain.components import komponen_label

    komponen = getattr(finding, "komponen", "") or ""
    pesan = getattr(finding, "pesan", "") or str(finding)
    return f"{komponen_label(komponen)} — {pesan}" if komponen else pesan
