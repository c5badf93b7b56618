"""The alur pelayanan as pure geometry: boxes, wrapped lines, arrows and page breaks (export layer).

A service's prosedur steps, in order, become a vertical flowchart: a "Mulai" terminator, one box per
step (its number, its text, then who carries it out, the time and the output), a "Selesai"
terminator, with an arrow between each. Every text is measured with the shipped fonts and wrapped
to the box (a word wider than the box is broken), so nothing is ever clipped. Where a page is full,
an off-page connector (a circle with a letter) closes the page and opens the next one; a box taller
than a whole page is split between its lines.

The PDF writer (``alur_pdf``) and the picture writer (``alur_png``) draw this same geometry, so the
chart on paper and on screen are alike; the DOCX embeds the pictures (``alur_docx``). The measures and
the text measuring are in ``alur_geometry``, the poster's columns in ``alur_columns``. Coordinates are
millimetres from the top left of a page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sp_desktop.domain.derive import is_usable_duration
from sp_desktop.domain.formatting import format_duration
from sp_desktop.domain.model import Layanan

from .alur_geometry import (
    ACCENT,
    BADGE,
    CONNECTOR,
    CONNECTOR_H,
    CONTINUED,
    CONTINUES,
    DETAIL_LABELS,
    DETAIL_PT,
    EMPTY_LABEL,
    END_LABEL,
    GAP,
    INK,
    MUTED,
    PAD,
    PT_MM,
    SEPARATOR,
    START_LABEL,
    STEP_FILL,
    STEP_PT,
    TERMINAL_FILL,
    TERMINAL_H,
    TERMINAL_PT,
    TERMINAL_W,
    TEXT_X,
    TITLE_PT,
    WHITE,
    AlurLayout,
    AlurPage,
    Arrow,
    Resume,
    Shape,
    TextRun,
    baseline,
    line_height,
    text_width,
    wrap,
)
from .blocks import AlurStep
from .fonts import FontSet, register_fonts

# ----------------------------------------------------------------------------------------------
# Steps from a service


def _filled(text: object) -> bool:
    return isinstance(text, str) and bool(text.strip())


def alur_steps(layanan: Layanan) -> tuple[AlurStep, ...]:
    """The chart's steps of ``layanan``: each prosedur step with a text, in order, its details as printed."""
    steps = []
    for step in layanan.prosedur:
        if not _filled(step.uraian):
            continue
        waktu = format_duration(step.durasi.nilai, step.durasi.satuan) if is_usable_duration(step.durasi) else ""
        steps.append(AlurStep(
            uraian=step.uraian.strip(),
            pelaksana=step.pelaksana.strip() if _filled(step.pelaksana) else "",
            waktu=waktu,
            keluaran=step.keluaran.strip() if _filled(step.keluaran) else "",
        ))
    return tuple(steps)


def describe(steps: Sequence[AlurStep]) -> str:
    """The chart in words (a text alternative for a picture): every step with its details."""
    if not steps:
        return EMPTY_LABEL
    lines = []
    for n, step in enumerate(steps, start=1):
        values = (step.pelaksana, step.waktu, step.keluaran)
        details = [f"{label} {value}" for label, value in zip(DETAIL_LABELS, values) if value]
        lines.append(f"{n}. {step.uraian}" + (f" ({'; '.join(details)})" if details else ""))
    return "Alur pelayanan: " + " ".join(lines)


# ----------------------------------------------------------------------------------------------
# Items: the pieces of the chart in reading order


@dataclass
class _Row:
    """A line inside a step box: its height and its text runs (``y`` from the row's top)."""

    height: float
    texts: list[TextRun] = field(default_factory=list)
    separator: bool = False  # a thin rule above the row (between the text and the details)


@dataclass
class _Item:
    kind: str  # "start", "end", "step", "empty"
    number: int = 0
    rows: list[_Row] = field(default_factory=list)


