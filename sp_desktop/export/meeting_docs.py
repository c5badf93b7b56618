"""The invitation and the attendance sheet of a discussion with the public (export layer).

``build_undangan`` (domain.md section 3.1) and ``build_daftar_hadir`` (section 3.2) are registered in
``catalog.BUILDERS`` as ``undangan`` and ``daftar-hadir``; the Berita Acara and the Laporan
Pelaksanaan are in ``meeting_reports``.
"""

from __future__ import annotations

import math

from sp_desktop.domain.model import Project
from sp_desktop.domain.pembahasan import Pembahasan, Peserta

from . import meeting_common as mc
from .blocks import (
    Heading,
    Labeled,
    LampiranBlock,
    PageBreak,
    Paragraph,
    ReportDocument,
    SignatureBlock,
    Spacer,
    Table,
)
from .catalog import DocRequest
from .parts import BLANK, iso_date, kop

MAX_LISTED = 8
"""More invitees than this are listed on a lampiran page ("Daftar terlampir")."""
MIN_BLANK_ROWS = 5
"""Blank rows of the attendance sheet for those who come without an invitation, at the least."""
HADIR_ROW_MM = 12.0
HADIR_HEADER = ("NO", "NAMA", "UNSUR / INSTANSI", "NO. HP", "TANDA TANGAN")
HADIR_WIDTHS = (0.06, 0.25, 0.30, 0.17, 0.22)

OPENING = ("Dalam rangka penyusunan Standar Pelayanan pada {unit}, bersama ini kami mengundang "
           "Bapak/Ibu/Saudara untuk hadir pada:")
CLOSING = ("Mengingat pentingnya acara tersebut, diharapkan kehadiran Bapak/Ibu/Saudara tepat waktu. "
           "Demikian, atas perhatian dan kehadirannya diucapkan terima kasih.")


def invitees(p: Pembahasan) -> list[Peserta]:
    return [x for x in p.peserta if x.diundang]


def _address(x: Peserta) -> str:
    detail = mc.who(x)
    name = x.nama.strip() or BLANK
    return f"Bapak/Ibu {name}, {detail}" if detail else f"Bapak/Ibu {name}"


# ----------------------------------------------------------------------------------------------
# Undangan


def build_undangan(project: Project, request: DocRequest) -> ReportDocument:
    """The invitation letter of the discussion ``request.session_index`` (the last by default)."""
    p = mc.discussion(project, request)
    guests = invitees(p)
    attached = len(guests) > MAX_LISTED
    letter_date = iso_date(p.tanggal_undangan, default_today=False)
    lampiran = p.lampiran.strip() or ("1 (satu) berkas" if attached else "-")
    blocks: list = [
        kop(project),
        Paragraph(mc.place_date(project, letter_date), align="right", space_after=8),
        *mc.rows([("Nomor", p.nomor_undangan.strip() or BLANK), ("Sifat", p.sifat.strip() or "Biasa"),
                  ("Lampiran", lampiran), ("Hal", p.hal.strip() or BLANK)], gap_pt=0.0),
        Spacer(4),
        Paragraph("Kepada", space_after=0),
    ]
    if attached or not guests:
        who = "Bapak/Ibu/Saudara (daftar terlampir)" if attached else "Bapak/Ibu/Saudara peserta pembahasan"
        blocks.append(Labeled("Yth.", (("", who),), label_width_mm=10, colon=False, gap_pt=0))
    else:
        entries = tuple((f"{n}." if len(guests) > 1 else "", _address(x)) for n, x in enumerate(guests, start=1))
        blocks.append(Labeled("Yth.", entries, label_width_mm=10, colon=False, gap_pt=0, marker_width_mm=7))
    blocks += [
        Paragraph("di \u2013", space_after=0),
        Paragraph("\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0Tempat", space_after=10),
        Paragraph(OPENING.format(unit=mc.unit_name(project)), align="justify", space_after=6),
        *mc.rows([("Hari/Tanggal", mc.day_date(p)), ("Pukul", mc.clock_range(p, project)),
                  ("Tempat", p.tempat.strip() or BLANK), ("Acara", _acara(p))], indent_mm=10),
        Paragraph(CLOSING, align="justify", space_after=10),
        mc.unit_signature(project, p),
    ]
    if attached:
        blocks += _invitee_list(project, p, guests, letter_date)
    return ReportDocument(kind="undangan", title=p.hal.strip() or "Undangan Pembahasan", page=mc.page(project, request),
                          blocks=blocks, author=project.instansi.nama)


