"""The Buku Standar Pelayanan: one document in the order units publish it — cover, Maklumat, SK Penetapan,
then the Standar Pelayanan of each service as its Lampiran — with continuous page numbers (export layer).

The project's left margin (3 cm by default) leaves room for binding.
"""

from __future__ import annotations

from datetime import date

from sp_desktop.domain.model import Project

from . import parts, sk_parts
from .blocks import Block, LogoImage, PageBreak, Paragraph, ReportDocument, Spacer
from .catalog import DocRequest
from .report_model import build_maklumat
from .sk_penetapan import adopted_services, decree_blocks, lampiran_standar

COVER_LOGO_MM = 55.0


def cover(project: Project) -> list[Block]:
    """The cover: the region's emblem, STANDAR PELAYANAN, the unit, the region and the year."""
    k = sk_parts.decree(project)
    adopted = parts.iso_date(k.tanggal, default_today=False)
    year = (adopted or date.today()).year
    blocks: list[Block] = [Spacer(40)]
    if project.logo is not None and project.logo.data:
        blocks += [LogoImage(project.logo.data, COVER_LOGO_MM), Spacer(20)]
    else:
        blocks.append(Spacer(COVER_LOGO_MM + 20))
    blocks += [
        Paragraph("STANDAR PELAYANAN", align="center", bold=True, size=2.2, space_after=16),
        Paragraph(project.instansi.nama.strip().upper() or sk_parts.BLANK, align="center", bold=True, size=1.5,
                  space_after=8),
        Paragraph(project.instansi.pemerintah_daerah.strip().upper(), align="center", bold=True, size=1.3,
                  space_after=60),
        Paragraph(f"TAHUN {year}", align="center", bold=True, size=1.4),
    ]
    return blocks


def build_buku(project: Project, request: DocRequest) -> ReportDocument:
    """Cover, Maklumat Pelayanan, the SK Penetapan and the Standar Pelayanan of each adopted service.

    Raises:
        DocumentRefused: No service is ready to be adopted.
        BlockingFindings: A chosen service has blocking findings.
    """
    paper = parts.paper_of(project, request.paper)
    services = adopted_services(project, request.service_ids, "Buku Standar Pelayanan")
    blocks = cover(project)
    blocks += [PageBreak(), *build_maklumat(project, paper).blocks]
    blocks += [PageBreak(), *decree_blocks(project, services)]
    blocks += [PageBreak(), *lampiran_standar(project, services)]
    page = parts.page_setup(project, paper)
    return ReportDocument("buku", "Buku Standar Pelayanan", page, blocks, project.instansi.nama)

