"""Adds the built-in lampiran after a filled Word template, with the DOCX writer's own block renderers (export layer).

The template's page setup, styles, header and footer stay as the unit made them: only the body grows.
"""

from __future__ import annotations

from collections.abc import Sequence

from .blocks import Block, ReportDocument, Spacer, Table, group_images
from .docx_numbering import Numbering


def append_blocks(word, page_doc: ReportDocument, blocks: Sequence[Block]) -> None:
    """Render ``blocks`` (starting with their page break) at the end of the body of ``word``.

    Args:
        word: the filled template (python-docx Document), changed in place.
        page_doc: the built-in document the blocks come from (its page sets the widths).
        blocks: the lampiran blocks.
    """
    from .docx_writer import _Render  # the writer's renderer: the same blocks, the same layout

    if not blocks:
        return
    render = _Render(ReportDocument(page_doc.kind, page_doc.title, page_doc.page, list(blocks), page_doc.author))
    render.word = word
    render.end = word.element.body.get_or_add_sectPr()
    render.numbering = Numbering(word, render.indent)
    for block in group_images(list(blocks), render.page.text_width_mm):
        if isinstance(block, tuple):
            render._images(block)
        elif isinstance(block, Table):
            render._general_table(block)
        else:
            getattr(render, "_" + type(block).__name__.lower())(block)
        if not isinstance(block, (Spacer, Table)):
            render.last_row = None
