"""What the meeting documents share: the discussion asked for, its date and time, the signers (export layer)."""

from __future__ import annotations

from datetime import date, time

from sp_desktop.domain.enums import MetodePembahasan, UnsurPeserta
from sp_desktop.domain.formatting import format_nip_line
from sp_desktop.domain.formatting.dates import format_date, format_day_date, format_time_range
from sp_desktop.domain.model import Project
from sp_desktop.domain.pembahasan import Pembahasan, Peserta, all_from_extra

from .blocks import Labeled, PageSetup, SignatureBlock
from .catalog import DocRequest
from .errors import ExportError
from .parts import BLANK, iso_date, page_setup, paper_of, signature, unit_with_region

KETUA_TIM = "Ketua Tim Penyusun Standar Pelayanan"
ROW_LABEL_MM = 32.0


def discussion(project: Project, request: DocRequest) -> Pembahasan:
    """The discussion the document is about: ``request.session_index`` (0-based), else the last one.

    Raises:
        ExportError: when the project has no discussion or the index is out of range.
    """
    discussions = all_from_extra(project.extra)
    if not discussions:
        raise ExportError("Belum ada pembahasan di proyek ini. "
                          "Rencanakan pembahasan di halaman Pembahasan lebih dahulu.")
    index = request.session_index
    if index is None:
        return discussions[-1]
    if not 0 <= index < len(discussions):
        raise ExportError(f"Pembahasan ke-{index + 1} tidak ada; proyek ini memiliki {len(discussions)} pembahasan.")
    return discussions[index]


def page(project: Project, request: DocRequest) -> PageSetup:
    return page_setup(project, paper_of(project, request.paper))


def meeting_date(p: Pembahasan) -> date | None:
    return iso_date(p.tanggal, default_today=False)


def day_date(p: Pembahasan) -> str:
    """``"Jumat, 23 November 2018"`` or dotted blanks."""
    d = meeting_date(p)
    return format_day_date(d) if d else BLANK


def _clock(text: str) -> time | None:
    try:
        hour, minute = (int(part) for part in (text or "").strip().replace(".", ":").split(":")[:2])
        return time(hour, minute)
    except ValueError:
        return None


def clock_range(p: Pembahasan, project: Project) -> str:
    """``"09.00 s.d. 12.00 WITA"``, ``"09.00 WITA s.d. selesai"`` without an end, dotted blanks without a start."""
    start = _clock(p.mulai)
    if start is None:
        return BLANK
    return format_time_range(start, _clock(p.selesai), project.instansi.zona_waktu)


def method_label(p: Pembahasan) -> str:
    try:
        return MetodePembahasan(p.metode).label
    except ValueError:
        return p.metode or BLANK


def unsur_label(key: str) -> str:
    try:
        return UnsurPeserta(key).label
    except ValueError:
        return key


def who(peserta: Peserta) -> str:
    """``"Jabatan, Instansi"`` of a participant ("" when neither is known)."""
    return ", ".join(part.strip() for part in (peserta.jabatan, peserta.instansi) if part.strip())


def place_date(project: Project, d: date | None) -> str:
    kota = project.instansi.kota.strip() or BLANK
    return f"{kota}, {format_date(d) if d else BLANK}"


def ketua_signature(project: Project, lines_before: tuple[str, ...] = (), jabatan: str = "") -> SignatureBlock:
    """The ketua tim's signature block (from the team list); dotted blanks when there is no ketua."""
    ketua = next((m for m in project.tim if m.peran == "ketua"), None)
    return SignatureBlock(
        lines_before=lines_before,
        jabatan=(jabatan or KETUA_TIM) + ",",
        nama=(ketua.nama.strip() if ketua else "") or BLANK,
        nip_line=format_nip_line(ketua.nip) if ketua else "",
    )


def unit_signature(project: Project, p: Pembahasan, lines_before: tuple[str, ...] = ()) -> SignatureBlock:
    """The head's block, or the ketua tim's when the discussion says the ketua signs (``penandatangan_undangan``)."""
    if p.penandatangan_undangan == "ketua":
        return ketua_signature(project, lines_before)
    return signature(project, lines_before)


def rows(pairs: list[tuple[str, str]], indent_mm: float = 0.0, gap_pt: float = 1.0,
         label_mm: float = ROW_LABEL_MM) -> list[Labeled]:
    """``Label : value`` lines, one Labeled block each (the last one followed by a wider gap)."""
    out = []
    for n, (label, value) in enumerate(pairs, start=1):
        out.append(Labeled(label, (("", value),), label_width_mm=label_mm, indent_mm=indent_mm,
                           gap_pt=gap_pt if n < len(pairs) else 6.0, justify=False))
    return out


def services_text(p: Pembahasan) -> str:
    return ", ".join(p.layanan) if p.layanan else BLANK


def unit_name(project: Project) -> str:
    return unit_with_region(project)
