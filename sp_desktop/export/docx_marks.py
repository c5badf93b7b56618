"""The marks a DOCX prints on every page: header text, watermark, footer text, page numbers (export layer).

Two page-number forms (``PageSetup.page_number_top``): "Halaman X dari Y" at the right of the footer,
or the tata naskah form "- 2 -" centred at the top with none on the first page (Word's different
first page, whose header and footer carry the same marks without the number).
"""

from __future__ import annotations

from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Pt, Twips

from . import docx_xml as x
from .blocks import PageSetup
from .fonts import DOCX_FONT

SMALL = 0.75
"""The marks' size, relative to the body font."""


class PageMarks:
    """Writes the header and footer of the document's one section."""

    def __init__(self, page: PageSetup, body_width: int, size: float) -> None:
        self.page, self.body_width, self.size = page, body_width, size

    def write(self, section) -> None:
        numbered_top = bool(self.page.page_label) and self.page.page_number_top
        if numbered_top:
            section.different_first_page_header_footer = True
            self._header(section.first_page_header.paragraphs[0], number=False)
            self._footer(section.first_page_footer.paragraphs[0], number=False)
        self._header(section.header.paragraphs[0], number=numbered_top)
        self._footer(section.footer.paragraphs[0], number=bool(self.page.page_label) and not numbered_top)

    def _run(self, para, text: str, color: str | None = None) -> None:
        x.add_run(para._p, text, color=color, size=x.half_points(round(self.size * SMALL, 1)))

    def _label(self, para) -> None:
        """The page label with PAGE / NUMPAGES fields in place of its numbers."""
        label = self.page.page_label or ""
        for piece in label.replace("{page}", "\0PAGE\0").replace("{pages}", "\0NUMPAGES\0").split("\0"):
            if piece in ("PAGE", "NUMPAGES"):
                for run in x.add_field(para, piece):
                    run.font.size = Pt(self.size * SMALL)
            elif piece:
                self._run(para, piece)

    def _header(self, para, number: bool) -> None:
        page = self.page
        if number:  # "- 2 -" in the middle, the header text still at the right
            stops = para.paragraph_format.tab_stops
            stops.add_tab_stop(Twips(self.body_width // 2), WD_TAB_ALIGNMENT.CENTER)
            stops.add_tab_stop(Twips(self.body_width), WD_TAB_ALIGNMENT.RIGHT)
            self._run(para, "\t")
            self._label(para)
            if page.header_text:
                self._run(para, "\t")
        else:
            para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if page.header_text:
            self._run(para, page.header_text, color="555555")
        if page.watermark:
            width, height = page.size_mm
            length = (width**2 + height**2) ** 0.5 * 0.55 * 72 / 25.4
            x.watermark_run(para, page.watermark, length, length / max(len(page.watermark), 1) * 1.2, DOCX_FONT)

    def _footer(self, para, number: bool) -> None:
        para.paragraph_format.tab_stops.add_tab_stop(Twips(self.body_width), WD_TAB_ALIGNMENT.RIGHT)
        if self.page.footer_text:
            self._run(para, self.page.footer_text)
        if number:
            self._run(para, "\t")
            self._label(para)
