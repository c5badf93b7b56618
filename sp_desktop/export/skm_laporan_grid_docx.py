"""The DOCX table of a :class:`~sp_desktop.export.blocks.NumberGrid`, its rows parsed from one string (export layer).

Ten thousand rows built element by element take seconds; written as text and parsed once by lxml
they take a fraction of that. The header row repeats on every page (``w:tblHeader``) and no row
breaks across pages.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.shared import Pt

from . import docx_xml as x
from .blocks import NumberGrid
from .plain_text import clean

TW_PER_MM = 1440 / 25.4
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MARGINS = (10, 40, 10, 40)  # twips: top, right, bottom, left
HEADER_FILL = "D9D9D9"
FOOTER_FILL = "F2F2F2"
KEPT_ROWS = 3  # body rows kept on the page of the totals (as the PDF does)


def _cell(text: str, width: int, size: str, *, bold: bool = False, fill: str = "", span: int = 1,
          align: str = "center", keep_next: bool = False) -> str:
    props = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if span > 1:
        props += f'<w:gridSpan w:val="{span}"/>'
    if fill:
        props += f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>'
    run_props = f'<w:b/><w:sz w:val="{size}"/>' if bold else f'<w:sz w:val="{size}"/>'
    keep = "<w:keepNext/>" if keep_next else ""
    return (f"<w:tc><w:tcPr>{props}</w:tcPr><w:p><w:pPr>{keep}<w:spacing w:after=\"0\"/><w:jc w:val=\"{align}\"/>"
            f"<w:rPr>{run_props}</w:rPr></w:pPr><w:r><w:rPr>{run_props}</w:rPr>"
            f"<w:t xml:space=\"preserve\">{escape(clean(text))}</w:t></w:r></w:p></w:tc>")


def render_grid(renderer, b: NumberGrid) -> None:
    """Write ``b`` at the body position of ``renderer`` (a ``docx_writer._Render``)."""
    widths_mm = [share * renderer.page.text_width_mm for share in b.widths]
    renderer._table(0, widths_mm, margins=MARGINS, border=4, center=True)  # the table's properties and grid
    widths = [round(w * TW_PER_MM) for w in widths_mm]  # as the table's grid has them
    tbl = renderer.end.getprevious()
    size = x.half_points(renderer.size * b.size)
    parts = [f'<w:tbl xmlns:w="{W_NS}">']
    header = "".join(_cell(text, w, size, bold=True, fill=HEADER_FILL) for text, w in zip(b.header, widths))
    parts.append(f"<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>{header}</w:tr>")
    # Body cells take their look from one paragraph style and their width from the table's grid: a tenth
    # of the XML per cell, which is most of what Word and python-docx read and write.
    style = _grid_style(renderer, b.size)
    start = f'<w:tc><w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r><w:t>'
    # The last rows are kept with the totals below them, which never start a page alone.
    kept = f'<w:tc><w:p><w:pPr><w:pStyle w:val="{style}"/><w:keepNext/></w:pPr><w:r><w:t>'
    close = "</w:t></w:r></w:p></w:tc>"
    texts: dict[str, str] = {}
    first_kept = len(b.rows) - KEPT_ROWS if b.footer else len(b.rows)
    for n, row in enumerate(b.rows):
        cells = []
        head = kept if n >= first_kept else start
        for text in row:
            safe = texts.get(text)
            if safe is None:
                safe = texts[text] = escape(clean(text))
            cells.append(f"{head}{safe}{close}")
        parts.append(f"<w:tr><w:trPr><w:cantSplit/></w:trPr>{''.join(cells)}</w:tr>")
    for n, row in enumerate(b.footer, start=1):
        cells = []
        for col, text in enumerate(row):
            last = col == len(row) - 1
            span = len(widths) - col if last else 1
            cells.append(_cell(text, sum(widths[col:col + span]), size, bold=True, fill=FOOTER_FILL, span=span,
                               align="left" if col == 0 else "center", keep_next=n < len(b.footer)))
        parts.append(f"<w:tr><w:trPr><w:cantSplit/></w:trPr>{''.join(cells)}</w:tr>")
    parts.append("</w:tbl>")
    parsed = parse_xml("".join(parts))
    tbl.extend(list(parsed))
    renderer.after_table = renderer._para(after_pt=5, line=(x.pt_twips(1), "exact"))


def _grid_style(renderer, scale: float) -> str:
    """The id of the paragraph style of the grid's body cells (centred, the grid's size), added once."""
    name = f"SP Grid {scale:g}"
    styles = renderer.word.styles
    found = next((st for st in styles if st.name == name), None)
    if found is None:
        found = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        found.base_style = styles["Normal"]
        found.font.size = Pt(renderer.size * scale)
        found.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
        found.paragraph_format.space_after = Pt(0)
        found.hidden = True
    return found.style_id
