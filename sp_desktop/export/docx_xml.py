"""Low-level WordprocessingML: body elements built straight with lxml, fields, watermark (export layer).

The body is built here element by element rather than through python-docx's proxies: its
``add_paragraph``/``add_table`` search the whole body for the section properties on every call,
which made an export grow with the square of its length.
"""

from __future__ import annotations

import re
from functools import cache

from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Emu, Mm, Pt, Twips
from lxml.etree import SubElement  # python-docx's own XML library

from .plain_text import clean  # text safe for WordprocessingML (add_run maps line breaks and tabs)

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
P, R, T, TBL, TR, TC = (_W + t for t in ("p", "r", "t", "tbl", "tr", "tc"))
_PPR, _RPR, _TRPR, _TCPR = (_W + t for t in ("pPr", "rPr", "trPr", "tcPr"))
_VAL, _TYPE, _WIDTH = _W + "val", _W + "type", _W + "w"
_SPACE_PRESERVE = ("{http://www.w3.org/XML/1998/namespace}space", "preserve")
_JC = {"left": "left", "center": "center", "right": "right", "justify": "both"}
_RUN_BREAKS = re.compile(r"([\t\r\n])")


# -- units: the very conversions python-docx applies, so the numbers written stay the same ----------
@cache
def pt_twips(points: float) -> int:
    """A length in points as twips (spacing, indents)."""
    return Pt(points).twips


@cache
def mm_twips(mm: float) -> int:
    """A length in millimetres as twips."""
    return Mm(mm).twips


@cache
def half_points(points: float) -> str:
    """A font size in points as Word's half-points."""
    return str(int(Emu(Pt(points)).pt * 2))


def line_multiple(factor: float) -> int:
    """A line spacing of ``factor`` lines (``w:lineRule="auto"``) in 240ths of a line."""
    return Emu(factor * Twips(240)).twips


# -- paragraphs and runs --------------------------------------------------------------------------
def body_paragraph(anchor, **fmt):
    """A new body paragraph placed just before ``anchor`` (the body's ``w:sectPr``); see ``format_paragraph``."""
    p = anchor.makeelement(P, {})
    anchor.addprevious(p)
    format_paragraph(p, **fmt)
    return p


def is_blank(element) -> bool:
    """Whether ``element`` is a paragraph without a run or a rule (a spacing paragraph)."""
    if element is None or element.tag != P or element.find(R) is not None:
        return False
    ppr = element.find(_PPR)
    return ppr is None or ppr.find(_W + "pBdr") is None


def add_paragraph(parent, **fmt):
    """A new paragraph appended to ``parent`` (a table cell); see ``format_paragraph``."""
    p = SubElement(parent, P)
    format_paragraph(p, **fmt)
    return p


def format_paragraph(
    p,
    *,
    keep_next: bool = False,
    keep_lines: bool = False,
    page_break: bool = False,
    num_id: int | None = None,
    rule: bool = False,
    before: int | None = None,
    after: int | None = None,
    line: tuple[int, str] | None = None,
    left: int | None = None,
    align: str = "left",
    outline: int | None = None,
) -> None:
    """Give a new, empty paragraph its properties, children in the order the schema demands.

    Args:
        keep_next, keep_lines, page_break: Word's keep-with-next, keep-lines-together, page-break-before.
        num_id: make it an entry (level 0) of that numbering list.
        rule: the kop's closing rule under the paragraph.
        before, after: spacing in twips (None: not set).
        line: line spacing as (value, rule): (twips, "exact") or (240ths, "auto").
        left: left indent in twips.
        align: ``left`` (not written), ``center``, ``right`` or ``justify``.
        outline: outline level for Word's navigation pane.
    """
    flags = keep_next or keep_lines or page_break or rule or align != "left"
    if not flags and all(v is None for v in (num_id, before, after, line, left, outline)):
        return
    ppr = SubElement(p, _PPR)
    if keep_next:
        SubElement(ppr, _W + "keepNext")
    if keep_lines:
        SubElement(ppr, _W + "keepLines")
    if page_break:
        SubElement(ppr, _W + "pageBreakBefore")
    if num_id is not None:
        num_pr = SubElement(ppr, _W + "numPr")
        SubElement(num_pr, _W + "ilvl", {_VAL: "0"})
        SubElement(num_pr, _W + "numId", {_VAL: str(num_id)})
    if rule:
        borders = SubElement(ppr, _W + "pBdr")
        SubElement(borders, _W + "bottom", {_VAL: "thickThinSmallGap", _W + "sz": "24", _W + "space": "1",
                                             _W + "color": "000000"})
    if before is not None or after is not None or line is not None:
        spacing = SubElement(ppr, _W + "spacing")
        if before is not None:
            spacing.set(_W + "before", str(before))
        if after is not None:
            spacing.set(_W + "after", str(after))
        if line is not None:
            spacing.set(_W + "line", str(line[0]))
            spacing.set(_W + "lineRule", line[1])
    if left is not None:
        SubElement(ppr, _W + "ind", {_W + "left": str(left)})
    if align != "left":
        SubElement(ppr, _W + "jc", {_VAL: _JC.get(align, "left")})
    if outline is not None:
        SubElement(ppr, _W + "outlineLvl", {_VAL: str(outline)})