def _step_rows(step: AlurStep, width: float, fonts: FontSet) -> list[_Row]:
    inner = width - TEXT_X - PAD
    rows = []
    for line in wrap(step.uraian, "regular", STEP_PT, inner, fonts):
        rows.append(_Row(line_height(STEP_PT), [TextRun(0, baseline(STEP_PT), line, "regular", STEP_PT)]))
    details = [(label, value) for label, value in zip(DETAIL_LABELS, (step.pelaksana, step.waktu, step.keluaran))
               if value]
    one_line = _details_on_one_line(details, inner, fonts)
    if one_line is not None:
        texts = [TextRun(t.x, t.y + SEPARATOR, t.text, t.font, t.size, t.color) for t in one_line]
        rows.append(_Row(line_height(DETAIL_PT) + SEPARATOR, texts, separator=True))
        return rows
    label_w = max(text_width(label, "bold", DETAIL_PT, fonts) for label in DETAIL_LABELS) + 1.5
    first = True
    for label, value in details:
        value_lines = wrap(value, "regular", DETAIL_PT, inner - label_w, fonts)
        for n, line in enumerate(value_lines):
            texts = [TextRun(label_w, baseline(DETAIL_PT), line, "regular", DETAIL_PT, MUTED)]
            if n == 0:
                texts.insert(0, TextRun(0, baseline(DETAIL_PT), label, "bold", DETAIL_PT, ACCENT))
            height = line_height(DETAIL_PT) + (SEPARATOR if first else 0.0)
            row = _Row(height, texts, separator=first)
            if first:
                row.texts = [TextRun(t.x, t.y + SEPARATOR, t.text, t.font, t.size, t.color) for t in texts]
            rows.append(row)
            first = False
    return rows


DETAIL_SPACING = 6.0  # mm between the details set on one line


def _details_on_one_line(details: list[tuple[str, str]], width: float, fonts: FontSet) -> list[TextRun] | None:
    """The details side by side on one line ("Pelaksana: X   Waktu: Y   Keluaran: Z"), or None when they do not fit."""
    texts: list[TextRun] = []
    x = 0.0
    base = baseline(DETAIL_PT)
    for label, value in details:
        if "\n" in value:
            return None
        if texts:
            x += DETAIL_SPACING
        texts.append(TextRun(x, base, label, "bold", DETAIL_PT, ACCENT))
        x += text_width(label, "bold", DETAIL_PT, fonts) + 1.2
        texts.append(TextRun(x, base, value, "regular", DETAIL_PT, MUTED))
        x += text_width(value, "regular", DETAIL_PT, fonts)
    return texts if texts and x <= width else None


def _items(steps: Sequence[AlurStep], width: float, fonts: FontSet) -> list[_Item]:
    if not steps:
        return [_Item("empty")]
    items = [_Item("start")]
    items += [_Item("step", n, _step_rows(step, width, fonts)) for n, step in enumerate(steps, start=1)]
    items.append(_Item("end"))
    return items


# ----------------------------------------------------------------------------------------------
# Pagination


def alur_layout(
    steps: Sequence[AlurStep],
    width_mm: float,
    page_height_mm: float | None = None,
    first_height_mm: float | None = None,
    resume: Resume | None = None,
    max_pages: int | None = None,
    title: str = "",
    notes: tuple[str, str] = (CONTINUES, CONTINUED),
) -> AlurLayout:
    """The chart of ``steps`` at ``width_mm``, cut into pages of ``page_height_mm`` (None: one page).

    Args:
        steps: the steps in order.
        width_mm: the chart's width.
        page_height_mm: the height each page offers; None for a single page of any height.
        first_height_mm: the height left on the first page (what is left under the text before the
            chart); None for a whole page. A first page too short for even one item is left empty.
        resume: start where an earlier page stopped (the PDF lays the chart out page by page).
        max_pages: stop after so many pages (the last one's ``resume`` says where to go on).
        title: a line printed above the chart on its first page, or "".
        notes: the words beside the connector that closes a page and the one that opens the next.
    """
    fonts = register_fonts()
    items = _items(steps, width_mm, fonts)
    state = resume or Resume(0)
    pages: list[AlurPage] = []
    while state is not None and (max_pages is None or len(pages) < max_pages):
        height = first_height_mm if not pages and first_height_mm is not None else page_height_mm
        short_first = not pages and first_height_mm is not None
        page, state = _page(items, width_mm, height, state, fonts, allow_empty=short_first, title=title, notes=notes)
        pages.append(page)
    return AlurLayout(width_mm, tuple(pages))


