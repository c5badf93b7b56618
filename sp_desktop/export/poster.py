"""The Maklumat Pelayanan as an A3 notice-board poster: large type that fills one sheet (export layer).

The sizes are chosen here by measuring the text with the shipped fonts (Liberation Sans has the
metrics of the Arial the DOCX names), so both writers get one page filled from top to foot.
"""

from __future__ import annotations

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from .blocks import PAPER_MM, Block, LogoImage, PageSetup, Paragraph, PledgeBox, SignatureBlock, Spacer
from .fonts import register_fonts

MARGIN_MM = 20.0
"""Every margin of the poster: a notice is not bound, so it sits in the middle of the sheet."""
BODY_PT = 16.0
"""Place, date and signature."""
GOVERNMENT_PT = 24.0
UNIT_PT = 30.0
TITLE_MAX_PT = 84.0
PLEDGE_PT = (20.0, 44.0)
"""The pledge's smallest and largest size; the largest that leaves the sheet well filled is used."""
LOGO_MM = 38.0
FILL = 0.93
"""Share of the sheet's height the content takes with its spaces (the rest is a safety margin for Word)."""
MIN_SPACE = 0.1
"""Share of the sheet's height left at least for the spaces between the parts."""
_PT_PER_MM = 72 / 25.4
_LEADING = 1.3  # a line's height in both writers (reportlab 1.25, Word's Arial at 1.1 lines 1.27), rounded up
_PLEDGE_LEADING = 1.6  # the pledge box's line height (PDF 1.45, Word 1.35 lines of Arial)
_PLEDGE_PAD = 14.0 * 2 + 4.0  # the box's padding top and bottom, and its rule


def _lines(text: str, font: str, size: float, width: float) -> list[str]:
    return simpleSplit(text, font, size, width) or [""]


def balanced(text: str, font: str, size: float, width: float) -> str:
    """``text`` broken into as few lines as fit ``width``, all about as long (no word left alone).

    The line count is the one a plain wrap needs; the narrowest width that still gives that
    count is found by bisection, and its breaks are returned as line breaks.
    """
    count = len(_lines(text, font, size, width))
    if count <= 1:
        return text
    widest = max(stringWidth(word, font, size) for word in text.split())
    low, high = widest, width
    for _ in range(24):
        middle = (low + high) / 2
        if len(_lines(text, font, size, middle)) <= count:
            high = middle
        else:
            low = middle
    return "\n".join(_lines(text, font, size, high))


def _height(text: str, font: str, size: float, width: float, after: float = 0.0) -> float:
    return len(_lines(text, font, size, width)) * size * _LEADING + after


def poster_blocks(
    paper: str,
    government: str,
    unit: str,
    pledge: str,
    signature: SignatureBlock,
    logo: bytes | None = None,
) -> tuple[PageSetup, list[Block]]:
    """The page setup and blocks of a poster that fills the sheet.

    Args:
        paper: The sheet's key in ``PAPER_MM`` (normally ``"a3"``).
        government: "PEMERINTAH KOTA …", upper case.
        unit: The unit's name with its region, upper case.
        pledge: The Maklumat text.
        signature: The head's signature block (its size is set here).
        logo: The unit's logo, or None.
    """
    paper_size_mm = PAPER_MM[paper]
    fonts = register_fonts()
    bold, regular = fonts.bold, fonts.regular
    width = (paper_size_mm[0] - 2 * MARGIN_MM) * _PT_PER_MM
    frame = (paper_size_mm[1] - 2 * MARGIN_MM) * _PT_PER_MM
    title = "MAKLUMAT PELAYANAN"
    title_pt = min(TITLE_MAX_PT, 0.96 * width / stringWidth(title, bold, 1.0))
    unit_text = balanced(unit, bold, UNIT_PT, width)

    fixed = _height(title, bold, title_pt, width)
    if government:
        fixed += _height(government, bold, GOVERNMENT_PT, width, 4)
    fixed += len(unit_text.split("\n")) * UNIT_PT * _LEADING
    if logo:
        fixed += LOGO_MM * _PT_PER_MM
    half = width / 2
    jabatan = balanced(signature.jabatan, bold, BODY_PT, half)
    sign_lines = sum(len(_lines(t, bold, BODY_PT, half)) for t in (*signature.lines_before, jabatan))
    sign_lines += sum(len(_lines(t, bold, BODY_PT, half)) for t in (signature.nama, signature.pangkat,
                                                                   signature.nip_line) if t)
    fixed += sign_lines * BODY_PT * _LEADING + 24 * _PT_PER_MM

    def pledge_height(size: float) -> float:
        return len(_lines(pledge, regular, size, width - 28 - 4)) * size * _PLEDGE_LEADING + _PLEDGE_PAD

    # The largest pledge that still leaves room for the spaces between the parts.
    pledge_pt = PLEDGE_PT[0]
    size = PLEDGE_PT[1]
    while size >= PLEDGE_PT[0]:
        if fixed + pledge_height(size) <= frame * (FILL - MIN_SPACE):
            pledge_pt = size
            break
        size -= 1.0
    spare = max(0.0, frame * FILL - fixed - pledge_height(pledge_pt)) / _PT_PER_MM  # in mm
    weights = {"logo": 1.0, "unit": 2.0, "title": 1.0, "pledge": 2.0} if logo else {
        "unit": 2.0, "title": 1.0, "pledge": 2.0}
    total = sum(weights.values())
    gap = {key: spare * w / total for key, w in weights.items()}

    rel = 1.0 / BODY_PT
    blocks: list[Block] = []
    if logo:
        blocks += [LogoImage(logo, LOGO_MM), Spacer(gap["logo"])]
    if government:
        blocks.append(Paragraph(government, align="center", bold=True, size=GOVERNMENT_PT * rel, space_after=4))
    blocks += [
        Paragraph(unit_text, align="center", bold=True, size=UNIT_PT * rel, space_after=0),
        Spacer(gap["unit"]),
        Paragraph(title, align="center", bold=True, size=round(title_pt, 1) * rel, space_after=0),
        Spacer(gap["title"]),
        PledgeBox(pledge, size=pledge_pt * rel),
        Spacer(gap["pledge"]),
        SignatureBlock(signature.lines_before, jabatan, signature.nama, signature.pangkat,
                       signature.nip_line, size=1.0),
    ]
    page = PageSetup(paper, (MARGIN_MM,) * 4, BODY_PT, page_label=None)
    return page, blocks
