"""Checks a logo before it is stored: decoded in full, turned upright, scaled down to print size (services layer).

The export reads the stored bytes as they are, so whatever passes here must decode completely.
"""

from __future__ import annotations

import io

from PIL import Image, ImageOps, JpegImagePlugin, PngImagePlugin

from ..storage.errors import ProjectError

MAX_BYTES = 20 * 1024 * 1024
"""Refused before decoding. Generous: a flat-colour PNG of 20000 x 20000 pixels is well under 1 MB,
while a scan saved as a detailed PNG can pass 10 MB; nothing larger is a logo."""

MAX_PIXELS = 20_000 * 20_000
"""The largest image decoded at all (400 megapixels). Pillow holds an RGB(A) pixel in 4 bytes, so
decoding one this size takes about 1.6 GB for a moment; a 1200-dpi scan of an A3 sheet (278 Mpx)
still fits. Pillow's own guard (``Image.MAX_IMAGE_PIXELS``, about 89 Mpx) would refuse such a scan,
and it is a process-wide setting the export also relies on, so it is left alone: the files are
opened through the PNG and JPEG plug-ins directly and this limit is checked here instead."""

MAX_SIZE = (1600, 800)
"""Width and height a stored logo is scaled to fit. The documents print the logo at most about
61 mm high (38 mm on the A3 poster's 1.6 scale; the kop uses 24 mm), and 800 px over 61 mm is
330 dpi. The width may be twice that so a wide logo keeps the same resolution on the poster."""

JPEG_QUALITY = 90
"""With 4:4:4 chroma (no subsampling) so the thin coloured lines of an emblem do not bleed."""

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
JPEG_SIGNATURE = b"\xff\xd8\xff"
MIME = {"PNG": "image/png", "JPEG": "image/jpeg"}
ORIENTATION_TAG = 0x0112  # EXIF Orientation; 1 is upright, 5 to 8 swap width and height
PLAIN_MODES = {"PNG": {"1", "L", "LA", "P", "RGB", "RGBA"}, "JPEG": {"L", "RGB", "CMYK"}}

EMPTY = "Berkas logo kosong. Pilih berkas PNG atau JPG."
TOO_MANY_BYTES = "Logo terlalu besar (lebih dari 20 MB). Perkecil gambarnya dulu."
WRONG_FORMAT = "Logo harus berupa gambar PNG atau JPG. Simpan ulang gambarnya sebagai PNG atau JPG, lalu pilih lagi."
UNREADABLE = "Logo tidak dapat dibaca: berkas gambar terpotong atau rusak. Pilih berkas PNG atau JPG yang utuh."
ANIMATED = "Logo berupa gambar bergerak (animasi). Pilih gambar PNG atau JPG yang diam."
TOO_MANY_PIXELS = (
    "Logo terlalu besar: {width} × {height} piksel (paling banyak 400 juta piksel). Perkecil gambarnya dulu."
)
OUT_OF_MEMORY = "Logo terlalu besar untuk diolah di komputer ini. Perkecil gambarnya dulu."


def prepare_logo(data: bytes) -> tuple[bytes, str]:
    """Check a logo image and make it ready to store.

    The whole image is decoded, so a file cut short or damaged anywhere is refused here rather
    than failing an export later. The EXIF orientation is applied (documents do not read it) and
    an image larger than ``MAX_SIZE`` is scaled down to fit, a PNG keeping its transparency. A
    plain, upright PNG or JPEG that already fits comes back unchanged, byte for byte.

    Args:
        data: The bytes of the chosen file.

    Returns:
        ``(image bytes, mime)`` with mime ``"image/png"`` or ``"image/jpeg"``.

    Raises:
        ProjectError: With an Indonesian message: empty, over ``MAX_BYTES``, not a PNG or JPEG,
            truncated or damaged, animated, over ``MAX_PIXELS``, or too large for the memory.
    """
    if not data:
        raise ProjectError(EMPTY)
    if len(data) > MAX_BYTES:
        raise ProjectError(TOO_MANY_BYTES)
    if data.startswith(PNG_SIGNATURE):
        kind = "PNG"
    elif data.startswith(JPEG_SIGNATURE):
        kind = "JPEG"
    else:
        raise ProjectError(WRONG_FORMAT)
    try:
        return _prepare(data, kind)
    except ProjectError:
        raise
    except MemoryError as exc:
        raise ProjectError(OUT_OF_MEMORY) from exc
    except Exception as exc:  # Pillow reports a broken file as OSError, SyntaxError, ValueError, EOFError...
        raise ProjectError(UNREADABLE) from exc


