"""What an old Word standard holds once read, and what the import found in it (domain layer).

The services layer reads a DOCX (python-docx) into the plain structure below — paragraphs and tables in
body order — so that recognising layouts, component names and the items of each cell is pure Python
(``domain/word_layouts.py``, ``domain/word_labels.py``, ``domain/word_cells.py``) and testable without Word.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Para:
    """One paragraph as written.

    Attributes:
        text: its text, tabs kept, runs joined.
        numbered: True when Word numbers or bullets it (``w:numPr`` on the paragraph or its style).
        level: the numbering level (0 for the outer list).
        heading: True for a heading style or a paragraph that stands alone in bold (a title above a table).
        style: the paragraph style's name, for diagnostics.
    """

    text: str
    numbered: bool = False
    level: int = 0
    heading: bool = False
    style: str = ""


@dataclass
class Cell:
    """One cell; a cell merged across columns or rows appears once, at its first position.

    Attributes:
        paras: its paragraphs (a nested table's rows flattened into them).
        col: the grid column it starts at (0-based), so a row missing a vertically merged cell still shows
            which column each remaining cell is in.
        span: how many grid columns it covers (``w:gridSpan``).
    """

    paras: list[Para] = field(default_factory=list)
    col: int = 0
    span: int = 1

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.paras).strip()


@dataclass
class Row:
    """One table row. ``header`` is True for a row Word repeats on every page (``w:tblHeader``)."""

    cells: list[Cell] = field(default_factory=list)
    header: bool = False


@dataclass
class Table:
    """One table; ``index`` counts tables from 1 in body order (nested tables are flattened into their cell)."""

    rows: list[Row] = field(default_factory=list)
    index: int = 0


Block = Para | Table
"""The body of a document is a list of blocks in reading order."""


@dataclass
class FoundRow:
    """One row of a standard as the import found it.

    Attributes:
        label: the row's title as written ("Sistem, Mekanisme dan Prosedur").
        paras: the content, paragraph by paragraph (list numbering kept).
        komponen: the component key it maps to (``domain.components`` keys, ``"jenis_pelayanan"``), or None
            when the label was not recognised — such a row becomes a note on the service, never dropped.
        where: where it was found, for the preview ("tabel 2, baris 5").
    """

    label: str
    paras: list[Para] = field(default_factory=list)
    komponen: str | None = None
    where: str = ""

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.paras).strip()


@dataclass
class FoundService:
    """One service found in the document, with its rows in document order.

    Attributes:
        jenis_pelayanan: the service's name (from a heading above its table or its first row).
        layout: which layout it was read as, in Indonesian for the preview ("Tabel 14 komponen (A/B)",
            "Rancangan 8 butir (Perwali Metro)", "Standar 6 butir (Perwali Metro)").
        where: where it starts ("tabel 1", "paragraf 12").
    """

    jenis_pelayanan: str
    rows: list[FoundRow] = field(default_factory=list)
    layout: str = ""
    where: str = ""


@dataclass
class WordReading:
    """The result of reading one file: the services found, and notes on what was skipped or odd."""

    services: list[FoundService] = field(default_factory=list)
    remarks: list[str] = field(default_factory=list)
