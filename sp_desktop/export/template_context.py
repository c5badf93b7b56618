"""The fields a unit's own Word template may use, per document kind, with the values the built-in layout prints
(export layer).

Every value is taken from the built-in document itself (its blocks, built by the kind's own builder) or
from the helpers that builder uses, so a field holds exactly the text the built-in DOCX prints.
The first page break splits a document into its letter (the part a template replaces) and its
lampiran (kept in the built-in layout and added after the filled template).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sp_desktop.domain.formatting.dates import spell_date
from sp_desktop.domain.model import Layanan, Project

from . import meeting_common as mc
from . import parts, sk_parts
from .blocks import Block, Kop, Labeled, PageBreak, Paragraph, ReportDocument, SignatureBlock, SignatureRow, Table
from .catalog import DocRequest

KINDS = {"undangan": "Undangan", "berita-acara": "Berita Acara Pembahasan", "sk-penetapan": "SK Penetapan",
         "sk-tim": "SK Tim"}
"""The kinds a unit may give its own Word template, with the name users see."""


@dataclass(frozen=True)
class Field:
    """One field of a template.

    Attributes:
        name: the name in ``{{ name }}``; for a list, the list's name (``{%tr for x in name %}``).
        keterangan: what it holds, in Indonesian.
        items: for a list, the fields of each entry (``{{ x.no }}``) as (name, keterangan).
    """

    name: str
    keterangan: str
    items: tuple[tuple[str, str], ...] = ()


_COMMON = (
    Field("kop_pemerintah", "Baris pertama kop: nama pemerintah daerah (huruf kapital)"),
    Field("kop_unit", "Baris kedua kop: nama perangkat daerah (huruf kapital)"),
    Field("kop_baris_1", "Kop: alamat"),
    Field("kop_baris_2", "Kop: telepon dan pos-el"),
    Field("kop_baris_3", "Kop: laman"),
    Field("unit", "Nama perangkat daerah beserta daerahnya"),
    Field("nama_unit", "Nama perangkat daerah"),
    Field("wilayah", "Daerah, mis. Kota Bontang"),
    Field("kota", "Kota tempat surat dibuat"),
    Field("jabatan_kepala", "Jabatan kepala perangkat daerah"),
)
_SIGNER = (
    Field("ttd_jabatan", "Jabatan penanda tangan (seperti tercetak, dengan koma)"),
    Field("ttd_nama", "Nama penanda tangan"),
    Field("ttd_pangkat", "Pangkat dan golongan penanda tangan"),
    Field("ttd_nip", "NIP penanda tangan (\u201cNIP. \u2026\u201d)"),
)
_DECREE = (
    Field("penetap", "Jabatan yang menetapkan keputusan"),
    Field("nomor", "Nomor keputusan (titik-titik bila belum ada)"),
    Field("tanggal", "Tanggal keputusan"),
    Field("tempat", "Tempat keputusan ditetapkan"),
    Field("tentang", "Judul keputusan (\u201cPenetapan \u2026\u201d / \u201cPembentukan \u2026\u201d)"),
    Field("menimbang", "Daftar pertimbangan (Menimbang)", (("huruf", "huruf: a., b., \u2026"), ("isi", "teksnya"))),
    Field("mengingat", "Daftar dasar hukum (Mengingat)", (("no", "nomor: 1., 2., \u2026"), ("isi", "teksnya"))),
    Field("menetapkan", "Teks setelah \u201cMenetapkan :\u201d"),
)
FIELDS: dict[str, tuple[Field, ...]] = {
    "undangan": (
        Field("nomor", "Nomor surat undangan"),
        Field("sifat", "Sifat surat"),
        Field("lampiran", "Lampiran surat"),
        Field("hal", "Hal (perihal) surat"),
        Field("tempat_tanggal", "Tempat dan tanggal surat"),
        Field("yth", "Daftar yang diundang (Yth.)", (("no", "nomor: 1., 2., \u2026"), ("alamat", "nama dan jabatan"))),
        Field("hari_tanggal", "Hari dan tanggal pembahasan"),
        Field("pukul", "Jam pembahasan"),
        Field("tempat", "Tempat pembahasan"),
        Field("acara", "Acara"),
        *_SIGNER, *_COMMON,
    ),
    "berita-acara": (
        Field("nomor", "Nomor berita acara"),
        Field("tanggal_terbilang", "Tanggal dengan huruf (\u201chari ini Jumat tanggal \u2026\u201d)"),
        Field("tanggal_angka", "Tanggal dengan angka (hh-bb-tttt)"),
        Field("pukul", "Jam pembahasan"),
        Field("tempat", "Tempat pembahasan"),
        Field("metode", "Metode pembahasan"),
        Field("layanan", "Jenis pelayanan yang dibahas", (("huruf", "huruf: a., b., \u2026"), ("nama", "namanya"))),
        Field("masukan", "Masukan peserta dan tindak lanjutnya", (
            ("no", "nomor"), ("layanan", "jenis pelayanan"), ("komponen", "komponen"), ("masukan", "masukan"),
            ("tindak_lanjut", "tindak lanjut dan kesepakatan"))),
        Field("kesepakatan", "Kalimat kesepakatan (butir 3)"),
        Field("tempat_tanggal", "Tempat dan tanggal di atas tanda tangan"),
        Field("wakil_jabatan", "Perwakilan masyarakat: jabatan"),
        Field("wakil_nama", "Perwakilan masyarakat: nama"),
        *_SIGNER, *_COMMON,
    ),
    "sk-penetapan": (
        *_DECREE,
        Field("layanan", "Jenis pelayanan yang ditetapkan (Diktum KEDUA)", (("no", "nomor"), ("isi", "teksnya"))),
        *_SIGNER, *_COMMON,
    ),
    "sk-tim": (*_DECREE, *_SIGNER, *_COMMON),
}
"""Every field per kind, in the order the dialog and the help list them."""


def split(doc: ReportDocument) -> tuple[list[Block], list[Block]]:
    """The letter (blocks before the first page break) and the lampiran (from that break on)."""
    for i, block in enumerate(doc.blocks):
        if isinstance(block, PageBreak):
            return list(doc.blocks[:i]), list(doc.blocks[i:])
    return list(doc.blocks), []


def letter_blocks(kind: str, project: Project, request: DocRequest,
                  services: Sequence[Layanan] | None = None) -> tuple[ReportDocument, list[Block]]:
    """The built-in document of ``kind`` and the blocks of its letter part.

    ``services`` (SK Penetapan only) names the adopted services directly, without the builder's checks
    (used for the template made from example values).
    """
    from .render import build_document

    if kind == "sk-penetapan" and services is not None:
        from .sk_penetapan import decree_blocks

        blocks = decree_blocks(project, list(services))
        doc = ReportDocument("sk-penetapan", "Keputusan", parts.page_setup(project, parts.paper_of(project, None)),
                             blocks, project.instansi.nama)
        return doc, blocks
    doc = build_document(project, kind, request.service_ids, paper=request.paper, request=request)
    return doc, split(doc)[0]


def context(kind: str, project: Project, blocks: Sequence[Block], request: DocRequest) -> dict[str, Any]:
    """The value of every field of ``kind`` as the built-in layout prints it (``blocks``: its letter part)."""
    values = _common(project)
    values.update(_signer(blocks))
    if kind == "undangan":
        values.update(_undangan(project, blocks, request))
    elif kind == "berita-acara":
        values.update(_berita_acara(project, blocks, request))
    else:
        values.update(_decree(kind, project, blocks))
    return values


def _common(project: Project) -> dict[str, Any]:
    kop = parts.kop(project)
    lines = [*kop.lines, "", "", ""]
    return {
        "kop_pemerintah": kop.pemerintah, "kop_unit": kop.unit,
        "kop_baris_1": lines[0], "kop_baris_2": lines[1], "kop_baris_3": lines[2],
        "unit": parts.unit_with_region(project), "nama_unit": project.instansi.nama.strip(),
        "wilayah": parts.region(project), "kota": project.instansi.kota.strip(),
        "jabatan_kepala": parts.jabatan_kepala(project),
    }


def _signatures(blocks: Sequence[Block]) -> list[SignatureBlock]:
    out: list[SignatureBlock] = []
    for block in blocks:
        if isinstance(block, SignatureBlock):
            out.append(block)
        elif isinstance(block, SignatureRow):
            out.extend(block.blocks)
    return out


def _signer(blocks: Sequence[Block]) -> dict[str, str]:
    """The unit's signature: the last block of the letter (the right-hand one of a row)."""
    found = _signatures(blocks)
    if not found:
        return {"ttd_jabatan": "", "ttd_nama": "", "ttd_pangkat": "", "ttd_nip": ""}
    sig = found[-1]
    return {"ttd_jabatan": sig.jabatan, "ttd_nama": sig.nama, "ttd_pangkat": sig.pangkat, "ttd_nip": sig.nip_line}


