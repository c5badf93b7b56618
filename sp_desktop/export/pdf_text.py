"""Text for reportlab paragraphs: XML escaping, line breaks, per-character font fallback, styles (export layer)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from .fonts import FontSet
from .plain_text import clean

ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT, "justify": TA_JUSTIFY}

NBSP = "\u00a0"
TAB_SPACES = 4
"""A typed tab prints as this many spaces (the PDF has no tab stops; Word jumps to the next stop)."""

_LEADING = re.compile(r"^ +", re.MULTILINE)
_RUN = re.compile(r" {2,}(?=[^ \n])")  # a run of spaces inside a line (trailing ones print as nothing)


def markup(text: str, fonts: FontSet) -> str:
    """Turn typed text into reportlab paragraph markup that prints every character as typed.

    ``&``, ``<`` and ``>`` are escaped, so ``<b>`` stays literal; line breaks become ``<br/>``;
    characters XML forbids become spaces; runs of spaces and tabs keep their width (see
    ``keep_spacing``); runs of characters the body font cannot draw (emoji, symbols) are set in
    the fallback font.

    Args:
        text: Text exactly as the user typed it.
        fonts: The registered fonts.

    Returns:
        Markup for ``reportlab.platypus.Paragraph``.
    """
    text = keep_spacing(clean(text))
    if not text.isascii():
        text = _with_fallback(text, fonts)
    else:
        text = escape(text)
    return text.replace("\n", "<br/>")


def keep_spacing(text: str) -> str:
    """Make reportlab print runs of spaces and tabs as wide as typed, as Word does.

    reportlab splits a paragraph into words at any whitespace and sets one space between words.
    A tab becomes ``TAB_SPACES`` spaces; spaces at the start of a line become no-break spaces
    (not dropped); inside a line, a run of n spaces becomes n - 1 no-break spaces and a normal
    one, so it keeps its width and the line may still wrap after it (the wrapped line then
    starts with the next word, never with a stray space). Single spaces are left alone, so
    ordinary text wraps and justifies exactly as before.
    """
    if "\t" in text:
        text = text.replace("\t", " " * TAB_SPACES)
    if "  " not in text and not text.startswith(" ") and "\n " not in text:
        return text  # the common case: nothing to do
    text = _LEADING.sub(lambda m: NBSP * len(m.group()), text)
    return _RUN.sub(lambda m: NBSP * (len(m.group()) - 1) + " ", text)


def _with_fallback(text: str, fonts: FontSet) -> str:
    out: list[str] = []
    run: list[str] = []
    in_fallback = False
    for char in text:
        fallback = fonts.needs_fallback(char)
        if fallback != in_fallback and run:
            out.append(_run("".join(run), in_fallback, fonts))
            run = []
        in_fallback = fallback
        run.append(char)
    if run:
        out.append(_run("".join(run), in_fallback, fonts))
    return "".join(out)


def _run(text: str, fallback: bool, fonts: FontSet) -> str:
    return f'<font name="{fonts.symbol}">{escape(text)}</font>' if fallback else escape(text)


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of one document, derived from its body font size."""

    size: float
    fonts: FontSet

    def para(
        self,
        scale: float = 1.0,
        align: str = "left",
        bold: bool = False,
        italic: bool = False,
        space_before: float = 0.0,
        space_after: float = 0.0,
        left_indent: float = 0.0,
        leading: float = 1.25,
    ) -> ParagraphStyle:
        """A paragraph style; sizes scale the body size, spaces are in points."""
        size = self.size * scale
        f = self.fonts
        name = (f.bold_italic if italic else f.bold) if bold else (f.italic if italic else f.regular)
        return _style(name, round(size, 2), round(size * leading, 2), ALIGN.get(align, TA_LEFT),
                      space_before, space_after, left_indent)

    def list_item(self, scale: float = 1.0) -> ParagraphStyle:
        """A numbered list entry: hanging indent wide enough for "10."."""
        size = self.size * scale
        indent = round(size * 1.9, 2)
        return _style(self.fonts.regular, round(size, 2), round(size * 1.25, 2), TA_LEFT, 0, size * 0.25, indent,
                      bullet_font=self.fonts.regular)


_STYLE_CACHE: dict[tuple, ParagraphStyle] = {}


def _style(font, size, leading, align, before, after, indent, bullet_font=None) -> ParagraphStyle:
    key = (font, size, leading, align, before, after, indent, bullet_font)
    style = _STYLE_CACHE.get(key)
    if style is None:
        style = ParagraphStyle(
            f"sp{len(_STYLE_CACHE)}",
            fontName=font,
            fontSize=size,
            leading=leading,
            alignment=align,
            spaceBefore=before,
            spaceAfter=after,
            leftIndent=indent,
            bulletIndent=0,
            bulletFontName=bullet_font or font,
            bulletFontSize=size,
            splitLongWords=1,
            allowWidows=0,
            allowOrphans=0,
        )
        _STYLE_CACHE[key] = style
    return style