def _open(data: bytes, kind: str) -> Image.Image:
    """The image through its own plug-in: no other format is tried and no global pixel limit applies."""
    if kind == "PNG":
        return PngImagePlugin.PngImageFile(io.BytesIO(data))
    return JpegImagePlugin.jpeg_factory(io.BytesIO(data))  # a JPEG, or an MPO (a photo with extra images)


def _prepare(data: bytes, kind: str) -> tuple[bytes, str]:
    if kind == "PNG":
        with _open(data, kind) as probe:
            # Loading stops once the pixels are in; this walks every chunk with its checksum to IEND.
            probe.verify()
    with _open(data, kind) as im:
        width, height = im.size
        if width * height > MAX_PIXELS:
            raise ProjectError(TOO_MANY_PIXELS.format(width=width, height=height))
        if kind == "PNG" and getattr(im, "n_frames", 1) > 1:
            raise ProjectError(ANIMATED)
        # A PNG is decoded here already: its eXIf chunk may follow the pixels.
        orientation = im.getexif().get(ORIENTATION_TAG, 1)
        turned = orientation in range(2, 9)  # 1 is upright; other values are not orientations
        box = MAX_SIZE[::-1] if orientation in (5, 6, 7, 8) else MAX_SIZE  # the box in the file's own frame
        scale = min(box[0] / width, box[1] / height)
        if kind == "JPEG" and scale < 0.5:
            # Decode at 1/2 to 1/8 size (libjpeg's DCT scaling): the whole stream is still read, so a
            # truncated file is still caught, but a huge photo needs a fraction of the memory.
            im.draft(None, (max(1, round(width * scale * 2)), max(1, round(height * scale * 2))))
        im.load()
        plain = im.format == kind and im.mode in PLAIN_MODES[kind]  # not an MPO, not 16-bit grey
        if scale >= 1 and not turned and plain:
            return data, MIME[kind]
        return _encode(ImageOps.exif_transpose(im) if turned else im, kind), MIME[kind]


def _encode(im: Image.Image, kind: str) -> bytes:
    """The image scaled to fit ``MAX_SIZE`` and saved as ``kind``, without EXIF (it is upright now)."""
    icc = im.info.get("icc_profile")
    if im.mode == "CMYK":
        icc = None  # a CMYK profile would misdescribe the RGB pixels
    im = _convert(im, kind)
    if im.width > MAX_SIZE[0] or im.height > MAX_SIZE[1]:
        im.thumbnail(MAX_SIZE, Image.Resampling.LANCZOS)
    out = io.BytesIO()
    if kind == "PNG":
        im.save(out, "PNG", optimize=True, icc_profile=icc)
    else:
        im.save(out, "JPEG", quality=JPEG_QUALITY, subsampling=0, optimize=True, icc_profile=icc)
    return out.getvalue()


def _convert(im: Image.Image, kind: str) -> Image.Image:
    """A mode that scales smoothly and saves as ``kind``; transparency is kept as an alpha channel."""
    if im.mode.startswith("I"):  # 16-bit grey: Pillow's convert("L") would clip, not scale, it
        im = im.convert("I").point(lambda v: v * (1 / 257)).convert("L")
    if kind == "JPEG":
        return im if im.mode in ("L", "RGB") else im.convert("RGB")
    if "transparency" in im.info or im.mode == "PA":
        return im.convert("RGBA")
    if im.mode == "1":
        return im.convert("L")
    if im.mode == "P":
        return im.convert("RGB")
    return im if im.mode in ("L", "LA", "RGB", "RGBA") else im.convert("RGBA")
