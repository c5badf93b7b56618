"""The bar chart of the NRR per unsur as a PNG picture, drawn with Pillow, that both writers embed (export layer).

One picture serves the PDF and the DOCX alike, so both show the same chart: a bar per unsur
with its value above it and its name below, the 1-4 scale with comma decimals, and a dashed line
at the IKM (scale 1-4).
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Sequence
from fractions import Fraction

from PIL import Image, ImageDraw, ImageFont

from sp_desktop.domain import skm
from sp_desktop.domain.formatting.numbers import format_number

from .fonts import font_dir

WIDTH, HEIGHT = 2000, 1050  # pixels: about 300 dpi at 170 x 90 mm
BAR = (47, 85, 151)
LOW = (197, 90, 17)  # the lowest unsur: the priority of the follow-up
AXIS = (64, 64, 64)
GRID = (200, 200, 200)
SCALE_MAX = 4


def figure(value: Fraction | None, places: int = 2) -> str:
    """``value`` rounded half up and written with a comma decimal ("3,66"); "-" when there is none."""
    if value is None:
        return "-"
    return format_number(float(skm.round_half_up(value, places)), places)


def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    name = "LiberationSans-Bold.ttf" if bold else "LiberationSans-Regular.ttf"
    return ImageFont.truetype(str(font_dir() / name), size)


def _dashed(draw: ImageDraw.ImageDraw, x0: float, x1: float, y: float) -> None:
    x = x0
    while x < x1:
        draw.line((x, y, min(x + 24, x1), y), fill=LOW, width=4)
        x += 40


def nrr_chart(result: skm.IkmResult, names: Sequence[str] = skm.UNSUR, places: int = 2) -> bytes:
    """The PNG bytes of the chart of ``result``: NRR per unsur (1-4), the lowest in another colour."""
    image = Image.new("RGB", (WIDTH, HEIGHT), "white")
    draw = ImageDraw.Draw(image)
    left, right, top, bottom = 150, WIDTH - 40, 200, HEIGHT - 250
    small, label, value_font, title = _font(30), _font(32), _font(36, bold=True), _font(38, bold=True)
    draw.text((left, 14), "Nilai Rata-Rata (NRR) per Unsur Pelayanan (skala 1\u20134)", font=title, fill=AXIS)
    # The key: the lowest unsur's colour and the IKM's dashed line.
    draw.rectangle((left, 84, left + 44, 116), fill=LOW)
    draw.text((left + 60, 80), "Unsur dengan nilai terendah", font=label, fill=AXIS)
    if result.ikm is not None:
        key_x = left + 60 + draw.textlength("Unsur dengan nilai terendah", font=label) + 80
        _dashed(draw, key_x, key_x + 100, 100)
        draw.text((key_x + 120, 80), f"IKM (skala 1\u20134) = {figure(result.ikm, places)}", font=label, fill=AXIS)

    def y_of(v: float) -> float:
        return bottom - (bottom - top) * v / SCALE_MAX

    for tick in range(SCALE_MAX + 1):
        y = y_of(tick)
        draw.line((left, y, right, y), fill=GRID if tick else AXIS, width=2 if tick else 3)
        text = format_number(float(tick), 2)
        w = draw.textlength(text, font=small)
        draw.text((left - 16 - w, y - 17), text, font=small, fill=AXIS)
    draw.line((left, top, left, bottom), fill=AXIS, width=3)
    if result.ikm is not None:  # behind the bars and their figures
        _dashed(draw, left, right, y_of(float(result.ikm)))
    known = [u.nrr for u in result.unsur if u.nrr is not None]
    lowest = min(known) if known else None
    slot = (right - left) / len(result.unsur)
    for i, u in enumerate(result.unsur):
        cx = left + slot * (i + 0.5)
        half = slot * 0.3
        if u.nrr is not None:
            y = y_of(float(u.nrr))
            draw.rectangle((cx - half, y, cx + half, bottom), fill=LOW if u.nrr == lowest else BAR)
            text = figure(u.nrr, places)
            w = draw.textlength(text, font=value_font)
            draw.rectangle((cx - w / 2 - 6, y - 50, cx + w / 2 + 6, y - 6), fill="white")
            draw.text((cx - w / 2, y - 48), text, font=value_font, fill=AXIS)
        code = f"U{u.nomor}"
        w = draw.textlength(code, font=value_font)
        draw.text((cx - w / 2, bottom + 14), code, font=value_font, fill=AXIS)
        name = names[i] if i < len(names) else ""
        for n, line in enumerate(textwrap.wrap(name, 13)[:4]):
            w = draw.textlength(line, font=label)
            draw.text((cx - w / 2, bottom + 60 + n * 38), line, font=label, fill=AXIS)
    out = io.BytesIO()
    image.save(out, "PNG", optimize=False)
    return out.getvalue()
