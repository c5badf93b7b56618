"""The SOP's identity block (Permenpan RB 35/2012) laid out as pages of geometry (export layer).

At the top the unit (logo, government, unit) beside Nomor SOP, the three dates, Disahkan oleh and Nama
SOP; below, two columns: Dasar Hukum | Kualifikasi Pelaksana, Keterkaitan | Peralatan/Perlengkapan,
Peringatan | Pencatatan dan Pendataan. A long list continues on the next page under its repeated header.
"""

from __future__ import annotations

from .sop_content import SopContent
from .sop_layout import (
    MARGINS,
    CellLine,
    Measure,
    Picture,
    Shape,
    SopPage,
    Text,
    ascent,
    leading,
    numbered,
    place_lines,
    plain,
    text_height,
)

SIZE = 9.0
PAD = 1.8
SIGNATURE_SPACE = 14.0
LOGO_HEIGHT = 22.0
PAIRS = (
    ("Dasar Hukum", "dasar_hukum", "Kualifikasi Pelaksana", "kualifikasi"),
    ("Keterkaitan", "keterkaitan", "Peralatan/Perlengkapan", "peralatan"),
    ("Peringatan", "peringatan", "Pencatatan dan Pendataan", "pencatatan"),
)


def identity_pages(content: SopContent, width: float, height: float, measure: Measure) -> list[SopPage]:
    """The identity block's page(s) of a landscape page ``width`` x ``height`` mm."""
    x0, y0 = MARGINS[3], MARGINS[0]
    tw = width - MARGINS[1] - MARGINS[3]
    limit = height - MARGINS[2] - 6.0
    page = SopPage(width, height, "identitas")
    pages = [page]
    y = _top_table(page, content, x0, y0, tw, measure)
    half = tw / 2
    inner = half - 2 * PAD
    pitch = leading(SIZE)
    for left_title, left_key, right_title, right_key in PAIRS:
        cells = [numbered(getattr(content, left_key), inner, SIZE, measure),
                 numbered(getattr(content, right_key), inner, SIZE, measure)]
        titles = (left_title, right_title)
        header_h = pitch + 2 * PAD
        continued = False
        while True:
            room = int((limit - y - header_h - 2 * PAD) / pitch)
            if room < 1:
                page = SopPage(width, height, "identitas")
                pages.append(page)
                y = y0
                continue
            suffix = " (lanjutan)" if continued else ""
            for k, title in enumerate(titles):
                page.items.append(Shape("header", x0 + k * half, y, half, header_h))
                page.items.append(Text(x0 + k * half + PAD, y + PAD + ascent(SIZE), f"{title}:{suffix}", SIZE, True))
            y += header_h
            rows = max(len(c) for c in cells)
            take = min(rows, room)
            body_h = take * pitch + 2 * PAD
            for k, lines in enumerate(cells):
                page.items.append(Shape("cell", x0 + k * half, y, half, body_h))
                page.items.extend(place_lines(lines[:take], x0 + k * half + PAD, y + PAD, SIZE))
            y += body_h
            cells = [c[take:] for c in cells]
            if not any(cells):
                break
            cells = [c or [CellLine(0.0, "")] for c in cells]
            page = SopPage(width, height, "identitas")
            pages.append(page)
            y = y0
            continued = True
    for p in pages:
        p.body = (x0, y0, tw, y - y0 if p is pages[-1] else limit - y0)
    return pages


def _top_table(page: SopPage, c: SopContent, x0: float, y0: float, tw: float, measure: Measure) -> float:
    """The unit beside the SOP's number, dates, approval and name; returns the y below it."""
    lw = tw * 0.40
    rw = tw - lw
    label_w = rw * 0.32
    value_w = rw - label_w
    inner = value_w - 2 * PAD
    pitch = leading(SIZE)
    approval = [*plain(c.jabatan, inner, SIZE, measure)]
    rows: list[tuple[str, list[CellLine], float]] = [
        ("Nomor SOP", plain(c.nomor, inner, SIZE, measure), 0.0),
        ("Tanggal Pembuatan", plain(c.tanggal_pembuatan, inner, SIZE, measure), 0.0),
        ("Tanggal Revisi", plain(c.tanggal_revisi, inner, SIZE, measure), 0.0),
        ("Tanggal Efektif", plain(c.tanggal_efektif, inner, SIZE, measure), 0.0),
        ("Disahkan oleh", approval, SIGNATURE_SPACE + 2 * pitch),
        ("Nama SOP", plain(c.nama_sop, inner, SIZE, measure, bold=True), 0.0),
    ]
    unit_lines = []
    for text in (c.pemerintah.upper(), c.unit.upper()):
        if text:
            unit_lines.extend(plain(text, lw - 2 * PAD, SIZE + 1, measure, bold=True))
    logo_h = LOGO_HEIGHT + 3.0 if c.logo else 0.0
    left_h = logo_h + text_height(unit_lines, SIZE + 1) + 2 * PAD
    heights = [max(text_height(lines, SIZE), pitch) + extra + 2 * PAD for _, lines, extra in rows]
    if sum(heights) < left_h:
        heights[-1] += left_h - sum(heights)
    total = sum(heights)
    page.items.append(Shape("cell", x0, y0, lw, total))
    top = y0 + (total - left_h) / 2 + PAD
    if c.logo:
        page.items.append(Picture(c.logo, x0 + PAD, top, lw - 2 * PAD, LOGO_HEIGHT))
        top += logo_h
    page.items.extend(place_lines(unit_lines, x0 + PAD, top, SIZE + 1, center=x0 + lw / 2))
    y = y0
    xl, xv = x0 + lw, x0 + lw + label_w
    for (label, lines, _extra), h in zip(rows, heights):
        page.items.append(Shape("cell", xl, y, label_w, h))
        page.items.append(Shape("cell", xv, y, value_w, h))
        page.items.extend(place_lines(plain(label, label_w - 2 * PAD, SIZE, measure, bold=True), xl + PAD,
                                      y + PAD, SIZE))
        page.items.extend(place_lines(lines, xv + PAD, y + PAD, SIZE))
        if label == "Disahkan oleh":
            below = y + PAD + text_height(lines, SIZE) + SIGNATURE_SPACE
            page.items.extend(place_lines([CellLine(0.0, c.nama, True), CellLine(0.0, c.nip_line)], xv + PAD,
                                          below, SIZE))
        y += h
    return y
