"""The pure document model both writers render: a page setup and a list of blocks (export layer).

Nothing here knows about DOCX or PDF; every text is final Indonesian text, exactly as it is printed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

PAPER_MM: dict[str, tuple[float, float]] = {
    "f4": (215.0, 330.0),
    "a4": (210.0, 297.0),
    "a3": (297.0, 420.0),
}
"""Paper sizes (width, height) in millimetres, portrait."""

PAGE_LABEL = "Halaman {page} dari {pages}"
"""Footer page label; both writers fill in the numbers (DOCX with PAGE / NUMPAGES fields)."""

TATA_NASKAH_LABEL = "- {page} -"
"""The page number of the tata naskah dinas: centred at the top, none on the first page."""


@dataclass(frozen=True)
class PageSetup:
    """Paper, margins, body font size and the marks printed on every page.

    Attributes:
        paper: ``"f4"``, ``"a4"`` or ``"a3"``.
        margins_mm: top, right, bottom, left.
        font_size: body font size in points.
        watermark: large diagonal mark behind the text (``"RANCANGAN"``), or None.
        header_text: small text at the top of every page, or "".
        footer_text: small text at the bottom left of every page, or "".
        page_label: the page label format (``PAGE_LABEL``), or None for no page numbers.
        page_number_top: print the label centred at the top and not on page 1 (the tata naskah
            form, ``TATA_NASKAH_LABEL``) instead of at the right of the footer.
    """

    paper: str = "f4"
    margins_mm: tuple[float, float, float, float] = (20.0, 20.0, 25.0, 30.0)
    font_size: float = 11.0
    watermark: str | None = None
    header_text: str = ""
    footer_text: str = ""
    page_label: str | None = PAGE_LABEL
    page_number_top: bool = False

    @property
    def size_mm(self) -> tuple[float, float]:
        """Page width and height in millimetres."""
        return PAPER_MM[self.paper]

    @property
    def text_width_mm(self) -> float:
        """Width between the left and right margins."""
        return self.size_mm[0] - self.margins_mm[1] - self.margins_mm[3]


# ----------------------------------------------------------------------------------------------
# Items inside a URAIAN cell


@dataclass(frozen=True)
class TextItem:
    """A plain paragraph of a cell.

    Attributes:
        missing: the component is empty; shown as an italic placeholder.
        note: a remark of the reviewer (a blocking finding), shown small and italic.
    """

    text: str
    bold: bool = False
    italic: bool = False
    missing: bool = False
    note: bool = False


@dataclass(frozen=True)
class ListEntry:
    """One entry of a numbered list, with an optional secondary line (who, how long, cost)."""

    text: str
    detail: str = ""


@dataclass(frozen=True)
class NumberedList:
    """A numbered list; ``style`` is ``"decimal"`` (1., 2.) or ``"lower-alpha"`` (a., b.)."""

    entries: tuple[ListEntry, ...]
    style: str = "decimal"


@dataclass(frozen=True)
class KeyValue:
    """Labelled values under an optional title, e.g. the complaint officer's name and phone."""

    pairs: tuple[tuple[str, str], ...]
    title: str = ""


Item = TextItem | NumberedList | KeyValue


# ----------------------------------------------------------------------------------------------
# Blocks


@dataclass(frozen=True)
class Kop:
    """The letterhead: logo, government, unit, contact lines and the closing double rule."""

    pemerintah: str
    unit: str
    lines: tuple[str, ...] = ()
    logo: bytes | None = None


@dataclass(frozen=True)
class Heading:
    """A title line. ``level`` 0 is a document title, 1 a service heading, 2 a part title."""

    text: str
    level: int = 1
    align: str = "center"


@dataclass(frozen=True)
class Paragraph:
    """A body paragraph; ``size`` scales the body font size."""

    text: str
    align: str = "left"
    bold: bool = False
    italic: bool = False
    size: float = 1.0
    space_after: float = 6.0


@dataclass(frozen=True)
class Spacer:
    """Vertical space in millimetres."""

    height_mm: float


