"""Draws the SOP's pages on a reportlab canvas (the PDF), and gives the metrics the layout wraps with (export layer)."""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from .fonts import FontSet, register_fonts
from .plain_text import clean, property_value
from .sop_layout import Line, Picture, Shape, SopPage, Text

HEADER_FILL = colors.HexColor("#D9D9D9")
ARROW = 1.6  # arrowhead length in mm


def runs(text: str, bold: bool, fonts: FontSet) -> list[tuple[str, str]]:
    """``text`` cut into (font, text) runs: the body font, and the symbol font for what it lacks (emoji)."""
    body = fonts.bold if bold else fonts.regular
    out: list[tuple[str, str]] = []
    for ch in text:
        font = fonts.symbol if fonts.needs_fallback(ch) else body
        if out and out[-1][0] == font:
            out[-1] = (font, out[-1][1] + ch)
        else:
            out.append((font, ch))
    return out


def measure(text: str, size: float, bold: bool) -> float:
    """The printed width of ``text`` in mm (the layout's ``Measure``)."""
    fonts = register_fonts()
    return sum(stringWidth(t, f, size) for f, t in runs(text, bold, fonts)) / mm


def write_pdf(pages: list[SopPage], path: Path | str, title: str, author: str) -> None:
    """Write the pages as a PDF with the shipped fonts embedded."""
    fonts = register_fonts()
    if not pages:
        return
    canvas = Canvas(str(path), pagesize=(pages[0].width * mm, pages[0].height * mm), pageCompression=1)
    canvas.setTitle(property_value(title))
    canvas.setAuthor(property_value(author))
    for page in pages:
        canvas.setPageSize((page.width * mm, page.height * mm))
        for item in page.items:
            _draw(canvas, item, page.height, fonts)
        canvas.showPage()
    canvas.save()


def _draw(c: Canvas, item, height: float, fonts: FontSet) -> None:
    def xy(x: float, y: float) -> tuple[float, float]:
        return x * mm, (height - y) * mm

    c.setLineWidth(0.5)
    c.setStrokeColor(colors.black)
    if isinstance(item, Text):
        _text(c, item, xy, fonts)
    elif isinstance(item, Shape):
        _shape(c, item, xy, fonts)
    elif isinstance(item, Line):
        c.setLineWidth(0.7)
        path = c.beginPath()
        path.moveTo(*xy(*item.points[0]))
        for point in item.points[1:]:
            path.lineTo(*xy(*point))
        c.drawPath(path, stroke=1, fill=0)
        if item.arrow:
            _arrowhead(c, item.points[-2], item.points[-1], xy)
    elif isinstance(item, Picture):
        _picture(c, item, xy)


def _text(c: Canvas, t: Text, xy, fonts: FontSet) -> None:
    text = clean(t.text).replace("\n", " ")
    pieces = runs(text, t.bold, fonts)
    width = sum(stringWidth(s, f, t.size) for f, s in pieces)
    x, y = xy(t.x, t.y)
    if t.align == "center":
        x -= width / 2
    for font, s in pieces:
        c.setFont(font, t.size)
        c.drawString(x, y, s)
        x += stringWidth(s, font, t.size)


def _shape(c: Canvas, s: Shape, xy, fonts: FontSet) -> None:
    x, top = xy(s.x, s.y)
    w, h = s.w * mm, s.h * mm
    y = top - h
    if s.kind == "cell":
        c.rect(x, y, w, h, stroke=1, fill=0)
    elif s.kind == "header":
        c.setFillColor(HEADER_FILL)
        c.rect(x, y, w, h, stroke=1, fill=1)
        c.setFillColor(colors.black)
    elif s.kind == "terminator":
        c.roundRect(x, y, w, h, h / 2, stroke=1, fill=0)
    elif s.kind == "proses":
        c.rect(x, y, w, h, stroke=1, fill=0)
    elif s.kind == "keputusan":
        _polygon(c, [(x + w / 2, top), (x + w, y + h / 2), (x + w / 2, y), (x, y + h / 2)])
    elif s.kind == "konektor":
        _polygon(c, [(x, top), (x + w, top), (x + w, top - h * 0.6), (x + w / 2, y), (x, top - h * 0.6)])
        if s.label:
            c.setFont(fonts.bold, 6.5)
            c.drawCentredString(x + w / 2, top - h * 0.45, s.label)


def _polygon(c: Canvas, points: list[tuple[float, float]]) -> None:
    path = c.beginPath()
    path.moveTo(*points[0])
    for point in points[1:]:
        path.lineTo(*point)
    path.close()
    c.drawPath(path, stroke=1, fill=0)


def _arrowhead(c: Canvas, a: tuple[float, float], b: tuple[float, float], xy) -> None:
    (ax, ay), (bx, by) = xy(*a), xy(*b)
    dx, dy = bx - ax, by - ay
    length = (dx * dx + dy * dy) ** 0.5 or 1.0
    ux, uy = dx / length, dy / length
    size = ARROW * mm
    left = (bx - ux * size - uy * size * 0.45, by - uy * size + ux * size * 0.45)
    right = (bx - ux * size + uy * size * 0.45, by - uy * size - ux * size * 0.45)
    c.setFillColor(colors.black)
    path = c.beginPath()
    path.moveTo(bx, by)
    path.lineTo(*left)
    path.lineTo(*right)
    path.close()
    c.drawPath(path, stroke=0, fill=1)


def _picture(c: Canvas, p: Picture, xy) -> None:
    try:
        reader = ImageReader(io.BytesIO(p.data))
        iw, ih = reader.getSize()
    except Exception:  # a logo that does not decode is left out, as the other documents do
        return
    scale = min(p.w / iw, p.h / ih)
    w, h = iw * scale, ih * scale
    x, top = xy(p.x + (p.w - w) / 2, p.y)
    c.drawImage(reader, x, top - h * mm, w * mm, h * mm, mask="auto")
