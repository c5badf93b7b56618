import errno
import io
import logging
import struct
import zlib

import docx
import pytest
from PIL import Image
from pypdf import PdfReader

from sp_desktop.export import ExportError, export_document
from sp_desktop.export import render as render_module
from sp_desktop.export.errors import RenderFailed
from sp_desktop.services.logo_image import MAX_PIXELS, MAX_SIZE, prepare_logo
from sp_desktop.storage.errors import ProjectError
from tests.unit import export_fixtures as fx

UNREADABLE = "terpotong atau rusak"
WRONG_FORMAT = "harus berupa gambar PNG atau JPG"


def _encode(im: Image.Image, fmt: str, **options) -> bytes:
    out = io.BytesIO()
    im.save(out, fmt, **options)
    return out.getvalue()


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _grey_png(width: int, height: int, value: int = 128) -> bytes:
    """A flat grey PNG built row by row, so a huge one needs no huge buffer to create."""
    row = b"\x00" + bytes([value]) * width
    packer = zlib.compressobj(1)  # fast; the file stays under 2 MB
    idat = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", idat) + _chunk(b"IEND", b"")


def _noisy_jpeg(width: int = 300, height: int = 200) -> bytes:
    return _encode(Image.effect_noise((width, height), 60).convert("RGB"), "JPEG", quality=85)


def _damaged_png() -> bytes:
    data = bytearray(fx.LOGO_PNG)
    data[60] ^= 0xFF  # inside the IDAT chunk: the header still reads, the pixels do not
    return bytes(data)


BROKEN_LOGOS = {
    "png-first-200-bytes": (fx.LOGO_PNG[:200], "image/png"),
    "png-damaged-idat": (_damaged_png(), "image/png"),
    "jpeg-cut-short": (_noisy_jpeg()[:5000], "image/jpeg"),
}


# -- refused on the way in -----------------------------------------------------------------------
@pytest.mark.parametrize(
    "data",
    [fx.LOGO_PNG[:200], fx.LOGO_PNG[:33], fx.LOGO_PNG[:-12], _damaged_png()],
    ids=["first-200-bytes", "header-only", "without-iend", "damaged-idat"],
)
def test_prepare_logo_refuses_truncated_or_damaged_png(data):
    with pytest.raises(ProjectError, match=UNREADABLE):
        prepare_logo(data)


