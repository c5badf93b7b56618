"""The SK Penetapan: the decree adopting the standards, with the Standar Pelayanan (Lampiran I) and the
Maklumat (Lampiran II) (export layer; ``domain.md`` §3.4, Perwali Bontang 31/2018 Pasal 12 and 14).

The decree prints with a dotted "NOMOR : …" while it has no number (the draft for the signing session or
for the Bagian Organisasi's evaluation) and with its number and date once they are recorded.
"""

from __future__ import annotations

from collections.abc import Sequence

from sp_desktop.domain.checks import check_layanan
from sp_desktop.domain.enums import StatusLayanan, Tingkat
from sp_desktop.domain.formatting import format_date
from sp_desktop.domain.keputusan import Keputusan
from sp_desktop.domain.legal_citations import proposed_mengingat
from sp_desktop.domain.model import Layanan, Project

from . import parts, sk_parts
from .blocks import Block, Kop, PageBreak, ReportDocument, Spacer
from .catalog import DocRequest
from .errors import BlockingFindings, DocumentRefused, ServiceRef
from .report_model import build_maklumat, standar_service_blocks
from .sk_parts import Issuer

ADOPTABLE = (StatusLayanan.SIAP_DITETAPKAN.value, StatusLayanan.DITETAPKAN.value)
"""The statuses of the services a decree adopts when the caller names none."""

_RULE = {
    "bontang": ("Pasal 12 ayat (2) Peraturan Wali Kota Bontang Nomor 31 Tahun 2018 tentang Pedoman Penyusunan "
                "Standar Pelayanan dan Maklumat Pelayanan di Lingkungan Pemerintah Daerah"),
    "metro": ("Pasal 1 ayat (3) Peraturan Wali Kota Metro Nomor 19 Tahun 2018 tentang Pedoman Penyusunan "
              "Standar Pelayanan"),
}
"""Where each Perwali has the head of the region adopt a PTSP's (and a PATEN's) standards."""


def adopted_services(
    project: Project, service_ids: Sequence[int] | None, what: str = "Keputusan penetapan"
) -> list[Layanan]:
    """The services a decree adopts: the chosen ones, else those "siap ditetapkan" or "ditetapkan".

    ``what`` names the document in the refusal ("Buku Standar Pelayanan").

    Raises:
        DocumentRefused: When none is ready, or a chosen one is still a draft.
        BlockingFindings: When a chosen service still has blocking findings.
        ExportError: For an unknown id.
    """
    if service_ids is None:
        services = [s for s in project.layanan if s.status in ADOPTABLE]
        if not services:
            raise DocumentRefused([
                f"{what} belum dapat dibuat:",
                "- belum ada standar pelayanan berstatus Siap ditetapkan atau Ditetapkan.",
            ])
    else:
        services = parts.select_services(project, service_ids)
        drafts = [s for s in services if not StatusLayanan.past_draft(s.status)]
        if drafts:
            raise DocumentRefused([
                f"{what} belum dapat dibuat; standar berikut masih berstatus Draf:",
                *(f"- {s.jenis_pelayanan or '(tanpa nama)'}" for s in drafts),
            ])
    problems = [
        (ServiceRef(s.id, s.jenis_pelayanan), f)
        for s in services
        for f in check_layanan(s)
        if f.tingkat == Tingkat.BLOKIR.value
    ]
    if problems:
        raise BlockingFindings(problems)
    return services


def _replaced(k: Keputusan) -> tuple[str, str] | None:
    """Number and formatted date of the decree a revision replaces, or None."""
    if not k.menggantikan.strip():
        return None
    nomor, _, tanggal = k.menggantikan.partition("|")
    day = parts.iso_date(tanggal, default_today=False)
    return nomor.strip() or sk_parts.BLANK, format_date(day) if day else ""


def _decree_name(issuer: Issuer, nomor: str, tanggal: str, tentang: str) -> str:
    dated = f" tanggal {tanggal}" if tanggal else ""
    return f"Keputusan {issuer.office} Nomor {nomor}{dated} tentang {tentang}"


