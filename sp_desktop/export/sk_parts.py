"""What the decrees share: who issues them, their title, numbered considerations, diktum and signature (export layer).

A decree is issued either by the head of the unit (Keputusan Kepala Perangkat Daerah) or, for a PTSP or a
kecamatan's PATEN, by the head of the region (Keputusan Wali Kota / Bupati: Perwali Bontang 31/2018 Pasal 12
ayat (1)-(2), Perwali Metro 19/2018 Pasal 1 ayat (3) and BAB III huruf C). An elected head has no NIP.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sp_desktop.domain.formatting import format_date, format_nip_line, format_pangkat
from sp_desktop.domain.keputusan import Keputusan, from_dict
from sp_desktop.domain.legal_citations import region_key
from sp_desktop.domain.model import Project

from . import parts
from .blocks import (
    Block,
    Heading,
    Labeled,
    LampiranBlock,
    LogoImage,
    Paragraph,
    SignatureBlock,
    SignatureRow,
    Spacer,
)

BLANK = parts.BLANK
ORDINALS = (
    "KESATU", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA", "KEENAM", "KETUJUH", "KEDELAPAN", "KESEMBILAN", "KESEPULUH",
)
"""The names of a decree's diktum, in order."""
LETTERS = "abcdefghijklmnopqrstuvwxyz"
KEPALA_DAERAH = "kepala_daerah"
"""``Pengaturan.penetap`` value for a decree of the Wali Kota / Bupati."""
LABEL_MM = 30.0


@dataclass(frozen=True)
class Issuer:
    """Who signs a decree.

    Attributes:
        office: e.g. "Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Bontang" or "Wali Kota Bontang".
        nama: the signer's name (a dotted blank when unknown).
        pangkat: "Pembina Utama Muda (IV/c)" or "" (none for an elected head).
        nip_line: "NIP. 19680101 200003 1 001" or "" (none for an elected head).
        kepala_daerah: the head of the region issues it.
        sign_as: the office above the signature when it differs from ``office`` (the unit's head signs
            without the region, as the Standar Pelayanan always printed it).
    """

    office: str
    nama: str
    pangkat: str = ""
    nip_line: str = ""
    kepala_daerah: bool = False
    sign_as: str = ""


def decree(project: Project, key: str = "penetapan") -> Keputusan:
    """The decree kept in ``project.extra[key]`` (an empty one when absent)."""
    data = project.extra.get(key)
    return from_dict(Keputusan, data if isinstance(data, dict) else None)


def kepala_daerah_office(project: Project) -> str:
    """"Wali Kota Bontang", "Bupati Kutai Timur", "Gubernur …": the head of the unit's region.

    ``project.extra["kepala_daerah"]["jabatan"]`` wins; otherwise it follows ``instansi.pemerintah_daerah``.
    """
    own = _kepala_daerah_data(project).get("jabatan", "")
    if isinstance(own, str) and own.strip():
        return " ".join(own.split())
    reg = parts.region(project)
    for prefix, office in (("kota", "Wali Kota"), ("kabupaten", "Bupati"), ("provinsi", "Gubernur")):
        found = re.match(rf"{prefix}\s+(.+)$", reg, flags=re.IGNORECASE)
        if found:
            return f"{office} {found.group(1).strip()}"
    return f"Kepala Daerah {reg}".strip()


def _kepala_daerah_data(project: Project) -> dict:
    data = project.extra.get("kepala_daerah")
    return data if isinstance(data, dict) else {}


def kepala_daerah(project: Project) -> Issuer:
    """The head of the region as signer: name from ``project.extra["kepala_daerah"]["nama"]``, no NIP."""
    nama = _kepala_daerah_data(project).get("nama", "")
    nama = " ".join(nama.split()) if isinstance(nama, str) else ""
    return Issuer(kepala_daerah_office(project), nama or BLANK, kepala_daerah=True)


def kepala_unit(project: Project) -> Issuer:
    """The head of the unit as signer, the office followed by the region ("… Kota Bontang")."""
    kepala = project.instansi.kepala
    office = parts.jabatan_kepala(project)
    reg = parts.region(project)
    if reg and reg.lower() not in office.lower():
        office = f"{office} {reg}"
    return Issuer(
        office,
        kepala.nama.strip() or BLANK,
        format_pangkat(kepala.pangkat, kepala.golongan),
        format_nip_line(kepala.nip),
        sign_as=parts.jabatan_kepala(project),
    )


def adopting_issuer(project: Project) -> Issuer:
    """Who adopts the standards, per ``Pengaturan.penetap``."""
    if project.pengaturan.penetap == KEPALA_DAERAH:
        return kepala_daerah(project)
    return kepala_unit(project)


def endorsed(project: Project, issuer: Issuer) -> bool:
    """True when the head of the region endorses (disahkan) the head's decree (Bontang Pasal 12 ayat (1))."""
    return bool(project.pengaturan.pengesahan_kepala_daerah) and not issuer.kepala_daerah


def number_text(k: Keputusan) -> str:
    """The decree's number, or a dotted blank while it has none."""
    return k.nomor.strip() or BLANK


def date_text(k: Keputusan) -> str:
    """The decree's date as "23 November 2018", or a dotted blank while it has none."""
    day = parts.iso_date(k.tanggal, default_today=False)
    return format_date(day) if day else BLANK


