"""Rekap Pengaduan: the complaints of a period in figures, the ones still open, and the log (export layer).

The services layer fills ``request.options`` (``services.pengaduan_masuk.rekap_pengaduan_options``):
``rekap`` (a :class:`~sp_desktop.domain.pengaduan_masuk.ComplaintSummary`), ``daftar`` (the
period's complaints, oldest first), ``mulai``/``selesai`` (ISO, None = open-ended) and ``periode``.
"""

from __future__ import annotations

from datetime import date

from sp_desktop.domain.formatting import format_date, format_number
from sp_desktop.domain.model import Project
from sp_desktop.domain.pengaduan_masuk import (
    NO_SERVICE_LABEL,
    ComplaintSummary,
    channel_label,
    component_text,
)
from sp_desktop.domain.survei import STATUS_PENGADUAN, PengaduanMasuk

from . import parts
from .blocks import Heading, Labeled, Paragraph, ReportDocument, Spacer, Table
from .catalog import DocRequest
from .errors import ExportError

TITLE = "REKAPITULASI PENGADUAN MASYARAKAT"
PART_TITLES = (
    "A. Jumlah Pengaduan per Jenis Pelayanan",
    "B. Jumlah Pengaduan per Komponen Standar Pelayanan",
    "C. Jumlah Pengaduan per Status dan Saluran",
    "D. Pengaduan yang Belum Selesai",
    "E. Daftar Pengaduan",
)
INTRO = (
    "Rekapitulasi ini memuat pengaduan, saran, dan masukan masyarakat yang diterima melalui saluran pengaduan, "
    "dikelompokkan menurut jenis pelayanan, komponen standar pelayanan, dan status penyelesaiannya, sebagai bahan "
    "evaluasi dan perbaikan standar pelayanan."
)


def _day(text: str | None) -> str:
    if not text:
        return "-"
    try:
        return format_date(date.fromisoformat(text))
    except ValueError:
        return text


def period_text(mulai: str | None, selesai: str | None, periode: str = "") -> str:
    """The period line: "Semester I 2026 (1 Januari 2026 s.d. 30 Juni 2026)", or the whole log."""
    if not mulai and not selesai:
        return "Seluruh pengaduan yang tercatat"
    if mulai and selesai:
        span = f"{_day(mulai)} s.d. {_day(selesai)}"
    elif mulai:
        span = f"sejak {_day(mulai)}"
    else:
        span = f"sampai dengan {_day(selesai)}"
    return f"{periode} ({span})" if periode else span


def _share(n: int, total: int) -> str:
    return format_number(100 * n / total, 1) + "%" if total else "0%"


def _counted(rows, total: int, label) -> tuple[tuple[str, ...], ...]:
    body = tuple((str(i), label(v), format_number(n), _share(n, total)) for i, (v, n) in enumerate(rows, start=1))
    return (*body, ("", "Jumlah", format_number(total), _share(total, total) if total else "0%"))


def _count_table(title: str, rows, total: int, label) -> list:
    if not total:
        return [Paragraph("Tidak ada pengaduan pada periode ini.", italic=True)]
    return [Table(header=("No", title, "Jumlah", "Persentase"), rows=_counted(rows, total, label),
                  widths=(0.08, 0.58, 0.16, 0.18), align=("center", "left", "right", "right"), total_row=True)]


def _status_and_channels(rekap: ComplaintSummary) -> list:
    status = _count_table("Status", rekap.per_status, rekap.jumlah, lambda v: STATUS_PENGADUAN.get(v, v))
    if not rekap.jumlah:
        return status
    channels = _count_table("Saluran pengaduan", rekap.per_saluran, rekap.jumlah,
                            lambda v: channel_label(v or ""))
    return [*status, Spacer(3), *channels]


