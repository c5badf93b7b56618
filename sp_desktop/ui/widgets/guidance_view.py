"""Render a step's guidance Markdown compactly in a narrow side panel (UI layer).

Qt's Markdown import gives headings large type and quotations 40-pixel margins on both sides,
which in a 300-pixel panel leaves a thin column of text; this tones both down.
"""

from __future__ import annotations

from PySide6.QtGui import QTextBlockFormat, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QTextBrowser

QUOTE_INDENT = 10
HEADING_SIZE_ADJUSTMENT = {1: 2, 2: 1, 3: 0}


def show_guidance(browser: QTextBrowser, markdown: str) -> None:
    """Show ``markdown`` in ``browser`` with modest headings and quotation indents."""
    browser.setMarkdown(markdown)
    document = browser.document()
    document.setDocumentMargin(8)
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    block = document.begin()
    while block.isValid():
        block_format = block.blockFormat()
        level = block_format.headingLevel()
        quote_level = block_format.intProperty(QTextFormat.Property.BlockQuoteLevel)
        if level or quote_level:
            cursor.setPosition(block.position())
            adjusted = QTextBlockFormat(block_format)
            if quote_level:
                adjusted.setLeftMargin(QUOTE_INDENT * quote_level)
                adjusted.setRightMargin(0)
            if level:
                adjusted.setTopMargin(10 if level > 1 else 0)
                adjusted.setBottomMargin(4)
            cursor.setBlockFormat(adjusted)
        if level:
            cursor.setPosition(block.position())
            cursor.setPosition(block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor)
            size = QTextCharFormat()
            size.setProperty(QTextFormat.Property.FontSizeAdjustment, HEADING_SIZE_ADJUSTMENT.get(level, 0))
            cursor.mergeCharFormat(size)
        block = block.next()
    cursor.endEditBlock()
    browser.verticalScrollBar().setValue(0)
