"""The Berita Acara Pembahasan and the Laporan Pelaksanaan of a discussion (export layer).

``build_berita_acara`` (domain.md section 3.3) and ``build_laporan`` are registered in
``catalog.BUILDERS`` as ``berita-acara`` and ``laporan-pembahasan``.
"""

from __future__ import annotations

from sp_desktop.domain.components import komponen_label
from sp_desktop.domain.enums import UnsurPeserta
from sp_desktop.domain.formatting.dates import format_date, spell_date
from sp_desktop.domain.model import Project
from sp_desktop.domain.pembahasan import PEKPPP_UNSUR, Masukan, Pembahasan, outside_unsur

from . import meeting_common as mc
from .blocks import (
    Heading,
    Image,
    Labeled,
    LampiranBlock,
    PageBreak,
    Paragraph,
    ReportDocument,
    SignatureBlock,
    SignatureRow,
    Spacer,
    Table,
)
from .catalog import DocRequest
from .errors import DocumentRefused
from .parts import BLANK, jabatan_kepala, kop

MASUKAN_HEADER = ("NO", "JENIS PELAYANAN", "KOMPONEN", "MASUKAN", "TINDAK LANJUT/KESEPAKATAN")
MASUKAN_WIDTHS = (0.06, 0.20, 0.16, 0.29, 0.29)
PHOTO_HEIGHT_MM = 62.0
LABEL_MM = 42.0  # "Nomor berita acara" on one line

CLOSING = "Demikian Berita Acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya."


def refusal(p: Pembahasan) -> list[str]:
    """What keeps the Berita Acara from being made ([] when nothing)."""
    missing = []
    if mc.meeting_date(p) is None:
        missing.append("- tanggal pembahasan belum diisi")
    if not any(x.hadir and x.dari_luar for x in p.peserta):
        missing.append("- belum ada peserta dari luar unit (masyarakat atau pihak terkait) yang ditandai hadir")
    return [line + (";" if n < len(missing) else ".") for n, line in enumerate(missing, start=1)]


def _masukan_table(entries: list[Masukan], with_agreement: bool = True) -> Table:
    rows = []
    for n, m in enumerate(entries, start=1):
        follow = m.tindak_lanjut.strip() or "-"
        if with_agreement:
            follow += "\n(Disepakati)" if m.disepakati else "\n(Tidak disepakati)"
        rows.append((str(n), m.layanan.strip() or "-", komponen_label(m.komponen), m.masukan.strip() or "-", follow))
    return Table(MASUKAN_HEADER, tuple(rows), MASUKAN_WIDTHS, ("center",), size=0.9)


# ----------------------------------------------------------------------------------------------
# Berita Acara


