"""The review window's "Cari" tab: a search across every unit, as the reviewer types (ui layer)."""

from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from sp_desktop.services.review_index import Hit, ReviewIndex
from sp_desktop.ui.review.tables import cell, fill, make_table, selected_row

DEBOUNCE_MS = 150
LIMIT = 200
HEADERS = ["Unit", "Jenis pelayanan", "Komponen", "Kutipan"]
COLUMN_SNIPPET = 3
_MATCH = re.compile(r"\[([^\[\]]*)\]")


def snippet_html(snippet: str) -> str:
    """The snippet with the matched words (between ``[`` and ``]``) in bold."""
    return _MATCH.sub(lambda m: f"<b>{m.group(1)}</b>", escape(" ".join(snippet.split())))


class SnippetDelegate(QStyledItemDelegate):
    """Paints a snippet with its matched words in bold instead of between brackets."""

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        style = opt.widget.style() if opt.widget is not None else QStyle()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        doc.setDocumentMargin(2)
        doc.setHtml(snippet_html(text))
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        painter.setClipRect(rect)
        painter.translate(rect.left(), rect.top() + max(0, (rect.height() - doc.size().height()) / 2))
        doc.documentLayout().draw(painter, context)
        painter.restore()


class SearchTab(QWidget):
    """A search box and its hits; Enter or a double-click on a hit opens the notes of that component.

    Signals:
        hit_chosen(str, str, str): ``(unit, jenis_pelayanan, komponen)`` of the hit chosen.
    """

    hit_chosen = Signal(str, str, str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("review_search_tab")
        self._index: ReviewIndex | None = None
        self._hits: list[Hit] = []
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        label = QLabel("Kata yang &dicari:", self)
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("review_search_line_edit")
        self.search_edit.setPlaceholderText("mis. akta kelahiran, surat pengantar, retribusi")
        self.search_edit.setClearButtonEnabled(True)
        label.setBuddy(self.search_edit)
        row.addWidget(label)
        row.addWidget(self.search_edit, 1)
        layout.addLayout(row)
        hits_row = QHBoxLayout()
        hits_label = QLabel("&Hasil:", self)
        self.count_label = QLabel("", self)
        self.count_label.setObjectName("review_search_count_label")
        self.open_button = QPushButton("Buka di catatan e&valuasi", self)
        self.open_button.setObjectName("review_search_open_push_button")
        self.open_button.setToolTip("Tulis atau lihat catatan evaluasi pada komponen hasil yang dipilih")
        self.open_button.setEnabled(False)
        hits_row.addWidget(hits_label)
        hits_row.addWidget(self.count_label, 1)
        hits_row.addWidget(self.open_button)
        layout.addLayout(hits_row)
        self.hits_table = make_table(self, HEADERS, "review_hits_table_widget", COLUMN_SNIPPET, hits_label)
        header = self.hits_table.horizontalHeader()
        self.hits_table.setWordWrap(False)
        self.hits_table.setItemDelegateForColumn(COLUMN_SNIPPET, SnippetDelegate(self.hits_table))
        for column, width in ((0, 220), (1, 260), (2, 250)):
            header.resizeSection(column, width)
        layout.addWidget(self.hits_table, 1)
        self.setFocusProxy(self.search_edit)
        QWidget.setTabOrder(self.search_edit, self.hits_table)
        QWidget.setTabOrder(self.hits_table, self.open_button)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.search_edit.returnPressed.connect(self._on_timer_timeout)
        self.hits_table.activated.connect(self._on_hits_table_activated)
        self.hits_table.itemSelectionChanged.connect(self._on_hits_table_item_selection_changed)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self._show_count()

    def set_index(self, index: ReviewIndex | None) -> None:
        """Search this index from now on (None while the folder is read); a pending text is searched at once."""
        self._index = index
        self._on_timer_timeout()

    @property
    def hits(self) -> list[Hit]:
        return list(self._hits)

    def _on_search_edit_text_changed(self, _text: str) -> None:
        self._timer.start()  # restarted at each key: the search runs once typing pauses

    def _on_timer_timeout(self) -> None:
        self._timer.stop()
        words = self.search_edit.text()
        self._hits = self._index.search(words, LIMIT) if self._index is not None else []
        fill(self.hits_table, [[cell(h.unit), cell(h.jenis_pelayanan), cell(h.komponen_label),
                                cell(" ".join(h.snippet.split()), tooltip=h.snippet)] for h in self._hits])
        if self._hits:
            self.hits_table.selectRow(0)
        self._show_count()

    def _show_count(self) -> None:
        words = self.search_edit.text().strip()
        if self._index is None:
            text = "Berkas unit masih dibaca\u2026"
        elif not words:
            text = "Ketik kata yang dicari; pencarian mengabaikan huruf besar dan tanda diakritik."
        elif not self._hits:
            text = f"Tidak ada komponen yang memuat \u201c{words}\u201d."
        elif len(self._hits) >= LIMIT:
            text = f"{LIMIT} hasil pertama ditampilkan; tambahkan kata agar lebih tepat."
        else:
            text = f"{len(self._hits)} hasil; kata yang cocok dicetak tebal."
        self.count_label.setText(text)
        self.open_button.setEnabled(selected_row(self.hits_table) >= 0)

    def _on_hits_table_item_selection_changed(self) -> None:
        self.open_button.setEnabled(selected_row(self.hits_table) >= 0)

    def _on_hits_table_activated(self, _index) -> None:
        self._on_open_button_clicked()

    def _on_open_button_clicked(self) -> None:
        row = selected_row(self.hits_table)
        if 0 <= row < len(self._hits):
            hit = self._hits[row]
            self.hit_chosen.emit(hit.unit, hit.jenis_pelayanan, hit.komponen)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Down and self.search_edit.hasFocus() and self._hits:
            self.hits_table.setFocus()
            return
        super().keyPressEvent(event)
