"""Writes the draft SOP as DOCX: the identity block as a Word table, each flowchart page as a picture (export layer).

The flowchart is embedded as one picture per page, drawn from the same geometry as the PDF: symbols,
arrows and column rules stay exactly in place in Word and in LibreOffice alike, where drawing shapes
anchored in table cells move with each program's own row heights and text metrics. Each picture's
alternative text names the steps, so a screen reader (and a search) finds them.
"""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Mm, Pt

from . import docx_xml as x
from .docx_props import set_properties
from .fonts import DOCX_FONT
from .plain_text import clean
from .sop_content import SopContent
from .sop_identity import PAIRS
from .sop_layout import MARGINS, SopPage
from .sop_png import render_page_png

SIZE = 9


def write_docx(items: list[tuple[SopContent, list[SopPage]]], path: Path | str, title: str, author: str,
               size_mm: tuple[float, float]) -> None:
    """One SOP after another (each from a new page), landscape ``size_mm`` (width, height)."""
    word = Document()
    section = word.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(size_mm[0]), Mm(size_mm[1])
    section.top_margin, section.right_margin = Mm(MARGINS[0]), Mm(MARGINS[1])
    section.bottom_margin, section.left_margin = Mm(MARGINS[2]), Mm(MARGINS[3])
    style = word.styles["Normal"]
    style.font.name = DOCX_FONT
    style.font.size = Pt(SIZE)
    style.paragraph_format.space_after = Pt(0)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer.add_run("Halaman ").font.size = Pt(7.5)
    x.add_field(footer, "PAGE")
    footer.add_run(" dari ").font.size = Pt(7.5)
    x.add_field(footer, "NUMPAGES")
    text_width = size_mm[0] - MARGINS[1] - MARGINS[3]
    text_height = size_mm[1] - MARGINS[0] - MARGINS[2] - 8.0
    first = True
    for content, pages in items:
        if not first:
            _page_break(word)
        first = False
        _identity(word, content, text_width)
        charts = [p for p in pages if p.kind == "bagan"]
        if not charts:
            note = word.add_paragraph().add_run("Bagan alir belum dapat dibuat: prosedur layanan ini belum diisi.")
            note.italic = True
        for number, page in enumerate(charts, start=1):
            _page_break(word)
            bx, by, bw, bh = page.body
            scale = min(text_width / (bw + 2), text_height / (bh + 2), 1.0)
            run = word.add_paragraph().add_run()
            shape = run.add_picture(io.BytesIO(render_page_png(page, page.body)), width=Mm((bw + 2) * scale))
            doc_pr = shape._inline.docPr
            doc_pr.set("descr", _alt_text(content, number, len(charts)))
            doc_pr.set("title", f"Bagan alir SOP {number}")
    set_properties(word, title, author)
    word.save(str(path))


def _alt_text(c: SopContent, number: int, total: int) -> str:
    steps = "; ".join(f"{s.no}. {s.kegiatan} (pelaksana: {c.lanes[s.lane]})" for s in c.steps)
    return clean(f"Bagan alir SOP {c.nama_sop}, halaman bagan {number} dari {total}. Langkah: {steps}")


def _page_break(word) -> None:
    word.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _cell(cell, lines: list[str], bold: bool = False, center: bool = False, fill: str | None = None) -> None:
    para = cell.paragraphs[0]
    for k, line in enumerate(lines):
        if k:
            para = cell.add_paragraph()
        if center:
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        para.add_run(clean(line)).bold = bold
    cell.paragraphs[0].paragraph_format.space_before = Pt(2)
    para.paragraph_format.space_after = Pt(2)
    if fill:
        x.cell_props(cell._tc, fill=fill)


def _numbered(items: tuple[str, ...]) -> list[str]:
    if not items:
        return ["-"]
    if len(items) == 1:
        return [items[0]]
    return [f"{n}. {t}" for n, t in enumerate(items, start=1)]


def _identity(word, c: SopContent, width: float) -> None:
    rows = [("Nomor SOP", [c.nomor]), ("Tanggal Pembuatan", [c.tanggal_pembuatan]),
            ("Tanggal Revisi", [c.tanggal_revisi]), ("Tanggal Efektif", [c.tanggal_efektif]),
            ("Disahkan oleh", [c.jabatan, "", "", "", c.nama, c.nip_line]), ("Nama SOP", [c.nama_sop])]
    table = word.add_table(rows=len(rows), cols=3)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = (width * 0.40, width * 0.60 * 0.32, width * 0.60 * 0.68)
    for row in table.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = Mm(w)
    unit = table.cell(0, 0).merge(table.cell(len(rows) - 1, 0))
    para = unit.paragraphs[0]
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if c.logo:
        try:
            para.add_run().add_picture(io.BytesIO(c.logo), height=Mm(22))
            para = unit.add_paragraph()
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        except Exception:  # a logo python-docx cannot read is left out, as elsewhere
            pass
    lines = [t.upper() for t in (c.pemerintah, c.unit) if t]
    for k, line in enumerate(lines):
        if k:
            para = unit.add_paragraph()
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = para.add_run(clean(line))
        run.bold = True
        run.font.size = Pt(SIZE + 1)
    x.cell_props(unit._tc, v_center=True)
    for i, (label, value) in enumerate(rows):
        _cell(table.cell(i, 1), [label], bold=True)
        _cell(table.cell(i, 2), value, bold=label == "Nama SOP")
        if label == "Disahkan oleh":
            table.cell(i, 2).paragraphs[4].runs[0].bold = True
    lower = word.add_table(rows=2 * len(PAIRS), cols=2)
    lower.style = "Table Grid"
    lower.alignment = WD_TABLE_ALIGNMENT.CENTER
    for row in lower.rows:
        for cell in row.cells:
            cell.width = Mm(width / 2)
    for k, (left_title, left_key, right_title, right_key) in enumerate(PAIRS):
        _cell(lower.cell(2 * k, 0), [f"{left_title}:"], bold=True, fill="D9D9D9")
        _cell(lower.cell(2 * k, 1), [f"{right_title}:"], bold=True, fill="D9D9D9")
        _cell(lower.cell(2 * k + 1, 0), _numbered(getattr(c, left_key)))
        _cell(lower.cell(2 * k + 1, 1), _numbered(getattr(c, right_key)))
