"""Raw Word features the reader must keep (hyperlinks, fields, text boxes, tracked changes, content controls,
nested tables), written into python-docx documents as Word writes them. Offered through ``tests.word_docs``."""

from __future__ import annotations

from collections.abc import Sequence

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _xml(fragment: str):
    from docx.oxml import parse_xml

    return parse_xml(fragment)


def add_hyperlink(paragraph, text: str, url: str = "https://dukcapil.metrokota.go.id") -> None:
    """A hyperlink run (``w:hyperlink``) at the end of ``paragraph``."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    r_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    paragraph._p.append(_xml(
        f'<w:hyperlink {_W} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        f'r:id="{r_id}"><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:hyperlink>'))


def add_simple_field(paragraph, shown: str, code: str = "DOCPROPERTY Layanan") -> None:
    """A field (``w:fldSimple``) showing ``shown``."""
    paragraph._p.append(_xml(f'<w:fldSimple {_W} w:instr=" {code} "><w:r><w:t>{shown}</w:t></w:r></w:fldSimple>'))


def add_complex_field(paragraph, shown: str, code: str = "PAGE") -> None:
    """A field written as begin / instruction / separate / result / end runs: only the result is text."""
    for part in (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
        f'<w:r><w:instrText xml:space="preserve"> {code} </w:instrText></w:r>',
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
        f"<w:r><w:t>{shown}</w:t></w:r>",
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
    ):
        paragraph._p.append(_xml(part.replace("<w:r>", f"<w:r {_W}>", 1)))


def add_text_box(paragraph, text: str) -> None:
    """A text box anchored in ``paragraph``, written as Word does (DrawingML with a VML fallback)."""
    box = f'<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>'
    paragraph._p.append(_xml(
        f'<w:r {_W} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml">'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>'
        f'{box}</wps:txbx></wps:wsp></w:drawing></mc:Choice>'
        f'<mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict></mc:Fallback>'
        '</mc:AlternateContent></w:r>'))


def add_tracked(paragraph, inserted: str, deleted: str) -> None:
    """A tracked insertion (kept) and a tracked deletion (not text any more)."""
    paragraph._p.append(_xml(f'<w:ins {_W} w:id="91" w:author="A"><w:r><w:t>{inserted}</w:t></w:r></w:ins>'))
    paragraph._p.append(_xml(f'<w:del {_W} w:id="92" w:author="A"><w:r><w:delText>{deleted}</w:delText></w:r></w:del>'))


def wrap_in_content_control(element) -> None:
    """Put a body element (a table or paragraph) inside a block content control (``w:sdt``)."""
    parent = element.getparent()
    sdt = _xml(f"<w:sdt {_W}><w:sdtPr/><w:sdtContent/></w:sdt>")
    parent.replace(element, sdt)
    sdt[1].append(element)


def add_nested_table(cell, rows: Sequence[Sequence[str]]) -> None:
    """A table inside ``cell`` (a procedure table in the Prosedur cell, say)."""
    inner = cell.add_table(rows=0, cols=len(rows[0]))
    for values in rows:
        row = inner.add_row()
        for c, value in zip(row.cells, values, strict=True):
            c.text = value
