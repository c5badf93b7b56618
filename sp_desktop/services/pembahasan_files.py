"""Checks a discussion's photo or notulen file before it is stored in the project (services layer).

A photo is decoded whole (a file cut short is refused now, not when the Laporan is printed), turned
upright and scaled down to ``MAX_SIDE`` pixels on its long side; a phone photo of 8 MB becomes
about half a megabyte, which the documents print sharp at any size they use.
"""

from __future__ import annotations

import io
import warnings

from PIL import Image, ImageOps

from ..domain.formatting import format_number
from ..storage.attachments import MAX_FILE_BYTES
from ..storage.errors import ProjectError

MAX_SIDE = 2000
JPEG_QUALITY = 85
FORMATS = ("JPEG", "PNG", "WEBP", "BMP", "TIFF", "GIF")
MIME = {"JPEG": "image/jpeg", "PNG": "image/png"}
ORIENTATION_TAG = 0x0112

NOT_AN_IMAGE = "Berkas {nama} bukan foto yang dapat dibaca. Pilih foto JPG atau PNG."
TOO_LARGE = "Berkas {nama} terlalu besar ({size} MB); paling banyak {limit} MB."
EMPTY = "Berkas {nama} kosong."


def _mb(size: int) -> str:
    return format_number(round(size / (1024 * 1024), 1))


def check_file(nama: str, data: bytes) -> None:
    """Refuse an empty file or one over ``MAX_FILE_BYTES``, naming it."""
    if not data:
        raise ProjectError(EMPTY.format(nama=nama))
    if len(data) > MAX_FILE_BYTES:
        raise ProjectError(TOO_LARGE.format(nama=nama, size=_mb(len(data)), limit=_mb(MAX_FILE_BYTES)))


def prepare_photo(nama: str, data: bytes) -> tuple[bytes, str]:
    """A photo ready to store: ``(bytes, mime)``, JPEG unless a small upright PNG or JPEG is kept as it is.

    Raises:
        ProjectError: empty, too large, or not an image Pillow decodes in full (Indonesian, naming the file).
    """
    check_file(nama, data)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            return _prepare(data)
    except MemoryError as exc:
        raise ProjectError(f"Foto {nama} terlalu besar untuk diolah di komputer ini. Perkecil dulu.") from exc
    except Exception as exc:  # Pillow reports a broken or foreign file as OSError, SyntaxError, ValueError...
        raise ProjectError(NOT_AN_IMAGE.format(nama=nama)) from exc


def _prepare(data: bytes) -> tuple[bytes, str]:
    with Image.open(io.BytesIO(data), formats=FORMATS) as im:
        kind = im.format
        if getattr(im, "n_frames", 1) > 1 and kind != "JPEG":
            im.seek(0)
        orientation = im.getexif().get(ORIENTATION_TAG, 1)
        scale = MAX_SIDE / max(im.size)
        if kind == "JPEG" and scale < 0.5:
            im.draft("RGB", (max(1, round(im.width * scale * 2)), max(1, round(im.height * scale * 2))))
        im.load()
        upright = orientation not in range(2, 9)
        if kind in MIME and upright and scale >= 1 and im.mode in ("RGB", "L", "RGBA"):
            return data, MIME[kind]
        picture = ImageOps.exif_transpose(im) if not upright else im
        if picture.mode != "RGB":
            picture = _flatten(picture)
        if max(picture.size) > MAX_SIDE:
            picture.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
        out = io.BytesIO()
        picture.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
        return out.getvalue(), "image/jpeg"


def _flatten(im: Image.Image) -> Image.Image:
    """RGB on white: a JPEG has no transparency."""
    rgba = im.convert("RGBA")
    white = Image.new("RGB", rgba.size, (255, 255, 255))
    white.paste(rgba, mask=rgba.getchannel("A"))
    return white
