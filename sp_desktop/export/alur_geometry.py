"""The alur pelayanan's measures, colours, shapes and text measuring, shared by its layout and writers (export layer).

Coordinates are millimetres from the top left of a page; sizes of type are points.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import stringWidth

from .fonts import FontSet
from .plain_text import clean

PT_MM = 25.4 / 72
STEP_PT = 10.0
DETAIL_PT = 8.5
TERMINAL_PT = 10.0
TITLE_PT = 11.0
LEADING = 1.3
PAD = 2.6  # inside a box, mm
BADGE = 7.0  # diameter of the step number's circle, mm
TEXT_X = PAD + BADGE + 3.0  # where a box's text starts
GAP = 7.0  # the arrow between two shapes, mm
TERMINAL_H = 9.0
TERMINAL_W = 38.0
CONNECTOR = 8.0  # diameter of an off-page connector, mm
CONNECTOR_H = CONNECTOR + 1.0
SEPARATOR = 1.6  # between a step's text and its details, mm

INK = "#1A1A1A"
ACCENT = "#2F5597"
STEP_FILL = "#EAF1FB"
TERMINAL_FILL = "#D9E2F3"
WHITE = "#FFFFFF"
MUTED = "#4A4A4A"

START_LABEL = "Mulai"
END_LABEL = "Selesai"
EMPTY_LABEL = "Prosedur pelayanan belum diisi."
CONTINUES = "Bersambung ke halaman berikutnya"
CONTINUED = "Lanjutan dari halaman sebelumnya"
DETAIL_LABELS = ("Pelaksana:", "Waktu:", "Keluaran:")


@dataclass(frozen=True)
class TextRun:
    """One line of text: its left edge ``x``, its baseline ``y``, font role, size in points and colour."""

    x: float
    y: float
    text: str
    font: str = "regular"  # "regular", "bold" or "italic"
    size: float = STEP_PT
    color: str = INK


@dataclass(frozen=True)
class Shape:
    """A box (``"box"``), a terminator (``"pill"``), a step number or connector (``"circle"``), a rule (``"line"``).

    ``open_top`` / ``open_bottom``: the piece of a box split across pages has no rule on that side.
    """

    kind: str
    x: float
    y: float
    w: float
    h: float
    fill: str = WHITE
    stroke: str = ACCENT
    open_top: bool = False
    open_bottom: bool = False


@dataclass(frozen=True)
class Arrow:
    """A downward arrow at ``x`` from ``y1`` to ``y2`` (the head at ``y2``)."""

    x: float
    y1: float
    y2: float


@dataclass(frozen=True)
class Resume:
    """Where the next page starts: the item (0 the start terminator), its first line, the connector's letter."""

    item: int
    row: int = 0
    label: int = 0


@dataclass(frozen=True)
class AlurPage:
    """One page of the chart; ``height`` is what its content takes; ``resume`` None on the last page."""

    height: float
    shapes: tuple[Shape, ...]
    texts: tuple[TextRun, ...]
    arrows: tuple[Arrow, ...]
    resume: Resume | None = None


@dataclass(frozen=True)
class AlurLayout:
    """The chart at ``width`` millimetres, cut into pages."""

    width: float
    pages: tuple[AlurPage, ...]


# ----------------------------------------------------------------------------------------------
# Measuring and wrapping


def font_name(fonts: FontSet, role: str) -> str:
    """The reportlab font of a role ("regular", "bold", "italic")."""
    return {"bold": fonts.bold, "italic": fonts.italic}.get(role, fonts.regular)


def runs(text: str, fonts: FontSet) -> list[tuple[str, bool]]:
    """``text`` cut into pieces set in the body font (False) or the symbol font (True)."""
    out: list[tuple[str, bool]] = []
    for char in text:
        symbol = fonts.needs_fallback(char)
        if out and out[-1][1] == symbol:
            out[-1] = (out[-1][0] + char, symbol)
        else:
            out.append((char, symbol))
    return out


def text_width(text: str, role: str, size: float, fonts: FontSet) -> float:
    """The width of ``text`` in millimetres, with the fallback font where the body font lacks a character."""
    name = font_name(fonts, role)
    points = sum(stringWidth(piece, fonts.symbol if symbol else name, size) for piece, symbol in runs(text, fonts))
    return points * PT_MM


def wrap(text: str, role: str, size: float, width: float, fonts: FontSet) -> list[str]:
    """``text`` broken into lines at most ``width`` mm wide: at spaces, and inside a word too long for a line."""
    lines: list[str] = []
    for paragraph in clean(text).replace("\t", " ").split("\n"):
        line = ""
        for word in paragraph.split(" "):
            if not word:
                continue
            candidate = f"{line} {word}" if line else word
            if text_width(candidate, role, size, fonts) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
                line = ""
            while text_width(word, role, size, fonts) > width:  # break a word wider than the line
                cut = _fit(word, role, size, width, fonts)
                lines.append(word[:cut])
                word = word[cut:]
            line = word
        lines.append(line)
    while len(lines) > 1 and not lines[-1]:
        lines.pop()
    return lines or [""]


def _fit(word: str, role: str, size: float, width: float, fonts: FontSet) -> int:
    """How many leading characters of ``word`` fit ``width`` (at least one)."""
    low, high = 1, len(word)
    while low < high:
        middle = (low + high + 1) // 2
        if text_width(word[:middle], role, size, fonts) <= width:
            low = middle
        else:
            high = middle - 1
    return low


def line_height(size: float) -> float:
    """The height of a line of ``size`` points, in millimetres."""
    return size * LEADING * PT_MM


def baseline(size: float) -> float:
    """The baseline's distance from the top of a line."""
    return size * PT_MM * (1 + (LEADING - 1) / 2) * 0.92
