"""Word files in the layouts units use for their old standards, built with python-docx for the import tests.

Every builder returns a ``docx.Document``; ``save(doc, path)`` writes it. The contents are the sample
service of ``SAMPLE`` (key -> the cell's lines) under the labels of ``WRITTEN`` (key -> the label as units
write it), so a test can check what was found row by row.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from tests.word_docs_raw import (  # noqa: F401 - the raw Word features, offered here with the builders
    add_complex_field,
    add_hyperlink,
    add_nested_table,
    add_simple_field,
    add_text_box,
    add_tracked,
    wrap_in_content_control,
)

# The label of each component as units write it in their old documents (not the app's own wording).
WRITTEN: dict[str, str] = {
    "persyaratan": "Persyaratan Pelayanan",
    "prosedur": "Sistem, Mekanisme dan Prosedur",
    "waktu_penyelesaian": "Jangka Waktu Penyelesaian",
    "biaya": "Biaya/Tarif",
    "produk": "Produk Pelayanan",
    "pengaduan": "Penanganan Pengaduan, Saran dan Masukan",
    "dasar_hukum": "Dasar Hukum",
    "sarana_prasarana": "Sarana dan Prasarana, dan/atau Fasilitas",
    "kompetensi_pelaksana": "Kompetensi Pelaksana",
    "pengawasan_internal": "Pengawasan Internal",
    "jumlah_pelaksana": "Jumlah Pelaksana",
    "jaminan_pelayanan": "Jaminan Pelayanan",
    "jaminan_keamanan": "Jaminan Keamanan dan Keselamatan Pelayanan",
    "evaluasi_kinerja": "Evaluasi Kinerja Pelaksana",
}

# The sample service's cell lines per component.
SAMPLE: dict[str, list[str]] = {
    "persyaratan": ["Fotokopi KTP orang tua", "Fotokopi Kartu Keluarga", "Surat keterangan lahir dari bidan"],
    "prosedur": [
        "Pemohon mengambil nomor antrean (5 menit)",
        "Petugas memeriksa berkas (15 menit)",
        "Kepala dinas menandatangani akta (1 hari kerja)",
    ],
    "waktu_penyelesaian": ["3 (tiga) hari kerja"],
    "biaya": ["Tidak dipungut biaya"],
    "produk": ["Kutipan Akta Kelahiran"],
    "pengaduan": ["Kotak saran di ruang tunggu", "Telepon 0725 41234", "E-mail disdukcapil@metrokota.go.id"],
    "dasar_hukum": [
        "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
        "Peraturan Presiden Nomor 96 Tahun 2018",
    ],
    "sarana_prasarana": ["Ruang tunggu", "Komputer dan printer"],
    "kompetensi_pelaksana": ["Memahami administrasi kependudukan"],
    "pengawasan_internal": ["Supervisi oleh atasan langsung"],
    "jumlah_pelaksana": ["4 orang"],
    "jaminan_pelayanan": ["Maklumat pelayanan"],
    "jaminan_keamanan": ["Dokumen disimpan di lemari terkunci"],
    "evaluasi_kinerja": ["Survei kepuasan masyarakat setiap semester"],
}

SECTION_A = "A. KOMPONEN STANDAR PELAYANAN YANG TERKAIT DENGAN PROSES PENYAMPAIAN PELAYANAN (SERVICE DELIVERY)"
SECTION_B = "B. KOMPONEN STANDAR PELAYANAN YANG TERKAIT DENGAN PROSES PENGELOLAAN PELAYANAN (MANUFACTURING)"
KEYS_A = ("persyaratan", "prosedur", "waktu_penyelesaian", "biaya", "produk", "pengaduan")
KEYS_B = (
    "dasar_hukum",
    "sarana_prasarana",
    "kompetensi_pelaksana",
    "pengawasan_internal",
    "jumlah_pelaksana",
    "jaminan_pelayanan",
    "jaminan_keamanan",
    "evaluasi_kinerja",
)
KEYS_14 = KEYS_A + KEYS_B
NAME = "Pelayanan Akta Kelahiran"

# The Perwali Metro draft (8 rows) and the Metro Standar (6 items after the dasar hukum paragraph).
METRO_8: tuple[tuple[str, str], ...] = (
    ("Jenis Pelayanan", "jenis_pelayanan"),
    ("Dasar Hukum", "dasar_hukum"),
    ("Persyaratan", "persyaratan"),
    ("Prosedur", "prosedur"),
    ("Waktu Pelayanan", "waktu_penyelesaian"),
    ("Biaya/Tarif", "biaya"),
    ("Produk", "produk"),
    ("Pengelolaan Pengaduan", "pengaduan"),
)
METRO_6: tuple[tuple[str, str], ...] = (
    ("Persyaratan", "persyaratan"),
    ("Prosedur", "prosedur"),
    ("Waktu Pelayanan", "waktu_penyelesaian"),
    ("Biaya/Tarif", "biaya"),
    ("Produk", "produk"),
    ("Pengelolaan Pengaduan", "pengaduan"),
)


def save(document, path: Path) -> Path:
    """Write ``document`` to ``path`` and return the path."""
    path = Path(path)
    document.save(str(path))
    return path


def new() -> docx.document.Document:
    return docx.Document()


# --- low-level helpers -------------------------------------------------------------------------------


def set_num_pr(paragraph, num_id: int = 1, level: int = 0) -> None:
    """Give a paragraph direct Word numbering (``w:numPr``)."""
    p_pr = paragraph._p.get_or_add_pPr()
    num_pr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), str(level))
    num = OxmlElement("w:numId")
    num.set(qn("w:val"), str(num_id))
    num_pr.append(ilvl)
    num_pr.append(num)
    p_pr.append(num_pr)


def mark_header(row) -> None:
    """Make a table row repeat on every page (``w:tblHeader``)."""
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    tr_pr.append(el)


def fill_cell(cell, lines: Sequence[str], numbering: str = "none") -> None:
    """Write ``lines`` into ``cell``, one paragraph each.

    ``numbering``: ``"none"``, ``"typed"`` ("1. …"), ``"style"`` (the List Number style), ``"numpr"``
    (direct ``w:numPr``), ``"dash"`` ("- …").
    """
    first = cell.paragraphs[0]
    for i, line in enumerate(lines):
        para = first if i == 0 else cell.add_paragraph()
        text = line
        if numbering == "typed" and len(lines) > 1:
            text = f"{i + 1}. {line}"
        elif numbering == "dash" and len(lines) > 1:
            text = f"- {line}"
        para.text = text
        if numbering == "style" and len(lines) > 1:
            para.style = cell.part.document.styles["List Number"]
        elif numbering == "numpr" and len(lines) > 1:
            set_num_pr(para)


def add_row(table, texts: Sequence[str | Sequence[str]], numbering: str = "none"):
    row = table.add_row()
    for cell, value in zip(row.cells, texts, strict=True):
        fill_cell(cell, [value] if isinstance(value, str) else list(value), numbering)
    return row


def _table(document, columns: int):
    table = document.add_table(rows=0, cols=columns)
    table.style = document.styles["Table Grid"]
    return table


def merged_row(table, text: str):
    """A row whose one cell spans the whole width (gridSpan), e.g. a section or name row."""
    row = table.add_row()
    merged = row.cells[0].merge(row.cells[-1])
    merged.text = text
    return row


# --- the 14-component table --------------------------------------------------------------------------


def table_14(
    document,
    *,
    sections: bool = True,
    number_col: bool = True,
    numbering: str = "restart",
    cells: str = "none",
    header: bool = True,
    header_repeat: str = "none",
    name_row: str | None = None,
    contents: dict[str, list[str]] | None = None,
    labels: dict[str, str] | None = None,
):
    """Append the 14-component table NO / KOMPONEN / URAIAN.

    ``numbering`` of the NO column: ``"restart"`` (1-6 then 1-8) or ``"continuous"`` (1-14).
    ``cells``: how the cell lines are numbered (see ``fill_cell``). ``header_repeat``: ``"none"``,
    ``"tblheader"`` (the header row flagged to repeat on every page) or ``"mid"`` (the header written again
    before part B, as when a table was pasted from two pages). ``name_row``: a first row holding the name
    ("Jenis Pelayanan" | name) when given.
    """
    contents = contents or SAMPLE
    labels = labels or WRITTEN
    columns = 3 if number_col else 2
    table = _table(document, columns)
    head = ["NO", "KOMPONEN", "URAIAN"] if number_col else ["KOMPONEN", "URAIAN"]

    def header_row():
        row = add_row(table, head)
        if header_repeat == "tblheader":
            mark_header(row)
        return row

    if header:
        header_row()
    if name_row is not None:
        add_row(table, (["", "Jenis Pelayanan", name_row] if number_col else ["Jenis Pelayanan", name_row]))
    count = 0
    for part, keys in (("A", KEYS_A), ("B", KEYS_B)):
        if part == "B" and header_repeat == "mid":
            header_row()
        if sections:
            merged_row(table, SECTION_A if part == "A" else SECTION_B)
        if numbering == "restart":
            count = 0
        for key in keys:
            count += 1
            value = [f"{count}.", labels[key], contents[key]] if number_col else [labels[key], contents[key]]
            add_row(table, value, cells)
    return table


def doc_14(name: str | None = NAME, *, name_in: str = "heading", **kwargs) -> docx.document.Document:
    """A document holding one service in the 14-component table.

    ``name_in``: ``"heading"`` (Heading 1 above), ``"bold"`` (a bold paragraph above), ``"paragraph"``
    ("Jenis Pelayanan: …" above), ``"first_row"`` (a first row of the table), ``"none"``.
    """
    document = new()
    if name is not None and name_in == "heading":
        document.add_heading(name.upper(), level=1)
    elif name is not None and name_in == "bold":
        document.add_paragraph().add_run(f"Standar Pelayanan {name}").bold = True
    elif name is not None and name_in == "paragraph":
        document.add_paragraph(f"Jenis Pelayanan: {name}")
    table_14(document, name_row=name if name_in == "first_row" else None, **kwargs)
    return document


def doc_two_services(names: Iterable[str] = (NAME, "Pelayanan Akta Kematian"), *, split: str = "name_row"):
    """Two services in ONE table. ``split``: ``"name_row"`` (a "Jenis Pelayanan" row starts each) or
    ``"repeat"`` (no name rows: the second full set of rows starts again with Persyaratan)."""
    document = new()
    document.add_paragraph("Standar Pelayanan Dinas Kependudukan dan Pencatatan Sipil")
    table = _table(document, 3)
    add_row(table, ["NO", "KOMPONEN", "URAIAN"])
    for name in names:
        if split == "name_row":
            add_row(table, ["", "Jenis Pelayanan", name])
        for n, key in enumerate(KEYS_14, start=1):
            add_row(table, [f"{n}.", WRITTEN[key], SAMPLE[key]])
    return document


def doc_tables_per_service(names: Iterable[str] = (NAME, "Pelayanan Akta Kematian")):
    """One heading and one 14-row table per service, one after the other."""
    document = new()
    for i, name in enumerate(names, start=1):
        document.add_heading(f"{roman(i)}. {name.upper()}", level=2)
        table_14(document)
        document.add_paragraph("")
    return document


def roman(number: int) -> str:
    """``number`` (1-399) in Roman numerals, as units number the services of a standard."""
    out = ""
    for value, letters in ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"),
                           (4, "IV"), (1, "I")):
        while number >= value:
            out, number = out + letters, number - value
    return out


# --- the Perwali Metro layouts -----------------------------------------------------------------------


def doc_metro_8(name: str = NAME, *, as_table: bool = True):
    """The Perwali Metro draft: 8 rows, the first "Jenis Pelayanan" holding the name; a table (NO / row /
    content) or paragraphs "1.<tab>Jenis Pelayanan<tab>:<tab>…" with the content lines below."""
    document = new()
    document.add_paragraph("RANCANGAN STANDAR PELAYANAN").runs[0].bold = True
    if as_table:
        table = _table(document, 3)
        for n, (label, key) in enumerate(METRO_8, start=1):
            value = [name] if key == "jenis_pelayanan" else SAMPLE[key]
            add_row(table, [f"{n}.", label, value])
        return document
    for n, (label, key) in enumerate(METRO_8, start=1):
        if key == "jenis_pelayanan":
            document.add_paragraph(f"{n}.\t{label}\t:\t{name}")
            continue
        document.add_paragraph(f"{n}.\t{label}\t:")
        for line in SAMPLE[key]:
            document.add_paragraph(f"\t\t- {line}")
    return document


def doc_metro_6(name: str = NAME, *, as_table: bool = True, title: str = "quoted"):
    """The Standar of Perwali Metro BAB III B.i: a title (``"quoted"``: 'Standar Pelayanan "X"', or
    ``"heading"``), a "Dasar hukum: …" paragraph, then 6 items as a table or as paragraphs."""
    document = new()
    if title == "quoted":
        document.add_paragraph(f"Standar Pelayanan \u201c{name}\u201d")
    else:
        document.add_heading(name, level=2)
    document.add_paragraph("Dasar hukum: " + "; ".join(SAMPLE["dasar_hukum"]))
    if as_table:
        table = _table(document, 3)
        add_row(table, ["No", "Komponen", "Uraian"])
        for n, (label, key) in enumerate(METRO_6, start=1):
            add_row(table, [f"{n}.", label, SAMPLE[key]])
        return document
    for n, (label, key) in enumerate(METRO_6, start=1):
        lines = SAMPLE[key]
        document.add_paragraph(f"{n}. {label}\t:\t1. {lines[0]}" if len(lines) > 1 else f"{n}. {label}\t:\t{lines[0]}")
        for i, line in enumerate(lines[1:], start=2):
            document.add_paragraph(f"\t\t{i}. {line}")
    return document


# --- merged cells and odd text -----------------------------------------------------------------------


def doc_merged_label(name: str = NAME):
    """A 14-row table where Persyaratan's label cell spans two rows (vMerge): its content in two rows."""
    document = new()
    document.add_heading(name, level=1)
    table = _table(document, 3)
    add_row(table, ["NO", "KOMPONEN", "URAIAN"])
    for n, key in enumerate(KEYS_14, start=1):
        if key == "persyaratan":
            first = add_row(table, [f"{n}.", WRITTEN[key], SAMPLE[key][:2]])
            second = add_row(table, ["", "", SAMPLE[key][2:]])
            first.cells[0].merge(second.cells[0])
            first.cells[1].merge(second.cells[1])
            continue
        add_row(table, [f"{n}.", WRITTEN[key], SAMPLE[key]])
    return document


ODD_TEXT = {
    "emoji": "Layanan ramah \U0001f600 dan cepat \u2705",
    "rtl": "\u0645\u0631\u062d\u0628\u0627 (salam)",
    # XML forbids C0 controls other than tab/newline, so a DOCX holds these instead: NEL, line separator,
    # zero-width space, soft hyphen, byte order mark, a noncharacter.
    "control": "Teks\u0085dengan\u2028jeda\u200bdan\u00adpe\ufeffnggal \U0001fffe",
    "nbsp": "Rp\u00a050.000,-",
}


def doc_odd_text(big: int = 100_000):
    """The 14-row table with odd text: emoji, right-to-left, unusual separators (``ODD_TEXT``), a 100 kB cell."""
    contents = dict(SAMPLE)
    contents["kompetensi_pelaksana"] = [ODD_TEXT["emoji"], ODD_TEXT["rtl"]]
    contents["jaminan_pelayanan"] = ["Jaminan " * (big // 8)]
    contents["biaya"] = [ODD_TEXT["nbsp"]]
    contents["pengawasan_internal"] = [ODD_TEXT["control"]]
    document = doc_14(contents=contents)
    return document


def add_page_break(document) -> None:
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
