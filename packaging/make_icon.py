"""Draw SP Desktop's icon (a document sheet with a check mark on a teal tile) as PNG files and an SVG.

Run from the repository root: ``.venv/bin/python packaging/make_icon.py``. Writes
``packaging/icons/sp-desktop-<N>.png`` for N in SIZES and ``packaging/icons/sp-desktop.svg``; the
.deb installs them into the hicolor theme (app icon and the .spdb MIME-type icon), and the Windows
build makes its .ico from the 256 px PNG. The same geometry is drawn in both formats.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "icons"
SIZES = (16, 32, 48, 64, 128, 256)
TILE, SHEET, INK, CHECK = "#0f6b6b", "#ffffff", "#9cc7c7", "#f2a900"
# Geometry on a 256-unit canvas.
TILE_BOX, TILE_RADIUS = (8, 8, 248, 248), 44
SHEET_BOX, SHEET_RADIUS = (60, 36, 196, 220), 12
LINES = [(84, y, 172, y + 10) for y in (70, 96, 122)]
CHECK_POINTS = [(96, 168), (124, 194), (176, 138)]


def draw_png(size: int) -> Image.Image:
    scale = 4  # drawn large and scaled down for smooth edges
    canvas = 256 * scale
    image = Image.new("RGBA", (canvas, canvas), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)

    def s(box):
        return tuple(v * scale for v in box)

    draw.rounded_rectangle(s(TILE_BOX), TILE_RADIUS * scale, fill=TILE)
    draw.rounded_rectangle(s(SHEET_BOX), SHEET_RADIUS * scale, fill=SHEET)
    for line in LINES:
        draw.rounded_rectangle(s(line), 5 * scale, fill=INK)
    draw.line([(x * scale, y * scale) for x, y in CHECK_POINTS], fill=CHECK, width=22 * scale, joint="curve")
    for x, y in (CHECK_POINTS[0], CHECK_POINTS[-1]):
        r = 11 * scale
        draw.ellipse((x * scale - r, y * scale - r, x * scale + r, y * scale + r), fill=CHECK)
    return image.resize((size, size), Image.Resampling.LANCZOS)


def svg() -> str:
    x0, y0, x1, y1 = TILE_BOX
    sx0, sy0, sx1, sy1 = SHEET_BOX
    lines = "\n".join(
        f'  <rect x="{a}" y="{b}" width="{c - a}" height="{d - b}" rx="5" fill="{INK}"/>' for a, b, c, d in LINES
    )
    points = " ".join(f"{x},{y}" for x, y in CHECK_POINTS)
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">\n'
        f'  <rect x="{x0}" y="{y0}" width="{x1 - x0}" height="{y1 - y0}" rx="{TILE_RADIUS}" fill="{TILE}"/>\n'
        f'  <rect x="{sx0}" y="{sy0}" width="{sx1 - sx0}" height="{sy1 - sy0}" rx="{SHEET_RADIUS}" fill="{SHEET}"/>\n'
        f"{lines}\n"
        f'  <polyline points="{points}" fill="none" stroke="{CHECK}" stroke-width="22" '
        'stroke-linecap="round" stroke-linejoin="round"/>\n'
        "</svg>\n"
    )


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        draw_png(size).save(OUT / f"sp-desktop-{size}.png", optimize=True)
    (OUT / "sp-desktop.svg").write_text(svg(), encoding="utf-8")
    print(f"icons written to {OUT}")


if __name__ == "__main__":
    main()