def menimbang(project: Project, issuer: Issuer, k: Keputusan) -> list[str]:
    """The considerations: the decree's own, else the built-in ones; a revision's name the decree it replaces."""
    unit = parts.unit_with_region(project)
    tentang = sk_parts.penetapan_tentang(project)
    replaced = _replaced(k)
    replacing = ""
    if replaced:
        replacing = (
            f"bahwa {_decree_name(issuer, *replaced, tentang)} perlu diganti karena terdapat perubahan Standar "
            "Pelayanan sebagai akibat perubahan kebijakan, inovasi pelayanan, penerapan teknologi informasi, "
            "proses bisnis, atau perubahan lainnya"
        )
    own = [t for t in k.menimbang if t and t.strip()]
    if own:
        if replaced and not any(replaced[0] in t for t in own):
            own.insert(max(len(own) - 1, 0), replacing)
        return own
    texts = [
        "bahwa dalam rangka mewujudkan penyelenggaraan pelayanan publik sesuai dengan asas penyelenggaraan "
        "pemerintahan yang baik, serta guna mewujudkan kepastian hak dan kewajiban berbagai pihak yang terkait "
        "dengan penyelenggaraan pelayanan, setiap penyelenggara pelayanan publik wajib menetapkan Standar Pelayanan",
        "bahwa untuk memberikan acuan dalam penilaian ukuran kinerja dan kualitas penyelenggaraan pelayanan "
        f"pada {unit}, perlu ditetapkan Standar Pelayanan dan Maklumat Pelayanan pada {unit}",
    ]
    rule = _RULE.get(sk_parts.region_rule(project))
    if issuer.kepala_daerah:
        where = f"sesuai dengan ketentuan {rule}, " if rule else ""
        texts.append(
            f"bahwa {where}Standar Pelayanan pada {unit} sebagai penyelenggara pelayanan terpadu ditetapkan dengan "
            f"Keputusan {issuer.office}"
        )
    if replacing:
        texts.append(replacing)
    letters = [f"huruf {sk_parts.LETTERS[i]}" for i in range(len(texts))]
    listed = ", ".join(letters[:-1]) + f", dan {letters[-1]}" if len(letters) > 2 else " dan ".join(letters)
    texts.append(
        f"bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam {listed}, perlu menetapkan Keputusan "
        f"{issuer.office} tentang {tentang}"
    )
    return texts


def mengingat(project: Project, k: Keputusan, services: list[Layanan]) -> list[str]:
    """The legal bases: the decree's own, else those proposed from the services' dasar hukum."""
    own = [t for t in k.mengingat if t and t.strip()]
    return own or proposed_mengingat(project, services)


def diktum_entries(project: Project, issuer: Issuer, k: Keputusan, services: list[Layanan]) -> list:
    """KESATU … : adoption, the services by their Lampiran number, duty, review, [revocation], entry into force."""
    unit = parts.unit_with_region(project)
    listed = [
        (f"{n}.", f"{s.jenis_pelayanan.strip()}, sebagaimana tercantum dalam Lampiran I angka {n}"
                  + ("." if n == len(services) else ";"))
        for n, s in enumerate(services, start=1)
    ]
    entries = [
        [("", f"Menetapkan Standar Pelayanan dan Maklumat Pelayanan pada {unit} sebagaimana tercantum dalam "
              "Lampiran I dan Lampiran II yang merupakan bagian tidak terpisahkan dari Keputusan ini.")],
        [("", "Standar Pelayanan sebagaimana dimaksud dalam Diktum KESATU meliputi jenis pelayanan:"), *listed],
        [("", "Standar Pelayanan dan Maklumat Pelayanan sebagaimana dimaksud dalam Diktum KESATU wajib "
              f"dilaksanakan oleh penyelenggara dan pelaksana pelayanan pada {unit}, serta menjadi acuan penilaian "
              "kinerja pelayanan oleh pimpinan penyelenggara, aparat pengawasan, dan masyarakat.")],
        [("", "Standar Pelayanan sebagaimana dimaksud dalam Diktum KESATU dievaluasi secara berkala dan diubah "
              "apabila terdapat perubahan kebijakan, inovasi pelayanan, penerapan teknologi informasi, proses "
              "bisnis, atau perubahan lainnya.")],
    ]
    replaced = _replaced(k)
    if replaced:
        name = _decree_name(issuer, *replaced, sk_parts.penetapan_tentang(project))
        entries.append([("", f"Pada saat Keputusan ini mulai berlaku, {name} dicabut dan dinyatakan tidak berlaku.")])
    entries.append([("", "Keputusan ini mulai berlaku pada tanggal ditetapkan.")])
    return entries