def _open(rekap: ComplaintSummary) -> list:
    if not rekap.terbuka:
        return [Paragraph("Semua pengaduan pada periode ini sudah selesai ditindaklanjuti.", italic=True)]
    rows = tuple((str(i), _day(p.tanggal), p.layanan or "-", p.ringkasan, STATUS_PENGADUAN.get(p.status, p.status),
                  f"{format_number(age)} hari") for i, (p, age) in enumerate(rekap.terbuka, start=1))
    return [Paragraph(f"Umur pengaduan dihitung sampai {_day(rekap.acuan)}.", italic=True),
            Table(header=("No", "Diterima", "Jenis Pelayanan", "Ringkasan", "Status", "Umur"), rows=rows,
                  widths=(0.06, 0.15, 0.22, 0.35, 0.11, 0.11),
                  align=("center", "left", "left", "left", "left", "right"), size=0.9)]


def _log(items: list[PengaduanMasuk]) -> list:
    if not items:
        return [Paragraph("Belum ada pengaduan yang tercatat.", italic=True)]
    rows = tuple((str(i), f"{_day(p.tanggal)} ({channel_label(p.saluran)})", p.layanan or "-",
                  component_text(p.komponen), p.ringkasan, STATUS_PENGADUAN.get(p.status, p.status),
                  (p.tindak_lanjut or "-") + (f" (selesai {_day(p.tanggal_selesai)})" if p.tanggal_selesai else ""))
                 for i, p in enumerate(items, start=1))
    return [Table(header=("No", "Diterima (Saluran)", "Jenis Pelayanan", "Komponen", "Ringkasan", "Status",
                          "Tindak Lanjut"), rows=rows,
                  widths=(0.05, 0.17, 0.15, 0.14, 0.18, 0.10, 0.21),
                  align=("center", "left", "left", "left", "left", "left", "left"), size=0.8)]


def build_rekap_pengaduan(project: Project, request: DocRequest) -> ReportDocument:
    """The Rekap Pengaduan for signature by the head: kop, title, period, parts A-E, signature.

    Raises:
        ExportError: the services layer did not fill the figures in.
    """
    rekap = request.options.get("rekap")
    if not isinstance(rekap, ComplaintSummary):
        raise ExportError("Rekap pengaduan dibuat dari proyek yang terbuka; angka-angkanya belum dibaca.")
    items = list(request.options.get("daftar") or [])
    paper = parts.paper_of(project, request.paper)
    unit = parts.unit_with_region(project)
    kota = project.instansi.kota.strip() or parts.BLANK
    periode = period_text(rekap.mulai, rekap.selesai, str(request.options.get("periode") or ""))
    average = "Belum ada pengaduan yang selesai"
    if rekap.rata_hari_selesai is not None:
        average = (f"{format_number(round(rekap.rata_hari_selesai, 1))} hari "
                   f"({format_number(rekap.jumlah_selesai)} pengaduan selesai)")
    blocks: list = [
        parts.kop(project),
        Heading(TITLE, level=0),
        Paragraph(f"PADA {unit.upper()}", align="center", bold=True, space_after=10),
        Paragraph(INTRO, align="justify"),
    ]
    facts = (("Periode", periode), ("Jumlah pengaduan diterima", format_number(rekap.jumlah)),
             ("Sudah selesai", format_number(dict(rekap.per_status).get("selesai", 0))),
             ("Belum selesai", format_number(rekap.terbuka_jumlah)), ("Rata-rata waktu penyelesaian", average))
    blocks += [Labeled(label, (("", value),), label_width_mm=62, gap_pt=0, marker_width_mm=0, justify=False)
               for label, value in facts]
    blocks.append(Spacer(3))
    sections = (
        _count_table("Jenis Pelayanan", rekap.per_layanan, rekap.jumlah, lambda v: v or NO_SERVICE_LABEL),
        _count_table("Komponen", rekap.per_komponen, rekap.jumlah, component_text),
        _status_and_channels(rekap),
        _open(rekap),
        _log(items),
    )
    for title, section in zip(PART_TITLES, sections, strict=True):
        blocks += [Heading(title, level=2, align="left"), *section, Spacer(4)]
    place_date = f"{kota}, {format_date(parts.iso_date(str(request.options.get('tanggal') or '')))}"
    blocks += [Spacer(8), parts.signature(project, (place_date,))]
    return ReportDocument(kind="rekap-pengaduan", title=f"Rekapitulasi Pengaduan {unit}".strip(),
                          page=parts.page_setup(project, paper), blocks=blocks, author=project.instansi.nama)