def test_prepare_logo_refuses_truncated_jpeg():
    jpeg = _noisy_jpeg()
    with pytest.raises(ProjectError, match=UNREADABLE):
        prepare_logo(jpeg[: len(jpeg) // 2])


@pytest.mark.parametrize(
    "data",
    [b"\x89PNG\r\n\x1a\n" + b"garbage" * 20, b"\xff\xd8\xff" + b"garbage" * 20],
    ids=["png-signature", "jpeg-signature"],
)
def test_prepare_logo_refuses_garbage_behind_a_signature(data):
    with pytest.raises(ProjectError, match=UNREADABLE):
        prepare_logo(data)


@pytest.mark.parametrize(
    "data",
    [
        b"bukan gambar sama sekali",
        _encode(Image.new("RGB", (20, 20), "red"), "GIF"),
        _encode(Image.new("RGB", (20, 20), "red"), "BMP"),
        _encode(Image.new("RGB", (20, 20), "red"), "TIFF"),
        _encode(Image.new("RGB", (20, 20), "red"), "WEBP"),
    ],
    ids=["text", "gif", "bmp", "tiff", "webp"],
)
def test_prepare_logo_refuses_other_formats(data):
    with pytest.raises(ProjectError, match=WRONG_FORMAT):
        prepare_logo(data)


def test_prepare_logo_refuses_empty_file():
    with pytest.raises(ProjectError, match="kosong"):
        prepare_logo(b"")


def test_prepare_logo_refuses_zero_width_png():
    header = struct.pack(">IIBBBBB", 0, 10, 8, 2, 0, 0, 0)
    data = b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", zlib.compress(b"")) + _chunk(b"IEND", b"")
    with pytest.raises(ProjectError, match=UNREADABLE):
        prepare_logo(data)


def test_prepare_logo_refuses_animated_png():
    frames = [Image.new("RGB", (20, 20), colour) for colour in ("red", "blue")]
    data = _encode(frames[0], "PNG", save_all=True, append_images=frames[1:])
    with pytest.raises(ProjectError, match="bergerak"):
        prepare_logo(data)


def test_prepare_logo_refuses_more_than_twenty_megabytes():
    with pytest.raises(ProjectError, match="20 MB"):
        prepare_logo(fx.LOGO_PNG + b"\x00" * (20 * 1024 * 1024))


def test_prepare_logo_refuses_absurd_pixel_count_before_decoding():
    # The header claims 30000 x 30000 pixels; the refusal must come from the size, not the data.
    header = struct.pack(">IIBBBBB", 30_000, 30_000, 8, 2, 0, 0, 0)
    data = b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", zlib.compress(b"")) + _chunk(b"IEND", b"")
    assert 30_000 * 30_000 > MAX_PIXELS
    with pytest.raises(ProjectError, match="30000 × 30000 piksel"):
        prepare_logo(data)


# -- accepted, and made ready to print -------------------------------------------------------------
def test_prepare_logo_keeps_small_png_unchanged():
    assert prepare_logo(fx.LOGO_PNG) == (fx.LOGO_PNG, "image/png")


def test_prepare_logo_keeps_small_jpeg_unchanged():
    jpeg = _noisy_jpeg()
    assert prepare_logo(jpeg) == (jpeg, "image/jpeg")


def test_prepare_logo_scales_a_20000_pixel_png_down_to_print_size():
    limit_before = Image.MAX_IMAGE_PIXELS
    data, mime = prepare_logo(_grey_png(20_000, 20_000))
    assert mime == "image/png"
    with Image.open(io.BytesIO(data)) as stored:
        assert stored.format == "PNG"
        stored.load()
        assert stored.size == (MAX_SIZE[1], MAX_SIZE[1])  # square: the height limit decides
        assert stored.getpixel((400, 400)) == 128
    assert Image.MAX_IMAGE_PIXELS == limit_before  # Pillow's process-wide guard is left alone


def test_prepare_logo_scales_a_wide_png_to_the_width_limit_and_keeps_transparency():
    im = Image.new("RGBA", (4000, 1000), (200, 30, 40, 255))
    im.paste((0, 0, 0, 0), (0, 0, 2000, 1000))  # the left half is transparent
    data, mime = prepare_logo(_encode(im, "PNG"))
    with Image.open(io.BytesIO(data)) as stored:
        assert (mime, stored.format, stored.mode, stored.size) == ("image/png", "PNG", "RGBA", (1600, 400))
        assert stored.getpixel((10, 200))[3] == 0
        assert stored.getpixel((1590, 200)) == (200, 30, 40, 255)


def test_prepare_logo_turns_palette_transparency_into_alpha_when_scaling():
    im = Image.new("P", (3000, 300), 0)
    im.putpalette([255, 255, 255, 200, 30, 40] + [0] * 762)
    im.paste(1, (1500, 0, 3000, 300))
    data, _ = prepare_logo(_encode(im, "PNG", transparency=0))
    with Image.open(io.BytesIO(data)) as stored:
        assert stored.mode == "RGBA" and stored.size == (1600, 160)
        assert stored.getpixel((10, 80))[3] == 0
        assert stored.getpixel((1590, 80)) == (200, 30, 40, 255)


def test_prepare_logo_scales_16_bit_grey_without_clipping():
    data, _ = prepare_logo(_encode(Image.new("I;16", (3200, 20), 40_000), "PNG"))
    with Image.open(io.BytesIO(data)) as stored:
        assert stored.mode == "L" and stored.size == (1600, 10)
        assert stored.getpixel((800, 5)) == pytest.approx(40_000 / 257, abs=1)


def test_prepare_logo_reencodes_a_large_jpeg_as_jpeg():
    im = Image.linear_gradient("L").resize((4000, 3000)).convert("RGB")
    data, mime = prepare_logo(_encode(im, "JPEG", quality=80))
    with Image.open(io.BytesIO(data)) as stored:
        assert (mime, stored.format, stored.size) == ("image/jpeg", "JPEG", (1067, 800))


def test_prepare_logo_stores_a_multi_picture_jpeg_as_its_main_picture():
    main, extra = Image.new("RGB", (40, 20), (220, 0, 0)), Image.new("RGB", (40, 20), (0, 0, 220))
    data, mime = prepare_logo(_encode(main, "MPO", save_all=True, append_images=[extra]))
    with Image.open(io.BytesIO(data)) as stored:
        assert (mime, stored.format, getattr(stored, "n_frames", 1), stored.size) == ("image/jpeg", "JPEG", 1, (40, 20))
        assert stored.getpixel((20, 10))[0] > 180


def test_prepare_logo_turns_an_exif_rotated_jpeg_upright():
    # Stored 60 wide x 30 high, red left and blue right; orientation 6 means "turn 90 degrees
    # clockwise to view", so the viewer sees 30 x 60 with red at the top and blue at the bottom.
    im = Image.new("RGB", (60, 30), (220, 0, 0))
    im.paste((0, 0, 220), (30, 0, 60, 30))
    exif = Image.Exif()
    exif[0x0112] = 6
    data, mime = prepare_logo(_encode(im, "JPEG", quality=95, exif=exif.tobytes()))
    with Image.open(io.BytesIO(data)) as stored:
        assert (mime, stored.size) == ("image/jpeg", (30, 60))
        assert stored.getexif().get(0x0112, 1) == 1
        top, bottom = stored.getpixel((15, 8)), stored.getpixel((15, 52))
    assert top[0] > 180 and top[2] < 60
    assert bottom[2] > 180 and bottom[0] < 60


# -- a broken logo stored by an older version ----------------------------------------------------------
EXPORTS = [("rancangan", False), ("maklumat", False), ("maklumat", True)]


def _project_with_logo(data: bytes, mime: str):
    project = fx.project()
    project.logo.data, project.logo.mime = data, mime
    return project


def _pdf_images(path) -> int:
    return sum(len(page.images) for page in PdfReader(path).pages)


@pytest.mark.parametrize("kind, poster", EXPORTS, ids=["rancangan", "maklumat", "poster"])
@pytest.mark.parametrize("logo", BROKEN_LOGOS.values(), ids=list(BROKEN_LOGOS))
def test_pdf_export_leaves_out_a_broken_stored_logo(tmp_path, caplog, kind, poster, logo):
    path = tmp_path / "dokumen.pdf"
    with caplog.at_level(logging.WARNING):
        export_document(_project_with_logo(*logo), kind, path, poster=poster)
    reader = PdfReader(path)
    assert len(reader.pages) >= 1
    assert "MAKLUMAT" in reader.pages[0].extract_text() or kind == "rancangan"
    assert _pdf_images(path) == 0
    assert "Logo tidak dapat dibaca" in caplog.text


@pytest.mark.parametrize("kind, poster", EXPORTS, ids=["rancangan", "maklumat", "poster"])
def test_pdf_export_keeps_a_sound_logo(tmp_path, kind, poster):
    path = tmp_path / "dokumen.pdf"
    export_document(_project_with_logo(fx.LOGO_PNG, "image/png"), kind, path, poster=poster)
    assert _pdf_images(path) == 1


@pytest.mark.parametrize("kind, poster", EXPORTS, ids=["rancangan", "maklumat", "poster"])
@pytest.mark.parametrize("logo", BROKEN_LOGOS.values(), ids=list(BROKEN_LOGOS))
def test_docx_export_leaves_out_a_broken_stored_logo(tmp_path, caplog, kind, poster, logo):
    path = tmp_path / "dokumen.docx"
    with caplog.at_level(logging.WARNING):
        export_document(_project_with_logo(*logo), kind, path, poster=poster)
    word = docx.Document(path)
    assert len(word.inline_shapes) == 0
    media = [part for part in word.part.package.iter_parts() if part.partname.startswith("/word/media/")]
    assert media == []  # not embedded at all, so Word shows no broken picture
    assert "Logo tidak dapat dibaca" in caplog.text


@pytest.mark.parametrize("kind, poster", EXPORTS, ids=["rancangan", "maklumat", "poster"])
def test_docx_export_keeps_a_sound_logo(tmp_path, kind, poster):
    path = tmp_path / "dokumen.docx"
    export_document(_project_with_logo(fx.LOGO_PNG, "image/png"), kind, path, poster=poster)
    assert len(docx.Document(path).inline_shapes) == 1


def test_export_reports_undecodable_content_as_such_not_as_a_failed_save(tmp_path, monkeypatch):
    class BrokenPictureWriter:
        def write(self, doc, path, progress=None, cancelled=None):
            path.write_bytes(b"%PDF-")
            raise OSError("image file is truncated")  # how Pillow reports it: no errno

    monkeypatch.setitem(render_module.WRITERS, ".pdf", BrokenPictureWriter)
    with pytest.raises(RenderFailed) as caught:
        export_document(fx.project(), "maklumat", tmp_path / "maklumat.pdf")
    message = str(caught.value)
    assert "logo" in message and "Profil Instansi" in message
    assert "menyimpan" not in message and "truncated" not in message
    assert list(tmp_path.iterdir()) == []  # nothing half-written is left behind


def test_export_still_reports_a_full_disk_as_a_failed_save(tmp_path, monkeypatch):
    class FullDiskWriter:
        def write(self, doc, path, progress=None, cancelled=None):
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setitem(render_module.WRITERS, ".pdf", FullDiskWriter)
    with pytest.raises(ExportError, match="Gagal menyimpan") as caught:
        export_document(fx.project(), "maklumat", tmp_path / "maklumat.pdf")
    assert not isinstance(caught.value, RenderFailed)
