"""PDF flowables of the general blocks: tables, labelled paragraphs, pictures, signature rows (export layer).

A mixin of ``pdf_flowables.FlowableBuilder``: it uses the builder's styles (``self.st``), text
width (``self.width``), ``p`` and ``_style``.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Spacer as RLSpacer

from .blocks import Image, Labeled, SignatureBlock, SignatureRow, Table
from .pdf_layout import MinHeight, SplittingTable, image
from .pdf_text import markup

HEADER_FILL = colors.HexColor("#D9D9D9")
PAD = 3.5  # points
COLON_MM = 4.0
CAPTION_SIZE = 0.85


def _kept(rows: list, widths: list[float]) -> SplittingTable:
    """A layout table whose rows move whole to the next page."""
    table = SplittingTable(rows, colWidths=widths, splitInRow=1)
    table.short_row = float("inf")
    return table


class GeneralFlowables:
    """Builds Table, Labeled, pictures and SignatureRow; mixed into the PDF flowable builder."""

    # -- table --------------------------------------------------------------------------------------
    def _table(self, b: Table) -> list[Flowable]:
        widths = [w * self.width for w in b.widths]
        header = [[self.p(text, self.st.para(b.size, "center", bold=True))] for text in b.header]
        least = b.row_height_mm * mm - 2 * PAD if b.row_height_mm else 0.0
        body = []
        last = len(b.rows)
        for n, data in enumerate(b.rows, start=1):
            total = b.total_row and n == last
            cells = []
            for col, text in enumerate(data):
                if col == b.signature_column and not total:
                    # Staggered: the number at the left on odd rows, in the middle on even rows.
                    indent = 0.0 if n % 2 else (widths[col] - 2 * PAD) / 2
                    flow = self.p(f"{n}. {text}".rstrip(), self.st.para(b.size, left_indent=indent))
                else:
                    align = b.align[col] if col < len(b.align) else "left"
                    flow = self.p(text, self.st.para(b.size, align, bold=total))
                cells.append([MinHeight(flow, least)] if least > 0 else [flow])
            body.append(cells)
        table = SplittingTable([header, *body], colWidths=widths, repeatRows=1, splitInRow=1)
        table.hAlign = "CENTER"
        table.setStyle(self._style([
            ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), PAD),
            ("BOTTOMPADDING", (0, 0), (-1, -1), PAD),
        ]))
        return [table, RLSpacer(1, 6)]

    # -- labelled paragraphs ----------------------------------------------------------------------
    def _labeled(self, b: Labeled) -> list[Flowable]:
        indent = b.indent_mm * mm
        label = b.label_width_mm * mm if b.label else 0.0
        colon = COLON_MM * mm if b.label and b.colon else 0.0
        head = [w for w in (indent, label, colon) if w]  # no zero-width columns
        marker = b.marker_width_mm * mm
        widths = [*head, marker, self.width - sum(head) - marker]
        text_style = self.st.para(1.0, "justify" if b.justify else "left", space_after=b.gap_pt)
        plain = self.st.para(1.0)
        first = len(head)
        label_at = 1 if indent else 0
        rows, spans = [], []
        for n, (mark, body) in enumerate(b.entries):
            row: list = [""] * len(widths)
            if b.label and n == 0:
                row[label_at] = self.p(b.label, plain)
                if b.colon:
                    row[label_at + 1] = self.p(":", plain)
            if mark:
                row[first], row[first + 1] = self.p(mark, plain), self.p(body, text_style)
            else:
                row[first] = self.p(body, text_style)
                spans.append(("SPAN", (first, n), (first + 1, n)))
            rows.append(row)
        if not rows:
            return []
        table = SplittingTable(rows, colWidths=widths, splitInRow=1)
        table.setStyle(self._style([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            # The gap after each entry (a cell drops its last paragraph's space after); as in the DOCX,
            # one point more follows the block, so consecutive blocks sit like the rows of one.
            ("BOTTOMPADDING", (0, 0), (-1, -1), b.gap_pt),
            *spans,
        ]))
        return [table, RLSpacer(1, 1)]

    # -- pictures ---------------------------------------------------------------------------------
    def _images(self, group: tuple[Image, ...]) -> list[Flowable]:
        share = self.width / len(group)
        cells = []
        for picture in group:
            drawn = image(picture.data, picture.max_height_mm * mm, min(picture.max_width_mm * mm, share) - 8,
                          what="Foto")
            cell: list = [drawn] if drawn is not None else []
            if drawn is not None:
                drawn.hAlign = "CENTER"
            if picture.caption:
                cell.append(self.p(picture.caption, self.st.para(CAPTION_SIZE, "center", italic=True,
                                                                space_before=3)))
            cells.append(cell or "")
        table = _kept([cells], [share] * len(group))
        table.hAlign = "CENTER"
        table.setStyle(self._style([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("ALIGN", (0, 0), (-1, -1), "CENTER"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ]))
        return [table]

    # -- signatures side by side ------------------------------------------------------------------
    def _signaturerow(self, b: SignatureRow) -> list[Flowable]:
        count = max(len(b.blocks), 1)
        share = self.width / count
        depth = max((len(s.lines_before) for s in b.blocks), default=0)
        # Offices in one row and names in the next: the names stay on one line when an office wraps
        # to more lines than its neighbour's.
        rows = [[self._signature_top(sig, depth) for sig in b.blocks],
                [self._signature_name(sig) for sig in b.blocks]]
        commands = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]
        if b.below is not None:
            below = [RLSpacer(1, 8 * mm), *self._signature_top(b.below, len(b.below.lines_before)),
                     *self._signature_name(b.below)]
            rows.append([below] + [""] * (count - 1))
            commands.append(("SPAN", (0, 2), (-1, 2)))
        table = _kept(rows, [share] * count)
        table.setStyle(self._style(commands))
        # All rows stay on one page: a name never parts from its office, nor a "Mengetahui" from the row.
        return [_kept([[table]], [self.width])]

    def _signature_top(self, sig: SignatureBlock, depth: int) -> list[Flowable]:
        """The place/date lines (``depth`` of them, blank ones first) and the office of a centred block."""
        st = self.st.para(sig.size, "center")
        lines = [""] * (depth - len(sig.lines_before)) + list(sig.lines_before)
        cell: list[Flowable] = [self.p(line or "\u00a0", st) for line in lines]
        cell.append(self.p(sig.jabatan, self.st.para(sig.size, "center", bold=True)))
        return cell

    def _signature_name(self, sig: SignatureBlock) -> list[Flowable]:
        """The signing space, the underlined name, the rank and the NIP of a centred block."""
        st = self.st.para(sig.size, "center")
        cell: list[Flowable] = [RLSpacer(1, 24 * mm * min(sig.size, 1.5))]
        cell.append(RLParagraph(f"<u>{markup(sig.nama, self.st.fonts)}</u>",
                                self.st.para(sig.size, "center", bold=True)))
        cell += [self.p(line, st) for line in (sig.pangkat, sig.nip_line) if line]
        return cell
