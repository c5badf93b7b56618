"""Turns each block of the document model into reportlab flowables (export layer)."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, TableStyle
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Spacer as RLSpacer
from reportlab.platypus import Table as RLTable

from .alur_pdf import AlurFlowables
from .blocks import (
    Block,
    ComponentTable,
    Heading,
    Item,
    KeyValue,
    Kop,
    Labeled,
    LampiranBlock,
    LogoImage,
    Notice,
    NumberedList,
    NumberGrid,
    PageBreak,
    Paragraph,
    PledgeBox,
    SignatureBlock,
    SignatureRow,
    Spacer,
    Table,
    TextItem,
    group_images,
)
from .pdf_general import GeneralFlowables
from .pdf_layout import (
    DoubleRule,
    KeepStart,
    KeepWithLastRow,
    KeptTogether,
    SplittingTable,
    alpha,
    box_commands,
    image,
)
from .pdf_text import Styles, markup
from .plain_text import clean

GRID = colors.black
HEADER_FILL = colors.HexColor("#D9D9D9")
NOTICE_FILL = colors.HexColor("#FFF4D6")
PAD = 4.5  # cell padding in points: room to breathe without wasting the narrow NO column


class FlowableBuilder(GeneralFlowables, AlurFlowables):
    """Builds the flowables of one document; holds its styles and text width."""

    def __init__(self, styles: Styles, text_width: float) -> None:
        self.st = styles
        self.width = text_width

    def _style(self, commands: list) -> TableStyle:
        """A table style whose cell font is ours (reportlab would otherwise reference Helvetica)."""
        return TableStyle([("FONTNAME", (0, 0), (-1, -1), self.st.fonts.regular), *commands])

    def p(self, text: str, style) -> RLParagraph:
        return RLParagraph(markup(text, self.st.fonts), style)

    def build(self, block: Block | tuple) -> list[Flowable]:
        """The flowables of one block (a tuple of Image blocks is one row of pictures)."""
        if isinstance(block, tuple):
            return self._images(block)
        method = getattr(self, "_" + type(block).__name__.lower())
        return method(block)

    def build_all(self, blocks: list[Block], cancelled=None) -> list[Flowable]:
        """The flowables of every block; headings are kept with the start of the table they open."""
        blocks = group_images(blocks, self.width / mm)
        built = []
        for i, block in enumerate(blocks):
            if cancelled is not None and i % 16 == 0 and cancelled():
                from .errors import ExportCancelled

                raise ExportCancelled()
            built.append(self.build(block))
        for i, block in enumerate(blocks):
            if isinstance(block, (SignatureBlock, SignatureRow)):
                self._keep_signature(blocks, built, i)
        out: list[Flowable] = []
        for i, block in enumerate(blocks):
            if isinstance(block, Heading) and block.level >= 1:
                k = i
                while k < len(blocks) and isinstance(blocks[k], (Heading, Notice)):
                    k += 1
                if k < len(blocks) and isinstance(blocks[k], (ComponentTable, Table, NumberGrid, tuple)) and built[k]:
                    table = built[k][0]
                    table = table.table if isinstance(table, KeepWithLastRow) else table
                    out.append(KeepStart([f for fl in built[i:k] for f in fl], table))
            out.extend(built[i])
        return out

    @staticmethod
    def _keep_signature(blocks: list, built: list[list[Flowable]], i: int) -> None:
        """Keep the signature ``blocks[i]`` on the page of what it signs, never alone on a new page.

        It stays with the last row of a table or the last entry of a labelled block before it (the
        last diktum of a decree), and with one closing paragraph between them; with just a paragraph
        before it, with that paragraph.
        """

        def before(k: int) -> int:
            k -= 1
            while k >= 0 and isinstance(blocks[k], Spacer):
                k -= 1
            return k

        k = before(i)
        if k >= 0 and isinstance(blocks[k], Paragraph) and built[k]:
            table = before(k)
            if table >= 0 and isinstance(blocks[table], (ComponentTable, Table, Labeled)) and built[table]:
                k = table
            else:
                built[k] = [KeepTogether([f for fl in built[k : i + 1] for f in fl])]
                for j in range(k + 1, i + 1):
                    built[j] = []
                return
        if k >= 0 and isinstance(blocks[k], (ComponentTable, Table, Labeled)) and built[k]:
            tail = built[k][1:] + [f for fl in built[k + 1 : i + 1] for f in fl]
            built[k] = [KeepWithLastRow(built[k][0], tail)]
            for j in range(k + 1, i + 1):
                built[j] = []

    # -- simple blocks -------------------------------------------------------------------------
    def _heading(self, b: Heading) -> list[Flowable]:
        if b.level == 0:
            return [self.p(b.text, self.st.para(1.3, b.align, bold=True, space_after=4))]
        if b.level == 1:
            return [self.p(b.text, self.st.para(1.05, b.align, bold=True, space_before=4, space_after=6))]
        return [self.p(b.text, self.st.para(0.95, b.align, bold=True, space_before=8, space_after=4))]

    def _paragraph(self, b: Paragraph) -> list[Flowable]:
        return [self.p(b.text, self.st.para(b.size, b.align, b.bold, b.italic, space_after=b.space_after))]

    def _spacer(self, b: Spacer) -> list[Flowable]:
        return [RLSpacer(1, b.height_mm * mm)]

    def _pagebreak(self, b: PageBreak) -> list[Flowable]:
        return [RLPageBreak()]

    def _numbergrid(self, b: NumberGrid) -> list[Flowable]:
        from .skm_laporan_grid_pdf import GridFlowable

        return [GridFlowable(b, self.st.fonts, self.st.size), RLSpacer(1, 6)]

    def _logoimage(self, b: LogoImage) -> list[Flowable]:
        logo = image(b.data, b.height_mm * mm, self.width)
        if logo is None:
            return []
        logo.hAlign = "CENTER"
        return [logo]

    def _notice(self, b: Notice) -> list[Flowable]:
        cell = [self.p(b.title, self.st.para(0.9, bold=True, space_after=2))]
        cell += [self.p(line, self.st.para(0.9, space_after=1)) for line in b.lines]
        table = SplittingTable([[cell]], colWidths=[self.width], splitInRow=1)
        table.setStyle(self._style(box_commands(NOTICE_FILL)))
        return [table, RLSpacer(1, 6)]

    def _pledgebox(self, b: PledgeBox) -> list[Flowable]:
        style = self.st.para(b.size, "center", leading=1.45)
        table = SplittingTable([[[self.p(b.text, style)]]], colWidths=[self.width], splitInRow=1)
        table.setStyle(self._style(box_commands(None, pad=14, line=1.2)))
        return [table]

    # -- kop, lampiran, signature -------------------------------------------------------------
    def _kop(self, b: Kop) -> list[Flowable]:
        side = 26 * mm
        text = []
        if b.pemerintah:
            text.append(self.p(b.pemerintah, self.st.para(1.15, "center", bold=True)))
        text.append(self.p(b.unit, self.st.para(1.3, "center", bold=True, space_after=2)))
        text += [self.p(line, self.st.para(0.85, "center")) for line in b.lines]
        logo = image(b.logo, 24 * mm, side - 1 * mm) if b.logo else None
        if logo is None:  # no empty logo column: the text is centred on the page
            table = _whole([[text]], [self.width])
        else:
            table = _whole([[logo, text]], [side, self.width - side])
        table.setStyle(self._style([
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (0, 0), (0, 0), "LEFT"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]))
        return [table, DoubleRule(), RLSpacer(1, 10)]

    def _lampiranblock(self, b: LampiranBlock) -> list[Flowable]:
        left = self.width * 0.42
        label = 21 * mm
        colon = 4 * mm
        value = self.width - left - label - colon
        st = self.st.para(0.9)
        rows = [["", self.p(b.title, st), "", ""]]
        rows += [["", self.p(k, st), self.p(":", st), self.p(v, st)] for k, v in b.rows]
        table = _whole(rows, [left, label, colon, value])
        table.setStyle(self._style([
            ("SPAN", (1, 0), (3, 0)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ]))
        return [table, RLSpacer(1, 12)]

    def _signatureblock(self, b: SignatureBlock) -> list[Flowable]:
        st = self.st.para(b.size, "left")
        cell = [self.p(line, st) for line in b.lines_before]
        cell.append(self.p(b.jabatan, self.st.para(b.size, "left", bold=True)))
        cell.append(RLSpacer(1, 24 * mm * min(b.size, 1.5)))
        name = RLParagraph(f"<u>{markup(b.nama, self.st.fonts)}</u>", self.st.para(b.size, "left", bold=True))
        cell.append(name)
        if b.pangkat:
            cell.append(self.p(b.pangkat, st))
        if b.nip_line:
            cell.append(self.p(b.nip_line, st))
        left = self.width * 0.5
        # One row that moves whole to the next page: the place and date stay with the name and NIP.
        table = _whole([["", cell]], [left, self.width - left])
        table.setStyle(self._style([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ]))
        return [table]

    # -- component table ----------------------------------------------------------------------
    def _componenttable(self, b: ComponentTable) -> list[Flowable]:
        widths = [w * self.width for w in b.widths]
        size = self.st.size
        inner = [widths[0] - 4, widths[1] - 2 * PAD, widths[2] - 2 * PAD]
        # NO, KOMPONEN and the header are short fixed labels: plain cell strings draw far faster
        # than paragraphs (a third of all cells), wrapped here once.
        rows = [[self._label(h, w, bold=True) for h, w in zip(b.header, inner)]]
        for row in b.rows:
            rows.append([self._label(row.no, inner[0]), self._label(row.komponen, inner[1]), self._items(row.uraian)])
        table = SplittingTable(rows, colWidths=widths, repeatRows=1, splitInRow=1)
        table.probe = RLTable(rows[:2], colWidths=widths)
        table.continuation = _Continued(self, b, inner)
        style = self._style([
            ("FONTSIZE", (0, 0), (-1, -1), size),
            ("LEADING", (0, 0), (-1, -1), round(size * 1.25, 2)),
            ("FONTNAME", (0, 0), (-1, 0), self.st.fonts.bold),
            ("ALIGN", (0, 0), (-1, 0), "CENTER"),
            ("ALIGN", (0, 1), (0, -1), "CENTER"),
            ("GRID", (0, 0), (-1, -1), 0.6, GRID),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), PAD),
            ("BOTTOMPADDING", (0, 0), (-1, -1), PAD + 1),
            ("LEFTPADDING", (0, 1), (0, -1), 2),
            ("RIGHTPADDING", (0, 1), (0, -1), 2),
        ])
        table.setStyle(style)
        table.probe.setStyle(style)
        return [table, RLSpacer(1, 6)]

    def _label(self, text: str, width: float, bold: bool = False):
        """A short cell text: a pre-wrapped string, or a paragraph when it needs the fallback font."""
        fonts = self.st.fonts
        font = fonts.bold if bold else fonts.regular
        text = clean(text)
        words = text.split()
        if (
            len(text) < 400
            and not _spacing(text)  # runs of spaces, tabs, indents: only a paragraph keeps them
            and not any(fonts.needs_fallback(c) for c in text)
            and all(stringWidth(w, font, self.st.size) <= width for w in words)
        ):
            return "\n".join(simpleSplit(text, font, self.st.size, width)) or " "
        return [self.p(text, self.st.para(1.0, "center" if bold else "left", bold=bold))]

    def _items(self, items: tuple[Item, ...]) -> list[Flowable]:
        out: list[Flowable] = []
        gap = self.st.size * 0.3
        for item in items:
            if isinstance(item, TextItem):
                scale = 0.85 if item.note else 1.0
                out.append(self.p(item.text, self.st.para(scale, bold=item.bold, italic=item.italic, space_after=gap)))
            elif isinstance(item, NumberedList):
                out.extend(self._numbered(item))
            elif isinstance(item, KeyValue):
                group = [self.p(item.title, self.st.para(space_after=1))] if item.title else []
                pair_style = self.st.para(left_indent=self.st.size * 1.9, space_after=1)
                group += [self.p(f"{k}: {v}", pair_style) for k, v in item.pairs]
                if group:  # the title stays with its details when a row is split across pages
                    out.append(KeptTogether(group))
                out.append(RLSpacer(1, gap))
        return out

    def _numbered(self, item: NumberedList) -> list[Flowable]:
        style = self.st.list_item()
        detail = self.st.para(0.85, italic=True, left_indent=style.leftIndent, space_after=style.spaceAfter)
        out: list[Flowable] = []
        for n, entry in enumerate(item.entries, start=1):
            label = f"{alpha(n)}." if item.style == "lower-alpha" else f"{n}."
            para = RLParagraph(markup(entry.text, self.st.fonts), style, bulletText=label)
            # A step stays with its "Pelaksana …; Waktu …" line when a row is split across pages.
            out.append(KeptTogether([para, self.p(entry.detail, detail)]) if entry.detail else para)
        return out


CONTINUED = "{komponen} (lanjutan)"
"""The KOMPONEN cell of a row continued from the previous page."""


class _Continued:
    """The NO and KOMPONEN cells of each data row continued on a new page, built when first asked for."""

    def __init__(self, builder: FlowableBuilder, table: ComponentTable, inner: list[float], start: int = 0) -> None:
        self.builder, self.table, self.inner, self.start = builder, table, inner, start

    def __getitem__(self, index):
        if isinstance(index, slice):
            return _Continued(self.builder, self.table, self.inner, self.start + (index.start or 0))
        row = self.table.rows[self.start + index]
        label = CONTINUED.format(komponen=row.komponen)
        return self.builder._label(row.no, self.inner[0]), self.builder._label(label, self.inner[1])

    def __len__(self) -> int:
        return max(0, len(self.table.rows) - self.start)


def _spacing(text: str) -> bool:
    """Whether ``text`` has spacing a plain cell string would collapse."""
    return "  " in text or "\t" in text or text.startswith(" ") or "\n " in text


def _whole(rows: list, widths: list[float]) -> SplittingTable:
    """A layout table whose rows move whole to the next page (split only when taller than a page)."""
    table = SplittingTable(rows, colWidths=widths, splitInRow=1)
    table.short_row = float("inf")
    return table