class _Page:
    def __init__(self, width: float, notes: tuple[str, str]) -> None:
        self.width = width
        self.notes = notes
        self.y = 0.0
        self.shapes: list[Shape] = []
        self.texts: list[TextRun] = []
        self.arrows: list[Arrow] = []
        self.placed = 0
        self.top = 0.0  # where the chart starts (under its title)

    def arrow_to(self, gap: float) -> None:
        """An arrow from what is above down ``gap`` mm (none at the top of a page or under the title)."""
        if self.y > self.top:
            self.arrows.append(Arrow(self.width / 2, self.y, self.y + gap))
            self.y += gap

    def connector(self, label: int, top: bool, fonts: FontSet) -> None:
        x = (self.width - CONNECTOR) / 2
        y = self.y + (CONNECTOR_H - CONNECTOR) / 2
        self.shapes.append(Shape("circle", x, y, CONNECTOR, CONNECTOR, WHITE, ACCENT))
        letter = _letter(label)
        lw = text_width(letter, "bold", TERMINAL_PT, fonts)
        self.texts.append(TextRun(self.width / 2 - lw / 2, y + CONNECTOR / 2 + TERMINAL_PT * PT_MM * 0.36, letter,
                                  "bold", TERMINAL_PT, ACCENT))
        note = self.notes[1] if top else self.notes[0]
        if x + CONNECTOR + 3.0 + text_width(note, "italic", DETAIL_PT, fonts) <= self.width:  # else the letter alone
            self.texts.append(TextRun(x + CONNECTOR + 3.0, y + CONNECTOR / 2 + DETAIL_PT * PT_MM * 0.36, note,
                                      "italic", DETAIL_PT, MUTED))
        self.y += CONNECTOR_H

    def done(self, resume: Resume | None) -> AlurPage:
        return AlurPage(self.y, tuple(self.shapes), tuple(self.texts), tuple(self.arrows), resume)


def _letter(n: int) -> str:
    """A, B, …, Z, AA, AB, … for the n-th connector (0-based)."""
    text = ""
    n += 1
    while n:
        n, rest = divmod(n - 1, 26)
        text = chr(ord("A") + rest) + text
    return text


def _item_height(item: _Item, row: int) -> float:
    if item.kind in ("start", "end"):
        return TERMINAL_H
    if item.kind == "empty":
        return TERMINAL_H + 2 * PAD
    rows = sum(r.height for r in item.rows[row:])
    return max(rows, BADGE if row == 0 else 0.0) + 2 * PAD


def _page(items: list[_Item], width: float, height: float | None, state: Resume, fonts: FontSet,
          allow_empty: bool, title: str = "", notes: tuple[str, str] = (CONTINUES, CONTINUED),
          ) -> tuple[AlurPage, Resume | None]:
    limit = float("inf") if height is None else height
    page = _Page(width, notes)
    index, row, label = state.item, state.row, state.label
    if index > 0 or row > 0:
        page.connector(label - 1, top=True, fonts=fonts)
    elif title:
        for line in wrap(title, "bold", TITLE_PT, width, fonts):
            page.texts.append(TextRun(0, page.y + baseline(TITLE_PT), line, "bold", TITLE_PT, INK))
            page.y += line_height(TITLE_PT)
        page.y += 2.0
        page.top = page.y
    reserve = GAP + CONNECTOR_H
    while index < len(items):
        item = items[index]
        last = index == len(items) - 1
        gap = GAP if page.y > page.top else 0.0
        need = _item_height(item, row)
        room = limit - page.y - gap - (0.0 if last else reserve)
        if need <= room:
            page.arrow_to(gap)
            _place(page, item, row, len(item.rows), fonts)
            index, row = index + 1, 0
            continue
        fresh = limit - CONNECTOR_H - GAP - reserve  # what a page after a break offers an item
        if item.kind == "step" and (need > fresh or page.placed == 0):
            # Too tall for any page: as many lines as fit here, the rest on the next page.
            end = _rows_fitting(item, row, room)
            if end == row and page.placed == 0 and not allow_empty:
                end = row + 1  # a line taller than a page: it overflows rather than never ending
            if end > row:
                page.arrow_to(gap)
                _place(page, item, row, end, fonts, open_bottom=True)
                row = end
        elif page.placed == 0 and not allow_empty:
            page.arrow_to(gap)  # a terminator on a page too short for it: placed all the same
            _place(page, item, row, len(item.rows), fonts)
            index, row = index + 1, 0
            continue
        if page.placed == 0 and allow_empty:
            return page.done(Resume(index, row, label)), Resume(index, row, label)
        page.arrow_to(GAP)
        page.connector(label, top=False, fonts=fonts)
        return page.done(Resume(index, row, label + 1)), Resume(index, row, label + 1)
    return page.done(None), None


