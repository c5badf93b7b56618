"""The alur pelayanan in columns side by side: the poster's chart (export layer).

Where the whole chart fits, its columns are balanced (the shortest height that holds every step);
where it does not, a page takes as many full columns as it has room for and the rest goes on.
"""

from __future__ import annotations

from collections.abc import Sequence

from .alur import alur_layout
from .alur_geometry import INK, TITLE_PT, AlurPage, Arrow, Resume, Shape, TextRun, baseline, line_height, wrap
from .blocks import AlurStep
from .fonts import register_fonts

COLUMN_NOTES = ("Bersambung ke kolom berikutnya", "Lanjutan dari kolom sebelumnya")
COLUMN_GAP = 8.0


def _column_width(width_mm: float, columns: int) -> float:
    return (width_mm - COLUMN_GAP * (columns - 1)) / columns


def _title_runs(title: str, width_mm: float) -> tuple[list[TextRun], float]:
    fonts = register_fonts()
    texts: list[TextRun] = []
    y = 0.0
    if title:
        for line in wrap(title, "bold", TITLE_PT, width_mm, fonts):
            texts.append(TextRun(0, y + baseline(TITLE_PT), line, "bold", TITLE_PT, INK))
            y += line_height(TITLE_PT)
        y += 2.0
    return texts, y


def _side_by_side(pages: Sequence[AlurPage], col_w: float, title: str, width_mm: float,
                  resume: Resume | None) -> AlurPage:
    texts, y = _title_runs(title, width_mm)
    shapes: list[Shape] = []
    arrows: list[Arrow] = []
    for n, page in enumerate(pages):
        dx = n * (col_w + COLUMN_GAP)
        shapes += [Shape(s.kind, s.x + dx, s.y + y, s.w, s.h, s.fill, s.stroke, s.open_top, s.open_bottom)
                   for s in page.shapes]
        texts += [TextRun(t.x + dx, t.y + y, t.text, t.font, t.size, t.color) for t in page.texts]
        arrows += [Arrow(a.x + dx, a.y1 + y, a.y2 + y) for a in page.arrows]
    height = y + max((page.height for page in pages), default=0.0)
    return AlurPage(height, tuple(shapes), tuple(texts), tuple(arrows), resume)


def alur_columns(steps: Sequence[AlurStep], width_mm: float, columns: int = 2, title: str = "",
                 resume: Resume | None = None) -> AlurPage:
    """The chart (from ``resume`` on) in ``columns`` side by side, as one page of the least height.

    Each column ends and the next starts with a connector; ``title`` is printed across the top.
    """
    columns = max(int(columns), 1)
    col_w = _column_width(width_mm, columns)
    single = alur_layout(steps, col_w, resume=resume, notes=COLUMN_NOTES).pages[0]
    pages = [single]
    if columns > 1:
        low, high = single.height / columns, single.height + 1.0
        best = None
        for _ in range(18):
            middle = (low + high) / 2
            trial = alur_layout(steps, col_w, page_height_mm=middle, notes=COLUMN_NOTES, max_pages=columns + 1,
                                resume=resume).pages
            if len(trial) <= columns:
                best, high = trial, middle
            else:
                low = middle
        pages = list(best) if best else pages
    return _side_by_side(pages, col_w, title, width_mm, None)


def alur_columns_part(steps: Sequence[AlurStep], width_mm: float, columns: int, height_mm: float, title: str = "",
                      resume: Resume | None = None) -> AlurPage:
    """As many full columns of the chart as fit ``height_mm`` (from ``resume`` on); its ``resume`` says where next.

    Returns a page without shapes when not even one step fits.
    """
    columns = max(int(columns), 1)
    col_w = _column_width(width_mm, columns)
    _texts, title_h = _title_runs(title, width_mm)
    room = height_mm - title_h
    if room <= 0:
        return AlurPage(0.0, (), (), (), resume or Resume(0))
    layout = alur_layout(steps, col_w, page_height_mm=room, first_height_mm=room, resume=resume,
                         max_pages=columns, notes=COLUMN_NOTES)
    pages: list[AlurPage] = []
    for page in layout.pages:  # a column that holds no step, or overflows a short room, ends the part
        if page.height > room + 1e-6 or not any(s.kind in ("box", "pill") for s in page.shapes):
            break
        pages.append(page)
    if not pages:
        return AlurPage(0.0, (), (), (), resume or Resume(0))
    return _side_by_side(pages, col_w, title, width_mm, pages[-1].resume)
