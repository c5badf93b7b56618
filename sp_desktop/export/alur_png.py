"""The alur pelayanan as a PNG picture, drawn with Pillow from the geometry of ``alur`` (export layer).

The same layout the PDF draws, at ``px_per_mm`` pixels a millimetre, with the shipped fonts: the
website shows it, the DOCX embeds it (one picture per page of the chart).
"""

from __future__ import annotations

import io
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

from sp_desktop.domain.model import Layanan, Project

from . import parts
from .alur import alur_layout, alur_steps
from .alur_geometry import PT_MM, AlurPage, runs
from .catalog import DocRequest
from .fonts import font_dir, register_fonts

WEB_WIDTH_MM = 150.0
"""The chart's width in millimetres on a web page: at 1600 pixels its body text is about 35 pixels high."""
MARGIN_MM = 2.0
ARROW_HEAD = 2.2  # mm

_FILES = {"regular": "LiberationSans-Regular.ttf", "bold": "LiberationSans-Bold.ttf",
          "italic": "LiberationSans-Italic.ttf", "symbol": "Symbola.ttf"}


@lru_cache(maxsize=64)
def _font(role: str, px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(font_dir() / _FILES[role]), max(px, 1))


def render_alur_png(layanan: Layanan, width_px: int = 1600) -> bytes:
    """The PNG bytes of the alur pelayanan of ``layanan``, ``width_px`` wide and as tall as its steps need.

    One picture of every step (no page breaks); a service without steps gives a box saying so.
    """
    layout = alur_layout(alur_steps(layanan), WEB_WIDTH_MM)
    return render_page_png(layout.pages[0], WEB_WIDTH_MM, width_px / (WEB_WIDTH_MM + 2 * MARGIN_MM))


def write_alur_png(project: Project, request: DocRequest, path) -> None:
    """Write the alur pelayanan of each chosen service, titled with its name, one under the other, as a PNG.

    Raises:
        ExportError: For an empty or unknown selection.
    """
    width_px = 1600
    images = []
    for layanan in parts.select_services(project, request.service_ids):
        name = layanan.jenis_pelayanan.strip() or "(belum diisi)"
        layout = alur_layout(alur_steps(layanan), WEB_WIDTH_MM, title=f"Alur Pelayanan: {name}")
        data = render_page_png(layout.pages[0], WEB_WIDTH_MM, width_px / (WEB_WIDTH_MM + 2 * MARGIN_MM))
        images.append(Image.open(io.BytesIO(data)))
    gap = 40
    sheet = Image.new("RGB", (width_px, sum(i.height for i in images) + gap * (len(images) - 1)), "white")
    y = 0
    for image in images:
        sheet.paste(image, (0, y))
        y += image.height + gap
    sheet.save(path, "PNG")


def render_page_png(page: AlurPage, width_mm: float, px_per_mm: float, margin_mm: float = MARGIN_MM) -> bytes:
    """The PNG bytes of one page of a chart ``width_mm`` wide, with ``margin_mm`` of white around it."""
    fonts = register_fonts()
    s = px_per_mm
    size = (round((width_mm + 2 * margin_mm) * s), max(round((page.height + 2 * margin_mm) * s), 1))
    image = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(image)
    line = max(round(0.3 * s), 1)

    def p(v: float) -> float:
        return (v + margin_mm) * s

    for shape in page.shapes:
        box = (p(shape.x), p(shape.y), p(shape.x + shape.w), p(shape.y + shape.h))
        if shape.kind == "line":
            draw.line((box[0], box[1], box[2], box[1]), fill=shape.stroke, width=max(round(0.2 * s), 1))
        elif shape.kind == "circle":
            draw.ellipse(box, fill=shape.fill, outline=shape.stroke, width=line)
        elif shape.kind == "pill":
            draw.rounded_rectangle(box, radius=shape.h * s / 2, fill=shape.fill, outline=shape.stroke, width=line)
        else:
            draw.rectangle(box, fill=shape.fill)
            x0, y0, x1, y1 = box
            draw.line((x0, y0, x0, y1), fill=shape.stroke, width=line)
            draw.line((x1, y0, x1, y1), fill=shape.stroke, width=line)
            if not shape.open_top:
                draw.line((x0, y0, x1, y0), fill=shape.stroke, width=line)
            if not shape.open_bottom:
                draw.line((x0, y1, x1, y1), fill=shape.stroke, width=line)
    for arrow in page.arrows:
        x, y1, y2 = p(arrow.x), p(arrow.y1), p(arrow.y2)
        head = ARROW_HEAD * s
        draw.line((x, y1, x, y2 - head * 0.8), fill="#2F5597", width=max(round(0.45 * s), 1))
        draw.polygon(((x - head / 2, y2 - head), (x + head / 2, y2 - head), (x, y2)), fill="#2F5597")
    for text in page.texts:
        px = round(text.size * PT_MM * s)
        x = p(text.x)
        for piece, symbol in runs(text.text, fonts):
            font = _font("symbol" if symbol else text.font, px)
            draw.text((x, p(text.y)), piece, font=font, fill=text.color, anchor="ls")
            x += draw.textlength(piece, font=font)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()