def _rows_fitting(item: _Item, row: int, room: float) -> int:
    """The end of the lines of ``item`` from ``row`` that fit ``room`` (at least one line on a fresh page)."""
    used = 2 * PAD
    end = row
    while end < len(item.rows) and used + item.rows[end].height <= room:
        used += item.rows[end].height
        end += 1
    return end


def _place(page: _Page, item: _Item, row: int, end: int, fonts: FontSet, open_bottom: bool = False) -> None:
    width = page.width
    top = page.y
    page.placed += 1
    if item.kind in ("start", "end"):
        label = START_LABEL if item.kind == "start" else END_LABEL
        x = (width - TERMINAL_W) / 2
        page.shapes.append(Shape("pill", x, top, TERMINAL_W, TERMINAL_H, TERMINAL_FILL, ACCENT))
        lw = text_width(label, "bold", TERMINAL_PT, fonts)
        page.texts.append(TextRun(width / 2 - lw / 2, top + TERMINAL_H / 2 + TERMINAL_PT * PT_MM * 0.36, label,
                                  "bold", TERMINAL_PT, INK))
        page.y += TERMINAL_H
        return
    if item.kind == "empty":
        h = TERMINAL_H + 2 * PAD
        page.shapes.append(Shape("box", 0, top, width, h, WHITE, ACCENT))
        page.texts.append(TextRun(PAD + 2, top + h / 2 + STEP_PT * PT_MM * 0.36, EMPTY_LABEL, "italic", STEP_PT, MUTED))
        page.y += h
        return
    rows = item.rows[row:end]
    content = sum(r.height for r in rows)
    h = max(content, BADGE if row == 0 else 0.0) + 2 * PAD
    page.shapes.append(Shape("box", 0, top, width, h, STEP_FILL, ACCENT, open_top=row > 0, open_bottom=open_bottom))
    if row == 0:
        page.shapes.append(Shape("circle", PAD, top + PAD, BADGE, BADGE, ACCENT, ACCENT))
        number = str(item.number)
        size = TERMINAL_PT if len(number) < 3 else DETAIL_PT
        nw = text_width(number, "bold", size, fonts)
        page.texts.append(TextRun(PAD + BADGE / 2 - nw / 2, top + PAD + BADGE / 2 + size * PT_MM * 0.36, number,
                                  "bold", size, WHITE))
    y = top + PAD
    for r in rows:
        if r.separator:
            page.shapes.append(Shape("line", TEXT_X, y + SEPARATOR / 2, width - TEXT_X - PAD, 0, WHITE, "#9FB3D9"))
        for t in r.texts:
            page.texts.append(TextRun(TEXT_X + t.x, y + t.y, t.text, t.font, t.size, t.color))
        y += r.height
    page.y += h


def render_alur_png(layanan: Layanan, width_px: int = 1600) -> bytes:
    """The PNG bytes of the alur pelayanan of ``layanan``, ``width_px`` wide (see ``alur_png``)."""
    from .alur_png import render_alur_png as render

    return render(layanan, width_px)
