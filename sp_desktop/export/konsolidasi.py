"""The consolidated review report over many units: one document model, PDF or DOCX (export layer).

The services layer (``services/review_report.py``) fills a :class:`Konsolidasi` from the units it read;
this module knows nothing of project files. Part A gives per unit the number of services, how many are
complete, discussed and adopted, the latest IKM and the PEKPPP self-score; part B the findings per
service (the review checks and the reviewer's notes); part C the files that could not be read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sp_desktop.domain.formatting import format_date, format_number

from .atomic import atomic_write
from .blocks import Heading, PageSetup, Paragraph, ReportDocument, Spacer, Table
from .docx_writer import DocxWriter
from .errors import ExportError
from .pdf_writer import PdfWriter

TITLE = "LAPORAN KONSOLIDASI EVALUASI STANDAR PELAYANAN"
PART_TITLES = (
    "A. Rekapitulasi per Perangkat Daerah",
    "B. Temuan per Jenis Pelayanan",
    "C. Berkas yang Tidak Dapat Dibaca",
)
INTRO = (
    "Laporan ini merangkum rancangan standar pelayanan perangkat daerah yang disampaikan untuk dievaluasi "
    "(Perwali Bontang 31/2018 Pasal 12 ayat (4)): jumlah jenis pelayanan, kelengkapan 14 komponen, tahap "
    "pembahasan dan penetapan, indeks kepuasan masyarakat terakhir, penilaian mandiri PEKPPP, serta temuan "
    "pemeriksaan dan catatan evaluasi per jenis pelayanan."
)
NO_FINDINGS = "Tidak ada temuan."
UNIT_HEADER = ("No", "Perangkat Daerah", "Jenis Pelayanan", "Lengkap", "Dibahas", "Ditetapkan", "IKM Terakhir",
               "PEKPPP")
FINDING_HEADER = ("No", "Jenis Pelayanan", "Komponen", "Tingkat", "Temuan")
TOTAL_LABEL = "Jumlah"
IKM_NOTE = (
    "IKM: nilai konversi (25-100) dan huruf mutu survei terakhir (A sangat baik, B baik, C kurang baik, D tidak "
    "baik). PEKPPP: jumlah skor penilaian mandiri sembilan indikator aspek kebijakan pelayanan (paling tinggi 45)."
)
WRITERS = {".pdf": PdfWriter, ".docx": DocxWriter}


@dataclass(frozen=True)
class UnitLine:
    """One unit's figures; ``ikm`` and ``pekppp`` are final texts ("-" when none)."""

    unit: str
    layanan: int
    lengkap: int
    dibahas: int
    ditetapkan: int
    ikm: str
    pekppp: str
    ikm_nilai: float | None = None
    pekppp_nilai: int | None = None
    ikm_mutu: str = ""
    ikm_periode: str = ""


@dataclass(frozen=True)
class FindingLine:
    """One finding of a service: a review check (``tingkat`` BLOKIR/PERINGATAN) or a note ("CATATAN")."""

    jenis_pelayanan: str
    komponen: str
    tingkat: str
    pesan: str


@dataclass
class Konsolidasi:
    """Everything the report prints.

    Attributes:
        penyusun: who reviews (e.g. "Bagian Organisasi Sekretariat Daerah"), or "".
        tanggal: the report's date.
        units: the figures per unit, in order; ``findings``: per unit name its findings.
        problems: ``(file name, reason)`` of the files not read.
    """

    penyusun: str = ""
    tanggal: date = field(default_factory=date.today)
    units: list[UnitLine] = field(default_factory=list)
    findings: dict[str, list[FindingLine]] = field(default_factory=dict)
    problems: list[tuple[str, str]] = field(default_factory=list)


def _unit_rows(data: Konsolidasi) -> tuple[tuple[str, ...], ...]:
    rows = [(str(i), u.unit, format_number(u.layanan), format_number(u.lengkap), format_number(u.dibahas),
             format_number(u.ditetapkan), u.ikm, u.pekppp) for i, u in enumerate(data.units, start=1)]
    rows.append(("", TOTAL_LABEL, format_number(sum(u.layanan for u in data.units)),
                 format_number(sum(u.lengkap for u in data.units)), format_number(sum(u.dibahas for u in data.units)),
                 format_number(sum(u.ditetapkan for u in data.units)), "", ""))
    return tuple(rows)


def build_konsolidasi(data: Konsolidasi) -> ReportDocument:
    """The report's document model (A4, both writers)."""
    blocks: list = [
        Heading(TITLE, level=0),
        Paragraph(data.penyusun.upper(), align="center", bold=True) if data.penyusun.strip() else Spacer(1),
        Paragraph(f"Tanggal: {format_date(data.tanggal)}", align="center", space_after=10),
        Paragraph(INTRO, align="justify"),
        Heading(PART_TITLES[0], level=2, align="left"),
    ]
    if data.units:
        blocks.append(Table(header=UNIT_HEADER, rows=_unit_rows(data),
                            widths=(0.05, 0.25, 0.12, 0.09, 0.09, 0.11, 0.18, 0.11),
                            align=("center", "left", "right", "right", "right", "right", "center", "center"),
                            size=0.85, total_row=True))
        blocks.append(Paragraph(IKM_NOTE, italic=True, size=0.85))
    else:
        blocks.append(Paragraph("Tidak ada berkas perangkat daerah yang terbaca.", italic=True))
    blocks += [Spacer(4), Heading(PART_TITLES[1], level=2, align="left")]
    for u in data.units:
        items = data.findings.get(u.unit, [])
        blocks.append(Paragraph(u.unit, bold=True, space_after=3))
        if not items:
            blocks.append(Paragraph(NO_FINDINGS, italic=True))
            continue
        rows = tuple((str(i), f.jenis_pelayanan, f.komponen, f.tingkat, f.pesan)
                     for i, f in enumerate(items, start=1))
        blocks += [Table(header=FINDING_HEADER, rows=rows, widths=(0.06, 0.26, 0.18, 0.13, 0.37),
                         align=("center", "left", "left", "left", "left"), size=0.8), Spacer(3)]
    if data.problems:
        blocks += [Spacer(4), Heading(PART_TITLES[2], level=2, align="left"),
                   Table(header=("No", "Berkas", "Alasan"),
                         rows=tuple((str(i), name, reason) for i, (name, reason) in enumerate(data.problems, 1)),
                         widths=(0.06, 0.3, 0.64), align=("center", "left", "left"), size=0.85)]
    page = PageSetup(paper="a4", margins_mm=(20.0, 15.0, 20.0, 20.0), font_size=10.0)
    return ReportDocument(kind="konsolidasi", title="Laporan Konsolidasi Evaluasi Standar Pelayanan",
                          page=page, blocks=blocks, author=data.penyusun or "SP Desktop")


def write_konsolidasi(data: Konsolidasi, out: Path | str) -> Path:
    """Write the report to ``out`` (``.pdf``, ``.docx`` or ``.xlsx``), whole or not at all.

    Raises:
        ExportError: another suffix, or a target that cannot be written.
    """
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix == ".xlsx":
        from .konsolidasi_xlsx import write_konsolidasi_xlsx

        return atomic_write(out, lambda temp: write_konsolidasi_xlsx(data, temp))
    writer = WRITERS.get(suffix)
    if writer is None:
        raise ExportError(f"Format berkas '{out.suffix or out.name}' tidak didukung; pilih .pdf, .docx atau .xlsx.")
    doc = build_konsolidasi(data)
    return atomic_write(out, lambda temp: writer().write(doc, temp))
