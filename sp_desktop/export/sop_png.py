"""Draws a SOP page as a PNG with Pillow and the shipped fonts: the DOCX's flowchart pictures (export layer)."""

from __future__ import annotations

import io
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

from .fonts import font_dir, register_fonts
from .sop_layout import PT, Line, Picture, Shape, SopPage, Text
from .sop_pdf import ARROW, runs

DPI = 200
HEADER_FILL = (217, 217, 217)
_FILES = {"SPSans": "LiberationSans-Regular.ttf", "SPSans-Bold": "LiberationSans-Bold.ttf",
          "SPSymbol": "Symbola.ttf"}


@lru_cache(maxsize=32)
def _font(name: str, px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(font_dir() / _FILES.get(name, _FILES["SPSans"])), px)


def render_page_png(page: SopPage, box: tuple[float, float, float, float] | None = None, dpi: int = DPI) -> bytes:
    """The page (or the part of it in ``box``: x, y, w, h in mm) as PNG bytes at ``dpi``."""
    k = dpi / 25.4
    x0, y0, w, h = box or (0.0, 0.0, page.width, page.height)
    margin = 1.0
    size = (round((w + 2 * margin) * k), round((h + 2 * margin) * k))
    image = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(image)

    def px(x: float, y: float) -> tuple[float, float]:
        return (x - x0 + margin) * k, (y - y0 + margin) * k

    line_w = max(1, round(0.18 * k))
    for item in page.items:
        if isinstance(item, Shape):
            _shape(draw, item, px, k, line_w)
    for item in page.items:
        if isinstance(item, Text):
            _text(draw, item, px, k)
        elif isinstance(item, Line):
            draw.line([px(*p) for p in item.points], fill="black", width=max(1, round(0.25 * k)), joint="curve")
            if item.arrow:
                _arrowhead(draw, px(*item.points[-2]), px(*item.points[-1]), k)
        elif isinstance(item, Picture):
            _picture(image, item, px, k)
    out = io.BytesIO()
    image.save(out, "PNG", dpi=(dpi, dpi))
    return out.getvalue()


def _shape(draw: ImageDraw.ImageDraw, s: Shape, px, k: float, width: int) -> None:
    (x, y), (x2, y2) = px(s.x, s.y), px(s.x + s.w, s.y + s.h)
    if s.kind == "cell":
        draw.rectangle((x, y, x2, y2), outline="black", width=width)
    elif s.kind == "header":
        draw.rectangle((x, y, x2, y2), fill=HEADER_FILL, outline="black", width=width)
    elif s.kind == "terminator":
        draw.rounded_rectangle((x, y, x2, y2), radius=(y2 - y) / 2, outline="black", width=width)
    elif s.kind == "proses":
        draw.rectangle((x, y, x2, y2), outline="black", width=width)
    elif s.kind == "keputusan":
        cx, cy = (x + x2) / 2, (y + y2) / 2
        draw.polygon([(cx, y), (x2, cy), (cx, y2), (x, cy)], outline="black", width=width)
    elif s.kind == "konektor":
        shoulder = y + (y2 - y) * 0.6
        draw.polygon([(x, y), (x2, y), (x2, shoulder), ((x + x2) / 2, y2), (x, shoulder)], outline="black",
                     width=width)
        if s.label:
            font = _font("SPSans-Bold", round(6.5 * PT * k))
            draw.text(((x + x2) / 2, y + (y2 - y) * 0.45), s.label, font=font, fill="black", anchor="ms")


def _text(draw: ImageDraw.ImageDraw, t: Text, px, k: float) -> None:
    fonts = register_fonts()
    size = max(1, round(t.size * PT * k))
    pieces = [(_font(f if f in _FILES else ("SPSans-Bold" if t.bold else "SPSans"), size), s)
              for f, s in runs(t.text.replace("\n", " "), t.bold, fonts)]
    width = sum(font.getlength(s) for font, s in pieces)
    x, y = px(t.x, t.y)
    if t.align == "center":
        x -= width / 2
    for font, s in pieces:
        draw.text((x, y), s, font=font, fill="black", anchor="ls")
        x += font.getlength(s)


def _arrowhead(draw: ImageDraw.ImageDraw, a: tuple[float, float], b: tuple[float, float], k: float) -> None:
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = (dx * dx + dy * dy) ** 0.5 or 1.0
    ux, uy = dx / length, dy / length
    size = ARROW * k
    left = (b[0] - ux * size - uy * size * 0.45, b[1] - uy * size + ux * size * 0.45)
    right = (b[0] - ux * size + uy * size * 0.45, b[1] - uy * size - ux * size * 0.45)
    draw.polygon([b, left, right], fill="black")


def _picture(image: Image.Image, p: Picture, px, k: float) -> None:
    try:
        with Image.open(io.BytesIO(p.data)) as logo:
            logo.load()
            picture = logo.convert("RGBA")
    except Exception:  # a logo that does not decode is left out
        return
    scale = min(p.w * k / picture.width, p.h * k / picture.height)
    size = (max(1, round(picture.width * scale)), max(1, round(picture.height * scale)))
    picture = picture.resize(size)
    x, y = px(p.x, p.y)
    image.paste(picture, (round(x + (p.w * k - size[0]) / 2), round(y)), picture)
