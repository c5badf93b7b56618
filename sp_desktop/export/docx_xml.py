"""Low-level WordprocessingML helpers python-docx lacks: numbering, fields, borders, watermark (export layer)."""

from __future__ import annotations

from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Twips

from .plain_text import clean  # text safe for WordprocessingML (python-docx maps line breaks and tabs)


def _set(element, **attrs) -> None:
    for key, value in attrs.items():
        element.set(qn(f"w:{key}"), str(value))


# Child order the schema demands (Word reports a damaged file otherwise).
_SEQ = {
    "pPr": (
        "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
        "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
        "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid",
        "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection",
        "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange",
    ),
    "tblPr": (
        "tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize", "tblStyleColBandSize", "tblW",
        "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd", "tblLayout", "tblCellMar", "tblLook",
    ),
    "tcPr": (
        "cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar",
        "textDirection", "tcFitText", "vAlign", "hideMark",
    ),
    "trPr": (
        "cnfStyle", "divId", "gridBefore", "gridAfter", "wBefore", "wAfter", "cantSplit", "trHeight",
        "tblHeader", "tblCellSpacing", "jc", "hidden",
    ),
}


def child(parent, tag: str, **attrs):
    """Add a new ``w:`` element to ``parent`` at its schema position and return it."""
    element = OxmlElement(f"w:{tag}")
    _set(element, **attrs)
    seq = _SEQ.get(parent.tag.rpartition("}")[2])
    if seq and tag in seq:
        later = {qn(f"w:{t}") for t in seq[seq.index(tag) + 1 :]}
        for existing in parent:
            if existing.tag in later:
                existing.addprevious(element)
                return element
    parent.append(element)
    return element


class Numbering:
    """Creates Word numbering definitions: one abstract format per style, one restarting list per use."""

    _FORMATS = {"decimal": ("decimal", "%1."), "lower-alpha": ("lowerLetter", "%1.")}

    def __init__(self, document, indent_twips: int) -> None:
        self._root = document.part.numbering_part.element
        self._indent = indent_twips
        self._abstract: dict[str, int] = {}
        self._next_num = max((int(n.numId) for n in self._root.num_lst), default=0) + 1

    def _abstract_id(self, style: str) -> int:
        if style in self._abstract:
            return self._abstract[style]
        fmt, text = self._FORMATS.get(style, self._FORMATS["decimal"])
        existing = [int(e.get(qn("w:abstractNumId"))) for e in self._root.findall(qn("w:abstractNum"))]
        new_id = max(existing, default=-1) + 1
        ind = self._indent
        abstract = parse_xml(
            f'<w:abstractNum xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            f'w:abstractNumId="{new_id}"><w:multiLevelType w:val="singleLevel"/>'
            f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
            f'<w:lvlJc w:val="left"/><w:pPr><w:tabs><w:tab w:val="num" w:pos="{ind}"/></w:tabs>'
            f'<w:ind w:left="{ind}" w:hanging="{ind}"/></w:pPr></w:lvl></w:abstractNum>'
        )
        first_num = self._root.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(abstract)  # the schema wants every abstractNum before the nums
        else:
            self._root.append(abstract)
        self._abstract[style] = new_id
        return new_id

    def new_list(self, style: str = "decimal") -> int:
        """A new list instance that starts again at 1; returns its ``numId``."""
        abstract_id = self._abstract_id(style)
        num_id, self._next_num = self._next_num, self._next_num + 1
        num = child(self._root, "num", numId=num_id)
        child(num, "abstractNumId", val=abstract_id)
        override = child(num, "lvlOverride", ilvl=0)
        child(override, "startOverride", val=1)
        return num_id


def set_numbering(paragraph, num_id: int, level: int = 0) -> None:
    """Make ``paragraph`` an entry of list ``num_id`` (a real ``w:numPr``)."""
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = level
    num_pr.get_or_add_numId().val = num_id


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


def outline_level(paragraph, level: int) -> None:
    """Show ``paragraph`` in Word's navigation pane at ``level`` (0 = top)."""
    child(paragraph._p.get_or_add_pPr(), "outlineLvl", val=level)


def bottom_rule(paragraph) -> None:
    """The kop's closing rule: a thick line over a thin one under ``paragraph``."""
    p_pr = paragraph._p.get_or_add_pPr()
    borders = child(p_pr, "pBdr")
    child(borders, "bottom", val="thickThinSmallGap", sz=24, space=1, color="000000")


def table_borders(table, size: int = 4, inside: bool = True) -> None:
    """Single black borders around (and, with ``inside``, between) the cells; ``size`` in 1/8 pt."""
    tbl_pr = table._tbl.tblPr
    for old in tbl_pr.findall(qn("w:tblBorders")):
        tbl_pr.remove(old)
    borders = child(tbl_pr, "tblBorders")
    edges = ("top", "left", "bottom", "right") + (("insideH", "insideV") if inside else ())
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        if edge in edges:
            child(borders, edge, val="single", sz=size, space=0, color="000000")
        else:
            child(borders, edge, val="nil")


def no_borders(table) -> None:
    """A layout table without any line."""
    tbl_pr = table._tbl.tblPr
    borders = child(tbl_pr, "tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        child(borders, edge, val="nil")


def fixed_layout(table, widths_twips: list[int], cell_margin_twips: tuple[int, int, int, int]) -> None:
    """Fixed column widths (Word and LibreOffice then respect them) and cell margins (top, right, bottom, left)."""
    table.autofit = False  # python-docx writes <w:tblLayout w:type="fixed"/>
    tbl_pr = table._tbl.tblPr
    margins = child(tbl_pr, "tblCellMar")
    for edge, value in zip(("top", "right", "bottom", "left"), cell_margin_twips):
        child(margins, edge, w=value, type="dxa")
    grid = table._tbl.tblGrid
    for col, width in zip(grid.findall(qn("w:gridCol")), widths_twips):
        col.set(qn("w:w"), str(width))
    for row in table.rows:
        for cell, width in zip(row.cells, widths_twips):
            cell.width = Twips(width)


def row_flags(row, header: bool = False, cant_split: bool = False) -> None:
    """Mark a row as a repeating header row and/or as one that must not break across pages."""
    tr_pr = row._tr.get_or_add_trPr()
    if cant_split:
        child(tr_pr, "cantSplit")
    if header:
        child(tr_pr, "tblHeader")


def shade(cell, fill: str) -> None:
    """Fill a cell with a solid colour (hex ``RRGGBB``)."""
    child(cell._tc.get_or_add_tcPr(), "shd", val="clear", color="auto", fill=fill)


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
