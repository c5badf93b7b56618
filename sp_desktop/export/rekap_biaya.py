"""Rekap Biaya: the three results of the fee identification, per service, for planning and budget (export layer).

Perwali Metro 19/2018 BAB III A.4.g expects of the fee identification (1) what each service charges
its users, (2) what the unit bears, and (3) the list of services given free; BAB III D and A.4.d make
it the basis of the unit's budget. :func:`rekap_of` works the figures out once (stated fee, or the sum
of the procedure steps when derived) for both this document and the workbook (``rekap_biaya_xlsx``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sp_desktop.domain.derive import effective_biaya
from sp_desktop.domain.formatting import FREE_OF_CHARGE, format_date, format_rupiah
from sp_desktop.domain.model import Project

from . import parts
from .blocks import Heading, Paragraph, ReportDocument, Spacer, Table
from .catalog import DocRequest

TITLE = "REKAPITULASI BIAYA/TARIF PELAYANAN"
PART_TITLES = (
    "A. Biaya yang Dibebankan kepada Pengguna Layanan",
    "B. Biaya yang Dibebankan kepada Unit Pengelola Pelayanan",
    "C. Daftar Pelayanan yang Diberikan Gratis",
)
DERIVED_NOTE = "Dihitung dari tahapan prosedur"
STATED_NOTE = "Sesuai komponen biaya/tarif"
TOTAL_LABEL = "Jumlah"
INTRO = (
    "Rekapitulasi ini memuat hasil identifikasi biaya/tarif setiap jenis pelayanan: biaya yang dibebankan kepada "
    "pengguna layanan, biaya yang dibebankan kepada unit pengelola pelayanan, dan daftar pelayanan yang diberikan "
    "gratis, sebagai dasar pengajuan anggaran dan penentuan tarif."
)


@dataclass(frozen=True)
class BiayaRow:
    """The fee figures of one service.

    Attributes:
        nama: ``jenis_pelayanan``.
        tarif: what the user pays, in rupiah (0 = free).
        beban_unit: what the unit bears, in rupiah.
        dihitung: the figures are the sums of the procedure steps (no fee was stated).
        uraian: the fee as published for a free service (e.g. "GRATIS (tidak dipungut biaya)").
        dasar: the legal basis of the fee, as typed.
    """

    nama: str
    tarif: int
    beban_unit: int
    dihitung: bool
    uraian: str
    dasar: str

    @property
    def gratis(self) -> bool:
        return self.tarif == 0

    @property
    def cara_hitung(self) -> str:
        return DERIVED_NOTE if self.dihitung else STATED_NOTE


@dataclass(frozen=True)
class RekapBiaya:
    """Every chosen service's figures in project order, and the three parts drawn from them."""

    rows: tuple[BiayaRow, ...]

    @property
    def berbayar(self) -> tuple[BiayaRow, ...]:
        """Part A: the services that charge their users."""
        return tuple(r for r in self.rows if not r.gratis)

    @property
    def gratis(self) -> tuple[BiayaRow, ...]:
        """Part C: the services given free."""
        return tuple(r for r in self.rows if r.gratis)

    @property
    def total_tarif(self) -> int:
        return sum(r.tarif for r in self.rows)

    @property
    def total_beban_unit(self) -> int:
        return sum(r.beban_unit for r in self.rows)


def rekap_of(project: Project, request: DocRequest) -> RekapBiaya:
    """The figures of the chosen services (``request.service_ids``; all when None).

    Raises:
        ExportError: no service chosen, or an unknown id.
    """
    rows = []
    for layanan in parts.select_services(project, request.service_ids):
        biaya = effective_biaya(layanan)
        tarif = int(biaya.tarif or 0)
        uraian = (biaya.uraian.strip() or FREE_OF_CHARGE) if tarif == 0 else biaya.uraian.strip()
        rows.append(BiayaRow(layanan.jenis_pelayanan.strip(), tarif, int(biaya.beban_unit or 0),
                             layanan.biaya is None, uraian, biaya.dasar.strip()))
    return RekapBiaya(tuple(rows))


def signing_date(request: DocRequest) -> date:
    """The date above the signature: ``options["tanggal"]`` (ISO) when given, else today."""
    return parts.iso_date(str(request.options.get("tanggal") or ""))


def _numbered(rows, cells) -> tuple[tuple[str, ...], ...]:
    return tuple((str(i), *cells(r)) for i, r in enumerate(rows, start=1))


def _part_a(rekap: RekapBiaya) -> list:
    rows = rekap.berbayar
    if not rows:
        return [Paragraph("Tidak ada jenis pelayanan yang dipungut biaya.", italic=True)]
    body = _numbered(rows, lambda r: (r.nama, format_rupiah(r.tarif), r.dasar or "-"))
    total = ("", TOTAL_LABEL, format_rupiah(sum(r.tarif for r in rows)), "")
    return [Table(header=("No", "Jenis Pelayanan", "Tarif", "Dasar Hukum"), rows=(*body, total),
                  widths=(0.07, 0.43, 0.22, 0.28), align=("center", "left", "right", "left"), total_row=True)]


def _part_b(rekap: RekapBiaya) -> list:
    body = _numbered(rekap.rows, lambda r: (r.nama, format_rupiah(r.beban_unit), r.cara_hitung))
    total = ("", TOTAL_LABEL, format_rupiah(rekap.total_beban_unit), "")
    return [Table(header=("No", "Jenis Pelayanan", "Biaya Ditanggung Unit", "Keterangan"), rows=(*body, total),
                  widths=(0.07, 0.41, 0.24, 0.28), align=("center", "left", "right", "left"), total_row=True)]


def _part_c(rekap: RekapBiaya) -> list:
    rows = rekap.gratis
    if not rows:
        return [Paragraph("Semua jenis pelayanan dipungut biaya; tidak ada pelayanan yang diberikan gratis.",
                          italic=True)]
    body = _numbered(rows, lambda r: (r.nama, r.uraian))
    return [Table(header=("No", "Jenis Pelayanan", "Keterangan"), rows=body, widths=(0.07, 0.55, 0.38),
                  align=("center", "left", "left"))]


def build_rekap_biaya(project: Project, request: DocRequest) -> ReportDocument:
    """The Rekap Biaya for signature by the head: kop, title, parts A-C with their totals, signature."""
    rekap = rekap_of(project, request)
    paper = parts.paper_of(project, request.paper)
    unit = parts.unit_with_region(project)
    kota = project.instansi.kota.strip() or parts.BLANK
    blocks: list = [
        parts.kop(project),
        Heading(TITLE, level=0),
        Paragraph(f"PADA {unit.upper()}", align="center", bold=True, space_after=10),
        Paragraph(INTRO, align="justify"),
        Paragraph(f"Jumlah jenis pelayanan: {len(rekap.rows)}; dipungut biaya: {len(rekap.berbayar)}; "
                  f"gratis: {len(rekap.gratis)}.", space_after=8),
    ]
    for title, part in zip(PART_TITLES, (_part_a, _part_b, _part_c), strict=True):
        blocks += [Heading(title, level=2, align="left"), *part(rekap), Spacer(4)]
    place_date = f"{kota}, {format_date(signing_date(request))}"
    blocks += [Spacer(8), parts.signature(project, (place_date,))]
    return ReportDocument(kind="rekap-biaya", title=f"Rekapitulasi Biaya/Tarif Pelayanan {unit}".strip(),
                          page=parts.page_setup(project, paper), blocks=blocks, author=project.instansi.nama)