def _labeled(blocks: Sequence[Block], label: str) -> Labeled | None:
    return next((b for b in blocks if isinstance(b, Labeled) and b.label == label), None)


def _value(blocks: Sequence[Block], label: str) -> str:
    found = _labeled(blocks, label)
    return found.entries[0][1] if found and found.entries else ""


def _entries(block: Labeled | None, marker: str, text: str, skip: int = 0) -> list[dict[str, str]]:
    if block is None:
        return []
    return [{marker: m, text: t} for m, t in block.entries[skip:]]


def _undangan(project: Project, blocks: Sequence[Block], request: DocRequest) -> dict[str, Any]:
    p = mc.discussion(project, request)
    letter_date = parts.iso_date(p.tanggal_undangan, default_today=False)
    return {
        "nomor": _value(blocks, "Nomor"), "sifat": _value(blocks, "Sifat"), "lampiran": _value(blocks, "Lampiran"),
        "hal": _value(blocks, "Hal"), "tempat_tanggal": mc.place_date(project, letter_date),
        "yth": _entries(_labeled(blocks, "Yth."), "no", "alamat"),
        "hari_tanggal": _value(blocks, "Hari/Tanggal"), "pukul": _value(blocks, "Pukul"),
        "tempat": _value(blocks, "Tempat"), "acara": _value(blocks, "Acara"),
    }