def keep_with_next(p) -> None:
    """Add keep-with-next to an existing paragraph (its first property: we never write a ``w:pStyle``)."""
    ppr = p[0] if len(p) and p[0].tag == _PPR else None
    if ppr is None:
        ppr = p.makeelement(_PPR, {})
        p.insert(0, ppr)
    if ppr.find(_W + "keepNext") is None:
        ppr.insert(0, ppr.makeelement(_W + "keepNext", {}))


def add_run(p, text: str, bold=False, italic=False, underline=False, color: str | None = None,
            size: str | None = None):
    """Append a run of ``text`` (cleaned; tabs and line breaks become Word's own) to ``p``.

    ``size`` is in half-points (``half_points``); ``color`` is hex ``RRGGBB``.
    """
    r = SubElement(p, R)
    if bold or italic or underline or color or size:
        rpr = SubElement(r, _RPR)
        if bold:
            SubElement(rpr, _W + "b")
        if italic:
            SubElement(rpr, _W + "i")
        if color:
            SubElement(rpr, _W + "color", {_VAL: color.upper()})
        if size:
            SubElement(rpr, _W + "sz", {_VAL: size})
        if underline:
            SubElement(rpr, _W + "u", {_VAL: "single"})
    text = clean(text)
    if not text:
        return r
    for piece in _RUN_BREAKS.split(text) if ("\t" in text or "\n" in text or "\r" in text) else (text,):
        if piece == "\t":
            SubElement(r, _W + "tab")
        elif piece in ("\n", "\r"):
            SubElement(r, _W + "br")
        elif piece:
            t = SubElement(r, T)
            t.text = piece
            if len(piece.strip()) < len(piece):
                t.set(*_SPACE_PRESERVE)
    return r


# -- tables ---------------------------------------------------------------------------------------
_TBL_LOOK = {_W + "firstColumn": "1", _W + "firstRow": "1", _W + "lastColumn": "0", _W + "lastRow": "0",
             _W + "noHBand": "0", _W + "noVBand": "1", _VAL: "04A0"}
_EDGES = ("top", "left", "bottom", "right", "insideH", "insideV")


