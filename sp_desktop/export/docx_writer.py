"""Renders a ReportDocument to DOCX with python-docx: real numbering, fields and repeating headers (export layer)."""

from __future__ import annotations

import io
import logging
from collections.abc import Callable
from pathlib import Path

from docx import Document
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.image.image import Image as DocxImage
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor, Twips

from . import docx_xml as x
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
    TextItem,
)
from .errors import ExportCancelled
from .fonts import DOCX_FONT
from .plain_text import property_value

log = logging.getLogger(__name__)

ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
}
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


class _Render:
    """The state of one DOCX rendering."""

    def __init__(self, doc: ReportDocument) -> None:
        self.doc = doc
        self.page = doc.page
        self.size = doc.page.font_size
        self.word = Document()
        self.body_width = round(doc.page.text_width_mm * TW_PER_MM)
        self.numbering = x.Numbering(self.word, round(self.size * 1.9 * 20))
        self.break_before = False
        self.last_row = None  # the last row of the table just written (kept with a signature)
        self.after_table = None  # the paragraph that separates that table from what follows

    # -- document ---------------------------------------------------------------------------------
    def run(self, path, progress, cancelled) -> None:
        self._setup()
        blocks = self.doc.blocks
        for i, block in enumerate(blocks, start=1):
            if cancelled is not None and cancelled():
                raise ExportCancelled()
            getattr(self, "_" + type(block).__name__.lower())(block)
            if not isinstance(block, (Spacer, ComponentTable)):
                self.last_row = None
            if progress is not None:
                progress(i, len(blocks))
        self.word.save(str(path))

    def _setup(self) -> None:
        page = self.page
        props = self.word.core_properties
        # Typed text may hold characters XML forbids, and python-docx refuses more than 255 characters.
        props.title = props.subject = property_value(self.doc.title)
        props.author = property_value(self.doc.author)
        props.language = "id-ID"
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
        self._header(section)
        self._footer(section)

    def _header(self, section) -> None:
        para = section.header.paragraphs[0]
        para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if self.page.header_text:
            self._run(para, self.page.header_text, size=0.75, color="555555")
        if self.page.watermark:
            width, height = self.page.size_mm
            length = (width**2 + height**2) ** 0.5 * 0.55 * 72 / 25.4
            x.watermark_run(para, self.page.watermark, length, length / max(len(self.page.watermark), 1) * 1.2,
                            DOCX_FONT)

    def _footer(self, section) -> None:
        para = section.footer.paragraphs[0]
        para.paragraph_format.tab_stops.add_tab_stop(Twips(self.body_width), WD_TAB_ALIGNMENT.RIGHT)
        if self.page.footer_text:
            self._run(para, self.page.footer_text, size=0.75)
        if self.page.page_label:
            before, rest = self.page.page_label.split("{page}", 1)
            middle, after = rest.split("{pages}", 1)
            self._run(para, "\t" + before, size=0.75)
            for run in x.add_field(para, "PAGE"):
                run.font.size = Pt(self.size * 0.75)
            self._run(para, middle, size=0.75)
            for run in x.add_field(para, "NUMPAGES"):
                run.font.size = Pt(self.size * 0.75)
            if after:
                self._run(para, after, size=0.75)

    # -- text helpers -------------------------------------------------------------------------------
    def _run(self, para, text, bold=False, italic=False, size=1.0, underline=False, color=None):
        run = para.add_run(x.clean(text))
        if bold:
            run.bold = True
        if italic:
            run.italic = True
        if underline:
            run.underline = True
        if size != 1.0:
            run.font.size = Pt(round(self.size * size, 1))
        if color:
            run.font.color.rgb = RGBColor.from_string(color)
        return run

    def _para(self, container=None, align="left", before=0.0, after=0.0):
        """A new paragraph in ``container`` (the body by default); applies a pending page break."""
        para = (container or self.word).add_paragraph()
        fmt = para.paragraph_format
        if align != "left":
            para.alignment = ALIGN.get(align, WD_ALIGN_PARAGRAPH.LEFT)
        if before:
            fmt.space_before = Pt(before)
        if after:
            fmt.space_after = Pt(after)
        if container is None and self.break_before:
            fmt.page_break_before = True
            self.break_before = False
        return para

    def _cell_para(self, cell, first: list, align="left", after=0.0):
        """The cell's own first paragraph the first time, then new ones."""
        if first[0]:
            first[0] = False
            para = cell.paragraphs[0]
            if align != "left":
                para.alignment = ALIGN.get(align, WD_ALIGN_PARAGRAPH.LEFT)
            if after:
                para.paragraph_format.space_after = Pt(after)
            return para
        return self._para(cell, align, after=after)

    def _table(self, rows: int, widths_mm: list[float], margins=CELL_MARGIN):
        """A fixed-layout table at the body position, honouring a pending page break."""
        if self.break_before:
            self.word.add_page_break()
            self.break_before = False
        table = self.word.add_table(rows=rows, cols=len(widths_mm))
        x.fixed_layout(table, [round(w * TW_PER_MM) for w in widths_mm], margins)
        return table

    # -- blocks ---------------------------------------------------------------------------------------
    def _heading(self, b: Heading) -> None:
        scale, before, after = {0: (1.3, 0, 4), 1: (1.05, 4, 6)}.get(b.level, (0.95, 8, 4))
        para = self._para(align=b.align, before=before, after=after)
        para.paragraph_format.keep_with_next = True
        self._run(para, b.text, bold=True, size=scale)
        if b.level <= 1:
            x.outline_level(para, b.level)

    def _paragraph(self, b: Paragraph) -> None:
        para = self._para(align=b.align, after=b.space_after)
        self._run(para, b.text, bold=b.bold, italic=b.italic, size=b.size)

    def _spacer(self, b: Spacer) -> None:
        para = self._para()
        fmt = para.paragraph_format
        fmt.line_spacing = Pt(1)
        fmt.space_before = Mm(b.height_mm)
        if self.last_row is not None:
            fmt.keep_with_next = True

    def _pagebreak(self, b: PageBreak) -> None:
        self.break_before = True

    def _logoimage(self, b: LogoImage) -> None:
        para = self._para(align="center")
        _picture(para, b.data, b.height_mm, self.doc.page.text_width_mm)

    def _notice(self, b: Notice) -> None:
        table = self._table(1, [self.page.text_width_mm])
        x.table_borders(table, size=6)
        cell = table.rows[0].cells[0]
        x.shade(cell, "FFF4D6")
        first = [True]
        self._run(self._cell_para(cell, first, after=2), b.title, bold=True, size=0.9)
        for line in b.lines:
            self._run(self._cell_para(cell, first, after=1), line, size=0.9)
        for para in cell.paragraphs:
            para.paragraph_format.keep_with_next = True
        self._para(after=4).paragraph_format.keep_with_next = True

    def _pledgebox(self, b: PledgeBox) -> None:
        table = self._table(1, [self.page.text_width_mm], margins=(280, 280, 280, 280))
        x.table_borders(table, size=10)
        para = table.rows[0].cells[0].paragraphs[0]
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        para.paragraph_format.line_spacing = 1.35
        self._run(para, b.text, size=b.size)

    def _kop(self, b: Kop) -> None:
        logo_mm = 26.0
        table = self._table(1, [logo_mm, self.page.text_width_mm - logo_mm], margins=(0, 0, 60, 0))
        x.no_borders(table)
        logo_cell, text_cell = table.rows[0].cells
        logo_cell.vertical_alignment = text_cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        if b.logo:
            _picture(logo_cell.paragraphs[0], b.logo, 24.0, logo_mm - 1)
        first = [True]
        if b.pemerintah:
            self._run(self._cell_para(text_cell, first, "center"), b.pemerintah, bold=True, size=1.15)
        self._run(self._cell_para(text_cell, first, "center", after=2), b.unit, bold=True, size=1.3)
        for line in b.lines:
            self._run(self._cell_para(text_cell, first, "center"), line, size=0.85)
        rule = self._para(after=10)
        rule.paragraph_format.line_spacing = Pt(2)
        x.bottom_rule(rule)

    def _lampiranblock(self, b: LampiranBlock) -> None:
        width = self.page.text_width_mm
        left, label, colon = width * 0.42, 21.0, 4.0
        table = self._table(len(b.rows) + 1, [left, label, colon, width - left - label - colon], (0, 40, 20, 0))
        x.no_borders(table)
        title = table.rows[0].cells[1].merge(table.rows[0].cells[3])
        self._run(title.paragraphs[0], b.title, size=0.9)
        for row, (key, value) in zip(table.rows[1:], b.rows):
            cells = row.cells
            self._run(cells[1].paragraphs[0], key, size=0.9)
            self._run(cells[2].paragraphs[0], ":", size=0.9)
            self._run(cells[3].paragraphs[0], value, size=0.9)
        self._para(after=12)

    def _signatureblock(self, b: SignatureBlock) -> None:
        self._keep_last_row()
        half = self.page.text_width_mm / 2
        table = self._table(1, [half, half], margins=(0, 0, 0, 0))
        x.no_borders(table)
        x.row_flags(table.rows[0], cant_split=True)
        cell = table.rows[0].cells[1]
        first = [True]
        for line in b.lines_before:
            self._run(self._cell_para(cell, first), line, size=b.size)
        self._run(self._cell_para(cell, first), b.jabatan, bold=True, size=b.size)
        name = self._cell_para(cell, first)
        name.paragraph_format.space_before = Mm(24 * min(b.size, 1.5))
        self._run(name, b.nama, bold=True, underline=True, size=b.size)
        for line in (b.pangkat, b.nip_line):
            if line:
                self._run(self._cell_para(cell, first), line, size=b.size)
        for para in cell.paragraphs:
            para.paragraph_format.keep_with_next = True
            para.paragraph_format.keep_together = True

    def _componenttable(self, b: ComponentTable) -> None:
        widths = [w * self.page.text_width_mm for w in b.widths]
        table = self._table(1 + len(b.rows), widths)
        x.table_borders(table, size=5)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        header = table.rows[0]
        x.row_flags(header, header=True, cant_split=True)
        for cell, text in zip(header.cells, b.header):
            x.shade(cell, "D9D9D9")
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            para = cell.paragraphs[0]
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            para.paragraph_format.keep_with_next = True
            self._run(para, text, bold=True)
        for row, data in zip(table.rows[1:], b.rows):
            no, komponen, uraian = row.cells
            no.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            self._run(no.paragraphs[0], data.no)
            self._run(komponen.paragraphs[0], data.komponen)
            self._items(uraian, data.uraian)
            if _text_length(data.uraian) < SHORT_ROW_CHARS:
                x.row_flags(row, cant_split=True)
        self.last_row = table.rows[-1]
        self.after_table = self._para(after=4)

    def _items(self, cell, items: tuple[Item, ...]) -> None:
        first = [True]
        gap = round(self.size * 0.3, 1)
        for item in items:
            if isinstance(item, TextItem):
                para = self._cell_para(cell, first, after=gap)
                self._run(para, item.text, bold=item.bold, italic=item.italic, size=0.85 if item.note else 1.0)
            elif isinstance(item, NumberedList):
                num_id = self.numbering.new_list(item.style)
                for entry in item.entries:
                    para = self._cell_para(cell, first, after=round(self.size * 0.25, 1))
                    x.set_numbering(para, num_id)
                    self._run(para, entry.text)
                    if entry.detail:
                        detail = self._cell_para(cell, first, after=round(self.size * 0.25, 1))
                        detail.paragraph_format.left_indent = Pt(self.size * 1.9)
                        self._run(detail, entry.detail, italic=True, size=0.85)
            elif isinstance(item, KeyValue):
                if item.title:
                    self._run(self._cell_para(cell, first, after=1), item.title)
                for key, value in item.pairs:
                    para = self._cell_para(cell, first, after=1)
                    para.paragraph_format.left_indent = Pt(self.size * 1.9)
                    self._run(para, f"{key}: {value}")

    def _keep_last_row(self) -> None:
        """Keep the last table row with the signature that follows (no signature alone on a page)."""
        if self.last_row is None:
            return
        x.row_flags(self.last_row, cant_split=True)
        for cell in self.last_row.cells:
            for para in cell.paragraphs:
                para.paragraph_format.keep_with_next = True
        if self.after_table is not None:
            self.after_table.paragraph_format.keep_with_next = True


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


def _picture(para, data: bytes, max_height_mm: float, max_width_mm: float) -> None:
    """Add a picture scaled to fit; a broken image is left out (and logged)."""
    try:
        image = DocxImage.from_blob(data)
        ratio = image.px_width / image.px_height
        height = min(max_height_mm, max_width_mm / ratio)
        para.add_run().add_picture(io.BytesIO(data), height=Mm(height))
    except Exception:  # python-docx raises several kinds for unreadable images
        log.warning("Logo tidak dapat dibaca; dokumen dibuat tanpa logo.")

