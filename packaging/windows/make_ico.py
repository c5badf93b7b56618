"""Make the Windows icon ``sp-desktop.ico`` from the PNGs ``packaging/make_icon.py`` draws (one design everywhere).

Each size in ``packaging/icons/sp-desktop-<N>.png`` goes into the .ico as drawn (no rescaling of the
256 px one where a smaller drawing exists); 24 px, which has no PNG, is scaled from 32 px.
``packaging/windows/build.ps1`` runs it before PyInstaller (the spec gives the executable
``packaging/windows/sp-desktop.ico``) and Inno Setup (the installer's own icon and the .spdb icon).
Run: ``python packaging/windows/make_ico.py [--out X.ico]``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from PIL import Image

ICONS = Path(__file__).resolve().parents[1] / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def frames() -> dict[int, Image.Image]:
    """The icon at every size of SIZES, from the committed PNGs.

    Raises:
        SystemExit: when the 256 px PNG is missing (run packaging/make_icon.py first).
    """
    drawn = {}
    for path in ICONS.glob("sp-desktop-*.png"):
        size = int(path.stem.rsplit("-", 1)[1])
        drawn[size] = Image.open(path).convert("RGBA")
    if 256 not in drawn:
        raise SystemExit(f"Ikon 256 px tidak ada di {ICONS}: jalankan packaging/make_icon.py")
    result = {}
    for size in SIZES:
        source = drawn.get(size) or drawn[min(s for s in drawn if s > size)]
        result[size] = source if source.size == (size, size) else source.resize((size, size), Image.LANCZOS)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).with_name("sp-desktop.ico"), help="the .ico")
    args = parser.parse_args(argv)
    images = frames()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    largest = images[max(SIZES)]
    others = [images[s] for s in SIZES if s != max(SIZES)]
    largest.save(args.out, format="ICO", sizes=[(s, s) for s in SIZES], append_images=others)
    print(f"ikon: {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