@dataclass(frozen=True)
class PageBreak:
    """Start a new page."""


@dataclass(frozen=True)
class Notice:
    """A boxed remark, e.g. that a service standard is not complete yet."""

    title: str
    lines: tuple[str, ...] = ()


@dataclass(frozen=True)
class ComponentRow:
    """One row NO / KOMPONEN / URAIAN; ``key`` is the SP JSON component key ("" for others)."""

    no: str
    komponen: str
    uraian: tuple[Item, ...]
    key: str = ""
    missing: bool = False


@dataclass(frozen=True)
class ComponentTable:
    """A three-column component table whose header row repeats on every page."""

    rows: tuple[ComponentRow, ...]
    header: tuple[str, str, str] = ("NO", "KOMPONEN", "URAIAN")
    widths: tuple[float, float, float] = (0.06, 0.30, 0.64)


@dataclass(frozen=True)
class LampiranBlock:
    """The top-right block of a decree's appendix: a title line and label/value rows."""

    title: str
    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class SignatureBlock:
    """A signature block kept on one page with its place and date.

    Attributes:
        lines_before: place and date lines, e.g. ``("Ditetapkan di Bontang", "pada tanggal …")``.
        jabatan: the office, printed above the signature space.
        nama: printed bold and underlined.
        pangkat: ``"Pembina Utama Muda (IV/c)"`` or "".
        nip_line: ``"NIP. 19680101 200003 1 001"``.
    """

    lines_before: tuple[str, ...]
    jabatan: str
    nama: str
    pangkat: str = ""
    nip_line: str = ""
    size: float = 1.0


@dataclass(frozen=True)
class PledgeBox:
    """The Maklumat pledge, centred in a bordered box."""

    text: str
    size: float = 1.2


@dataclass(frozen=True)
class LogoImage:
    """A centred logo (poster)."""

    data: bytes
    height_mm: float


@dataclass(frozen=True)
class Table:
    """A general table (daftar hadir, masukan, lampiran of members, rekap biaya).

    Attributes:
        header: the column titles, repeated at the top of every page.
        rows: the cells, each a final text ("" for a blank cell to write in by hand).
        widths: each column's share of the text width (summing to 1).
        align: per column ``"left"``, ``"center"`` or ``"right"``; empty means all left.
        row_height_mm: the least height of a body row (room for a signature), 0 for the text's height.
        signature_column: index of a column signed by hand in the staggered layout: the row's number is
            printed at the left of the cell on odd rows and in the middle on even rows; -1 for none.
        size: scales the body font size.
        total_row: the last row is a total, printed bold.
    """

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]
    align: tuple[str, ...] = ()
    row_height_mm: float = 0.0
    signature_column: int = -1
    size: float = 1.0
    total_row: bool = False


@dataclass(frozen=True)
class Image:
    """A picture (a discussion photo), centred, scaled to fit ``max_width_mm`` x ``max_height_mm``, with a caption.

    Consecutive pictures share a row while their ``max_width_mm`` fit in the text width together
    (two photos of half the width side by side); see :func:`group_images`.
    """

    data: bytes
    max_width_mm: float
    max_height_mm: float
    caption: str = ""


@dataclass(frozen=True)
class Labeled:
    """A decree's labelled paragraphs: "Menimbang : a. bahwa …", "Mengingat : 1. …", "KESATU : …".

    Attributes:
        label: the left label ("Menimbang"), printed once before the first entry; "" for none.
        entries: each entry's marker ("a.", "1.", "") and its text.
        label_width_mm: width of the label column (the colon follows it).
        colon: print the colon after the label ("Yth." has none).
        indent_mm: space left of the label (the "Hari/Tanggal : …" lines of an undangan).
        gap_pt: space after each entry, in points (0 for rows such as "Nomor : …", "Sifat : …").
        marker_width_mm: width of the marker column ("a.", "10.").
        justify: justify the entries' text (decree paragraphs); False for short values set flush left.
    """

    label: str
    entries: tuple[tuple[str, str], ...]
    label_width_mm: float = 30.0
    colon: bool = True
    indent_mm: float = 0.0
    gap_pt: float = 4.0
    marker_width_mm: float = 8.0
    justify: bool = True


