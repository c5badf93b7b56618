"""The SOP's swimlane flowchart table laid out as pages of geometry (export layer).

Columns: No | Kegiatan | one per pelaksana | Mutu Baku (Kelengkapan, Waktu, Output) | Keterangan. The
symbol of each step sits in its pelaksana's column, joined to the next by an arrow (down, then across);
a decision's "Tidak" loops back to the step before it. A page that continues ends with an off-page
connector (a lettered pentagon) repeated at the top of the next page. A step too long for a page goes on
with its text on the next page, its column joined through.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from sp_desktop.domain import sop

from .sop_content import SopContent, StepRow
from .sop_layout import (
    MARGINS,
    CellLine,
    Item,
    Line,
    Measure,
    Shape,
    SopPage,
    Text,
    leading,
    numbered,
    place_lines,
    plain,
    text_height,
)

SIZE = 8.0
HEAD = 7.5
LABEL = 6.0
PAD = 1.5
STRIP = 11.0
SYMBOL_H = {sop.TERMINATOR: 7.0, sop.PROCESS: 7.0, sop.DECISION: 10.0}
CONNECTOR = 7.0
MIN_LANE = 14.0
TEXT_COLUMNS = (("no", 9.0), ("kegiatan", 62.0), ("kelengkapan", 42.0), ("waktu", 20.0), ("output", 32.0),
                ("keterangan", 30.0))
CENTERED = {"no", "waktu"}


@dataclass(frozen=True)
class _Seg:
    step: StepRow
    lines: dict[str, list[CellLine]]
    symbol: str | None  # None: the rest of a step's text carried over from the page before
    height: float


@dataclass(frozen=True)
class _Anchor:
    x: float
    top: float
    bottom: float
    half: float
    yc: float
    kind: str


class _Columns:
    def __init__(self, x0: float, tw: float, lanes: int) -> None:
        fixed = sum(w for _, w in TEXT_COLUMNS)
        lanes_w = max(tw - fixed, MIN_LANE * lanes)
        scale = max((tw - lanes_w) / fixed, 0.45)
        lanes_w = tw - fixed * scale
        widths = {key: w * scale for key, w in TEXT_COLUMNS}
        self.lane_w = lanes_w / lanes
        self.x: dict[str, float] = {}
        self.w = widths
        x = x0
        for key in ("no", "kegiatan"):
            self.x[key] = x
            x += widths[key]
        self.lanes_x = x
        x += lanes_w
        for key in ("kelengkapan", "waktu", "output", "keterangan"):
            self.x[key] = x
            x += widths[key]
        self.count = lanes

    def lane(self, i: int) -> tuple[float, float]:
        return self.lanes_x + i * self.lane_w, self.lane_w


def chart_pages(content: SopContent, width: float, height: float, measure: Measure) -> list[SopPage]:
    """The flowchart's pages of a landscape page ``width`` x ``height`` mm (none when there are no steps)."""
    if not content.steps:
        return []
    x0, y0 = MARGINS[3], MARGINS[0]
    tw = width - MARGINS[1] - MARGINS[3]
    cols = _Columns(x0, tw, max(1, len(content.lanes)))
    title = plain(f"Bagan Alir SOP: {content.nama_sop}", tw, 9.0, measure, bold=True)
    table_top = y0 + text_height(title, 9.0) + 2.0
    header_items, header_h = _header(content, cols, table_top, measure)
    body_top = table_top + header_h
    limit = height - MARGINS[2] - 6.0
    groups = _paginate([_segment(s, cols, measure) for s in content.steps], body_top, limit)
    pages = []
    for k, group in enumerate(groups):
        page = SopPage(width, height, "bagan")
        page.items.extend(place_lines(title, x0, y0, 9.0))
        page.items.extend(header_items)
        enter = groups[k - 1][-1].step.lane if k else None
        leave = group[-1].step.lane if k + 1 < len(groups) else None
        bottom = _draw(page, group, cols, body_top, enter, leave, _label(k - 1), _label(k))
        page.body = (x0, y0, tw, bottom - y0)
        pages.append(page)
    return pages


def _label(k: int) -> str:
    """The off-page connector's letter: A, B, … Z, AA, AB …"""
    if k < 0:
        return ""
    text = ""
    k += 1
    while k:
        k, r = divmod(k - 1, 26)
        text = chr(65 + r) + text
    return text


