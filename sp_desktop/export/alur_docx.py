"""The alur pelayanan in the DOCX: the chart's pages as pictures, drawn by ``alur_png`` (export layer).

Word and LibreOffice have no drawing both render alike, so the DOCX embeds the same geometry the
PDF draws, as one picture per page of the chart (each fits a page, continued with a connector),
each with the chart in words as its text alternative.
"""

from __future__ import annotations

import io

from docx.oxml.ns import qn
from docx.shared import Mm
from docx.text.paragraph import Paragraph as DocxParagraph

from .alur import alur_layout, describe
from .alur_columns import alur_columns, alur_columns_part
from .alur_png import render_page_png
from .blocks import AlurChart

DPI = 220
PX_PER_MM = DPI / 25.4
SAFETY_MM = 12.0
"""Height kept free on a page besides the picture (a paragraph's line, Word's rounding)."""
MARGIN_MM = 1.0
FIRST_SHARE = 0.5
"""The first picture's height as a share of a page: the room left under the text before the chart is not
known, and a first picture of a whole page would always leave the page before it empty."""


class AlurBlocks:
    """Renders the AlurChart block; mixed into the DOCX renderer (``self.page``, ``self._para``, ``self.word``)."""

    def _alurchart(self, b: AlurChart) -> None:
        scale = max(b.scale, 0.3)
        real = self.page.text_width_mm * max(min(b.width_share, 1.0), 0.2) - 2 * MARGIN_MM - 0.5  # inside the margins
        width = real / scale
        top, _, bottom, _ = self.page.margins_mm
        height = (self.page.size_mm[1] - top - bottom - SAFETY_MM - 2 * MARGIN_MM) / scale
        if b.columns > 1:
            pages = (alur_columns(b.steps, width, b.columns, b.title),)
            if pages[0].height > height:  # too tall for one page: full columns on each page
                pages = _column_parts(b, width, height)
        else:
            pages = alur_layout(b.steps, width, page_height_mm=height, first_height_mm=height * FIRST_SHARE,
                                title=b.title).pages
        pages = tuple(page for page in pages if page.shapes)  # an empty first part (too short) is left out
        text = describe(b.steps)
        count = len(pages)
        for n, page in enumerate(pages, start=1):
            data = render_page_png(page, width, PX_PER_MM * scale, MARGIN_MM / scale)
            para = DocxParagraph(self._para(align="center", after_pt=4), self.word)
            run = para.add_run()
            run.add_picture(io.BytesIO(data), width=Mm(real + 2 * MARGIN_MM))
            label = text if count == 1 else f"{text} (bagian {n} dari {count})"
            for doc_pr in run._r.iter(qn("wp:docPr")):
                doc_pr.set("descr", label[:4000])
                doc_pr.set("name", f"Alur pelayanan {n}")


def _column_parts(b: AlurChart, width: float, height: float) -> tuple:
    """The chart in columns, a page of full columns at a time."""
    parts = []
    resume = None
    while True:
        part = alur_columns_part(b.steps, width, b.columns, height, b.title if resume is None else "", resume)
        if not part.shapes:
            break
        parts.append(part)
        if part.resume is None:
            break
        resume = part.resume
    return tuple(parts)