@dataclass(frozen=True)
class SignatureRow:
    """Signature blocks side by side, e.g. "Perwakilan Masyarakat" at the left and the unit at the right.

    Each block is centred in its share of the width; their jabatan lines are aligned (a block with
    fewer place/date lines gets blank lines above). ``below`` is an optional block centred under the
    row ("Mengetahui, Kepala …"). The whole row is kept on one page.
    """

    blocks: tuple[SignatureBlock, ...]
    below: SignatureBlock | None = None


@dataclass(frozen=True)
class NumberGrid:
    """A long table of short figures (the SKM grid of every respondent), drawn without per-cell paragraphs.

    Every cell is one line of plain text, centred, in rows of one height; the header repeats at the
    top of every page and the footer rows (totals) follow the last body row, in bold. Ten thousand
    rows render in about a second, where a :class:`Table` takes half a minute.

    Attributes:
        header: the column titles.
        rows: the body cells.
        widths: each column's share of the text width (summing to 1).
        footer: closing rows, bold; a row shorter than the header spans its last cell over the columns left.
        size: scales the body font size.
    """

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]
    footer: tuple[tuple[str, ...], ...] = ()
    size: float = 0.8


@dataclass(frozen=True)
class AlurStep:
    """One step of the alur pelayanan as printed: its text, who carries it out, the time and the output."""

    uraian: str
    pelaksana: str = ""
    waktu: str = ""
    keluaran: str = ""


@dataclass(frozen=True)
class AlurChart:
    """The alur pelayanan: a flowchart of the steps in order (see ``export/alur.py``), continued on the next page.

    The PDF draws it on the page; the DOCX embeds it as pictures, one per page of the chart.
    ``title`` is printed above the chart, on its first page (kept with it); ``width_share`` is its share of
    the text width; ``columns`` > 1 sets the steps in so many columns side by side (a poster; one column
    again when that does not fit a page); ``scale`` enlarges the whole drawing (1.5 on an A3 poster).
    """

    steps: tuple[AlurStep, ...]
    title: str = ""
    width_share: float = 1.0
    columns: int = 1
    scale: float = 1.0


Block = (
    Kop | Heading | Paragraph | Spacer | PageBreak | Notice | ComponentTable | LampiranBlock | SignatureBlock
    | PledgeBox | LogoImage | Table | Image | Labeled | SignatureRow | NumberGrid
    | AlurChart
)


def group_images(blocks: list[Block], text_width_mm: float) -> list[Block | tuple[Image, ...]]:
    """``blocks`` with each run of consecutive :class:`Image` blocks cut into rows that fit the text width.

    A row is a tuple of images whose ``max_width_mm`` add up to at most ``text_width_mm`` (a single
    wider image is a row of its own). Both writers render such a tuple as one row of pictures.
    """
    out: list[Block | tuple[Image, ...]] = []
    row: list[Image] = []
    for block in blocks:
        if isinstance(block, Image):
            if row and sum(i.max_width_mm for i in row) + block.max_width_mm > text_width_mm + 0.5:
                out.append(tuple(row))
                row = []
            row.append(block)
            continue
        if row:
            out.append(tuple(row))
            row = []
        out.append(block)
    if row:
        out.append(tuple(row))
    return out


@dataclass
class ReportDocument:
    """A complete document, ready for ``DocxWriter`` or ``PdfWriter``.

    Attributes:
        kind: ``"rancangan"``, ``"standar"`` or ``"maklumat"``.
        title: document title (file metadata).
        page: paper and page marks.
        blocks: the content in reading order.
        author: the unit's name (file metadata).
    """

    kind: str
    title: str
    page: PageSetup
    blocks: list[Block] = field(default_factory=list)
    author: str = ""
