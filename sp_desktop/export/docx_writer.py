"""Renders a ReportDocument to DOCX: real numbering, fields and repeating headers (export layer).

python-docx sets the page, styles, header and footer; the body is built with ``docx_xml``'s direct
element builders so that the time taken grows in step with the number of services.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable
from pathlib import Path

from docx import Document
from docx.image.image import Image as DocxImage
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.text.paragraph import Paragraph as DocxParagraph

from . import docx_xml as x
from .alur_docx import AlurBlocks
from .blocks import (
    ComponentTable,
    Heading,
    Item,
    KeyValue,
    Kop,
    LampiranBlock,
    LogoImage,
    Notice,
    NumberedList,
    PageBreak,
    Paragraph,
    PledgeBox,
    ReportDocument,
    SignatureBlock,
    Spacer,
    Table,
    TextItem,
    group_images,
)
from .docx_general import GeneralBlocks
from .docx_marks import PageMarks
from .docx_numbering import Numbering
from .docx_props import set_properties
from .errors import ExportCancelled
from .fonts import DOCX_FONT

log = logging.getLogger(__name__)

TW_PER_MM = 1440 / 25.4
CELL_MARGIN = (90, 100, 100, 100)  # twips: top, right, bottom, left (about 4.5-5 pt)
SHORT_ROW_CHARS = 450  # rows with less text than this never break across pages


class DocxWriter:
    """Writes the document model as a Word document."""

    def write(
        self,
        doc: ReportDocument,
        path: Path | str,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> None:
        """Render ``doc`` to ``path``.

        Args:
            doc: The document model.
            path: The file to write (normally a temp file; see ``atomic.atomic_write``).
            progress: Called with (blocks done, blocks in total).
            cancelled: Polled between blocks; returning True stops with ExportCancelled.
        """
        _Render(doc).run(path, progress, cancelled)


class _Render(GeneralBlocks, AlurBlocks):
    """The state of one DOCX rendering."""

    def __init__(self, doc: ReportDocument) -> None:
        self.doc = doc
        self.page = doc.page
        self.size = doc.page.font_size
        self.word = Document()
        self.end = self.word.element.body.sectPr  # every body element goes just before it, found once
        self.body_width = round(doc.page.text_width_mm * TW_PER_MM)
        self.numbering = Numbering(self.word, round(self.size * 1.9 * 20))
        self.indent = x.pt_twips(self.size * 1.9)
        self.break_before = False
        self.last_row = None  # the cells of the last row of the table just written (kept with a signature)
        self.after_table = None  # the paragraph that separates that table from what follows

    # -- document ---------------------------------------------------------------------------------
    def run(self, path, progress, cancelled) -> None:
        self._setup()
        blocks = group_images(self.doc.blocks, self.page.text_width_mm)
        for i, block in enumerate(blocks, start=1):
            if cancelled is not None and cancelled():
                raise ExportCancelled()
            if isinstance(block, tuple):
                self._images(block)
            elif isinstance(block, Table):
                self._general_table(block)  # "_table" is the helper that starts any table
            else:
                getattr(self, "_" + type(block).__name__.lower())(block)
            if not isinstance(block, (Spacer, ComponentTable, Table)):
                self.last_row = None
            if progress is not None:
                progress(i, len(blocks))
        self.word.save(str(path))

    def _setup(self) -> None:
        page = self.page
        set_properties(self.word, self.doc.title, self.doc.author)
        normal = self.word.styles["Normal"]
        normal.font.name = DOCX_FONT
        normal.font.size = Pt(self.size)
        r_fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
        for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            r_fonts.set(qn(attr), DOCX_FONT)
        normal.paragraph_format.space_after = Pt(0)
        normal.paragraph_format.space_before = Pt(0)
        normal.paragraph_format.line_spacing = 1.1
        x.language(self.word.styles.element)
        section = self.word.sections[0]
        width, height = page.size_mm
        section.page_width, section.page_height = Mm(width), Mm(height)
        top, right, bottom, left = page.margins_mm
        section.top_margin, section.right_margin = Mm(top), Mm(right)
        section.bottom_margin, section.left_margin = Mm(bottom), Mm(left)
        section.header_distance, section.footer_distance = Mm(top / 2), Mm(bottom / 2)
        PageMarks(page, self.body_width, self.size).write(section)

    # -- text helpers -------------------------------------------------------------------------------
    def _run(self, p, text, bold=False, italic=False, size=1.0, underline=False, color=None):
        half = x.half_points(round(self.size * size, 1)) if size != 1.0 else None
        return x.add_run(p, text, bold, italic, underline, color, half)

    def _para(self, align="left", before_pt=0.0, after_pt=0.0, **fmt):
        """A new body paragraph; applies a pending page break. ``fmt``: see ``docx_xml.format_paragraph``."""
        if self.break_before:
            fmt["page_break"] = True
            self.break_before = False
        if before_pt:
            fmt["before"] = x.pt_twips(before_pt)
        if after_pt:
            fmt["after"] = x.pt_twips(after_pt)
        return x.body_paragraph(self.end, align=align, **fmt)

    def _cell_para(self, tc, align="left", after_pt=0.0, **fmt):
        """A new paragraph at the end of cell ``tc``. ``fmt``: see ``docx_xml.format_paragraph``."""
        if after_pt:
            fmt["after"] = x.pt_twips(after_pt)
        return x.add_paragraph(tc, align=align, **fmt)

    def _table(self, rows: int, widths_mm: list[float], margins=CELL_MARGIN, border=None, center=False):
        """A fixed-layout table at the body position, honouring a pending page break; returns its rows."""
        if self.break_before:
            # A table cannot carry the break: a hairline paragraph that starts the new page does. (A page
            # break character would leave a blank page when the paragraph holding it spilled over.)
            self._para(line=(x.pt_twips(1), "exact"))
        widths = [round(w * TW_PER_MM) for w in widths_mm]
        return x.add_table(self.end, widths, rows, margins, border, center)

    # -- blocks ---------------------------------------------------------------------------------------
    def _heading(self, b: Heading) -> None:
        scale, before, after = {0: (1.3, 0, 4), 1: (1.05, 4, 6)}.get(b.level, (0.95, 8, 4))
        para = self._para(b.align, before, after, keep_next=True, outline=b.level if b.level <= 1 else None)
        self._run(para, b.text, bold=True, size=scale)

    def _paragraph(self, b: Paragraph) -> None:
        para = self._para(b.align, after_pt=b.space_after)
        self._run(para, b.text, bold=b.bold, italic=b.italic, size=b.size)

    def _numbergrid(self, b) -> None:
        from .skm_laporan_grid_docx import render_grid  # a long grid of figures, written as one string

        render_grid(self, b)

    def _spacer(self, b: Spacer) -> None:
        self._para(keep_next=self.last_row is not None, before=x.mm_twips(b.height_mm), line=(x.pt_twips(1), "exact"))

    def _pagebreak(self, b: PageBreak) -> None:
        # A spacing paragraph just before the break would spill onto a page of its own whenever
        # the content above fills its page (a blank page): the break starts a new page anyway.
        previous = self.end.getprevious()
        while x.is_blank(previous):
            if previous is self.after_table:
                self.after_table = None
            before = previous.getprevious()
            previous.getparent().remove(previous)
            previous = before
        self.break_before = True

    def _logoimage(self, b: LogoImage) -> None:
        para = self._para(align="center")
        _picture(DocxParagraph(para, self.word), b.data, b.height_mm, self.doc.page.text_width_mm)

    def _notice(self, b: Notice) -> None:
        rows = self._table(1, [self.page.text_width_mm], border=6)
        cell = rows[0][1][0]
        x.cell_props(cell, fill="FFF4D6")
        self._run(self._cell_para(cell, after_pt=2, keep_next=True), b.title, bold=True, size=0.9)
        for line in b.lines:
            self._run(self._cell_para(cell, after_pt=1, keep_next=True), line, size=0.9)
        self._para(after_pt=4, keep_next=True)

    def _pledgebox(self, b: PledgeBox) -> None:
        rows = self._table(1, [self.page.text_width_mm], margins=(280, 280, 280, 280), border=10)
        para = self._cell_para(rows[0][1][0], "center", line=(x.line_multiple(1.35), "auto"))
        self._run(para, b.text, size=b.size)

    def _kop(self, b: Kop) -> None:
        logo_mm = 26.0 if b.logo and _readable(b.logo) else 0.0
        # Without a logo there is no empty logo column: the text is centred on the page.
        widths = [logo_mm, self.page.text_width_mm - logo_mm] if logo_mm else [self.page.text_width_mm]
        rows = self._table(1, widths, margins=(0, 0, 60, 0))
        *logo_cell, text_cell = rows[0][1]
        for cell in rows[0][1]:
            x.cell_props(cell, v_center=True)
        if logo_cell:
            _picture(DocxParagraph(self._cell_para(logo_cell[0]), self.word), b.logo, 24.0, logo_mm - 1)
        if b.pemerintah:
            self._run(self._cell_para(text_cell, "center"), b.pemerintah, bold=True, size=1.15)
        self._run(self._cell_para(text_cell, "center", after_pt=2), b.unit, bold=True, size=1.3)
        for line in b.lines:
            self._run(self._cell_para(text_cell, "center"), line, size=0.85)
        x.close_cells(rows)
        self._para(after_pt=10, rule=True, line=(x.pt_twips(2), "exact"))

    def _lampiranblock(self, b: LampiranBlock) -> None:
        width = self.page.text_width_mm
        left, label, colon = width * 0.42, 21.0, 4.0
        rows = self._table(len(b.rows) + 1, [left, label, colon, width - left - label - colon], (0, 40, 20, 0))
        title_cells = rows[0][1]
        x.span(title_cells, 1, 3)
        self._run(self._cell_para(title_cells[1]), b.title, size=0.9)
        for (_, cells), (key, value) in zip(rows[1:], b.rows):
            for cell, text in zip(cells[1:], (key, ":", value)):
                self._run(self._cell_para(cell), text, size=0.9)
        x.close_cells(rows)
        self._para(after_pt=12)

    def _signatureblock(self, b: SignatureBlock) -> None:
        self._keep_last_row()
        half = self.page.text_width_mm / 2
        rows = self._table(1, [half, half], margins=(0, 0, 0, 0))
        tr, (_, cell) = rows[0]
        x.row_flags(tr, cant_split=True)
        keep = {"keep_next": True, "keep_lines": True}
        for line in b.lines_before:
            self._run(self._cell_para(cell, **keep), line, size=b.size)
        self._run(self._cell_para(cell, **keep), b.jabatan, bold=True, size=b.size)
        name = self._cell_para(cell, before=x.mm_twips(24 * min(b.size, 1.5)), **keep)
        self._run(name, b.nama, bold=True, underline=True, size=b.size)
        for line in (b.pangkat, b.nip_line):
            if line:
                self._run(self._cell_para(cell, **keep), line, size=b.size)
        x.close_cells(rows)

    def _componenttable(self, b: ComponentTable) -> None:
        widths = [w * self.page.text_width_mm for w in b.widths]
        rows = self._table(1 + len(b.rows), widths, border=5, center=True)
        header, header_cells = rows[0]
        x.row_flags(header, header=True, cant_split=True)
        for cell, text in zip(header_cells, b.header):
            x.cell_props(cell, fill="D9D9D9", v_center=True)
            self._run(self._cell_para(cell, "center", keep_next=True), text, bold=True)
        for (tr, (no, komponen, uraian)), data in zip(rows[1:], b.rows):
            self._run(self._cell_para(no, "center"), data.no)
            self._run(self._cell_para(komponen), data.komponen)
            self._items(uraian, data.uraian)
            if _text_length(data.uraian) < SHORT_ROW_CHARS:
                x.row_flags(tr, cant_split=True)
        x.close_cells(rows)
        self.last_row = rows[-1]
        self.after_table = self._para(after_pt=4)

    def _items(self, cell, items: tuple[Item, ...]) -> None:
        gap = round(self.size * 0.3, 1)
        list_gap = round(self.size * 0.25, 1)
        for item in items:
            if isinstance(item, TextItem):
                para = self._cell_para(cell, after_pt=gap)
                self._run(para, item.text, bold=item.bold, italic=item.italic, size=0.85 if item.note else 1.0)
            elif isinstance(item, NumberedList):
                num_id = self.numbering.new_list(item.style)
                for entry in item.entries:
                    # A step stays with its "Pelaksana …; Waktu …" line when a row breaks across pages.
                    step = self._cell_para(cell, after_pt=list_gap, num_id=num_id, keep_next=bool(entry.detail))
                    self._run(step, entry.text)
                    if entry.detail:
                        detail = self._cell_para(cell, after_pt=list_gap, left=self.indent)
                        self._run(detail, entry.detail, italic=True, size=0.85)
            elif isinstance(item, KeyValue):
                if item.title:  # kept with its details
                    self._run(self._cell_para(cell, after_pt=1, keep_next=bool(item.pairs)), item.title)
                for n, (key, value) in enumerate(item.pairs, start=1):
                    pair = self._cell_para(cell, after_pt=1, left=self.indent, keep_next=n < len(item.pairs))
                    self._run(pair, f"{key}: {value}")

    def _keep_last_row(self) -> None:
        """Keep the signature that follows with what it signs, so that it never stands alone on a page.

        Walking back from the end of the body: the spacing paragraphs, at most one paragraph of text
        (the closing sentence) and the last row of the table or labelled block before them (the last
        diktum of a decree) are all kept with the next.
        """
        element = self.end.getprevious()
        texts = 0
        while element is not None:
            if element.tag == x.TBL:
                rows = element.findall(x.TR)
                if rows:
                    # LibreOffice keeps a one-row table with the next only when its row may split.
                    x.row_flags(rows[-1], cant_split=len(rows) > 1)
                    for para in rows[-1].iter(x.P):
                        x.keep_with_next(para)
                return
            if element.tag != x.P or (not x.is_blank(element) and texts):
                return
            texts += not x.is_blank(element)
            x.keep_with_next(element)
            element = element.getprevious()


def _text_length(items: tuple[Item, ...]) -> int:
    total = 0
    for item in items:
        if isinstance(item, TextItem):
            total += len(item.text) + 40
        elif isinstance(item, NumberedList):
            total += sum(len(e.text) + len(e.detail) + 40 for e in item.entries)
        elif isinstance(item, KeyValue):
            total += sum(len(k) + len(v) + 40 for k, v in item.pairs)
    return total


def _readable(data: bytes) -> bool:
    """Whether a picture decodes in full (a damaged logo is left out, with its column)."""
    from PIL import Image as PILImage

    try:
        with PILImage.open(io.BytesIO(data)) as decoded:
            decoded.load()
    except Exception:  # Pillow raises several kinds for unreadable images
        log.warning("Logo tidak dapat dibaca; dokumen dibuat tanpa logo.")
        log.debug("Logo decoding failed", exc_info=True)
        return False
    return True


def _picture(para, data: bytes, max_height_mm: float, max_width_mm: float, what: str = "Logo") -> None:
    """Add a picture scaled to fit; an image that does not decode in full is left out (and logged).

    python-docx reads only the header, so a file cut short or damaged (a logo stored by an older
    version) would be embedded as it is and show in Word as a broken picture.
    """
    from PIL import Image as PILImage

    try:
        with PILImage.open(io.BytesIO(data)) as decoded:
            decoded.load()
        image = DocxImage.from_blob(data)
        ratio = image.px_width / image.px_height
        height = min(max_height_mm, max_width_mm / ratio)
        para.add_run().add_picture(io.BytesIO(data), height=Mm(height))
    except Exception:  # Pillow and python-docx raise several kinds for unreadable images
        log.warning("%s tidak dapat dibaca; dokumen dibuat tanpa gambar itu.", what)
        log.debug("Logo decoding failed", exc_info=True)

