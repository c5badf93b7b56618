"""DOCX rendering of the general blocks: tables, labelled paragraphs, pictures, signature rows (export layer).

A mixin of ``docx_writer._Render``: it uses the renderer's ``_table``, ``_para``, ``_cell_para``
and ``_run`` helpers and its ``last_row`` / ``after_table`` state (a signature is kept with the
last row of the table before it).
"""

from __future__ import annotations

from docx.text.paragraph import Paragraph as DocxParagraph

from . import docx_xml as x
from .blocks import Image, Labeled, SignatureBlock, SignatureRow, Table

TABLE_MARGIN = (60, 80, 60, 80)  # twips: top, right, bottom, left
SHORT_ROW_CHARS = 450  # rows with less text than this never break across pages
COLON_MM = 4.0
CAPTION_SIZE = 0.85


class GeneralBlocks:
    """Renders Table, Labeled, pictures and SignatureRow; mixed into the DOCX renderer."""

    # -- table --------------------------------------------------------------------------------------
    def _general_table(self, b: Table) -> None:
        widths = [w * self.page.text_width_mm for w in b.widths]
        rows = self._table(1 + len(b.rows), widths, margins=TABLE_MARGIN, border=5, center=True)
        header, header_cells = rows[0]
        x.row_flags(header, header=True, cant_split=True)
        for cell, text in zip(header_cells, b.header):
            x.cell_props(cell, fill="D9D9D9", v_center=True)
            self._run(self._cell_para(cell, "center", keep_next=True), text, bold=True, size=b.size)
        least = x.mm_twips(b.row_height_mm) if b.row_height_mm else None
        last = len(b.rows)
        for n, ((tr, cells), data) in enumerate(zip(rows[1:], b.rows), start=1):
            total = b.total_row and n == last
            short = sum(len(text) for text in data) < SHORT_ROW_CHARS
            x.row_flags(tr, cant_split=short, min_height=least)
            for col, (cell, text) in enumerate(zip(cells, data)):
                x.cell_props(cell, v_center=True)
                if col == b.signature_column and not total:
                    # Staggered: the number at the left on odd rows, in the middle on even rows.
                    indent = None if n % 2 else round(widths[col] / 2 * x.mm_twips(1.0))
                    para = self._cell_para(cell, left=indent)
                    self._run(para, f"{n}. {text}".rstrip(), size=b.size)
                else:
                    align = b.align[col] if col < len(b.align) else "left"
                    self._run(self._cell_para(cell, align), text, bold=total, size=b.size)
        x.close_cells(rows)
        self.last_row = rows[-1]
        # The PDF's 6 points under a table: a one-point line and 5 points after it (an empty paragraph of
        # the body's height would push what follows, a signature, about 5 mm lower than in the PDF).
        self.after_table = self._para(after_pt=5, line=(x.pt_twips(1), "exact"))

    # -- labelled paragraphs ----------------------------------------------------------------------
    def _labeled(self, b: Labeled) -> None:
        width = self.page.text_width_mm
        head = [w for w in (b.indent_mm, b.label_width_mm if b.label else 0.0,
                            COLON_MM if b.label and b.colon else 0.0) if w]
        widths = [*head, b.marker_width_mm, width - sum(head) - b.marker_width_mm]
        rows = self._table(len(b.entries), widths, margins=(0, 40, 0, 0))
        first = len(head)
        label_at = 1 if b.indent_mm else 0
        align = "justify" if b.justify else "left"
        for n, ((_, cells), (marker, body)) in enumerate(zip(rows, b.entries)):
            if b.label and n == 0:
                self._run(self._cell_para(cells[label_at]), b.label)
                if b.colon:
                    self._run(self._cell_para(cells[label_at + 1]), ":")
            if not marker:
                x.span(cells, first, first + 1)
                self._run(self._cell_para(cells[first], align, after_pt=b.gap_pt), body)
            else:
                self._run(self._cell_para(cells[first]), marker)
                self._run(self._cell_para(cells[first + 1], align, after_pt=b.gap_pt), body)
        x.close_cells(rows)
        # Two tables in a row would merge: a one-point paragraph parts them. The last entry already has
        # its gap after it, so consecutive blocks sit like the rows of one (the letter's Nomor / Sifat / Hal).
        self._para(line=(x.pt_twips(1), "exact"))

    # -- pictures ---------------------------------------------------------------------------------
    def _images(self, group: tuple[Image, ...]) -> None:
        from .docx_writer import _picture

        share = self.page.text_width_mm / len(group)
        rows = self._table(1, [share] * len(group), margins=(40, 60, 40, 60), center=True)
        tr, cells = rows[0]
        x.row_flags(tr, cant_split=True)
        for cell, image in zip(cells, group):
            para = self._cell_para(cell, "center", keep_lines=True)
            _picture(DocxParagraph(para, self.word), image.data, image.max_height_mm,
                     min(image.max_width_mm, share) - 3, what="Foto")
            if image.caption:
                self._run(self._cell_para(cell, "center", after_pt=4), image.caption, italic=True, size=CAPTION_SIZE)
        x.close_cells(rows)
        self._para(after_pt=4)

    # -- signatures side by side ------------------------------------------------------------------
    def _signaturerow(self, b: SignatureRow) -> None:
        self._keep_last_row()
        count = max(len(b.blocks), 1)
        share = self.page.text_width_mm / count
        # Offices in the first row and names in the second: the names stay on one line when an office
        # wraps to more lines than its neighbour's. Every row is kept with the next.
        rows = self._table(3 if b.below else 2, [share] * count, margins=(0, 60, 0, 60))
        depth = max((len(s.lines_before) for s in b.blocks), default=0)
        (top, top_cells), (names, name_cells) = rows[0], rows[1]
        for tr in (top, names):
            x.row_flags(tr, cant_split=True)
        for top_cell, name_cell, sig in zip(top_cells, name_cells, b.blocks):
            self._signature_top(top_cell, sig, depth)
            self._signature_name(name_cell, sig, keep_next=b.below is not None)
        if b.below is not None:
            tr, cells = rows[2]
            x.row_flags(tr, cant_split=True)
            x.span(cells, 0, count - 1)
            self._signature_top(cells[0], b.below, len(b.below.lines_before), before_mm=8.0)
            self._signature_name(cells[0], b.below, keep_next=False)
        x.close_cells(rows)
        self._para(after_pt=2)  # two tables in a row would merge into one in Word

    def _signature_top(self, cell, sig: SignatureBlock, depth: int, before_mm: float = 0.0) -> None:
        """The place/date lines (``depth`` of them, blank ones first) and the office of a centred block."""
        keep = {"keep_next": True, "keep_lines": True}
        lines = [*[""] * (depth - len(sig.lines_before)), *sig.lines_before, sig.jabatan]
        for n, line in enumerate(lines):
            fmt = dict(keep, before=x.mm_twips(before_mm)) if n == 0 and before_mm else keep
            self._run(self._cell_para(cell, "center", **fmt), line, bold=n == len(lines) - 1, size=sig.size)

    def _signature_name(self, cell, sig: SignatureBlock, keep_next: bool) -> None:
        """The signing space, the underlined name, the rank and the NIP; the last kept with the next if asked."""
        keep = {"keep_next": True, "keep_lines": True}
        name = self._cell_para(cell, "center", before=x.mm_twips(24 * min(sig.size, 1.5)), **keep)
        self._run(name, sig.nama, bold=True, underline=True, size=sig.size)
        tail = [line for line in (sig.pangkat, sig.nip_line) if line]
        for n, line in enumerate(tail, start=1):
            self._run(self._cell_para(cell, "center", keep_next=keep_next or n < len(tail), keep_lines=True),
                      line, size=sig.size)
