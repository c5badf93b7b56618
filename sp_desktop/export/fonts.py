"""Fonts shipped with the app, registered once with reportlab, plus per-character fallback (export layer).

The body font is Liberation Sans (metrically compatible with Arial, which the DOCX names); Symbola
supplies emoji and symbols the body font lacks. Both live in ``resources/fonts`` with their licences.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from .errors import ExportError

DOCX_FONT = "Arial"
"""The font the DOCX names; Word has it everywhere, LibreOffice substitutes Liberation Sans."""

_FILES = {
    "SPSans": "LiberationSans-Regular.ttf",
    "SPSans-Bold": "LiberationSans-Bold.ttf",
    "SPSans-Italic": "LiberationSans-Italic.ttf",
    "SPSans-BoldItalic": "LiberationSans-BoldItalic.ttf",
    "SPSymbol": "Symbola.ttf",
}


@dataclass(frozen=True)
class FontSet:
    """The reportlab font names to use.

    Attributes:
        symbol: the fallback font for every character the body font lacks. It has emoji and
            symbols; characters it lacks too (e.g. CJK) are drawn as an empty box but are still
            written to the text layer, so copying and searching the PDF give what was typed.
        body_chars: the code points the body font can draw.
    """

    regular: str
    bold: str
    italic: str
    bold_italic: str
    symbol: str
    body_chars: frozenset[int]

    def needs_fallback(self, char: str) -> bool:
        """Whether ``char`` must be set in the symbol font."""
        return ord(char) not in self.body_chars and char not in "\n\t\r"


_lock = threading.Lock()
_fonts: FontSet | None = None


def font_dir() -> Path:
    """The folder holding the shipped TTF files.

    Looks in the installed package (``sp_desktop/_resources/fonts``) first, then in the source
    tree's ``resources/fonts``.

    Raises:
        ExportError: When neither folder holds the fonts.
    """
    candidates = []
    try:
        candidates.append(Path(str(resources.files("sp_desktop") / "_resources" / "fonts")))
    except (ModuleNotFoundError, TypeError):  # pragma: no cover - odd loaders
        pass
    candidates.append(Path(__file__).resolve().parents[2] / "resources" / "fonts")
    for folder in candidates:
        if (folder / _FILES["SPSans"]).is_file():
            return folder
    raise ExportError("Huruf bawaan aplikasi tidak ditemukan (resources/fonts). Pasang ulang aplikasi.")


def register_fonts() -> FontSet:
    """Register the shipped fonts with reportlab (once per process) and return their names.

    Returns:
        The registered font set; later calls return the same object.
    """
    global _fonts
    with _lock:
        if _fonts is None:
            _fonts = _register()
        return _fonts


def _register() -> FontSet:
    from reportlab import rl_config
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics, ttfonts

    # Binary (not ASCII85) compressed streams: smaller files and ~5% faster; every reader takes them.
    rl_config.useA85 = 0
    folder = font_dir()
    _fix_to_unicode_cmap(ttfonts)
    for name, file in _FILES.items():
        pdfmetrics.registerFont(ttfonts.TTFont(name, str(folder / file)))
    pdfmetrics.registerFontFamily("SPSans", "SPSans", "SPSans-Bold", "SPSans-Italic", "SPSans-BoldItalic")
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping("SPSymbol", bold, italic, "SPSymbol")
    symbol_face = pdfmetrics.getFont("SPSymbol").face
    if not isinstance(symbol_face.charToGlyph, _AnyChar):
        symbol_face.charToGlyph = _AnyChar(symbol_face.charToGlyph)
    return FontSet(
        regular="SPSans",
        bold="SPSans-Bold",
        italic="SPSans-Italic",
        bold_italic="SPSans-BoldItalic",
        symbol="SPSymbol",
        body_chars=frozenset(pdfmetrics.getFont("SPSans").face.charToGlyph),
    )


class _AnyChar(dict):
    """A cmap that claims every code point; unknown ones map to glyph 0 (the empty box)."""

    def __contains__(self, code: object) -> bool:
        return True

    def __missing__(self, code: int) -> int:
        return 0


def _fix_to_unicode_cmap(ttfonts) -> None:
    """Make reportlab's ToUnicode CMap valid for characters beyond U+FFFF (emoji).

    reportlab writes ``<1F600>``, an odd-length hex string that PDF readers reject, so the
    emoji vanish from copied or extracted text. PDF wants the UTF-16BE code units
    (``<D83DDE00>``). Patched once, before any font is registered.
    """
    original = ttfonts.makeToUnicodeCMap
    if getattr(original, "_sp_fixed", False):
        return

    def make_to_unicode_cmap(fontname: str, subset: list[int]) -> str:
        text = original(fontname, [min(code, 0xFFFF) for code in subset])
        if all(code <= 0xFFFF for code in subset):
            return text
        lines = text.split("\n")
        start = lines.index(f"{len(subset)} beginbfchar") + 1
        for i, code in enumerate(subset):
            lines[start + i] = f"<{i:02X}> <{chr(code).encode('utf-16-be').hex().upper()}>"
        return "\n".join(lines)

    make_to_unicode_cmap._sp_fixed = True  # type: ignore[attr-defined]
    ttfonts.makeToUnicodeCMap = make_to_unicode_cmap
