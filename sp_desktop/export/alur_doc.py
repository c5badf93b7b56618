"""The document of kind ``alur``: the alur pelayanan of each chosen service, one after the other (export layer).

Also the chart's blocks the Standar Pelayanan and the Rancangan add under a service's table when the
project asks for them (``Pengaturan.alur_di_standar`` / ``alur_di_rancangan``).
"""

from __future__ import annotations

from sp_desktop.domain.model import Layanan, Project

from . import parts
from .alur import alur_steps
from .blocks import AlurChart, Block, Heading, PageBreak, Paragraph, ReportDocument
from .catalog import DocRequest

TITLE = "ALUR PELAYANAN"
CHART_TITLE = "Alur Pelayanan"
"""The line above the chart inside a Standar Pelayanan or a Rancangan."""


def service_alur(layanan: Layanan, title: str = CHART_TITLE) -> AlurChart:
    """The chart of ``layanan``, titled."""
    return AlurChart(alur_steps(layanan), title=title)


def standar_alur_blocks(project: Project, layanan: Layanan, rancangan: bool = False) -> list[Block]:
    """The chart under a service's table in the Standar (or the Rancangan) when the project asks for it, else none."""
    settings = project.pengaturan
    wanted = settings.alur_di_rancangan if rancangan else settings.alur_di_standar
    return [service_alur(layanan)] if wanted is True else []


def build_alur(project: Project, request: DocRequest) -> ReportDocument:
    """The kop, then per chosen service its name and its alur pelayanan, each service from a new page.

    Raises:
        ExportError: For an unknown paper, or an empty or unknown selection.
    """
    paper = parts.paper_of(project, request.paper)
    services = parts.select_services(project, request.service_ids)
    unit = parts.unit_with_region(project)
    page = parts.page_setup(project, paper, footer_text=f"Alur Pelayanan {unit}")
    blocks: list[Block] = [parts.kop(project)]
    for i, layanan in enumerate(services):
        if i:
            blocks.append(PageBreak())
        name = layanan.jenis_pelayanan.strip() or "(belum diisi)"
        blocks += [
            Heading(TITLE, level=0),
            Paragraph(name, align="center", bold=True, size=1.1, space_after=8),
            AlurChart(alur_steps(layanan)),
        ]
    return ReportDocument("alur", "Alur Pelayanan", page, blocks, project.instansi.nama)
