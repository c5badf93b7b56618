"""Builds the document model of each kind (Rancangan, Standar Pelayanan, Maklumat) from a project (export layer).

The model classes live in ``blocks`` and are re-exported here; both writers render the same model.
"""

from __future__ import annotations

from collections.abc import Sequence

from sp_desktop.domain.checks import check_layanan
from sp_desktop.domain.components import komponen_label
from sp_desktop.domain.enums import Tingkat
from sp_desktop.domain.formatting import format_date
from sp_desktop.domain.model import DEFAULT_MAKLUMAT, Layanan, Project

from . import parts
from .blocks import (
    PAGE_LABEL,
    PAPER_MM,
    Block,
    ComponentRow,
    ComponentTable,
    Heading,
    Item,
    KeyValue,
    Kop,
    LampiranBlock,
    ListEntry,
    LogoImage,
    Notice,
    NumberedList,
    PageBreak,
    PageSetup,
    Paragraph,
    PledgeBox,
    ReportDocument,
    SignatureBlock,
    Spacer,
    TextItem,
)
from .errors import BlockingFindings, ExportError, ServiceRef
from .uraian import MISSING_TEXT, PART_A_TITLE, PART_B_TITLE, brief_rows, full_rows

__all__ = [
    "PAGE_LABEL", "PAPER_MM", "Block", "ComponentRow", "ComponentTable", "Heading", "Item", "KeyValue", "Kop",
    "LampiranBlock", "ListEntry", "LogoImage", "Notice", "NumberedList", "PageBreak", "PageSetup", "Paragraph",
    "PledgeBox", "ReportDocument", "SignatureBlock", "Spacer", "TextItem", "MISSING_TEXT",
    "build_rancangan", "build_standar", "build_maklumat",
]

BLOKIR = Tingkat.BLOKIR.value
LAYOUTS = ("full", "brief")


def _service_heading(layanan: Layanan) -> Heading:
    name = layanan.jenis_pelayanan if layanan.jenis_pelayanan.strip() else MISSING_TEXT
    return Heading(f"JENIS PELAYANAN : {name}", level=1, align="left")


def _full_tables(rows_a: tuple[ComponentRow, ...], rows_b: tuple[ComponentRow, ...]) -> list[Block]:
    return [
        Heading(PART_A_TITLE, level=2, align="left"),
        ComponentTable(rows_a),
        Heading(PART_B_TITLE, level=2, align="left"),
        ComponentTable(rows_b),
    ]


def _incomplete_notice(blocking: list) -> Notice:
    labels = list(dict.fromkeys(komponen_label(f.komponen) for f in blocking))
    return Notice(
        "Catatan: standar pelayanan ini belum lengkap.",
        (
            f"Bagian yang masih harus dilengkapi: {', '.join(labels)}.",
            f"Isian kosong ditandai “{MISSING_TEXT}”; kekurangan lain ditandai “Perlu dilengkapi”. "
            "Standar pelayanan baru dapat ditetapkan setelah semuanya lengkap.",
        ),
    )


def build_rancangan(
    project: Project, service_ids: Sequence[int] | None = None, layout: str = "full", paper: str | None = None
) -> ReportDocument:
    """The Rancangan Standar Pelayanan: the draft handed out for discussion.

    Every page carries the "RANCANGAN" mark, the draft's version and date and "Halaman X dari Y".
    Services with blocking findings are printed anyway, with their gaps marked.

    Args:
        project: The project.
        service_ids: ``Layanan.id`` values to include (project order is kept); None for all.
        layout: ``"full"`` (14 components in parts A and B) or ``"brief"`` (the 8 rows of the
            Perwali Metro 19/2018 draft format).
        paper: ``"f4"`` or ``"a4"``; None for the project's setting.

    Raises:
        ExportError: For an unknown layout or paper, or an empty or unknown selection.
    """
    if layout not in LAYOUTS:
        raise ExportError(f"Tata letak '{layout}' tidak dikenal; pilih lengkap (full) atau ringkas (brief).")
    services = parts.select_services(project, service_ids)
    settings = project.pengaturan
    versi = settings.versi_rancangan.strip() or "1"
    stamp = f"Versi {versi}, {format_date(parts.iso_date(settings.tanggal_rancangan))}"
    unit = parts.unit_with_region(project)
    page = parts.page_setup(
        project,
        parts.paper_of(project, paper),
        watermark="RANCANGAN",
        header_text=f"RANCANGAN — {stamp}",
        footer_text=f"Rancangan Standar Pelayanan {unit}",
    )
    blocks: list[Block] = [
        parts.kop(project),
        Heading("RANCANGAN STANDAR PELAYANAN", level=0),
        Paragraph(unit.upper(), align="center", bold=True, space_after=2),
        Paragraph(stamp, align="center", italic=True, size=0.9, space_after=10),
    ]
    for i, layanan in enumerate(services):
        blocking = [f for f in check_layanan(layanan) if f.tingkat == BLOKIR]
        notes: dict[str, list[str]] = {}
        for finding in blocking:
            notes.setdefault(finding.komponen, []).append(finding.pesan)
        if i:
            blocks.append(PageBreak())
        blocks.append(_service_heading(layanan))
        if blocking:
            blocks.append(_incomplete_notice(blocking))
        if layout == "full":
            blocks.extend(_full_tables(*full_rows(layanan, notes, detail_steps=True)))
        else:
            blocks.append(ComponentTable(brief_rows(layanan, notes)))
    return ReportDocument("rancangan", "Rancangan Standar Pelayanan", page, blocks, project.instansi.nama)