def place_text(project: Project, k: Keputusan) -> str:
    """Where the decree is set: its own ``tempat``, else the unit's town."""
    return k.tempat.strip() or project.instansi.kota.strip() or BLANK


def title_blocks(project: Project, issuer: Issuer, k: Keputusan, tentang: str) -> list[Block]:
    """The head of a decree: kop (or the region's emblem), KEPUTUSAN …, NOMOR, TENTANG, the issuer's line."""
    blocks: list[Block] = []
    if issuer.kepala_daerah:
        if project.logo is not None and project.logo.data:
            blocks.append(LogoImage(project.logo.data, 24.0))
        blocks += [Heading(issuer.office.upper(), level=0), Spacer(4)]
    else:
        blocks.append(parts.kop(project))
    blocks += [
        Paragraph(f"KEPUTUSAN {issuer.office.upper()}", align="center", bold=True, space_after=2),
        Paragraph(f"NOMOR : {number_text(k)}", align="center", bold=True, space_after=8),
        Paragraph("TENTANG", align="center", bold=True, space_after=8),
        Paragraph(tentang.upper(), align="center", bold=True, space_after=12),
        Paragraph(f"{issuer.office.upper()},", align="center", bold=True, space_after=8),
    ]
    return blocks


def lettered(label: str, texts: list[str]) -> Labeled:
    """"Menimbang : a. …; b. …" — the last entry ends with ";" like the others, as decrees print it."""
    entries = tuple((f"{LETTERS[i % 26]}.", _end(text, ";")) for i, text in enumerate(texts))
    return Labeled(label, entries, LABEL_MM)


def numbered(label: str, texts: list[str]) -> Labeled:
    """"Mengingat : 1. …; 2. …;" with the full citations."""
    entries = tuple((f"{i}.", _end(text, ";")) for i, text in enumerate(texts, start=1))
    return Labeled(label, entries, LABEL_MM)


def _end(text: str, mark: str) -> str:
    text = " ".join(text.split()).rstrip(" ;.,")
    return text + mark


def diktum(entries: list[list[tuple[str, str]]]) -> list[Block]:
    """MEMUTUSKAN's diktum: ``entries[i]`` is the (marker, text) list of diktum ``ORDINALS[i]``."""
    return [Labeled(ORDINALS[i], tuple(items), LABEL_MM) for i, items in enumerate(entries)]


def memutuskan(menetapkan: str) -> list[Block]:
    """"MEMUTUSKAN:" and "Menetapkan : KEPUTUSAN … TENTANG …"."""
    return [
        Paragraph("MEMUTUSKAN:", align="center", bold=True, space_after=6),
        Labeled("Menetapkan", (("", menetapkan.upper().rstrip(".") + "."),), LABEL_MM),
    ]


def signer_block(issuer: Issuer, lines_before: tuple[str, ...]) -> SignatureBlock:
    """The issuer's signature under the given place/date lines."""
    office = issuer.sign_as or issuer.office
    return SignatureBlock(lines_before, f"{office.upper()},", issuer.nama, issuer.pangkat, issuer.nip_line)


def signature(project: Project, issuer: Issuer, k: Keputusan) -> Block:
    """"Ditetapkan di … / pada tanggal …" and the signature; with the region head's endorsement when the rule asks."""
    lines = (f"Ditetapkan di {place_text(project, k)}", f"pada tanggal {date_text(k)}")
    own = signer_block(issuer, lines)
    if not endorsed(project, issuer):
        return own
    head = kepala_daerah(project)
    endorsement = SignatureBlock(("Disahkan oleh",), f"{head.office.upper()},", head.nama)
    return SignatureRow((endorsement, own))


def lampiran_block(issuer: Issuer, k: Keputusan, number: str, tentang: str) -> LampiranBlock:
    """LAMPIRAN [I] KEPUTUSAN … / NOMOR / TANGGAL / TENTANG with the decree's number and date."""
    label = f"LAMPIRAN {number}" if number else "LAMPIRAN"
    return LampiranBlock(
        title=f"{label} KEPUTUSAN {issuer.office.upper()}",
        rows=(("NOMOR", number_text(k)), ("TANGGAL", date_text(k)), ("TENTANG", tentang.upper())),
    )


def penetapan_tentang(project: Project) -> str:
    """"Penetapan Standar Pelayanan pada Dinas … Kota Bontang"."""
    return f"Penetapan Standar Pelayanan pada {parts.unit_with_region(project)}"


def standar_opening(project: Project, number: str = "") -> list[Block]:
    """The start of the Standar Pelayanan as a decree's Lampiran, issued by whoever adopts it."""
    issuer = adopting_issuer(project)
    return [
        lampiran_block(issuer, decree(project), number, penetapan_tentang(project)),
        Heading("STANDAR PELAYANAN", level=0),
        Paragraph(f"PADA {parts.unit_with_region(project).upper()}", align="center", bold=True, space_after=10),
    ]


def standar_closing(project: Project) -> list[Block]:
    """The end of that Lampiran: place, date and the adopting signature (with the endorsement when asked)."""
    return [Spacer(8), signature(project, adopting_issuer(project), decree(project))]


def region_rule(project: Project) -> str:
    """``"bontang"`` or ``"metro"`` when the unit is under one of the two Perwali we know, else ""."""
    return region_key(project.instansi.pemerintah_daerah)
