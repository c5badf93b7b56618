"""The alur pelayanan drawn on the PDF page with reportlab, from the geometry of ``alur`` (export layer).

A flowable lays the chart out for the room left on the page; what does not fit goes on in a new
flowable on the next page, opened by the connector that closed this one.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from .alur import alur_layout
from .alur_columns import alur_columns, alur_columns_part
from .alur_geometry import AlurPage, Resume, font_name, runs
from .blocks import AlurChart, AlurStep
from .fonts import register_fonts

ARROW_HEAD = 2.2  # mm
SPACE_AFTER = 4.0  # points


class AlurFlowable(Flowable):
    """The chart from ``resume`` on; splits itself at the foot of a page.

    ``width`` is in points; the geometry is laid out at ``width / scale`` and drawn enlarged by ``scale``.
    """

    def __init__(self, steps: tuple[AlurStep, ...], width: float, resume: Resume | None = None,
                 title: str = "", columns: int = 1, scale: float = 1.0) -> None:
        super().__init__()
        self.steps = steps
        self.title = title
        self.chart_width = width
        self.resume = resume
        self.columns = columns
        self.scale = max(scale, 0.3)
        self.page: AlurPage | None = None
        self.spaceAfter = SPACE_AFTER

    @property
    def _layout_width(self) -> float:
        return self.chart_width / self.scale / mm

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab's signature
        if self.columns > 1:
            self.page = alur_columns(self.steps, self._layout_width, self.columns, self.title, self.resume)
        else:
            self.page = alur_layout(self.steps, self._layout_width, resume=self.resume, title=self.title).pages[0]
        return self.chart_width, self.page.height * mm * self.scale

    def split(self, availWidth, availHeight):  # noqa: N803
        if self.columns > 1:  # the full columns this page has room for; the rest on the next page
            part = alur_columns_part(self.steps, self._layout_width, self.columns, availHeight / self.scale / mm,
                                     self.title if self.resume is None else "", self.resume)
            if not part.shapes:
                return []
            done = AlurPageFlowable(part, self.chart_width, self.scale)
            if part.resume is None:
                return [done]
            return [done, AlurFlowable(self.steps, self.chart_width, part.resume, "", self.columns, self.scale)]
        height = availHeight / self.scale / mm
        layout = alur_layout(self.steps, self._layout_width, page_height_mm=height, first_height_mm=height,
                             resume=self.resume, max_pages=1, title=self.title)
        page = layout.pages[0]
        if not any(s.kind in ("box", "pill") for s in page.shapes):
            return []  # not even one step fits: the chart starts on the next page
        rest = AlurFlowable(self.steps, self.chart_width, page.resume, self.title, scale=self.scale)
        return [AlurPageFlowable(page, self.chart_width, self.scale), rest]

    def draw(self) -> None:
        if self.page is not None:
            draw_page(self.canv, self.page, self.scale)


class AlurPageFlowable(Flowable):
    """One laid-out page of the chart."""

    def __init__(self, page: AlurPage, width: float, scale: float = 1.0) -> None:
        super().__init__()
        self.page = page
        self.chart_width = width
        self.scale = scale

    def wrap(self, availWidth, availHeight):  # noqa: N803
        return self.chart_width, self.page.height * mm * self.scale

    def draw(self) -> None:
        draw_page(self.canv, self.page, self.scale)


def draw_page(canvas, page: AlurPage, scale: float = 1.0) -> None:
    """Draw ``page`` with its top left at the flowable's top left (reportlab's y grows upwards)."""
    fonts = register_fonts()
    top = page.height * mm
    canvas.saveState()
    canvas.scale(scale, scale)
    canvas.setLineWidth(0.3 * mm)
    for shape in page.shapes:
        x, y, w, h = shape.x * mm, top - (shape.y + shape.h) * mm, shape.w * mm, shape.h * mm
        canvas.setStrokeColor(colors.HexColor(shape.stroke))
        canvas.setFillColor(colors.HexColor(shape.fill))
        if shape.kind == "line":
            canvas.setLineWidth(0.2 * mm)
            canvas.line(x, y, x + w, y)
            canvas.setLineWidth(0.3 * mm)
        elif shape.kind == "circle":
            canvas.circle(x + w / 2, y + h / 2, w / 2, stroke=1, fill=1)
        elif shape.kind == "pill":
            canvas.roundRect(x, y, w, h, h / 2, stroke=1, fill=1)
        else:
            canvas.rect(x, y, w, h, stroke=0, fill=1)
            canvas.line(x, y, x, y + h)
            canvas.line(x + w, y, x + w, y + h)
            if not shape.open_top:
                canvas.line(x, y + h, x + w, y + h)
            if not shape.open_bottom:
                canvas.line(x, y, x + w, y)
    accent = colors.HexColor("#2F5597")
    canvas.setStrokeColor(accent)
    canvas.setFillColor(accent)
    canvas.setLineWidth(0.45 * mm)
    for arrow in page.arrows:
        x, y1, y2 = arrow.x * mm, top - arrow.y1 * mm, top - arrow.y2 * mm
        head = ARROW_HEAD * mm
        canvas.line(x, y1, x, y2 + head * 0.8)
        path = canvas.beginPath()
        path.moveTo(x - head / 2, y2 + head)
        path.lineTo(x + head / 2, y2 + head)
        path.lineTo(x, y2)
        path.close()
        canvas.drawPath(path, stroke=0, fill=1)
    for text in page.texts:
        canvas.setFillColor(colors.HexColor(text.color))
        x = text.x * mm
        for piece, symbol in runs(text.text, fonts):
            name = fonts.symbol if symbol else font_name(fonts, text.font)
            canvas.setFont(name, text.size)
            canvas.drawString(x, top - text.y * mm, piece)
            x += canvas.stringWidth(piece, name, text.size)
    canvas.restoreState()


class AlurFlowables:
    """Builds the AlurChart block; mixed into the PDF flowable builder (``self.width``)."""

    def _alurchart(self, b: AlurChart) -> list[Flowable]:
        width = self.width * max(min(b.width_share, 1.0), 0.2)
        return [AlurFlowable(b.steps, width, title=b.title, columns=b.columns, scale=b.scale)]
