"""Builds the document model of each kind (Rancangan, Standar Pelayanan, Maklumat) from a project (export layer).

The model classes live in ``blocks`` and are re-exported here; both writers render the same model.
"""

from __future__ import annotations

from collections.abc import Sequence

from sp_desktop.domain.checks import check_layanan
from sp_desktop.domain.components import komponen_label
from sp_desktop.domain.enums import Tingkat
from sp_desktop.domain.fingerprint import sidik_note
from sp_desktop.domain.formatting import format_date
from sp_desktop.domain.maklumat import effective_text, maklumat_date_iso
from sp_desktop.domain.model import Layanan, Project
from sp_desktop.domain.standar_layout import LAYOUT_AB, LAYOUT_SINGLE, layout_of, ordered_components

from . import parts, sk_parts
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
from .poster import poster_blocks
from .uraian import MISSING_TEXT, PART_A_TITLE, PART_B_TITLE, brief_rows
from .uraian import _row as component_row

__all__ = [
    "PAGE_LABEL", "PAPER_MM", "Block", "ComponentRow", "ComponentTable", "Heading", "Item", "KeyValue", "Kop",
    "LampiranBlock", "ListEntry", "LogoImage", "Notice", "NumberedList", "PageBreak", "PageSetup", "Paragraph",
    "PledgeBox", "ReportDocument", "SignatureBlock", "Spacer", "TextItem", "MISSING_TEXT",
    "build_rancangan", "build_standar", "build_maklumat", "standar_service_blocks",
]

BLOKIR = Tingkat.BLOKIR.value
LAYOUTS = ("full", "brief")
STANDAR_LAYOUTS = ("full", LAYOUT_AB, LAYOUT_SINGLE)
"""What ``build_standar`` takes: "full" is the project's own choice (``Pengaturan.tata_letak_standar``)."""


def _service_heading(layanan: Layanan) -> Heading:
    name = layanan.jenis_pelayanan if layanan.jenis_pelayanan.strip() else MISSING_TEXT
    return Heading(f"JENIS PELAYANAN : {name}", level=1, align="left")


def _component_tables(
    layanan: Layanan, project: Project, table: str | None = None, notes: dict[str, list[str]] | None = None,
    detail_steps: bool = False,
) -> list[Block]:
    """The fourteen rows in the project's order: parts A and B (each from 1) or one table numbered 1-14."""
    settings = project.pengaturan
    notes = notes or {}
    table = layout_of(table or settings.tata_letak_standar)

    def rows(group: str | None) -> tuple[ComponentRow, ...]:
        components = ordered_components(settings.urutan_komponen, group)
        return tuple(
            component_row(no, k.label, k.key, layanan, notes, detail_steps) for no, k in enumerate(components, start=1)
        )

    if table == LAYOUT_SINGLE:
        return [ComponentTable(rows(None))]
    return [
        Heading(PART_A_TITLE, level=2, align="left"),
        ComponentTable(rows("A")),
        Heading(PART_B_TITLE, level=2, align="left"),
        ComponentTable(rows("B")),
    ]


def _alur_blocks(project: Project, layanan: Layanan, rancangan: bool = False) -> list[Block]:
    """The service's alur pelayanan when the project's settings ask for it in this document."""
    from .alur_doc import standar_alur_blocks  # the chart's modules load only when a document is made

    return standar_alur_blocks(project, layanan, rancangan)


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

    Every page carries the "RANCANGAN" mark, the draft's version and date and its page number (the
    project's form: tata naskah "- 2 -" or "Halaman X dari Y").
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
            blocks.extend(_component_tables(layanan, project, notes=notes, detail_steps=True))
        else:
            blocks.append(ComponentTable(brief_rows(layanan, notes)))
        blocks.extend(_alur_blocks(project, layanan, rancangan=True))
    return ReportDocument("rancangan", "Rancangan Standar Pelayanan", page, blocks, project.instansi.nama)


