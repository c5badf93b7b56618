"""Layout flowables for reportlab: tables that split well, keep-together rules, the kop rule, images (export layer)."""

from __future__ import annotations

import io
import logging

from PIL import Image as PILImage
from reportlab.lib import colors
from reportlab.platypus import Flowable, Image, Table

log = logging.getLogger(__name__)


class SplittingTable(Table):
    """A table that keeps short rows whole and splits only tall rows across pages.

    A row up to ``short_row`` points high moves whole to the next page (a reader should not turn
    the page in the middle of a three-line row); a taller one is split inside, so it never leaves
    half a page empty, and any row that does not fit on a fresh page is split there. No piece smaller than the header
    plus ``min_piece`` points is started (no header alone at the foot of a page).
    """

    short_row = 150.0
    min_piece = 42.0

    def split(self, availWidth, availHeight):  # noqa: N803 - reportlab's signature
        self._calc(availWidth, availHeight)
        header = sum(self._rowHeights[: self.repeatRows]) if self.repeatRows else 0.0
        if availHeight < header + self.min_piece:
            return []
        n = self._getFirstPossibleSplitRowPosition(availHeight, ignoreSpans=1)
        frame = self._doctemplateAttr("frame")
        at_top = frame is not None and getattr(frame, "_atTop", False)  # moving on cannot help
        if n < len(self._rowHeights) and (self._rowHeights[n] > self.short_row or at_top):
            in_row = self._splitRows(availHeight, doInRowSplit=1)
            if in_row:
                return self._carry(in_row, n, continued=True)
        return self._carry(self._splitRows(availHeight, doInRowSplit=0), n, continued=False)

    continuation: list | None = None
    """Per data row, the NO and KOMPONEN cells a row continued on the next page shows ("(lanjutan)")."""

    def _carry(self, pieces: list, n: int, continued: bool) -> list:
        """Pass the continuation cells on to the second piece; label a row continued from this page."""
        if len(pieces) != 2 or self.continuation is None:
            return pieces
        rest = pieces[1]
        first = n - self.repeatRows  # the data row the second piece starts with
        rest.continuation = self.continuation[first:]
        if continued and rest.continuation:
            no, komponen = rest.continuation[0]
            row = rest._cellvalues[self.repeatRows]
            row[0], row[1] = no, komponen
            rest._argH[self.repeatRows] = None  # measured again with its new label
        return pieces

    probe: Table | None = None
    """A copy of the header and first row, so ``start_height`` need not lay out the whole table."""

    def start_height(self, availWidth: float, cap: float) -> float:  # noqa: N803
        """Height of the header plus the first row (at most ``cap`` of it): the least worth starting."""
        table = self.probe or self
        table.wrap(availWidth, 1e6)
        heights = table._rowHeights
        first = heights[self.repeatRows] if len(heights) > self.repeatRows else 0.0
        return sum(heights[: self.repeatRows]) + min(first, cap)


class KeptTogether(Flowable):
    """Flowables of a table cell that a row split never parts (a procedure step and its details).

    A group taller than ``max_whole`` points may still be split after its first flowable.
    """

    max_whole = 150.0

    def __init__(self, flowables: list[Flowable]) -> None:
        super().__init__()
        self.flowables = flowables
        self.width = self.height = 0.0

    def wrap(self, availWidth, availHeight):  # noqa: N803
        total, last = 0.0, len(self.flowables) - 1
        for i, flowable in enumerate(self.flowables):
            total += flowable.wrap(availWidth, availHeight)[1]
            if i:
                total += flowable.getSpaceBefore()
            if i < last:
                total += flowable.getSpaceAfter()
        self.width, self.height = availWidth, total
        return self.width, self.height

    def getSpaceBefore(self) -> float:  # noqa: N802 - reportlab API
        return self.flowables[0].getSpaceBefore() if self.flowables else 0.0

    def getSpaceAfter(self) -> float:  # noqa: N802 - reportlab API
        return self.flowables[-1].getSpaceAfter() if self.flowables else 0.0

    def split(self, availWidth, availHeight):  # noqa: N803
        if self.height <= self.max_whole or len(self.flowables) < 2:
            return []
        return [self.flowables[0], KeptTogether(self.flowables[1:])]

    def draw(self) -> None:
        y, last = self.height, len(self.flowables) - 1
        for i, flowable in enumerate(self.flowables):
            if i:
                y -= flowable.getSpaceBefore()
            y -= flowable.height
            flowable.drawOn(self.canv, 0, y)
            if i < last:
                y -= flowable.getSpaceAfter()


class KeepStart(Flowable):
    """Starts a new page unless the flowables before a table and the table's start fit here.

    Keeps a service heading, its notice and a part title on the same page as the table header
    and its first row.
    """

    def __init__(self, lead: list[Flowable], table: SplittingTable) -> None:
        super().__init__()
        self.lead, self.table = lead, table
        self.width = self.height = 0

    def wrap(self, availWidth, availHeight):  # noqa: N803
        need = 0.0
        for flowable in self.lead:
            # The first one's space above counts too: the frame gives it unless at the top of a page,
            # and there nothing is moved anyway.
            need += flowable.wrap(availWidth, availHeight)[1] + flowable.getSpaceBefore() + flowable.getSpaceAfter()
        need += self.table.start_height(availWidth, SplittingTable.short_row)
        frame = self._doctemplateAttr("frame")
        # On a fresh page there is nothing better to do; breaking again there would loop forever.
        if availHeight < need and frame is not None and not getattr(frame, "_atTop", False):
            from reportlab.platypus.doctemplate import FrameBreak

            frame.add_generated_content(FrameBreak)
        return 0, 0

    def draw(self) -> None:
        pass


