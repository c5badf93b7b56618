"""The draft SOP AP (Permenpan RB 35/2012) of each chosen service, landscape F4/A4, as PDF or DOCX (export layer).

Per service: the identity block filled from the standard and ``Project.extra["sop"]``, then the swimlane
flowchart. ``write_sop`` is the catalog's writer of the kind ``sop``: the SOP has its own page geometry
(landscape, drawn symbols), so it is written by ``sop_pdf`` / ``sop_docx`` rather than the shared writers.
"""

from __future__ import annotations

from pathlib import Path

from sp_desktop.domain.model import Layanan, Project

from .catalog import DocRequest
from .errors import ExportError
from .sop_chart import chart_pages
from .sop_content import SopContent, sop_content
from .sop_identity import identity_pages
from .sop_layout import MARGINS, SopPage, Text, add_footer, page_size
from .sop_pdf import measure

TITLE = "Standar Operasional Prosedur"
NO_STEPS = "Bagan alir belum dapat dibuat: prosedur layanan ini belum diisi."


def chosen_services(project: Project, service_ids) -> list[Layanan]:
    """The services asked for, in project order (all when ``service_ids`` is None)."""
    if service_ids is None:
        return list(project.layanan)
    wanted = set(service_ids)
    return [lay for lay in project.layanan if lay.id in wanted]


def sop_pages(project: Project, layanan: Layanan, paper: str) -> tuple[SopContent, list[SopPage]]:
    """One service's SOP: its content and its pages, numbered "Halaman i dari n" in the footer."""
    width, height = page_size(paper)
    content = sop_content(project, layanan)
    pages = identity_pages(content, width, height, measure)
    charts = chart_pages(content, width, height, measure)
    if not charts:
        last = pages[-1]
        bx, by, bw, bh = last.body
        last.items.append(Text(MARGINS[3], by + bh + 6.0, NO_STEPS, 9.0))
    pages.extend(charts)
    add_footer(pages, measure)
    return content, pages


def write_sop(project: Project, request: DocRequest, path: Path, suffix: str | None = None) -> None:
    """Write the SOP of the chosen services to ``path`` as ``suffix`` (``.pdf`` or ``.docx``; default ``path``'s).

    The export layer writes to a temp file beside the target and passes the target's suffix.

    Raises:
        ExportError: an unknown suffix, or no service chosen.
    """
    path = Path(path)
    paper = request.paper if request.paper in ("f4", "a4") else project.pengaturan.kertas
    services = chosen_services(project, request.service_ids)
    if not services:
        raise ExportError("Tidak ada jenis pelayanan yang dipilih untuk SOP.")
    items = [sop_pages(project, lay, paper) for lay in services]
    title = TITLE if len(services) > 1 else f"{TITLE} {services[0].jenis_pelayanan}"
    author = project.instansi.nama
    suffix = (suffix or path.suffix).lower()
    if suffix == ".pdf":
        from .sop_pdf import write_pdf

        write_pdf([page for _, pages in items for page in pages], path, title, author)
    elif suffix == ".docx":
        from .sop_docx import write_docx

        width, height = page_size(paper)
        write_docx(items, path, title, author, (width, height))
    else:
        shown = path.suffix or path.name
        raise ExportError(f"Format berkas '{shown}' tidak didukung untuk SOP; pilih .docx atau .pdf.")
