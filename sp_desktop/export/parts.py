"""Parts shared by the documents: page setup, kop, signature block, lampiran block, dates (export layer)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from sp_desktop.domain.formatting import format_date, format_nip_line, format_pangkat
from sp_desktop.domain.model import Layanan, Project

from .blocks import (
    PAGE_LABEL,
    PAPER_MM,
    TATA_NASKAH_LABEL,
    Heading,
    Kop,
    LampiranBlock,
    PageSetup,
    Paragraph,
    SignatureBlock,
    Spacer,
)
from .errors import ExportError

BLANK = "...................................."
"""Dotted line left for the head's office to fill in by hand."""


def paper_of(project: Project, paper: str | None) -> str:
    """The paper key to use: ``paper`` when given, else the project's setting.

    Raises:
        ExportError: For an unknown paper.
    """
    key = (paper or project.pengaturan.kertas or "f4").strip().lower()
    if key not in PAPER_MM:
        raise ExportError(f"Ukuran kertas '{paper}' tidak dikenal; pilih F4 atau A4.")
    return key


def page_setup(project: Project, paper: str, **marks) -> PageSetup:
    """A page setup with the project's margins, font size and page-number form plus the given page marks.

    A document with page numbers gets the project's form (``Pengaturan.nomor_halaman``): "Halaman X dari
    Y" in the footer, or the tata naskah "- 2 -" centred at the top with none on the first page.
    """
    settings = project.pengaturan
    margins = tuple(float(m) for m in settings.margin_mm)
    if len(margins) != 4 or any(m < 0 for m in margins):
        margins = PageSetup().margins_mm
    size = float(settings.ukuran_huruf) if settings.ukuran_huruf else 11.0
    if marks.get("page_label", PAGE_LABEL) and settings.nomor_halaman == "tata_naskah":
        marks.update(page_label=TATA_NASKAH_LABEL, page_number_top=True)
    return PageSetup(paper=paper, margins_mm=margins, font_size=max(6.0, min(size, 36.0)), **marks)


def iso_date(text: str | None, default_today: bool = True) -> date | None:
    """Parse an ISO ``YYYY-MM-DD`` date; "" gives today (or None when ``default_today`` is false)."""
    text = (text or "").strip()
    if not text:
        return date.today() if default_today else None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return date.today() if default_today else None


def region(project: Project) -> str:
    """The region of the unit, e.g. "Kota Bontang" from "Pemerintah Kota Bontang"."""
    text = project.instansi.pemerintah_daerah.strip()
    return re.sub(r"^pemerintah\s+", "", text, flags=re.IGNORECASE)


def unit_with_region(project: Project) -> str:
    """The unit's name followed by its region unless the name already says it."""
    name = project.instansi.nama.strip()
    reg = region(project)
    if reg and reg.lower() not in name.lower():
        return f"{name} {reg}".strip()
    return name


def jabatan_kepala(project: Project) -> str:
    """The head's office, e.g. "Kepala Dinas Kependudukan dan Pencatatan Sipil"."""
    kepala = project.instansi.kepala
    return kepala.jabatan.strip() or f"Kepala {project.instansi.nama.strip()}".strip()


def kop(project: Project) -> Kop:
    """The letterhead from the unit's profile."""
    ins = project.instansi
    contact = []
    if ins.alamat.strip():
        contact.append(ins.alamat.strip())
    phone_mail = ", ".join(
        part
        for part in (
            f"Telepon {ins.telepon.strip()}" if ins.telepon.strip() else "",
            f"Pos-el: {ins.email.strip()}" if ins.email.strip() else "",
        )
        if part
    )
    if phone_mail:
        contact.append(phone_mail)
    if ins.laman.strip():
        contact.append(f"Laman: {ins.laman.strip()}")
    return Kop(
        pemerintah=ins.pemerintah_daerah.strip().upper(),
        unit=ins.nama.strip().upper(),
        lines=tuple(contact),
        logo=project.logo.data if project.logo is not None and project.logo.data else None,
    )


def signature(project: Project, lines_before: Sequence[str], size: float = 1.0) -> SignatureBlock:
    """The head's signature block under the given place/date lines."""
    kepala = project.instansi.kepala
    return SignatureBlock(
        lines_before=tuple(lines_before),
        jabatan=jabatan_kepala(project).upper() + ",",
        nama=kepala.nama.strip() or BLANK,
        pangkat=format_pangkat(kepala.pangkat, kepala.golongan),
        nip_line=format_nip_line(kepala.nip),
        size=size,
    )


def penetapan(project: Project) -> tuple[str, str]:
    """The decree's number and its formatted date, or dotted blanks when not yet adopted."""
    data = project.extra.get("penetapan") or {}
    if not isinstance(data, dict):
        data = {}
    nomor = str(data.get("nomor") or "").strip() or BLANK
    tanggal = iso_date(str(data.get("tanggal") or ""), default_today=False)
    return nomor, format_date(tanggal) if tanggal else BLANK


def roman(n: int) -> str:
    """``n`` (1-3999) in Roman numerals: the number of a decree's Lampiran."""
    out = []
    for value, numeral in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                           (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        count, n = divmod(n, value)
        out.append(numeral * count)
    return "".join(out)


def lampiran(project: Project, number: str = "") -> LampiranBlock:
    """The appendix block: LAMPIRAN [I] KEPUTUSAN … / NOMOR / TANGGAL / TENTANG."""
    nomor, tanggal = penetapan(project)
    jabatan = jabatan_kepala(project)
    reg = region(project)
    if reg and reg.lower() not in jabatan.lower():
        jabatan = f"{jabatan} {reg}"
    label = f"LAMPIRAN {number}" if number else "LAMPIRAN"
    return LampiranBlock(
        title=f"{label} KEPUTUSAN {jabatan.upper()}",
        rows=(
            ("NOMOR", nomor),
            ("TANGGAL", tanggal),
            ("TENTANG", f"PENETAPAN STANDAR PELAYANAN PADA {unit_with_region(project).upper()}"),
        ),
    )


def standar_opening(project: Project, number: str = "") -> list:
    """The start of a Lampiran of the Standar Pelayanan: the appendix block and the title."""
    unit = unit_with_region(project)
    return [
        lampiran(project, number),
        Heading("STANDAR PELAYANAN", level=0),
        Paragraph(f"PADA {unit.upper()}", align="center", bold=True, space_after=10),
    ]


def standar_closing(project: Project) -> list:
    """The end of a Lampiran of the Standar Pelayanan: place, date and the head's signature."""
    _, tanggal = penetapan(project)
    kota = project.instansi.kota.strip() or BLANK
    return [Spacer(8), signature(project, (f"Ditetapkan di {kota}", f"pada tanggal {tanggal}"))]


def select_services(project: Project, service_ids: Sequence[int] | None) -> list[Layanan]:
    """The chosen services in project order.

    Args:
        project: The project.
        service_ids: ``Layanan.id`` values, or None for every service.

    Raises:
        ExportError: When no service is chosen or an id is unknown.
    """
    if service_ids is None:
        chosen = list(project.layanan)
    else:
        wanted = set(service_ids)
        known = {layanan.id for layanan in project.layanan}
        unknown = sorted(wanted - known)
        if unknown:
            raise ExportError(f"Layanan dengan id {', '.join(map(str, unknown))} tidak ada dalam proyek.")
        chosen = [layanan for layanan in project.layanan if layanan.id in wanted]
    if not chosen:
        raise ExportError("Belum ada jenis pelayanan yang dipilih untuk diekspor.")
    return chosen
