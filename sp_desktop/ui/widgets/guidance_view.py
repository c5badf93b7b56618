"""Render a step's guidance Markdown compactly in a narrow side panel (UI layer).

Qt's Markdown import gives headings large type and quotations 40-pixel margins on both sides,
which in a 300-pixel panel leaves a thin column of text; this tones both down. The regulations
number their own items ("a.", "(1)"), so those items are shown with that marker alone, not after a
bullet, and each quote's source line ("— Perwali Kota Bontang 31/2018, …") reads as its attribution.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QTextBlock, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QTextBrowser

QUOTE_INDENT = 10
LIST_INDENT = 18
HEADING_SIZE_ADJUSTMENT = {1: 2, 2: 1, 3: 0}
SOURCE_COLOUR = QColor("#4f5b66")
SOURCE_PREFIX = "— "
OWN_MARKER = re.compile(r"^(\(\d{1,3}\)|\([a-z]\)|\d{1,3}[.)]|[a-z][.)])\s")
"""An item the regulation numbers itself: "a. …", "(1) …", "1) …"."""


def show_guidance(browser: QTextBrowser, markdown: str) -> None:
    """Show ``markdown`` in ``browser`` with modest headings, quotation indents and single list markers."""
    browser.setMarkdown(markdown)
    document = browser.document()
    document.setDocumentMargin(8)
    document.setIndentWidth(LIST_INDENT)  # Qt's 40-pixel list indent is an eighth of the panel
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
            _merge_char_format(cursor, block, _size(HEADING_SIZE_ADJUSTMENT.get(level, 0)))
        elif block.textList() is None and not quote_level and block.text().startswith(SOURCE_PREFIX):
            _style_source(cursor, block)
        block = block.next()
    _unbullet_own_markers(browser, cursor)
    cursor.endEditBlock()
    browser.verticalScrollBar().setValue(0)


def _size(adjustment: int) -> QTextCharFormat:
    size = QTextCharFormat()
    size.setProperty(QTextFormat.Property.FontSizeAdjustment, adjustment)
    return size


def _merge_char_format(cursor: QTextCursor, block: QTextBlock, char_format: QTextCharFormat) -> None:
    cursor.setPosition(block.position())
    cursor.setPosition(block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor)
    cursor.mergeCharFormat(char_format)


def _style_source(cursor: QTextCursor, block: QTextBlock) -> None:
    source = QTextCharFormat()
    source.setFontItalic(True)
    source.setForeground(SOURCE_COLOUR)
    _merge_char_format(cursor, block, source)
    cursor.setPosition(block.position())
    spaced = QTextBlockFormat(block.blockFormat())
    spaced.setTopMargin(2)
    spaced.setBottomMargin(10)
    cursor.setBlockFormat(spaced)


def _unbullet_own_markers(browser: QTextBrowser, cursor: QTextCursor) -> None:
    # Collected first: taking a block out of its list while walking the document skips blocks.
    items = []
    block = browser.document().begin()
    while block.isValid():
        text_list = block.textList()
        match = OWN_MARKER.match(block.text())
        if text_list is not None and match:
            items.append((block, text_list, match.group(1)))
        block = block.next()
    metrics = browser.fontMetrics()
    for block, text_list, marker in items:
        depth = max(1, text_list.format().indent())
        quote_level = block.blockFormat().intProperty(QTextFormat.Property.BlockQuoteLevel)
        hanging = metrics.horizontalAdvance(marker + " ")
        text_list.remove(block)
        cursor.setPosition(block.position())
        item_format = QTextBlockFormat(block.blockFormat())
        item_format.setIndent(0)
        item_format.setLeftMargin(QUOTE_INDENT * quote_level + LIST_INDENT * (depth - 1) + hanging)
        item_format.setTextIndent(-hanging)  # the marker hangs; wrapped lines align with the text
        item_format.setRightMargin(0)
        cursor.setBlockFormat(item_format)
