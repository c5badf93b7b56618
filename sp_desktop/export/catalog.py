"""Which builder makes each document kind beyond the first three, looked up by name (export layer).

Each entry is ``"module:function"`` inside ``sp_desktop.export``, imported only when that document
is made, so start-up does not load every document module. A builder is called as
``function(project, request)`` and returns a :class:`~sp_desktop.export.blocks.ReportDocument`;
an XLSX writer as ``function(project, request, path)`` and writes the workbook to ``path``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import import_module
from typing import Any


@dataclass(frozen=True)
class DocRequest:
    """What the caller asks of a document besides the project.

    Attributes:
        service_ids: ``Layanan.id`` values (project order is kept); None for all.
        layout, paper, poster: as for :func:`sp_desktop.export.render.export_document`.
        session_index: the discussion (pembahasan) the document is about, 0-based in the file's
            order; None for the last one.
        files: bytes of the project's attachments the document embeds (photos), by ``berkas`` id,
            filled in by the services layer.
        captions: the caption the team typed for each file in ``files``, by the same id.
        options: document-specific choices (e.g. the two versions a Daftar Perubahan compares).
    """

    service_ids: Sequence[int] | None = None
    layout: str = "full"
    paper: str | None = None
    poster: bool = False
    session_index: int | None = None
    files: Mapping[int, bytes] = field(default_factory=dict)
    captions: Mapping[int, str] = field(default_factory=dict)
    options: Mapping[str, Any] = field(default_factory=dict)


BUILDERS: dict[str, str] = {}
"""Document kind (as the CLI names it) -> ``"module:function"`` building its ReportDocument."""

XLSX_WRITERS: dict[str, str] = {}
"""Document kind -> ``"module:function"`` writing it as an XLSX workbook."""

BUILDERS["rekap-biaya"] = "rekap_biaya:build_rekap_biaya"
XLSX_WRITERS["rekap-biaya"] = "rekap_biaya_xlsx:write_rekap_biaya_xlsx"
BUILDERS.update({"sk-penetapan": "sk_penetapan:build_sk_penetapan", "sk-tim": "sk_tim:build_sk_tim"})
BUILDERS.update({"surat-pengantar": "surat_pengantar:build_surat_pengantar", "buku": "buku:build_buku"})
BUILDERS["daftar-perubahan"] = "daftar_perubahan:build_daftar_perubahan"
BUILDERS["rekap-pengaduan"] = "rekap_pengaduan:build_rekap_pengaduan"

BUILDERS.update({"undangan": "meeting_docs:build_undangan", "daftar-hadir": "meeting_docs:build_daftar_hadir",
                 "berita-acara": "meeting_reports:build_berita_acara",
                 "laporan-pembahasan": "meeting_reports:build_laporan"})

BUILDERS.update({"kuesioner": "skm_kuesioner:build_kuesioner", "laporan-skm": "skm_laporan:build_laporan_skm",
                 "publikasi-skm": "skm_publikasi:build_publikasi_skm"})

IMAGE_WRITERS: dict[str, str] = {}
"""Document kind -> ``"module:function"`` writing it as a PNG picture: ``function(project, request, path)``."""

BUILDERS.update({"alur": "alur_doc:build_alur", "poster": "poster_layanan:build_poster"})
IMAGE_WRITERS.update({"alur": "alur_png:write_alur_png", "poster": "poster_layanan:write_poster_png"})

FILE_WRITERS: dict[str, str] = {"sop": "sop:write_sop"}
"""Kinds with their own page geometry (the landscape SOP with drawn symbols), written for .pdf and .docx by
``function(project, request, path)`` instead of a builder and the shared writers."""

NEEDS_PHOTOS: set[str] = {"laporan-pembahasan", "berita-acara"}
"""Kinds whose ``DocRequest.files`` the services layer fills with the discussion's photos."""


def resolve(spec: str) -> Callable[..., Any]:
    """The function named by ``"module:function"`` (a module of ``sp_desktop.export``)."""
    module, _, name = spec.partition(":")
    return getattr(import_module(f"sp_desktop.export.{module}"), name)
