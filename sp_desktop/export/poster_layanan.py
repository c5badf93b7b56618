"""Posters for the notice board (A3 or A4): per service, or one for the whole unit (export layer).

A service's poster carries the six service-delivery components (persyaratan, prosedur, waktu, biaya,
produk, pengaduan), its alur pelayanan in two columns, the Maklumat Pelayanan, the complaint
contacts and, when the unit gave its web address, a QR code of that service's page on the exported
website (``<laman>/layanan/<slug>.html``). The unit's poster lists every service with its time, fee
and product, then the Maklumat, the contacts and a QR code of the unit's web address.
"""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from sp_desktop.domain.components import KOMPONEN
from sp_desktop.domain.derive import effective_biaya, effective_waktu
from sp_desktop.domain.enums import JenisSaluran
from sp_desktop.domain.formatting import format_fee
from sp_desktop.domain.maklumat import effective_text
from sp_desktop.domain.model import Layanan, Project
from sp_desktop.domain.slugs import service_url, unique_slugs, unit_url

from . import parts
from .alur import alur_steps
from .blocks import (
    AlurChart,
    Block,
    ComponentRow,
    ComponentTable,
    Heading,
    Image,
    PageBreak,
    PageSetup,
    Paragraph,
    PledgeBox,
    ReportDocument,
    Spacer,
    Table,
    TextItem,
)
from .catalog import DocRequest
from .errors import ExportError
from .uraian import MISSING_TEXT, component_items

PAPERS = ("a3", "a4")
MARGIN_MM = 15.0
FONT_PT = {"a3": 13.0, "a4": 9.5}
CHART_SCALE = {"a3": 1.3, "a4": 0.95}
QR_MM = {"a3": 55.0, "a4": 38.0}
PNG_DPI = 110
FIT_STEPS = (1.0, 0.9, 0.8, 0.7, 0.62)
"""The sizes tried, largest first, until each poster fits its sheet; below the last one the type would be too
small to read from a step away, so a poster that does not fit then goes on to a second sheet."""
SHORT_ALUR = 3
"""Steps that are drawn in one column (more go in two columns side by side)."""
PROSEDUR_NOTE = "Lihat alur pelayanan di bawah ini."
QR_SERVICE = "Pindai kode QR untuk membuka halaman layanan ini:"
QR_UNIT = "Pindai kode QR untuk membuka laman kami:"
CONTACT_HEADER = ("Pengaduan, saran, dan masukan", "Alamat/nomor")
UNIT_HEADER = ("No", "Jenis Pelayanan", "Waktu", "Biaya/Tarif", "Produk Pelayanan")


def poster_paper(paper: str | None) -> str:
    """``"a3"`` (the default) or ``"a4"``.

    Raises:
        ExportError: For any other paper.
    """
    key = (paper or "a3").strip().lower()
    if key not in PAPERS:
        raise ExportError(f"Poster dicetak pada kertas A3 atau A4, bukan '{paper}'.")
    return key


def qr_png(url: str, scale: int = 10) -> bytes:
    """The PNG of a QR code of ``url`` (error correction M, a quiet zone of four modules), black on white."""
    import segno

    code = segno.make(url, error="m", boost_error=False)
    out = io.BytesIO()
    code.save(out, kind="png", scale=scale, border=4)
    return out.getvalue()


def service_page_url(project: Project, layanan: Layanan) -> str:
    """The address of ``layanan``'s page on the unit's exported website; "" when the unit has no web address."""
    slugs = unique_slugs(s.jenis_pelayanan for s in project.layanan)
    index = next((i for i, s in enumerate(project.layanan) if s is layanan or (s.id and s.id == layanan.id)), None)
    if index is None:
        return ""
    return service_url(project.instansi.laman, slugs[index])


def _six_rows(layanan: Layanan) -> tuple[ComponentRow, ...]:
    rows = []
    for no, k in enumerate((k for k in KOMPONEN if k.group == "A"), start=1):
        if k.key == "prosedur" and alur_steps(layanan):
            items: tuple = (TextItem(PROSEDUR_NOTE, italic=True),)
        else:
            items = tuple(component_items(layanan, k.key)) or (TextItem(MISSING_TEXT, italic=True, missing=True),)
        rows.append(ComponentRow(str(no), k.label, items, k.key))
    return tuple(rows)


def _contacts(project: Project, layanan: Layanan | None) -> list[Block]:
    """The complaint channels (the service's, else the unit's phone and e-mail) and the officer."""
    ins = project.instansi
    rows: list[tuple[str, str]] = []
    if layanan is not None:
        for s in layanan.pengaduan.saluran:
            name = JenisSaluran.name_of(s.jenis, s.nama if isinstance(s.nama, str) else "")
            rows.append((name, s.alamat.strip() if isinstance(s.alamat, str) else ""))
        petugas = layanan.pengaduan.petugas
        officer = ", ".join(v.strip() for v in (petugas.telepon, petugas.email) if isinstance(v, str) and v.strip())
        if isinstance(petugas.nama, str) and petugas.nama.strip():
            rows.append((f"Petugas pengaduan: {petugas.nama.strip()}", officer))
    if not rows:
        rows = [(label, value.strip()) for label, value in (("Telepon", ins.telepon), ("E-mail", ins.email),
                                                             ("Alamat", ins.alamat)) if value.strip()]
    if not rows:
        return []
    return [Table(CONTACT_HEADER, tuple(rows), (0.45, 0.55))]