def add_table(anchor, widths: list[int], rows: int, margins: tuple[int, int, int, int],
              border: int | None = None, center: bool = False) -> list[tuple[object, list]]:
    """A fixed-layout table placed before ``anchor``; returns its rows as (``w:tr``, [``w:tc``...]).

    Args:
        widths: column widths in twips (Word and LibreOffice respect them with a fixed layout).
        rows: number of rows.
        margins: cell margins in twips (top, right, bottom, left).
        border: single black lines of this size (1/8 pt) around and between the cells; None: no lines.
        center: centre the table between the margins.

    The cells are left without content; ``close_cells`` gives the empty ones their required paragraph.
    """
    tbl = anchor.makeelement(TBL, {})
    anchor.addprevious(tbl)
    tbl_pr = SubElement(tbl, _W + "tblPr")
    SubElement(tbl_pr, _W + "tblW", {_TYPE: "auto", _WIDTH: "0"})
    if center:
        SubElement(tbl_pr, _W + "jc", {_VAL: "center"})
    borders = SubElement(tbl_pr, _W + "tblBorders")
    for edge in _EDGES:
        if border is None:
            SubElement(borders, _W + edge, {_VAL: "nil"})
        else:
            SubElement(borders, _W + edge, {_VAL: "single", _W + "sz": str(border), _W + "space": "0",
                                            _W + "color": "000000"})
    SubElement(tbl_pr, _W + "tblLayout", {_TYPE: "fixed"})
    cell_mar = SubElement(tbl_pr, _W + "tblCellMar")
    for edge, value in zip(("top", "right", "bottom", "left"), margins):
        SubElement(cell_mar, _W + edge, {_WIDTH: str(value), _TYPE: "dxa"})
    SubElement(tbl_pr, _W + "tblLook", _TBL_LOOK)
    grid = SubElement(tbl, _W + "tblGrid")
    texts = [str(w) for w in widths]
    for text in texts:
        SubElement(grid, _W + "gridCol", {_WIDTH: text})
    out = []
    for _ in range(rows):
        tr = SubElement(tbl, TR)
        cells = []
        for text in texts:
            tc = SubElement(tr, TC)
            SubElement(SubElement(tc, _TCPR), _W + "tcW", {_TYPE: "dxa", _WIDTH: text})
            cells.append(tc)
        out.append((tr, cells))
    return out


def close_cells(rows) -> None:
    """Give every cell without a paragraph the empty one the schema requires (a cell must end with one)."""
    for _, cells in rows:
        for tc in cells:
            if tc[-1].tag != P:
                SubElement(tc, P)


def span(cells: list, first: int, last: int) -> None:
    """Merge ``cells[first..last]`` of one row (still empty) into the first: widths added, ``w:gridSpan``."""
    widths = [int(tc[0][0].get(_WIDTH)) for tc in cells[first : last + 1]]
    tc_pr = cells[first][0]
    tc_pr[0].set(_WIDTH, str(sum(widths)))
    SubElement(tc_pr, _W + "gridSpan", {_VAL: str(len(widths))})
    for tc in cells[first + 1 : last + 1]:
        tc.getparent().remove(tc)
    del cells[first + 1 : last + 1]


def row_flags(tr, header: bool = False, cant_split: bool = False, min_height: int | None = None) -> None:
    """Mark a row as a repeating header row and/or as one that must not break across pages.

    ``min_height``: the least height of the row in twips (room to sign by hand).
    """
    tr_pr = tr[0] if len(tr) and tr[0].tag == _TRPR else None
    if tr_pr is None:
        tr_pr = tr.makeelement(_TRPR, {})
        tr.insert(0, tr_pr)
    if cant_split and tr_pr.find(_W + "cantSplit") is None:
        child(tr_pr, "cantSplit")
    if min_height and tr_pr.find(_W + "trHeight") is None:
        child(tr_pr, "trHeight", val=min_height, hRule="atLeast")
    if header and tr_pr.find(_W + "tblHeader") is None:
        child(tr_pr, "tblHeader")


def cell_props(tc, fill: str | None = None, v_center: bool = False) -> None:
    """Shade a cell with a solid colour (hex ``RRGGBB``) and/or centre its content vertically."""
    tc_pr = tc[0]
    if fill:
        child(tc_pr, "shd", val="clear", color="auto", fill=fill)
    if v_center:
        child(tc_pr, "vAlign", val="center")


# -- insertion in schema order, page fields, watermark ---------------------
# Child order the schema demands (Word reports a damaged file otherwise); format_paragraph and
# add_table write their children in that order themselves.
_SEQ = {
    "tcPr": (
        "cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar",
        "textDirection", "tcFitText", "vAlign", "hideMark",
    ),
    "trPr": (
        "cnfStyle", "divId", "gridBefore", "gridAfter", "wBefore", "wAfter", "cantSplit", "trHeight",
        "tblHeader", "tblCellSpacing", "jc", "hidden",
    ),
}


