"""The SK Tim: the head's decree forming the Tim Penyusun Standar Pelayanan, with its Lampiran of members
(export layer; ``domain.md`` §3.5). Number and date come from ``Project.extra["sk_tim"]``.
"""

from __future__ import annotations

from sp_desktop.domain.enums import Peran
from sp_desktop.domain.formatting import format_nip_line
from sp_desktop.domain.legal_citations import proposed_mengingat
from sp_desktop.domain.model import Member, Project
from sp_desktop.domain.names import name_key

from . import parts, sk_parts
from .blocks import Block, Heading, PageBreak, Paragraph, ReportDocument, Spacer, Table
from .catalog import DocRequest
from .errors import DocumentRefused

HEADER = ("NO", "NAMA / NIP", "JABATAN", "KEDUDUKAN DALAM TIM")
WIDTHS = (0.07, 0.36, 0.33, 0.24)
ROLE_ORDER = (Peran.KETUA.value, Peran.SEKRETARIS.value, Peran.ANGGOTA.value)
PENANGGUNG_JAWAB = "Penanggung Jawab"


def tentang(project: Project) -> str:
    """"Pembentukan Tim Penyusun Standar Pelayanan pada …"."""
    return f"Pembentukan Tim Penyusun Standar Pelayanan pada {parts.unit_with_region(project)}"


def _name_nip(nama: str, nip: str) -> str:
    line = format_nip_line(nip)
    return f"{nama.strip() or sk_parts.BLANK}\n{line}" if line else (nama.strip() or sk_parts.BLANK)


def member_rows(project: Project) -> list[tuple[str, str, str, str]]:
    """NO | NAMA / NIP | JABATAN | KEDUDUKAN: the head as Penanggung Jawab, then ketua, sekretaris, anggota."""
    kepala = project.instansi.kepala
    rows = [("1.", _name_nip(kepala.nama, kepala.nip), parts.jabatan_kepala(project), PENANGGUNG_JAWAB)]
    head_keys = {name_key(kepala.nama)} - {""}
    head_nip = kepala.nip.strip()

    def is_head(m: Member) -> bool:
        return (bool(head_nip) and m.nip.strip() == head_nip) or name_key(m.nama) in head_keys

    members = [m for m in project.tim if not is_head(m)]
    rank = {role: i for i, role in enumerate(ROLE_ORDER)}
    members.sort(key=lambda m: rank.get(m.peran, len(ROLE_ORDER)))  # stable: the team's order within a role
    labels = {p.value: p.label for p in Peran}
    for n, m in enumerate(members, start=2):
        rows.append((f"{n}.", _name_nip(m.nama, m.nip), m.jabatan.strip(), labels.get(m.peran, m.peran.title())))
    return rows


def _tasks(project: Project) -> list[tuple[str, str]]:
    head = parts.jabatan_kepala(project)
    texts = (
        "mengidentifikasi jenis pelayanan dan kondisi penyelenggaraan pelayanan",
        "menyusun rancangan Standar Pelayanan",
        "membahas rancangan Standar Pelayanan bersama masyarakat dan pihak terkait serta menuangkan hasilnya "
        "dalam berita acara",
        "menyempurnakan rancangan Standar Pelayanan berdasarkan hasil pembahasan",
        "menyiapkan penetapan Standar Pelayanan dan Maklumat Pelayanan",
        f"melaporkan pelaksanaan tugasnya kepada {head}",
    )
    last = len(texts) - 1
    return [(f"{sk_parts.LETTERS[i]}.", t + ("." if i == last else "; dan" if i == last - 1 else ";"))
            for i, t in enumerate(texts)]


def build_sk_tim(project: Project, request: DocRequest) -> ReportDocument:
    """The decree forming the team, then its Lampiran: the table of members and their places in the team.

    Raises:
        DocumentRefused: When the team has no member yet.
    """
    if not project.tim:
        raise DocumentRefused(["Keputusan pembentukan tim belum dapat dibuat:", "- Tim Penyusun belum punya anggota."])
    paper = parts.paper_of(project, request.paper)
    issuer = sk_parts.kepala_unit(project)  # the head forms the team, whoever adopts the standards
    k = sk_parts.decree(project, "sk_tim")
    unit = parts.unit_with_region(project)
    subject = tentang(project)
    rule = sk_parts.region_rule(project)
    perwali = {
        "bontang": " dan Peraturan Wali Kota Bontang Nomor 31 Tahun 2018",
        "metro": " dan Peraturan Wali Kota Metro Nomor 19 Tahun 2018",
    }.get(rule, "")
    menimbang = [t for t in k.menimbang if t.strip()] or [
        "bahwa setiap penyelenggara pelayanan publik wajib menyusun dan menetapkan Standar Pelayanan sesuai dengan "
        f"Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik{perwali}",
        f"bahwa untuk menyusun Standar Pelayanan pada {unit} secara terencana dan melibatkan masyarakat, perlu "
        "dibentuk Tim Penyusun Standar Pelayanan",
        "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan "
        f"Keputusan {issuer.office} tentang {subject}",
    ]
    mengingat = [t for t in k.mengingat if t.strip()] or proposed_mengingat(project, [])
    blocks: list[Block] = sk_parts.title_blocks(project, issuer, k, subject)
    blocks.append(sk_parts.lettered("Menimbang", menimbang))
    blocks.append(sk_parts.numbered("Mengingat", mengingat))
    blocks += sk_parts.memutuskan(f"Keputusan {issuer.office} tentang {subject}")
    blocks += sk_parts.diktum([
        [("", f"Membentuk Tim Penyusun Standar Pelayanan pada {unit} dengan susunan keanggotaan sebagaimana "
              "tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Keputusan ini.")],
        [("", "Tim sebagaimana dimaksud dalam Diktum KESATU mempunyai tugas:"), *_tasks(project)],
        [("", "Segala biaya yang timbul akibat ditetapkannya Keputusan ini dibebankan pada Dokumen Pelaksanaan "
              f"Anggaran {unit}.")],
        [("", "Keputusan ini mulai berlaku pada tanggal ditetapkan.")],
    ])
    signature = sk_parts.signer_block(
        issuer, (f"Ditetapkan di {sk_parts.place_text(project, k)}", f"pada tanggal {sk_parts.date_text(k)}")
    )
    blocks += [Spacer(6), signature, PageBreak(), sk_parts.lampiran_block(issuer, k, "", subject)]
    blocks += [
        Heading("SUSUNAN KEANGGOTAAN", level=0),
        Paragraph(f"TIM PENYUSUN STANDAR PELAYANAN PADA {unit.upper()}", align="center", bold=True, space_after=10),
        Table(HEADER, tuple(member_rows(project)), WIDTHS, align=("center", "left", "left", "left")),
        Spacer(8),
        signature,
    ]
    page = parts.page_setup(project, paper)
    return ReportDocument("sk-tim", f"Keputusan {issuer.office} tentang {subject}", page, blocks,
                          project.instansi.nama)