def build_standar(
    project: Project, service_ids: Sequence[int] | None = None, layout: str = "full", paper: str | None = None
) -> ReportDocument:
    """The Standar Pelayanan as the Lampiran of the head's decree, ready for signature.

    Args:
        project: The project; ``project.extra["penetapan"]`` gives the decree's number and date.
        service_ids: ``Layanan.id`` values to include (project order is kept); None for all.
        layout: Accepted for symmetry with the Rancangan but not used: an adopted standard always
            shows all fourteen components (parts A and B).
        paper: ``"f4"`` or ``"a4"``; None for the project's setting.

    Raises:
        BlockingFindings: When any chosen service has blocking findings (all of them are listed).
        ExportError: For an unknown layout or paper, or an empty or unknown selection.
    """
    if layout not in LAYOUTS:
        raise ExportError(f"Tata letak '{layout}' tidak dikenal; pilih lengkap (full) atau ringkas (brief).")
    services = parts.select_services(project, service_ids)
    problems = [
        (ServiceRef(layanan.id, layanan.jenis_pelayanan), finding)
        for layanan in services
        for finding in check_layanan(layanan)
        if finding.tingkat == BLOKIR
    ]
    if problems:
        raise BlockingFindings(problems)
    unit = parts.unit_with_region(project)
    page = parts.page_setup(project, parts.paper_of(project, paper), footer_text=f"Standar Pelayanan {unit}")
    blocks: list[Block] = [
        parts.lampiran(project),
        Heading("STANDAR PELAYANAN", level=0),
        Paragraph(f"PADA {unit.upper()}", align="center", bold=True, space_after=10),
    ]
    for i, layanan in enumerate(services):
        if i:
            blocks.append(PageBreak())
        blocks.append(_service_heading(layanan))
        blocks.extend(_full_tables(*full_rows(layanan)))
    _, tanggal = parts.penetapan(project)
    kota = project.instansi.kota.strip() or parts.BLANK
    blocks.append(Spacer(8))
    blocks.append(parts.signature(project, (f"Ditetapkan di {kota}", f"pada tanggal {tanggal}")))
    return ReportDocument("standar", "Standar Pelayanan", page, blocks, project.instansi.nama)


def build_maklumat(project: Project, paper: str | None = None, poster: bool = False) -> ReportDocument:
    """The Maklumat Pelayanan: kop, title, the pledge, place and date, signature.

    Args:
        project: The project; the pledge is ``project.pengaturan.maklumat_teks``.
        paper: ``"f4"``, ``"a4"`` or ``"a3"``; None for the project's setting (A3 for the poster).
        poster: The notice-board poster: large type, the logo centred instead of the kop.
    """
    paper_key = parts.paper_of(project, paper or ("a3" if poster else None))
    text = project.pengaturan.maklumat_teks if project.pengaturan.maklumat_teks.strip() else DEFAULT_MAKLUMAT
    kota = project.instansi.kota.strip() or parts.BLANK
    place_date = f"{kota}, {format_date(parts.iso_date(project.pengaturan.tanggal_maklumat))}"
    unit = parts.unit_with_region(project)
    if not poster:
        page = parts.page_setup(project, paper_key, page_label=None)
        blocks: list[Block] = [
            parts.kop(project),
            Spacer(12),
            Heading("MAKLUMAT PELAYANAN", level=0),
            Paragraph(unit.upper(), align="center", bold=True, space_after=0),
            Spacer(12),
            PledgeBox(text),
            Spacer(16),
            parts.signature(project, (place_date,)),
        ]
        return ReportDocument("maklumat", "Maklumat Pelayanan", page, blocks, project.instansi.nama)
    base = parts.page_setup(project, paper_key, page_label=None)
    scale = max(1.0, base.text_width_mm / 160.0)
    page = PageSetup(base.paper, base.margins_mm, round(base.font_size * 1.3 * scale, 1), page_label=None)
    blocks = []
    if project.logo is not None and project.logo.data:
        blocks.append(LogoImage(project.logo.data, 38.0 * scale))
        blocks.append(Spacer(5 * scale))
    blocks += [
        Paragraph(project.instansi.pemerintah_daerah.strip().upper(), align="center", bold=True, space_after=2),
        Paragraph(unit.upper(), align="center", bold=True, size=1.1, space_after=0),
        Spacer(10 * scale),
        Heading("MAKLUMAT PELAYANAN", level=0),
        Spacer(6 * scale),
        PledgeBox(text, size=1.3),
        Spacer(14 * scale),
        parts.signature(project, (place_date,), size=0.8),
    ]
    return ReportDocument("maklumat", "Maklumat Pelayanan", page, blocks, project.instansi.nama)