class DoubleRule(Flowable):
    """The closing rule of a kop: a thick line over a thin one."""

    def __init__(self, thick: float = 2.2, thin: float = 0.8, gap: float = 1.6) -> None:
        super().__init__()
        self.thick, self.thin, self.gap = thick, thin, gap
        self.width = 0.0
        self.height = thick + gap + thin

    def wrap(self, availWidth, availHeight):  # noqa: N803
        self.width = availWidth
        return availWidth, self.height

    def draw(self) -> None:
        c = self.canv
        c.setStrokeColor(colors.black)
        c.setLineWidth(self.thick)
        top = self.height - self.thick / 2
        c.line(0, top, self.width, top)
        c.setLineWidth(self.thin)
        bottom = self.thin / 2
        c.line(0, bottom, self.width, bottom)


class KeepWithLastRow(Flowable):
    """A table followed by a signature that may not stand alone on a page.

    When the signature does not fit under the table, the table's last row moves to the next
    page with it (under a repeated header), so the signature never opens a page by itself.
    """

    def __init__(self, table: SplittingTable, tail: list[Flowable]) -> None:
        super().__init__()
        self.table, self.tail = table, tail
        self.width = self.height = 0.0
        self._heights: tuple[float, float] = (0.0, 0.0)

    def wrap(self, availWidth, availHeight):  # noqa: N803
        table_h = self.table.wrap(availWidth, availHeight)[1]
        tail_h = sum(f.wrap(availWidth, availHeight)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in self.tail)
        self._heights = (table_h, tail_h)
        self.width, self.height = availWidth, table_h + tail_h
        return self.width, self.height

    def split(self, availWidth, availHeight):  # noqa: N803
        self.wrap(availWidth, availHeight)
        table_h, tail_h = self._heights
        if table_h + tail_h <= availHeight:
            return [self.table, *self.tail]
        rows = self.table._rowHeights
        frame = self._doctemplateAttr("frame")
        at_top = frame is not None and getattr(frame, "_atTop", False)
        if table_h <= availHeight:
            if len(rows) <= self.table.repeatRows + 1:
                # Only the last row is left: it moves on with the signature, unless even a fresh
                # page cannot hold both (then they part rather than fail).
                return [self.table, *self.tail] if at_top else []
            pieces = self.table._splitRows(table_h - rows[-1] / 2, doInRowSplit=0)
        else:
            pieces = self.table.split(availWidth, availHeight)
        if len(pieces) != 2:
            return []
        return [pieces[0], KeepWithLastRow(pieces[1], self.tail)]

    def draw(self) -> None:
        y = self._heights[1]
        self.table.drawOn(self.canv, 0, y)
        for flowable in self.tail:
            y -= flowable.getSpaceBefore()
            _, h = flowable.wrap(self.width, 1e6)
            y -= h
            flowable.drawOn(self.canv, 0, y)
            y -= flowable.getSpaceAfter()


def alpha(n: int) -> str:
    letters = ""
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(97 + rem) + letters
    return letters


def box_commands(fill, pad: float = 6, line: float = 0.8) -> list:
    """Table style commands of a framed single-cell box, optionally filled."""
    commands = [
        ("BOX", (0, 0), (-1, -1), line, colors.black),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), pad),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
    ]
    if fill is not None:
        commands.append(("BACKGROUND", (0, 0), (-1, -1), fill))
    return commands


class MinHeight(Flowable):
    """A cell's content given at least ``least`` points of height (room to sign), centred vertically."""

    def __init__(self, inner: Flowable, least: float) -> None:
        super().__init__()
        self.inner, self.least = inner, least
        self.width = self.height = 0.0
        self._inner_height = 0.0

    def wrap(self, availWidth, availHeight):  # noqa: N803
        _, self._inner_height = self.inner.wrap(availWidth, availHeight)
        self.width, self.height = availWidth, max(self._inner_height, self.least)
        return self.width, self.height

    def draw(self) -> None:
        self.inner.drawOn(self.canv, 0, (self.height - self._inner_height) / 2)


def image(data: bytes | None, max_height: float, max_width: float, what: str = "Logo") -> Image | None:
    """A reportlab image scaled to fit, or None (logged) when the bytes are not a readable image.

    The image is decoded in full here: reportlab reads only the header until it draws the page,
    and a file cut short (a logo stored by an older version) would then fail the whole export.
    """
    if not data:
        return None
    try:
        with PILImage.open(io.BytesIO(data)) as decoded:
            decoded.load()
            width, height = decoded.size
    except Exception:  # Pillow raises many kinds for a broken image (OSError, SyntaxError, ValueError...)
        log.warning("%s tidak dapat dibaca; dokumen dibuat tanpa gambar itu.", what)
        log.debug("Image decoding failed", exc_info=True)  # the technical detail, kept out of the user's view
        return None
    scale = min(max_height / height, max_width / width)
    return Image(io.BytesIO(data), width=width * scale, height=height * scale)