def decree_blocks(project: Project, services: list[Layanan]) -> list[Block]:
    """The decree itself, from its title to its signature (no Lampiran)."""
    issuer = sk_parts.adopting_issuer(project)
    k = sk_parts.decree(project)
    tentang = sk_parts.penetapan_tentang(project)
    blocks = sk_parts.title_blocks(project, issuer, k, tentang)
    blocks.append(sk_parts.lettered("Menimbang", menimbang(project, issuer, k)))
    blocks.append(sk_parts.numbered("Mengingat", mengingat(project, k, services)))
    blocks += sk_parts.memutuskan(f"Keputusan {issuer.office} tentang {tentang}")
    blocks += sk_parts.diktum(diktum_entries(project, issuer, k, services))
    blocks += [Spacer(6), sk_parts.signature(project, issuer, k)]
    return blocks


def lampiran_standar(project: Project, services: list[Layanan]) -> list[Block]:
    """Lampiran I: the Standar Pelayanan of each adopted service, numbered, each from a new page."""
    blocks: list[Block] = sk_parts.standar_opening(project, "I")
    for n, layanan in enumerate(services, start=1):
        if n > 1:
            blocks.append(PageBreak())
        blocks += standar_service_blocks(project, layanan, str(n))
    return blocks + sk_parts.standar_closing(project)


def lampiran_maklumat(project: Project, paper: str) -> list[Block]:
    """Lampiran II: the Maklumat Pelayanan under its Lampiran block (Bontang Pasal 14 ayat (1))."""
    issuer = sk_parts.adopting_issuer(project)
    head = sk_parts.lampiran_block(issuer, sk_parts.decree(project), "II", sk_parts.penetapan_tentang(project))
    body = [b for b in build_maklumat(project, paper).blocks if not isinstance(b, Kop)]
    return [head, *body]


def build_sk_penetapan(project: Project, request: DocRequest) -> ReportDocument:
    """The SK Penetapan Standar Pelayanan with Lampiran I (the standards) and Lampiran II (the Maklumat).

    Args:
        project: The project; ``extra["penetapan"]`` is the decree (number, date, menimbang, mengingat,
            menggantikan), ``pengaturan.penetap`` says who adopts it, ``extra["kepala_daerah"]`` names
            the head of the region.
        request: ``service_ids`` (None: every service siap ditetapkan or ditetapkan) and ``paper``.

    Raises:
        DocumentRefused: No service is ready to be adopted.
        BlockingFindings: A chosen service has blocking findings.
    """
    paper = parts.paper_of(project, request.paper)
    services = adopted_services(project, request.service_ids)
    page = parts.page_setup(project, paper)
    blocks = decree_blocks(project, services)
    blocks += [PageBreak(), *lampiran_standar(project, services)]
    blocks += [PageBreak(), *lampiran_maklumat(project, paper)]
    issuer = sk_parts.adopting_issuer(project)
    return ReportDocument("sk-penetapan", f"Keputusan {issuer.office} tentang {sk_parts.penetapan_tentang(project)}",
                          page, blocks, project.instansi.nama)