def build_berita_acara(project: Project, request: DocRequest) -> ReportDocument:
    """The minutes of agreement, ready to sign; refused without a date or an outside participant present.

    Raises:
        DocumentRefused: naming what is missing.
    """
    p = mc.discussion(project, request)
    missing = refusal(p)
    if missing:
        raise DocumentRefused(["Berita Acara Pembahasan belum dapat dibuat:", *missing])
    d = mc.meeting_date(p)
    setup = mc.page(project, request)
    unit = mc.unit_name(project)
    nomor = p.nomor_berita_acara.strip() or BLANK
    opening = (
        f"Pada {spell_date(d).replace('hari ', 'hari ini ', 1)} ({d:%d-%m-%Y}), pukul {mc.clock_range(p, project)}, "
        f"bertempat di {p.tempat.strip() or BLANK}, telah dilaksanakan pembahasan Rancangan Standar Pelayanan "
        f"{unit} melalui {_lower_first(mc.method_label(p))} bersama perwakilan masyarakat pengguna layanan dan "
        "pihak terkait, sebagaimana daftar hadir terlampir, dengan hasil sebagai berikut:"
    )
    services = tuple((f"{chr(97 + n)}." if n < 26 else "-", name) for n, name in enumerate(p.layanan))
    blocks: list = [
        kop(project),
        Heading("BERITA ACARA", level=0),
        Paragraph("PEMBAHASAN RANCANGAN STANDAR PELAYANAN", align="center", bold=True, space_after=0),
        Paragraph(f"PADA {unit.upper()}", align="center", bold=True, space_after=0),
        Paragraph(f"NOMOR : {nomor}", align="center", space_after=10),
        Paragraph(opening, align="justify", space_after=6),
        Labeled("", (("1.", "Jenis pelayanan yang dibahas:"),), gap_pt=1),
    ]
    if services:
        blocks.append(Labeled("", services, label_width_mm=0, indent_mm=8, gap_pt=1, marker_width_mm=7))
    else:
        blocks.append(Labeled("", (("", BLANK),), indent_mm=8, gap_pt=1))
    blocks.append(Labeled("", (("2.", "Masukan dan tanggapan peserta serta tindak lanjutnya:"),), gap_pt=2))
    if p.masukan:
        blocks.append(_masukan_table(p.masukan))
    else:
        blocks.append(Labeled("", (("", "Tidak ada masukan dari peserta."),), indent_mm=8, gap_pt=2))
    agreed = ("dengan perbaikan sebagaimana tersebut di atas " if any(m.disepakati for m in p.masukan) else "")
    blocks += [
        Labeled("", (("3.", f"Peserta menyepakati Rancangan Standar Pelayanan {agreed}untuk ditetapkan oleh "
                             f"{jabatan_kepala(project)}."),)),
        Paragraph(CLOSING, align="justify", space_after=8),
        SignatureRow((_public_signature(p), _unit_block(project, p, d))),
        *_attachments(project, p, nomor, d),
        *_photo_pages(request, setup.text_width_mm, _lampiran(nomor, d)),
    ]
    return ReportDocument(kind="berita-acara", title="Berita Acara Pembahasan Rancangan Standar Pelayanan",
                          page=setup, blocks=blocks, author=project.instansi.nama)


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text and not text[:2].isupper() else text


def _public_signature(p: Pembahasan) -> SignatureBlock:
    name = p.penandatangan_masyarakat.strip()
    person = next((x for x in p.peserta if name and x.nama.strip() == name), None)
    where = (mc.who(person) or mc.unsur_label(person.unsur)) if person else "Pengguna Layanan"
    return SignatureBlock(lines_before=(), jabatan=f"Perwakilan Masyarakat,\n{where}", nama=name or BLANK)


def _unit_block(project: Project, p: Pembahasan, d) -> SignatureBlock:
    base = mc.unit_signature(project, p, (mc.place_date(project, d),))
    return SignatureBlock(lines_before=base.lines_before, jabatan=f"Perwakilan Penyelenggara,\n{base.jabatan}",
                          nama=base.nama, pangkat=base.pangkat, nip_line=base.nip_line)


def _attachments(project: Project, p: Pembahasan, nomor: str, d) -> list:
    present = p.hadir()
    rows = tuple(
        (str(n), x.nama.strip() or BLANK, mc.who(x) or "-", mc.unsur_label(x.unsur),
         "Diundang" if x.diundang else "Tanpa undangan")
        for n, x in enumerate(present, start=1)
    )
    lampiran = _lampiran(nomor, d)
    out: list = [
        PageBreak(), lampiran,
        Heading("DAFTAR PESERTA YANG HADIR", level=1),
        Table(("NO", "NAMA", "JABATAN / INSTANSI", "UNSUR", "KETERANGAN"), rows, (0.06, 0.25, 0.27, 0.23, 0.19),
              ("center",), size=0.9),
        Paragraph(f"Jumlah peserta hadir: {len(present)} orang.", space_after=4),
    ]
    if p.notulen.strip():
        out += [PageBreak(), lampiran, Heading("NOTULEN PEMBAHASAN", level=1)]
        out += [Paragraph(part.strip(), align="justify") for part in p.notulen.split("\n\n") if part.strip()]
    return out


def _lampiran(nomor: str, d) -> LampiranBlock:
    return LampiranBlock("LAMPIRAN BERITA ACARA PEMBAHASAN RANCANGAN STANDAR PELAYANAN",
                         (("NOMOR", nomor), ("TANGGAL", format_date(d))))


