"""The Surat Pengantar: the cover letter sending the draft decree to the Bagian Organisasi Sekretariat Daerah
for evaluation (export layer; Perwali Bontang 31/2018 Pasal 12 ayat (4)). Number and date come from
``Project.extra["evaluasi_sk"]`` (``domain.keputusan.EvaluasiSk``).
"""

from __future__ import annotations

from sp_desktop.domain.formatting import format_date
from sp_desktop.domain.keputusan import EvaluasiSk, from_dict
from sp_desktop.domain.model import Project
from sp_desktop.domain.pembahasan import all_from_extra

from . import parts, sk_parts
from .blocks import Block, Labeled, Paragraph, ReportDocument, Spacer
from .catalog import DocRequest
from .sk_penetapan import adopted_services

LETTER_LABEL_MM = 22.0


def evaluation(project: Project) -> EvaluasiSk:
    """The evaluation record kept in ``project.extra["evaluasi_sk"]`` (an empty one when absent)."""
    data = project.extra.get("evaluasi_sk")
    return from_dict(EvaluasiSk, data if isinstance(data, dict) else None)


def _field(label: str, value: str) -> Labeled:
    return Labeled(label, (("", value),), LETTER_LABEL_MM)


def _berita_acara(project: Project, names: set[str]) -> list[str]:
    """The numbers of the Berita Acara of the discussions covering the adopted services."""
    numbers = []
    for p in all_from_extra(project.extra):
        if p.nomor_berita_acara.strip() and names & set(p.layanan):
            numbers.append(p.nomor_berita_acara.strip())
    return list(dict.fromkeys(numbers))


def build_surat_pengantar(project: Project, request: DocRequest) -> ReportDocument:
    """The letter: kop, place and date, Nomor / Sifat / Lampiran / Hal, Yth., the request, the head's signature.

    Raises:
        DocumentRefused: When no service is ready to be adopted (there is no draft decree to send).
    """
    paper = parts.paper_of(project, request.paper)
    services = adopted_services(project, request.service_ids, "Surat pengantar evaluasi")
    ev = evaluation(project)
    issuer = sk_parts.adopting_issuer(project)
    unit = parts.unit_with_region(project)
    reg = parts.region(project)
    kota = project.instansi.kota.strip() or sk_parts.BLANK
    sent = parts.iso_date(ev.tanggal_kirim, default_today=False)
    decree = f"Rancangan Keputusan {issuer.office} tentang {sk_parts.penetapan_tentang(project)}"
    count = len(services)
    hal = f"Permohonan Evaluasi {decree}"
    if sk_parts.region_rule(project) == "bontang":
        opening = (
            f"Dalam rangka penetapan Standar Pelayanan pada {unit}, dan sesuai dengan ketentuan Pasal 12 ayat (4) "
            "Peraturan Wali Kota Bontang Nomor 31 Tahun 2018 tentang Pedoman Penyusunan Standar Pelayanan dan "
            "Maklumat Pelayanan di Lingkungan Pemerintah Daerah, bersama ini kami sampaikan "
            f"{decree} untuk dievaluasi sebelum ditetapkan."
        )
    else:
        opening = (
            f"Dalam rangka penetapan Standar Pelayanan pada {unit}, bersama ini kami sampaikan {decree} "
            "untuk mendapatkan evaluasi sebelum ditetapkan."
        )
    names = {s.jenis_pelayanan for s in services}
    numbers = _berita_acara(project, names)
    content = (
        f"Rancangan tersebut memuat Standar Pelayanan atas {count} jenis pelayanan beserta Maklumat Pelayanan"
    )
    if numbers:
        content += (
            ", dan telah dibahas bersama masyarakat dan pihak terkait sebagaimana tertuang dalam Berita Acara "
            f"Pembahasan Nomor {', '.join(numbers)} (terlampir)."
        )
    else:
        content += ", dan telah dibahas bersama masyarakat dan pihak terkait."
    blocks: list[Block] = [
        parts.kop(project),
        Paragraph(f"{kota}, {format_date(sent) if sent else sk_parts.BLANK}", align="right", space_after=8),
        _field("Nomor", ev.nomor_surat.strip() or sk_parts.BLANK),
        _field("Sifat", "Penting"),
        _field("Lampiran", "1 (satu) berkas"),
        _field("Hal", hal),
        Spacer(6),
        Paragraph("Yth. Kepala Bagian Organisasi", space_after=0),
        Paragraph(f"Sekretariat Daerah {reg}".strip(), space_after=0),
        Paragraph(f"di {kota}", space_after=10),
        Paragraph(opening, align="justify"),
        Paragraph(content, align="justify"),
        Paragraph("Demikian kami sampaikan. Atas perhatian dan kerja sama Bapak/Ibu, kami ucapkan terima kasih.",
                  align="justify", space_after=12),
        sk_parts.signer_block(sk_parts.kepala_unit(project), ()),
    ]
    page = parts.page_setup(project, paper, page_label=None)
    return ReportDocument("surat-pengantar", hal, page, blocks, project.instansi.nama)
