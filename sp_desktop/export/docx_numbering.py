"""Word numbering definitions: one abstract format per list style, one restarting list per use (export layer)."""

from __future__ import annotations

from docx.oxml import parse_xml
from docx.oxml.ns import qn
from lxml.etree import SubElement  # python-docx's own XML library

from .docx_xml import _VAL, _W


class Numbering:
    """Creates Word numbering definitions: one abstract format per style, one restarting list per use."""

    _FORMATS = {"decimal": ("decimal", "%1."), "lower-alpha": ("lowerLetter", "%1.")}

    def __init__(self, document, indent_twips: int) -> None:
        self._root = document.part.numbering_part.element
        self._indent = indent_twips
        self._abstract: dict[str, str] = {}
        self._next_num = max((int(n.numId) for n in self._root.num_lst), default=0) + 1

    def _abstract_id(self, style: str) -> str:
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
        self._abstract[style] = str(new_id)
        return self._abstract[style]

    def new_list(self, style: str = "decimal") -> int:
        """A new list instance that starts again at 1; returns its ``numId``."""
        abstract_id = self._abstract_id(style)
        num_id, self._next_num = self._next_num, self._next_num + 1
        num = SubElement(self._root, _W + "num", {_W + "numId": str(num_id)})
        SubElement(num, _W + "abstractNumId", {_VAL: abstract_id})
        override = SubElement(num, _W + "lvlOverride", {_W + "ilvl": "0"})
        SubElement(override, _W + "startOverride", {_VAL: "1"})
        return num_id
