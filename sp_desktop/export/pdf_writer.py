"""Renders a ReportDocument to PDF with reportlab, embedding the shipped fonts (export layer)."""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate
from reportlab.platypus import Paragraph as RLParagraph

from .blocks import PageSetup, ReportDocument
from .errors import ExportCancelled
from .fonts import FontSet, register_fonts
from .pdf_flowables import FlowableBuilder
from .pdf_text import Styles, markup
from .plain_text import clean, property_value

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class PdfWriter:
    """Writes the document model as a PDF with embedded fonts."""

    def write(
        self,
        doc: ReportDocument,
        path: Path | str,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> None:
        """Render ``doc`` to ``path``.

        Args:
            doc: The document model.
            path: The file to write (normally a temp file; see ``atomic.atomic_write``).
            progress: Called with (blocks done, blocks in total) while rendering.
            cancelled: Polled while rendering; returning True stops with ExportCancelled.

        Raises:
            ExportCancelled: When ``cancelled`` returned True.
        """
        fonts = register_fonts()
        page = doc.page
        width, height = (v * mm for v in page.size_mm)
        top, right, bottom, left = (v * mm for v in page.margins_mm)
        styles = Styles(page.font_size, fonts)
        builder = FlowableBuilder(styles, width - left - right)
        flowables = builder.build_all(doc.blocks, cancelled)
        template = _DocTemplate(
            str(path),
            pagesize=(width, height),
            leftMargin=left,
            rightMargin=right,
            topMargin=top,
            bottomMargin=bottom,
            title=property_value(doc.title, limit=None),
            author=property_value(doc.author, limit=None),
            subject=property_value(doc.title, limit=None),
            creator="SP Desktop",
            pageCompression=1,
            # The initial font is named on every page; reportlab's Helvetica would be the one font not embedded.
            initialFontName=fonts.regular,
        )
        frame = Frame(left, bottom, width - left - right, height - top - bottom, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        template.addPageTemplates([PageTemplate("page", [frame], onPage=_watermark(page, fonts))])
        template.hooks(len(flowables), progress, cancelled)
        template.build(flowables, canvasmaker=_canvas_maker(page, styles))


class _DocTemplate(BaseDocTemplate):
    """Reports progress and checks for cancellation after each flowable."""

    _total = 0
    _done = 0
    _progress: Progress | None = None
    _cancelled: Cancelled | None = None

    def hooks(self, total: int, progress: Progress | None, cancelled: Cancelled | None) -> None:
        self._total, self._done, self._progress, self._cancelled = max(total, 1), 0, progress, cancelled

    def afterFlowable(self, flowable) -> None:  # noqa: N802 - reportlab hook
        self._done += 1
        if self._cancelled is not None and self._cancelled():
            raise ExportCancelled()
        if self._progress is not None and self._done % 8 == 0:
            self._progress(min(self._done, self._total), self._total)


def _watermark(page: PageSetup, fonts: FontSet):
    """The onPage hook drawing the diagonal mark behind the page's content."""

    def draw(canvas: Canvas, _doc) -> None:
        if not page.watermark:
            return
        w, h = canvas._pagesize
        size = min(w, h) / max(len(page.watermark), 1) * 1.45
        canvas.saveState()
        canvas.setFillColor(colors.Color(0.88, 0.88, 0.88))
        canvas.setFont(fonts.bold, size)
        canvas.translate(w / 2, h / 2)
        canvas.rotate(math.degrees(math.atan2(h, w)))
        canvas.drawCentredString(0, -size / 3, clean(page.watermark))
        canvas.restoreState()

    return draw


def _canvas_maker(page: PageSetup, styles: Styles):
    """A canvas class that defers page marks until the page count is known ("Halaman X dari Y")."""
    small = styles.para(0.75)
    small_right = styles.para(0.75, "right")
    small_centre = styles.para(0.75, "center")

    class PagedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab API
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._marks(number, total)
                Canvas.showPage(self)
            Canvas.save(self)

        def _marks(self, number: int, total: int) -> None:
            w, h = self._pagesize
            top, right, bottom, left = (v * mm for v in page.margins_mm)
            inner = w - left - right
            if page.header_text:
                para = RLParagraph(markup(page.header_text, styles.fonts), small_right)
                _, ph = para.wrap(inner, top)
                para.drawOn(self, left, h - top / 2 - ph / 2)
            label = page.page_label.format(page=number, pages=total) if page.page_label else ""
            if page.page_number_top:  # tata naskah: "- 2 -" centred at the top, none on page 1
                if label and number > 1:
                    para = RLParagraph(markup(label, styles.fonts), small_centre)
                    _, ph = para.wrap(inner, top)
                    para.drawOn(self, left, h - top / 2 - ph / 2)
                label = ""
            label_width = 36 * mm if label else 0
            y = bottom / 2
            if label:
                para = RLParagraph(label, small_right)
                _, ph = para.wrap(label_width, bottom)
                para.drawOn(self, w - right - label_width, y - ph / 2)
            if page.footer_text:
                para = RLParagraph(markup(page.footer_text, styles.fonts), small)
                _, ph = para.wrap(inner - label_width - 6, bottom)
                para.drawOn(self, left, y - ph / 2)

    return PagedCanvas