def _header(c: SopContent, cols: _Columns, top: float, measure: Measure) -> tuple[list[Item], float]:
    pitch = leading(HEAD)
    row_a = pitch + 2 * PAD
    names = [plain(name, cols.lane_w - 2 * PAD, HEAD, measure, bold=True) for name in c.lanes or ("Pelaksana",)]
    subs = {k: plain(t, cols.w[k] - 2 * PAD, HEAD, measure, bold=True)
            for k, t in (("kelengkapan", "Kelengkapan"), ("waktu", "Waktu"), ("output", "Output"))}
    row_b = max(row_a, max(text_height(n, HEAD) for n in [*names, *subs.values()]) + 2 * PAD)
    total = row_a + row_b
    items: list[Item] = []

    def box(x: float, y: float, w: float, h: float, text: str) -> None:
        items.append(Shape("header", x, y, w, h))
        lines = plain(text, w - 2 * PAD, HEAD, measure, bold=True)
        items.extend(place_lines(lines, x + PAD, y + (h - text_height(lines, HEAD)) / 2, HEAD, center=x + w / 2))

    box(cols.x["no"], top, cols.w["no"], total, "No")
    box(cols.x["kegiatan"], top, cols.w["kegiatan"], total, "Kegiatan")
    box(cols.lanes_x, top, cols.lane_w * cols.count, row_a, "Pelaksana")
    for i, name in enumerate(c.lanes or ("Pelaksana",)):
        x, w = cols.lane(i)
        box(x, top + row_a, w, row_b, name)
    mutu_w = cols.w["kelengkapan"] + cols.w["waktu"] + cols.w["output"]
    box(cols.x["kelengkapan"], top, mutu_w, row_a, "Mutu Baku")
    for key, text in (("kelengkapan", "Kelengkapan"), ("waktu", "Waktu"), ("output", "Output")):
        box(cols.x[key], top + row_a, cols.w[key], row_b, text)
    box(cols.x["keterangan"], top, cols.w["keterangan"], total, "Keterangan")
    return items, total


def _segment(step: StepRow, cols: _Columns, measure: Measure) -> _Seg:
    def inner(key: str) -> float:
        return cols.w[key] - 2 * PAD

    lines = {
        "no": plain(step.no, inner("no"), SIZE, measure),
        "kegiatan": plain(step.kegiatan, inner("kegiatan"), SIZE, measure),
        "kelengkapan": numbered(step.kelengkapan, inner("kelengkapan"), SIZE, measure),
        "waktu": plain(step.waktu, inner("waktu"), SIZE, measure),
        "output": plain(step.output, inner("output"), SIZE, measure),
        "keterangan": plain(step.keterangan, inner("keterangan"), SIZE, measure),
    }
    return _Seg(step, lines, step.symbol, _height(lines, step.symbol))


def _height(lines: dict[str, list[CellLine]], symbol: str | None) -> float:
    text = max(text_height(v, SIZE) for v in lines.values()) + 2 * PAD
    return max(text, SYMBOL_H[symbol] + 6.0 if symbol else 6.0)


def _paginate(segments: list[_Seg], body_top: float, limit: float) -> list[list[_Seg]]:
    """The segments of each page; a step taller than a whole page is cut (its rest carried on)."""
    queue = deque(segments)
    groups: list[list[_Seg]] = [[]]
    y = body_top
    pitch = leading(SIZE)
    while queue:
        seg = queue[0]
        last = len(queue) == 1
        need = seg.height + (0.0 if last else STRIP)
        if y + need <= limit:
            groups[-1].append(queue.popleft())
            y += seg.height
        elif groups[-1]:
            groups.append([])
            y = body_top + STRIP
        else:
            rows = max(1, int((limit - y - STRIP - 2 * PAD) / pitch))
            head = {k: v[:rows] for k, v in seg.lines.items()}
            rest = {k: v[rows:] or [CellLine(0.0, "")] for k, v in seg.lines.items()}
            rest["no"] = [CellLine(0.0, "")]
            queue.popleft()
            queue.appendleft(_Seg(seg.step, rest, None, _height(rest, None)))
            queue.appendleft(_Seg(seg.step, head, seg.symbol, _height(head, seg.symbol)))
    return groups