def build_standar(
    project: Project, service_ids: Sequence[int] | None = None, layout: str = "full", paper: str | None = None
) -> ReportDocument:
    """The Standar Pelayanan as the Lampiran of the head's decree, ready for signature.

    Args:
        project: The project; ``project.extra["penetapan"]`` gives the decree's number and date.
        service_ids: ``Layanan.id`` values to include (project order is kept); None for all.
        layout: ``"ab"`` (parts A and B, each numbered from 1), ``"tunggal"`` (one table numbered
            1-14) or ``"full"`` (the project's ``tata_letak_standar``); the rows follow the project's
            ``urutan_komponen``. The Rancangan's ``"brief"`` is refused.
        paper: ``"f4"`` or ``"a4"``; None for the project's setting.

    Raises:
        BlockingFindings: When any chosen service has blocking findings (all of them are listed).
        ExportError: For an unknown layout or paper, or an empty or unknown selection.
    """
    if layout not in STANDAR_LAYOUTS:
        raise ExportError(
            f"Tata letak '{layout}' tidak ada untuk Standar Pelayanan; pilih ab (tabel A dan B) atau "
            "tunggal (satu tabel 1–14)."
        )
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
    footer = f"Standar Pelayanan {unit}"
    sidik = sidik_note(services)  # an adopted version carries its fingerprint; a draft revision none
    footer = f"{footer} · {sidik}" if sidik else footer
    page = parts.page_setup(project, parts.paper_of(project, paper), footer_text=footer)
    blocks: list[Block] = []
    for i, layanan in enumerate(services):
        # Several services: one numbered, signed Lampiran each (I, II, …), so a diktum can cite them.
        if i:
            blocks.append(PageBreak())
        blocks += sk_parts.standar_opening(project, parts.roman(i + 1) if len(services) > 1 else "")
        blocks.append(_service_heading(layanan))
        blocks.extend(_component_tables(layanan, project, None if layout == "full" else layout))
        blocks.extend(_alur_blocks(project, layanan))
        blocks += sk_parts.standar_closing(project)
    return ReportDocument("standar", "Standar Pelayanan", page, blocks, project.instansi.nama)


def standar_service_blocks(project: Project, layanan: Layanan, number: str = "") -> list[Block]:
    """One service of a Standar Pelayanan in the project's layout: its heading ("1. JENIS PELAYANAN : …"
    when ``number`` is given, as in a decree's Lampiran) and its component tables."""
    heading = _service_heading(layanan)
    if number:
        heading = Heading(f"{number}. {heading.text}", level=heading.level, align=heading.align)
    return [heading, *_component_tables(layanan, project), *_alur_blocks(project, layanan)]


def build_maklumat(project: Project, paper: str | None = None, poster: bool = False) -> ReportDocument:
    """The Maklumat Pelayanan: kop, title, the pledge, place and date, signature.

    Args:
        project: The project; the pledge is ``project.pengaturan.maklumat_teks`` (the default when blank or
            still the old default); the date is ``tanggal_maklumat``, else the penetapan's, else today.
        paper: ``"f4"``, ``"a4"`` or ``"a3"``; None for the project's setting (A3 for the poster).
        poster: The notice-board poster: large type, the logo centred instead of the kop.
    """
    paper_key = parts.paper_of(project, paper or ("a3" if poster else None))
    text = effective_text(project.pengaturan.maklumat_teks)
    kota = project.instansi.kota.strip() or parts.BLANK
    tanggal = maklumat_date_iso(project.pengaturan.tanggal_maklumat, project.extra.get("penetapan"))
    place_date = f"{kota}, {format_date(parts.iso_date(tanggal))}"
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
    logo = project.logo.data if project.logo is not None and project.logo.data else None
    page, blocks = poster_blocks(
        paper_key, project.instansi.pemerintah_daerah.strip().upper(), unit.upper(), text,
        parts.signature(project, (place_date,)), logo,
    )
    return ReportDocument("maklumat", "Maklumat Pelayanan", page, blocks, project.instansi.nama)