def _photos(request: DocRequest, text_width_mm: float) -> list[Image]:
    """The discussion's photos (``request.files``), two side by side, each with its caption or "Foto N"."""
    half = text_width_mm / 2
    found = [(fid, data) for fid, data in request.files.items() if data]
    return [Image(data, half - 2, PHOTO_HEIGHT_MM, request.captions.get(fid, "").strip() or f"Foto {n}")
            for n, (fid, data) in enumerate(found, start=1)]


def _photo_pages(request: DocRequest, text_width_mm: float, lampiran: LampiranBlock) -> list:
    """The attachment "Dokumentasi" (domain.md section 3.3): the photos on a page of their own, when there are any."""
    photos = _photos(request, text_width_mm)
    if not photos:
        return []
    return [PageBreak(), lampiran, Heading("DOKUMENTASI PEMBAHASAN", level=1), *photos]


# ----------------------------------------------------------------------------------------------
# Laporan Pelaksanaan


def build_laporan(project: Project, request: DocRequest) -> ReportDocument:
    """A short report of the discussion: what, who came by unsur, what was agreed, the photos."""
    p = mc.discussion(project, request)
    d = mc.meeting_date(p)
    setup = mc.page(project, request)
    services = tuple((f"{n}.", name) for n, name in enumerate(p.layanan, start=1)) or (("", BLANK),)
    agreed = [m for m in p.masukan if m.disepakati]
    outside = outside_unsur(p, attended_only=True)
    counted = [u for u in outside if u in PEKPPP_UNSUR]
    blocks: list = [
        kop(project),
        Heading("LAPORAN PELAKSANAAN", level=0),
        Paragraph("PEMBAHASAN RANCANGAN STANDAR PELAYANAN", align="center", bold=True, space_after=0),
        Paragraph(f"PADA {mc.unit_name(project).upper()}", align="center", bold=True, space_after=10),
        Heading("A. Pelaksanaan", level=2, align="left"),
        *mc.rows([("Metode", mc.method_label(p)), ("Hari/Tanggal", mc.day_date(p)),
                  ("Waktu", mc.clock_range(p, project)), ("Tempat", p.tempat.strip() or BLANK),
                  ("Nomor undangan", p.nomor_undangan.strip() or BLANK),
                  ("Nomor berita acara", p.nomor_berita_acara.strip() or BLANK)], label_mm=LABEL_MM),
        Labeled("Jenis pelayanan", services, label_width_mm=LABEL_MM, gap_pt=1, marker_width_mm=7, justify=False),
        Heading("B. Peserta menurut unsur", level=2, align="left"),
        _unsur_table(p),
        Paragraph(f"Unsur masyarakat di luar unit yang hadir: {len(outside)} unsur"
                  f" ({len(counted)} dari {len(PEKPPP_UNSUR)} unsur yang dinilai PEKPPP).", space_after=6),
        Heading("C. Hasil yang disepakati", level=2, align="left"),
    ]
    if agreed:
        blocks.append(_masukan_table(agreed, with_agreement=False))
    else:
        blocks.append(Paragraph("Tidak ada masukan yang disepakati untuk mengubah rancangan.", space_after=6))
    photos = _photos(request, setup.text_width_mm)
    if photos:
        blocks += [Heading("D. Dokumentasi", level=2, align="left"), *photos]
    blocks += [Spacer(6), mc.ketua_signature(project, (mc.place_date(project, d),))]
    return ReportDocument(kind="laporan-pembahasan", title="Laporan Pelaksanaan Pembahasan Standar Pelayanan",
                          page=setup, blocks=blocks, author=project.instansi.nama)


def _unsur_table(p: Pembahasan) -> Table:
    rows = []
    invited_total = present_total = 0
    for unsur in UnsurPeserta:
        invited = sum(1 for x in p.peserta if x.unsur == unsur.value and x.diundang)
        present = sum(1 for x in p.peserta if x.unsur == unsur.value and x.hadir)
        if not invited and not present:
            continue
        invited_total += invited
        present_total += present
        rows.append((str(len(rows) + 1), unsur.label, str(invited), str(present)))
    rows.append(("", "JUMLAH", str(invited_total), str(present_total)))
    return Table(("NO", "UNSUR", "DIUNDANG", "HADIR"), tuple(rows), (0.08, 0.56, 0.18, 0.18),
                 ("center", "left", "center", "center"), size=0.95, total_row=True)