def _qr(url: str, caption: str, paper: str, fit: float = 1.0) -> list[Block]:
    if not url:
        return []
    size = QR_MM[paper] * max(fit, 0.8)
    return [Spacer(3), Image(qr_png(url), size, size, f"{caption} {url}")]


def _maklumat(project: Project) -> list[Block]:
    return [Heading("MAKLUMAT PELAYANAN", level=1, align="center"),
            PledgeBox(effective_text(project.pengaturan.maklumat_teks), size=1.0)]


def _service_poster(project: Project, layanan: Layanan, paper: str, fit: float = 1.0) -> list[Block]:
    name = layanan.jenis_pelayanan.strip() or MISSING_TEXT
    blocks: list[Block] = [
        parts.kop(project),
        Heading("STANDAR PELAYANAN", level=0),
        Paragraph(name, align="center", bold=True, size=1.3, space_after=8),
        ComponentTable(_six_rows(layanan), header=("NO", "KOMPONEN", "URAIAN"), widths=(0.06, 0.26, 0.68)),
    ]
    steps = alur_steps(layanan)
    if steps:
        blocks += [Spacer(2), AlurChart(steps, title="Alur Pelayanan", columns=1 if len(steps) <= SHORT_ALUR else 2,
                                          scale=CHART_SCALE[paper] * fit)]
    blocks += _maklumat(project)
    blocks += _contacts(project, layanan)
    blocks += _qr(service_page_url(project, layanan), QR_SERVICE, paper, fit)
    return blocks


def _unit_poster(project: Project, paper: str, fit: float = 1.0) -> list[Block]:
    unit = parts.unit_with_region(project)
    rows = []
    for n, layanan in enumerate(project.layanan, start=1):
        try:
            biaya = effective_biaya(layanan)
            fee = format_fee(biaya.tarif, biaya.uraian)
        except (TypeError, ValueError):
            fee = ""
        produk = "\n".join(p.strip() for p in layanan.produk if isinstance(p, str) and p.strip())
        rows.append((str(n), layanan.jenis_pelayanan.strip() or MISSING_TEXT, effective_waktu(layanan) or "",
                     fee, produk))
    blocks: list[Block] = [
        parts.kop(project),
        Heading("STANDAR PELAYANAN", level=0),
        Paragraph(unit.upper(), align="center", bold=True, size=1.2, space_after=8),
    ]
    if rows:
        blocks.append(Table(UNIT_HEADER, tuple(rows), (0.06, 0.34, 0.16, 0.2, 0.24), align=("center",)))
    blocks += _maklumat(project)
    blocks += _contacts(project, None)
    blocks += _qr(unit_url(project.instansi.laman), QR_UNIT, paper, fit)
    return blocks


def build_poster(project: Project, request: DocRequest) -> ReportDocument:
    """The posters: one per chosen service (``request.service_ids``), or the unit's poster when none is chosen.

    Raises:
        ExportError: For a paper other than A3 or A4, or an unknown service.
    """
    paper = poster_paper(request.paper)
    services = None if request.service_ids is None else parts.select_services(project, request.service_ids)
    sheets = 1 if services is None else len(services)
    doc = None
    for fit in FIT_STEPS:  # the largest type with which every poster fills one sheet
        doc = _poster(project, paper, services, fit)
        if _page_count(doc) <= sheets:
            break
    return doc


def _poster(project: Project, paper: str, services: list[Layanan] | None, fit: float) -> ReportDocument:
    blocks: list[Block] = []
    if services is None:
        blocks = _unit_poster(project, paper, fit)
    else:
        for i, layanan in enumerate(services):
            if i:
                blocks.append(PageBreak())
            blocks += _service_poster(project, layanan, paper, fit)
    page = PageSetup(paper, (MARGIN_MM,) * 4, round(FONT_PT[paper] * fit, 1), page_label=None)
    return ReportDocument("poster", "Poster Standar Pelayanan", page, blocks, project.instansi.nama)


def _page_count(doc: ReportDocument) -> int:
    """How many pages the PDF of ``doc`` takes (it is written to a temporary file and counted)."""
    import pypdfium2

    from .pdf_writer import PdfWriter

    with tempfile.TemporaryDirectory(prefix="sp-poster-") as folder:
        pdf = Path(folder) / "poster.pdf"
        PdfWriter().write(doc, pdf)
        document = pypdfium2.PdfDocument(str(pdf))
        try:
            return len(document)
        finally:
            document.close()


def write_poster_png(project: Project, request: DocRequest, path) -> None:
    """The poster as a PNG: its PDF drawn by PDFium, the pages one under the other (one page is the usual)."""
    import pypdfium2
    from PIL import Image as PILImage

    from .pdf_writer import PdfWriter

    doc = build_poster(project, request)
    with tempfile.TemporaryDirectory(prefix="sp-poster-") as folder:
        pdf = Path(folder) / "poster.pdf"
        PdfWriter().write(doc, pdf)
        document = pypdfium2.PdfDocument(str(pdf))
        try:
            pages = [document[i].render(scale=PNG_DPI / 72).to_pil().convert("RGB") for i in range(len(document))]
        finally:
            document.close()
    gap = 24
    width = max(p.width for p in pages)
    sheet = PILImage.new("RGB", (width, sum(p.height for p in pages) + gap * (len(pages) - 1)), (160, 160, 160))
    y = 0
    for page in pages:
        sheet.paste(page, (0, y))
        y += page.height + gap
    sheet.save(path, "PNG")