def _acara(p: Pembahasan) -> str:
    acara = p.acara.strip() or BLANK
    if not p.layanan:
        return acara
    if len(p.layanan) <= 4:
        return f"{acara}: {', '.join(p.layanan)}"
    return f"{acara} ({len(p.layanan)} jenis pelayanan, daftar dibagikan pada saat acara)"


def _invitee_list(project: Project, p: Pembahasan, guests: list[Peserta], letter_date) -> list:
    from sp_desktop.domain.formatting.dates import format_date

    rows = tuple(
        (str(n), x.nama.strip() or BLANK, mc.who(x) or "-", mc.unsur_label(x.unsur))
        for n, x in enumerate(guests, start=1)
    )
    return [
        PageBreak(),
        LampiranBlock("LAMPIRAN SURAT UNDANGAN", (
            ("NOMOR", p.nomor_undangan.strip() or BLANK),
            ("TANGGAL", format_date(letter_date) if letter_date else BLANK),
            ("HAL", p.hal.strip() or BLANK),
        )),
        Heading("DAFTAR UNDANGAN", level=1),
        Table(("NO", "NAMA", "JABATAN / INSTANSI", "UNSUR"), rows, (0.07, 0.30, 0.38, 0.25), ("center",), size=0.95),
        Spacer(6),
        mc.unit_signature(project, p),
    ]


# ----------------------------------------------------------------------------------------------
# Daftar Hadir


def build_daftar_hadir(project: Project, request: DocRequest) -> ReportDocument:
    """The attendance sheet for signing on paper: every participant, then blank rows for walk-ins."""
    p = mc.discussion(project, request)
    setup = mc.page(project, request)
    filled = tuple(_hadir_row(n, x) for n, x in enumerate(p.peserta, start=1))
    blank = blank_rows(len(filled), setup.size_mm[1] - setup.margins_mm[0] - setup.margins_mm[2])
    rows = filled + tuple((str(n), "", "", "", "") for n in range(len(filled) + 1, len(filled) + blank + 1))
    blocks = [
        Heading("DAFTAR HADIR", level=0),
        Paragraph("PEMBAHASAN RANCANGAN STANDAR PELAYANAN", align="center", bold=True, space_after=0),
        Paragraph(f"PADA {mc.unit_name(project).upper()}", align="center", bold=True, space_after=10),
        *mc.rows([("Acara", p.acara.strip() or BLANK), ("Hari/Tanggal", mc.day_date(p)),
                  ("Waktu", mc.clock_range(p, project)), ("Tempat", p.tempat.strip() or BLANK)]),
        Table(HADIR_HEADER, rows, HADIR_WIDTHS, ("center", "left", "left", "left", "left"),
              row_height_mm=HADIR_ROW_MM, signature_column=4, size=0.85),
        Spacer(4),
        _mengetahui(project),
    ]
    return ReportDocument(kind="daftar-hadir", title="Daftar Hadir Pembahasan Rancangan Standar Pelayanan",
                          page=setup, blocks=blocks, author=project.instansi.nama)


def _hadir_row(n: int, x: Peserta) -> tuple[str, ...]:
    detail = mc.who(x)
    unsur = mc.unsur_label(x.unsur)
    return (str(n), x.nama.strip(), f"{detail}\n{unsur}" if detail else unsur, x.telepon.strip(), "")


def _mengetahui(project: Project) -> SignatureBlock:
    return mc.ketua_signature(project, ("Mengetahui,",))


HEAD_MM = 52.0  # title, the four lines and the table header on the first page
TABLE_HEADER_MM = 11.0
SIGNATURE_MM = 45.0


def blank_rows(filled: int, body_mm: float, row_mm: float = HADIR_ROW_MM) -> int:
    """Blank rows after ``filled`` ones: at least ``MIN_BLANK_ROWS``, more to fill the last page.

    The last page keeps room for the "Mengetahui" signature; rows are counted at their least height
    (two-line cells may be a little taller, so one row is kept in reserve).
    """
    first = max(int((body_mm - HEAD_MM) // row_mm), 1)
    other = max(int((body_mm - TABLE_HEADER_MM) // row_mm), 1)
    total = filled + MIN_BLANK_ROWS
    if total <= first:
        capacity = first
    else:
        capacity = first + math.ceil((total - first) / other) * other
    room_for_signature = math.ceil(SIGNATURE_MM / row_mm) + 1
    blank = max(capacity - room_for_signature - filled, MIN_BLANK_ROWS)
    return blank
