"""The draft SOP as pure geometry: landscape pages of boxes, symbols, lines and text lines (export layer).

Both writers draw these pages as they are (``sop_pdf`` with reportlab, ``sop_png`` with Pillow for the
DOCX), so paper and picture agree. Coordinates are millimetres from the page's top-left corner, y down;
a text's ``y`` is its baseline. Text is wrapped here with the fonts' own metrics (``measure``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from .blocks import PAPER_MM

PT = 25.4 / 72  # one point in millimetres
MARGINS = (15.0, 15.0, 15.0, 20.0)  # top, right, bottom, left
FOOTER_SIZE = 7.5

Measure = Callable[[str, float, bool], float]
"""``measure(text, size_pt, bold) -> width in mm``."""


@dataclass(frozen=True)
class Text:
    """One line of text; ``x`` is its left edge (``align="center"``: its centre)."""

    x: float
    y: float
    text: str
    size: float
    bold: bool = False
    align: str = "left"


@dataclass(frozen=True)
class Shape:
    """A box: ``"cell"`` (a table cell), ``"header"`` (a shaded cell), or a flowchart symbol: ``"terminator"``,
    ``"proses"``, ``"keputusan"`` (a diamond), ``"konektor"`` (the off-page pentagon, pointing down)."""

    kind: str
    x: float
    y: float
    w: float
    h: float
    label: str = ""


@dataclass(frozen=True)
class Line:
    """A polyline; with an arrowhead at its last point when ``arrow``."""

    points: tuple[tuple[float, float], ...]
    arrow: bool = True


@dataclass(frozen=True)
class Picture:
    """The unit's logo, fitted in the box (aspect kept, centred)."""

    data: bytes
    x: float
    y: float
    w: float
    h: float


Item = Text | Shape | Line | Picture


@dataclass
class SopPage:
    """One landscape page.

    Attributes:
        kind: ``"identitas"`` or ``"bagan"`` (the flowchart).
        body: the table's box (x, y, w, h): what the DOCX shows as a picture of a flowchart page.
    """

    width: float
    height: float
    kind: str
    items: list[Item] = field(default_factory=list)
    body: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)


def page_size(paper: str) -> tuple[float, float]:
    """Landscape width and height of ``"f4"`` or ``"a4"`` (anything else: F4)."""
    w, h = PAPER_MM.get(paper if paper in ("f4", "a4") else "f4")
    return h, w


def leading(size: float) -> float:
    """Line pitch in mm of a font size in points."""
    return size * 1.22 * PT


def ascent(size: float) -> float:
    """Baseline offset below a line's top, in mm."""
    return size * 0.9 * PT


def wrap(text: str, width: float, size: float, bold: bool, measure: Measure) -> list[str]:
    """``text`` cut into lines no wider than ``width`` mm; a word wider than the column is cut too.

    Every character of ``text`` except the spaces where lines break is kept, so nothing is clipped.
    """
    out: list[str] = []
    for paragraph in text.splitlines() or [""]:
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}" if line else word
            if measure(candidate, size, bold) <= width:
                line = candidate
                continue
            if line:
                out.append(line)
            while len(word) > 1 and measure(word, size, bold) > width:
                k = _fitting_chars(word, width, size, bold, measure)
                out.append(word[:k])
                word = word[k:]
            line = word
        out.append(line)
    while len(out) > 1 and out[-1] == "":
        out.pop()
    return out


def _fitting_chars(word: str, width: float, size: float, bold: bool, measure: Measure) -> int:
    lo, hi = 1, len(word)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if measure(word[:mid], size, bold) <= width:
            lo = mid
        else:
            hi = mid - 1
    return lo


@dataclass(frozen=True)
class CellLine:
    """A drawn line in a cell: its text's offset from the cell's text edge, and a list number printed at the edge."""

    dx: float
    text: str
    bold: bool = False
    marker: str = ""


def numbered(items: tuple[str, ...], width: float, size: float, measure: Measure) -> list[CellLine]:
    """A numbered list ("1. …") with hanging lines; a single item is printed without its number; none as "-"."""
    if not items:
        return [CellLine(0.0, "-")]
    if len(items) == 1:
        return plain(items[0], width, size, measure)
    indent = measure(f"{len(items)}. ", size, False) + 0.5
    out: list[CellLine] = []
    for n, item in enumerate(items, start=1):
        for k, text in enumerate(wrap(item, width - indent, size, False, measure)):
            out.append(CellLine(indent, text, marker=f"{n}." if k == 0 else ""))
    return out


def plain(text: str, width: float, size: float, measure: Measure, bold: bool = False) -> list[CellLine]:
    """A wrapped paragraph as cell lines."""
    return [CellLine(0.0, t, bold) for t in wrap(text, width, size, bold, measure)]


def place_lines(lines: list[CellLine], x: float, y: float, size: float, center: float | None = None) -> list[Text]:
    """The texts of cell lines from top ``y``; each centred on ``center`` when it is given."""
    out: list[Text] = []
    pitch = leading(size)
    for row, line in enumerate(lines):
        base = y + ascent(size) + row * pitch
        if line.marker:
            out.append(Text(x, base, line.marker, size, line.bold))
        if center is not None:
            out.append(Text(center, base, line.text, size, line.bold, "center"))
        elif line.text:
            out.append(Text(x + line.dx, base, line.text, size, line.bold))
    return out


def text_height(lines: list[CellLine], size: float) -> float:
    """The height of the lines in mm."""
    return len(lines) * leading(size)


def add_footer(pages: list[SopPage], measure: Measure) -> None:
    """"Halaman i dari n" at the bottom right of every page."""
    total = len(pages)
    for number, page in enumerate(pages, start=1):
        text = f"Halaman {number} dari {total}"
        x = page.width - MARGINS[1] - measure(text, FOOTER_SIZE, False)
        page.items.append(Text(x, page.height - MARGINS[2] + 6.0, text, FOOTER_SIZE))