def _row_cells(page: SopPage, cols: _Columns, y: float, h: float) -> None:
    for key in ("no", "kegiatan", "kelengkapan", "waktu", "output", "keterangan"):
        page.items.append(Shape("cell", cols.x[key], y, cols.w[key], h))
    for i in range(cols.count):
        x, w = cols.lane(i)
        page.items.append(Shape("cell", x, y, w, h))


def _draw(page: SopPage, group: list[_Seg], cols: _Columns, top: float, enter: int | None, leave: int | None,
          enter_label: str, leave_label: str) -> float:
    """Draw one page's rows, symbols and arrows from ``top``; returns the table's bottom."""
    flow: list[Item] = []
    y = top
    prev: _Anchor | None = None
    if enter is not None:
        _row_cells(page, cols, y, STRIP)
        prev = _connector(flow, cols, enter, y + (STRIP - CONNECTOR) / 2, enter_label)
        y += STRIP
    for seg in group:
        _row_cells(page, cols, y, seg.height)
        for key, lines in seg.lines.items():
            center = cols.x[key] + cols.w[key] / 2 if key in CENTERED else None
            page.items.extend(place_lines(lines, cols.x[key] + PAD, y + PAD, SIZE, center=center))
        anchor = _symbol(flow, cols, seg, y)
        if prev is not None:
            _connect(flow, prev, anchor)
            if seg.symbol == sop.DECISION and prev.kind != "konektor":
                _loop_back(flow, cols, seg.step.lane, anchor, prev)
        prev = anchor
        y += seg.height
    if leave is not None and prev is not None:
        _row_cells(page, cols, y, STRIP)
        target = _connector(flow, cols, leave, y + (STRIP - CONNECTOR) / 2, leave_label)
        _connect(flow, prev, target)
        y += STRIP
    page.items.extend(flow)
    return y


def _symbol(flow: list[Item], cols: _Columns, seg: _Seg, y: float) -> _Anchor:
    lx, lw = cols.lane(seg.step.lane)
    x = lx + lw / 2
    if seg.symbol is None:
        flow.append(Line(((x, y), (x, y + seg.height)), arrow=False))
        return _Anchor(x, y, y + seg.height, 0.0, y, "lanjutan")
    h = SYMBOL_H[seg.symbol]
    w = min(lw - (3.0 if seg.symbol == sop.DECISION else 4.0), 20.0)
    top = y + (seg.height - h) / 2
    flow.append(Shape(seg.symbol, x - w / 2, top, w, h))
    return _Anchor(x, top, top + h, w / 2, top + h / 2, seg.symbol)


def _connector(flow: list[Item], cols: _Columns, lane: int, top: float, label: str) -> _Anchor:
    lx, lw = cols.lane(lane)
    x = lx + lw / 2
    flow.append(Shape("konektor", x - CONNECTOR / 2, top, CONNECTOR, CONNECTOR, label))
    return _Anchor(x, top, top + CONNECTOR, CONNECTOR / 2, top + CONNECTOR * 0.3, "konektor")


def _connect(flow: list[Item], a: _Anchor, b: _Anchor) -> None:
    if abs(a.x - b.x) < 0.01:
        flow.append(Line(((a.x, a.bottom), (b.x, b.top))))
    else:
        side = b.x - b.half if a.x < b.x else b.x + b.half
        flow.append(Line(((a.x, a.bottom), (a.x, b.yc), (side, b.yc))))
    if a.kind == sop.DECISION:
        flow.append(Text(a.x + 1.0, a.bottom + 2.6, "Ya", LABEL))


def _loop_back(flow: list[Item], cols: _Columns, lane: int, d: _Anchor, p: _Anchor) -> None:
    """The decision's "Tidak": out of its free side, along its column's edge, back into the step before."""
    lx, lw = cols.lane(lane)
    if p.x <= d.x + 0.01:
        edge = lx + lw - 1.0
        start, end = (d.x + d.half, d.yc), (p.x + p.half, p.yc)
    else:
        edge = lx + 1.0
        start, end = (d.x - d.half, d.yc), (p.x - p.half, p.yc)
    # Above the diamond, between the column's middle (the arrow in) and the way back along its edge.
    flow.append(Text((d.x + edge) / 2, d.top - 0.8, "Tidak", LABEL, align="center"))
    flow.append(Line((start, (edge, d.yc), (edge, p.yc), end)))