@cache
def _later(parent_tag: str, tag: str) -> frozenset[str]:
    """The tags the schema puts after ``tag`` inside ``parent_tag`` (both qualified)."""
    seq = _SEQ.get(parent_tag.rpartition("}")[2], ())
    name = tag.rpartition("}")[2]
    return frozenset(_W + t for t in seq[seq.index(name) + 1 :]) if name in seq else frozenset()


def child(parent, tag: str, **attrs):
    """Add a new ``w:`` element to ``parent`` at its schema position and return it."""
    element = parent.makeelement(_W + tag, {_W + key: str(value) for key, value in attrs.items()})
    later = _later(parent.tag, element.tag)
    if later:
        for existing in parent:
            if existing.tag in later:
                existing.addprevious(element)
                return element
    parent.append(element)
    return element


def add_field(paragraph, instruction: str, placeholder: str = "1"):
    """Append a complex field (``PAGE``, ``NUMPAGES``) to ``paragraph``; returns the result run."""
    begin = paragraph.add_run()
    child(begin._r, "fldChar", fldCharType="begin")
    instr = paragraph.add_run()
    text = child(instr._r, "instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {instruction} "
    separate = paragraph.add_run()
    child(separate._r, "fldChar", fldCharType="separate")
    result = paragraph.add_run(placeholder)
    end = paragraph.add_run()
    child(end._r, "fldChar", fldCharType="end")
    return [begin, instr, separate, result, end]


def language(styles_element, lang: str = "id-ID") -> None:
    """Set the document's default proofing language."""
    r_pr = styles_element.find(qn("w:docDefaults") + "/" + qn("w:rPrDefault") + "/" + qn("w:rPr"))
    if r_pr is not None:
        for old in r_pr.findall(qn("w:lang")):
            r_pr.remove(old)
        child(r_pr, "lang", val=lang, eastAsia=lang)


def watermark_run(paragraph, text: str, width_pt: float, height_pt: float, font: str) -> None:
    """Add Word's text watermark (a VML WordArt shape behind the text) to a header paragraph."""
    safe = (
        clean(text).replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;").replace(">", "&gt;")
    )
    xml = (
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        "<w:pict>"
        '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" '
        'path="m@7,l@8,m@5,21600l@6,21600e">'
        '<v:formulas><v:f eqn="sum #0 0 10800"/><v:f eqn="prod #0 2 1"/><v:f eqn="sum 21600 0 @1"/>'
        '<v:f eqn="sum 0 0 @2"/><v:f eqn="sum 21600 0 @3"/><v:f eqn="if @0 @3 0"/><v:f eqn="if @0 21600 @1"/>'
        '<v:f eqn="if @0 0 @2"/><v:f eqn="if @0 @4 21600"/><v:f eqn="mid @5 @6"/><v:f eqn="mid @8 @5"/>'
        '<v:f eqn="mid @7 @8"/><v:f eqn="mid @6 @7"/><v:f eqn="sum @6 0 @5"/></v:formulas>'
        '<v:path textpathok="t" o:connecttype="custom" '
        'o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" o:connectangles="270,180,90,0"/>'
        '<v:textpath on="t" fitshape="t"/><o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>'
        '<v:shape id="SpRancanganWatermark" o:spid="_x0000_s2049" type="#_x0000_t136" '
        f'style="position:absolute;margin-left:0;margin-top:0;width:{width_pt:.0f}pt;height:{height_pt:.0f}pt;'
        "rotation:315;z-index:-251657216;mso-position-horizontal:center;"
        "mso-position-horizontal-relative:margin;mso-position-vertical:center;"
        'mso-position-vertical-relative:margin" o:allowincell="f" fillcolor="#d9d9d9" stroked="f">'
        '<v:fill opacity=".6"/>'
        f'<v:textpath style="font-family:&quot;{font}&quot;;font-size:1pt" string="{safe}"/>'
        "</v:shape></w:pict></w:r>"
    )
    paragraph._p.append(parse_xml(xml))