def _berita_acara(project: Project, blocks: Sequence[Block], request: DocRequest) -> dict[str, Any]:
    from .meeting_reports import _lower_first

    p = mc.discussion(project, request)
    d = mc.meeting_date(p)
    unlabeled = [b for b in blocks if isinstance(b, Labeled) and not b.label]
    services = next((b for b in unlabeled if b.indent_mm and b.entries and b.entries[0][0]), None)
    agreement = next((b for b in unlabeled if b.entries and b.entries[0][0] == "3."), None)
    table = next((b for b in blocks if isinstance(b, Table)), None)
    names = ("no", "layanan", "komponen", "masukan", "tindak_lanjut")
    signers = _signatures(blocks)
    public = signers[0] if len(signers) > 1 else None
    unit_sig = signers[-1] if signers else None
    nomor = next((b.text.partition(" : ")[2] for b in blocks if isinstance(b, Paragraph)
                  and b.text.startswith("NOMOR : ")), "")
    return {
        "nomor": nomor,
        # The opening sentence says "Pada hari ini Jumat tanggal …" (meeting_reports.build_berita_acara).
        "tanggal_terbilang": spell_date(d).replace("hari ", "hari ini ", 1) if d else "",
        "tanggal_angka": f"{d:%d-%m-%Y}" if d else "",
        "pukul": mc.clock_range(p, project), "tempat": p.tempat.strip() or parts.BLANK,
        "metode": _lower_first(mc.method_label(p)),
        "layanan": _entries(services, "huruf", "nama"),
        "masukan": [dict(zip(names, row)) for row in table.rows] if table else [],
        "kesepakatan": agreement.entries[0][1] if agreement else "",
        "tempat_tanggal": unit_sig.lines_before[0] if unit_sig and unit_sig.lines_before else "",
        "wakil_jabatan": public.jabatan if public else "", "wakil_nama": public.nama if public else "",
    }


def _decree(kind: str, project: Project, blocks: Sequence[Block]) -> dict[str, Any]:
    k = sk_parts.decree(project, "sk_tim" if kind == "sk-tim" else "penetapan")
    if kind == "sk-tim":
        from .sk_tim import tentang

        issuer, subject = sk_parts.kepala_unit(project), tentang(project)
    else:
        issuer, subject = sk_parts.adopting_issuer(project), sk_parts.penetapan_tentang(project)
    values: dict[str, Any] = {
        "penetap": issuer.office, "nomor": sk_parts.number_text(k), "tanggal": sk_parts.date_text(k),
        "tempat": sk_parts.place_text(project, k), "tentang": subject,
        "menimbang": _entries(_labeled(blocks, "Menimbang"), "huruf", "isi"),
        "mengingat": _entries(_labeled(blocks, "Mengingat"), "no", "isi"),
        "menetapkan": _value(blocks, "Menetapkan"),
    }
    if kind == "sk-penetapan":
        values["layanan"] = _entries(_labeled(blocks, sk_parts.ORDINALS[1]), "no", "isi", skip=1)
    return values


def has_kop(blocks: Sequence[Block]) -> bool:
    return any(isinstance(b, Kop) for b in blocks)


def list_fields(kind: str) -> dict[str, tuple[str, ...]]:
    """The list fields of ``kind`` and the names of their entries' fields."""
    return {f.name: tuple(name for name, _ in f.items) for f in FIELDS[kind] if f.items}


def example(value: Any) -> str:
    """A short text showing a field's value (the first entry of a list)."""
    if isinstance(value, list):
        if not value:
            return "(kosong)"
        texts = [str(v) for v in value[0].values() if len(str(v).strip()) > 3]  # not the "1." / "a." markers
        first = "; ".join(texts)
        more = f" (+{len(value) - 1} lagi)" if len(value) > 1 else ""
        return (first + more).replace("\n", " ")
    return str(value).replace("\n", " / ")
