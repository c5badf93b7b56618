"""Daftar Perubahan: what a revision changes in the adopted standards, component by component (export layer).

Per service, the version adopted earlier (``semula``) against the revision (``menjadi``), in a table
NO | KOMPONEN | SEMULA | MENJADI; services without a change are left out. The compared contents
come in ``request.options["pasangan"]`` (filled by ``services.revisions.RevisionActions.
daftar_perubahan_options``): a list of ``{"layanan_id", "jenis_pelayanan", "dari", "ke", "semula",
"menjadi", "nomor_sk", "tanggal_sk"}`` (the decree of ``dari``) with ``semula`` / ``menjadi`` SP JSON LAYANAN objects.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sp_desktop.domain.diff import HAPUS, TAMBAH, ServiceDiff, diff_dicts
from sp_desktop.domain.fingerprint import fingerprint_of_dict
from sp_desktop.domain.formatting import format_date
from sp_desktop.domain.model import Project

from . import parts
from .blocks import Block, Heading, Paragraph, ReportDocument, Spacer, Table
from .catalog import DocRequest
from .errors import ExportError

TITLE = "DAFTAR PERUBAHAN STANDAR PELAYANAN"
HEADER = ("NO", "KOMPONEN", "SEMULA", "MENJADI")
WIDTHS = (0.06, 0.22, 0.36, 0.36)
NOT_YET = "(belum ada)"
REMOVED = "(dihapus)"
INTRO = (
    "Daftar ini memuat perubahan Standar Pelayanan dibandingkan dengan versi yang telah ditetapkan sebelumnya, "
    "komponen demi komponen. Kolom Semula memuat isi versi yang ditetapkan; kolom Menjadi memuat isi revisi."
)
CLOSING = ("Demikian daftar perubahan ini dibuat sebagai bahan penetapan perubahan Standar Pelayanan; versi yang "
           "ditetapkan sebelumnya tetap tersimpan beserta sidiknya.")
NOTHING = "Tidak ada standar pelayanan yang berubah dibandingkan dengan versi yang ditetapkan sebelumnya."


def _date_text(iso: str) -> str:
    try:
        return format_date(date.fromisoformat(iso))
    except (TypeError, ValueError):
        return iso


def _rows(diff: ServiceDiff) -> tuple[tuple[str, ...], ...]:
    rows = []
    for i, change in enumerate(diff.changes, start=1):
        semula = NOT_YET if change.jenis == TAMBAH else change.semula
        menjadi = REMOVED if change.jenis == HAPUS else change.menjadi
        rows.append((f"{i}.", change.label, semula, menjadi))
    return tuple(rows)


def _comparison_line(pair: dict[str, Any]) -> str:
    semula = f"Versi {pair['dari']} (sidik {fingerprint_of_dict(pair['semula'])}"
    if pair.get("nomor_sk"):
        semula += f", ditetapkan dengan Keputusan Nomor {pair['nomor_sk']}"
        if pair.get("tanggal_sk"):
            semula += f" tanggal {_date_text(pair['tanggal_sk'])}"
    return f"{semula}) dibandingkan dengan versi {pair['ke']}."


def changed_services(request: DocRequest) -> list[tuple[dict[str, Any], ServiceDiff]]:
    """The compared services that differ, each with its differences, in the order asked."""
    pairs = request.options.get("pasangan")
    if pairs is None:
        raise ExportError("Daftar Perubahan memerlukan versi-versi standar yang dibandingkan; buat dokumen ini "
                          "dari jendela Versi atau dari perintah ekspor SP Desktop.")
    found = []
    for pair in pairs:
        diff = diff_dicts(pair["semula"], pair["menjadi"])
        if not diff.unchanged:
            found.append((pair, diff))
    return found


def build_daftar_perubahan(project: Project, request: DocRequest) -> ReportDocument:
    """The Daftar Perubahan for the head's signature: kop, title, one numbered table per changed service."""
    found = changed_services(request)
    unit = parts.unit_with_region(project)
    blocks: list[Block] = [
        parts.kop(project),
        Heading(TITLE, level=0),
        Paragraph(f"PADA {unit.upper()}", align="center", bold=True, space_after=10),
        Paragraph(INTRO, align="justify"),
    ]
    if not found:
        blocks.append(Paragraph(NOTHING, italic=True))
    for number, (pair, diff) in enumerate(found, start=1):
        blocks += [
            Heading(f"{number}. {pair['jenis_pelayanan']}", level=2, align="left"),
            Paragraph(_comparison_line(pair), space_after=4),
            Table(HEADER, _rows(diff), WIDTHS, align=("center", "left", "left", "left"), size=0.9),
            Spacer(4),
        ]
    kota = project.instansi.kota.strip() or parts.BLANK
    today = request.options.get("tanggal") or date.today().isoformat()
    blocks += [Paragraph(CLOSING, align="justify"), Spacer(8),
               parts.signature(project, (f"{kota}, {_date_text(today)}",))]
    return ReportDocument(kind="daftar-perubahan", title=f"Daftar Perubahan Standar Pelayanan {unit}".strip(),
                          page=parts.page_setup(project, parts.paper_of(project, request.paper)), blocks=blocks,
                          author=project.instansi.nama)
