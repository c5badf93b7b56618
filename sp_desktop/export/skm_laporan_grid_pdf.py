"""The PDF flowable of a :class:`~sp_desktop.export.blocks.NumberGrid`: drawn straight on the canvas (export layer).

A reportlab ``Table`` of ten thousand rows of paragraphs takes half a minute to lay out; this
flowable knows every row has one height, so a page split is a division and each page is a few
lines and one string per cell.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.platypus import Flowable

from .blocks import NumberGrid
from .fonts import FontSet
from .plain_text import clean

HEADER_FILL = colors.HexColor("#D9D9D9")
FOOTER_FILL = colors.HexColor("#F2F2F2")
LINE = 0.5  # points
LEAD = 1.55  # row height as a multiple of the font size
MIN_ROWS = 3  # never start the grid (or end it) with fewer body rows on a page
PAD = 2.0  # points left and right of a cell's text


class GridFlowable(Flowable):
    """Rows ``start`` … ``stop`` of ``grid`` under its header, with the footer when ``stop`` is the end."""

    def __init__(self, grid: NumberGrid, fonts: FontSet, font_size: float, start: int = 0,
                 stop: int | None = None) -> None:
        super().__init__()
        self.grid, self.fonts, self.base, self.size = grid, fonts, font_size, font_size * grid.size
        self.start = start
        self.stop = len(grid.rows) if stop is None else stop
        self.row_h = self.size * LEAD
        self.width = 0.0
        self.height = 0.0

    @property
    def _footer_here(self) -> bool:
        return self.stop == len(self.grid.rows)

    def _lines(self) -> int:
        return 1 + (self.stop - self.start) + (len(self.grid.footer) if self._footer_here else 0)

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab's signature
        self.width = availWidth
        self.height = self._lines() * self.row_h
        return self.width, self.height

    def start_height(self, _width: float, _short_row: float) -> float:
        """The header and the first rows (``pdf_layout.KeepStart`` keeps a heading with them)."""
        return self.row_h * (1 + min(MIN_ROWS, len(self.grid.rows)) + (0 if self.grid.rows else len(self.grid.footer)))

    def split(self, availWidth, availHeight):  # noqa: N803
        fit = int(availHeight // self.row_h) - 1  # body rows below the header
        remaining = self.stop - self.start
        # Never a header with fewer than MIN_ROWS rows at the foot of a page, nor the footer alone on the
        # next one: the last rows go over with it.
        cut = min(fit, remaining - MIN_ROWS)
        if fit < min(MIN_ROWS, remaining) or cut < 1:
            return []
        return [GridFlowable(self.grid, self.fonts, self.base, self.start, self.start + cut),
                GridFlowable(self.grid, self.fonts, self.base, self.start + cut, self.stop)]

    def draw(self) -> None:
        canvas = self.canv
        grid = self.grid
        xs = [0.0]
        for share in grid.widths:
            xs.append(xs[-1] + share * self.width)
        xs[-1] = self.width
        lines = self._lines()
        top = self.height
        h = self.row_h
        canvas.saveState()
        canvas.setFillColor(HEADER_FILL)
        canvas.rect(0, top - h, self.width, h, stroke=0, fill=1)
        footer_rows = grid.footer if self._footer_here else ()
        if footer_rows:
            canvas.setFillColor(FOOTER_FILL)
            canvas.rect(0, 0, self.width, h * len(footer_rows), stroke=0, fill=1)
        canvas.setFillColor(colors.black)
        canvas.setStrokeColor(colors.black)
        canvas.setLineWidth(LINE)
        # The rules as raw path operators (reportlab's path object formats every number through fp_str).
        segments = [(0.0, top - n * h, self.width, top - n * h) for n in range(lines + 1)]
        body_bottom = h * len(footer_rows)
        segments += [(x, top, x, body_bottom) for x in xs]
        for n, row in enumerate(footer_rows):  # a short footer row spans its last cell
            y = body_bottom - n * h
            segments += [(x, y, x, y - h) for x in xs[: len(row)] + [self.width]]
        canvas._code.append(" ".join(f"{a:.2f} {b:.2f} m {c:.2f} {d:.2f} l" for a, b, c, d in segments) + " S")
        base = self.size * 0.32  # baseline above the row's middle
        y = top - h / 2 - base
        self._row(canvas, grid.header, xs, y, self.fonts.bold)
        for row in grid.rows[self.start:self.stop]:
            y -= h
            self._row(canvas, row, xs, y, self.fonts.regular)
        for row in footer_rows:
            y -= h
            edges = xs[: len(row)] + [self.width]
            self._row(canvas, row, edges, y, self.fonts.bold, first_left=True)
        canvas.restoreState()

    def _row(self, canvas, cells, xs, y, font, first_left: bool = False) -> None:
        """One row's strings, written as raw text operators: a ``drawString`` per cell is most of the time
        a long grid takes, and a grid of figures repeats the same few strings (their encoding is cached)."""
        encode = _encoder(canvas, font, self.size)
        ops = ["BT"]
        for col, text in enumerate(cells):
            left, right = xs[col], xs[col + 1]
            encoded, width = encode(text, right - left, self._fit)
            x = left + PAD if col == 0 and first_left else (left + right - width) / 2
            ops.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm {encoded}")
        ops.append("ET")
        canvas._code.append(" ".join(ops))

    def _fit(self, text: str, font: str, width: float) -> str:
        """``text`` cut with an ellipsis when it is wider than its cell (cells hold figures and short labels)."""
        room = width - 2 * PAD
        if len(text) < 8 or stringWidth(text, font, self.size) <= room:
            return text
        while text and stringWidth(text + "\u2026", font, self.size) > room:
            text = text[:-1]
        return text + "\u2026"


def _encoder(canvas, font_name: str, size: float):
    """A function giving the PDF text operators (with the font selection) and the width of a string.

    The TrueType font's subsets are the document's own, so the cache lives on the canvas.
    """
    cache = canvas.__dict__.setdefault("_sp_grid_text", {})
    font = getFont(font_name)
    doc = canvas._doc

    def encode(text: str, room: float, fit) -> tuple[str, float]:
        key = (font_name, size, text, room)
        hit = cache.get(key)
        if hit is None:
            shown = fit(clean(text), font_name, room)
            ops = []
            for subset, data in font.splitString(shown, doc):
                ops.append(f"{font.getSubsetInternalName(subset, doc)} {size:.2f} Tf ({canvas._escape(data)}) Tj")
            hit = cache[key] = (" ".join(ops), stringWidth(shown, font_name, size))
        return hit

    return encode
