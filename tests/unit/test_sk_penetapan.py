import re

import docx
import pytest
from docx.oxml.ns import qn
from pypdf import PdfReader

from sp_desktop.domain.legal_citations import proposed_mengingat
from sp_desktop.export import blocks as b
from sp_desktop.export.catalog import BUILDERS, DocRequest
from sp_desktop.export.errors import BlockingFindings, DocumentRefused
from sp_desktop.export.render import export_document
from sp_desktop.export.sk_penetapan import build_sk_penetapan
from tests.unit import export_fixtures as fx

NOMOR, TANGGAL = "188.4/55/DKPS/2018", "30 November 2018"
UNIT = "Dinas Kependudukan dan Pencatatan Sipil Kota Bontang"


def adopted(n: int = 2, nomor: str = NOMOR, **pengaturan):
    project = fx.project(n, **pengaturan)
    for service in project.layanan:
        service.status = "siap_ditetapkan"
    if nomor:
        project.extra["penetapan"] = {"nomor": nomor, "tanggal": "2018-11-30"}
    project.extra["kepala_daerah"] = {"nama": "NENI MOERNIAENI", "jabatan": "Wali Kota Bontang"}
    return project


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def pdf_pages(project, tmp_path, kind="sk-penetapan", **request):
    path = export_document(project, kind, tmp_path / f"{kind}.pdf", request=DocRequest(**request))
    return [norm(page.extract_text()) for page in PdfReader(path).pages]


def docx_text(project, tmp_path, kind="sk-penetapan", **request):
    path = export_document(project, kind, tmp_path / f"{kind}.docx", request=DocRequest(**request))
    body = docx.Document(str(path)).element.body
    paras = ("".join(t.text or "" for t in p.iter(qn("w:t"))) for p in body.iter(qn("w:p")))
    return norm(" ".join(paras))


def labeled(doc, label):
    return next(block for block in doc.blocks if isinstance(block, b.Labeled) and block.label == label)


def test_sk_penetapan_is_registered():
    assert BUILDERS["sk-penetapan"] == "sk_penetapan:build_sk_penetapan"


@pytest.mark.parametrize("suffix", ["pdf", "docx"])
def test_sk_penetapan_head_of_unit_title_citations_diktum_and_signature(tmp_path, suffix):
    project = adopted()
    text = " ".join(pdf_pages(project, tmp_path)) if suffix == "pdf" else docx_text(project, tmp_path)
    assert f"KEPUTUSAN KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KOTA BONTANG NOMOR : {NOMOR} TENTANG" in text
    assert f"PENETAPAN STANDAR PELAYANAN PADA {UNIT.upper()}" in text
    assert "KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KOTA BONTANG," in text
    for citation in proposed_mengingat(project):
        assert norm(citation) + ";" in text
    assert text.index("Menimbang") < text.index("Mengingat") < text.index("MEMUTUSKAN") < text.index("KESATU")
    for n in (1, 2):
        assert f"Penerbitan Akta Kelahiran L{n}, sebagaimana tercantum dalam Lampiran I angka {n}" in text
    for ordinal in ("KESATU", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA"):
        assert ordinal in text
    assert f"Ditetapkan di Bontang pada tanggal {TANGGAL}" in text
    assert fx.NIP_GROUPED in text and "Pembina Utama Muda (IV/c)" in text
    assert "Disahkan oleh" not in text


def test_sk_penetapan_lampiran_blocks_carry_number_and_date(tmp_path):
    pages = pdf_pages(adopted(), tmp_path)
    lampiran_i = [p for p in pages if "LAMPIRAN I KEPUTUSAN KEPALA DINAS" in p]
    lampiran_ii = [p for p in pages if "LAMPIRAN II KEPUTUSAN KEPALA DINAS" in p]
    assert len(lampiran_i) == 1 and len(lampiran_ii) == 1
    for page in (lampiran_i[0], lampiran_ii[0]):
        assert f"NOMOR : {NOMOR}" in page and f"TANGGAL : {TANGGAL}" in page
    assert "1. JENIS PELAYANAN : Penerbitan Akta Kelahiran L1" in lampiran_i[0]
    assert any("2. JENIS PELAYANAN : Penerbitan Akta Kelahiran L2" in p for p in pages)
    assert "MAKLUMAT PELAYANAN" in lampiran_ii[0]
    assert pages.index(lampiran_i[0]) < pages.index(lampiran_ii[0]) == len(pages) - 1


def test_sk_penetapan_prints_dots_while_not_numbered(tmp_path):
    text = " ".join(pdf_pages(adopted(nomor=""), tmp_path))
    assert "NOMOR : ...................................." in text
    assert "pada tanggal ...................................." in text
    assert "TANGGAL : ...................................." in text


def test_sk_penetapan_by_the_mayor_has_no_nip(tmp_path):
    project = adopted(penetap="kepala_daerah")
    text = " ".join(pdf_pages(project, tmp_path))
    assert f"KEPUTUSAN WALI KOTA BONTANG NOMOR : {NOMOR} TENTANG" in text
    assert "WALI KOTA BONTANG," in text
    assert "KEPUTUSAN KEPALA DINAS" not in text.split("LAMPIRAN II")[0]
    assert "LAMPIRAN I KEPUTUSAN WALI KOTA BONTANG" in text
    assert "Pasal 12 ayat (2) Peraturan Wali Kota Bontang Nomor 31 Tahun 2018" in text
    decree = build_sk_penetapan(project, DocRequest())
    signature = next(x for x in decree.blocks if isinstance(x, b.SignatureBlock))
    assert (signature.jabatan, signature.nama, signature.nip_line, signature.pangkat) == (
        "WALI KOTA BONTANG,", "NENI MOERNIAENI", "", "")


def test_sk_penetapan_by_a_regent_reads_the_region():
    project = adopted(penetap="kepala_daerah")
    project.instansi.pemerintah_daerah = "Pemerintah Kabupaten Kutai Timur"
    del project.extra["kepala_daerah"]
    doc = build_sk_penetapan(project, DocRequest())
    texts = [x.text for x in doc.blocks if isinstance(x, (b.Heading, b.Paragraph))]
    assert "KEPUTUSAN BUPATI KUTAI TIMUR" in texts and "BUPATI KUTAI TIMUR," in texts
    signature = next(x for x in doc.blocks if isinstance(x, b.SignatureBlock))
    assert signature.jabatan == "BUPATI KUTAI TIMUR," and signature.nip_line == ""


def test_sk_penetapan_endorsement_block_when_the_mayor_endorses(tmp_path):
    project = adopted(pengesahan_kepala_daerah=True)
    doc = build_sk_penetapan(project, DocRequest())
    rows = [x for x in doc.blocks if isinstance(x, b.SignatureRow)]
    assert len(rows) == 2  # the decree and the end of Lampiran I
    endorsement, own = rows[0].blocks
    assert endorsement.lines_before == ("Disahkan oleh",)
    assert (endorsement.jabatan, endorsement.nama, endorsement.nip_line) == (
        "WALI KOTA BONTANG,", "NENI MOERNIAENI", "")
    assert own.nip_line == fx.NIP_GROUPED
    text = docx_text(project, tmp_path)
    assert "Disahkan oleh WALI KOTA BONTANG," in text and "NENI MOERNIAENI" in text


def test_sk_penetapan_revision_names_and_revokes_the_decree_it_replaces(tmp_path):
    project = adopted()
    project.extra["penetapan"]["menggantikan"] = "188.4/10/DKPS/2017|2017-03-01"
    doc = build_sk_penetapan(project, DocRequest())
    menimbang = [text for _, text in labeled(doc, "Menimbang").entries]
    assert any("Nomor 188.4/10/DKPS/2017 tanggal 1 Maret 2017" in t and "perlu diganti" in t for t in menimbang)
    assert "huruf a, huruf b, dan huruf c" in menimbang[-1]
    revoking = labeled(doc, "KELIMA").entries[0][1]
    assert "Nomor 188.4/10/DKPS/2017" in revoking and "dicabut dan dinyatakan tidak berlaku" in revoking
    assert labeled(doc, "KEENAM").entries[0][1] == "Keputusan ini mulai berlaku pada tanggal ditetapkan."
    text = " ".join(pdf_pages(project, tmp_path))
    assert "dicabut dan dinyatakan tidak berlaku" in text


def test_sk_penetapan_own_menimbang_and_mengingat_win():
    project = adopted()
    project.extra["penetapan"].update(menimbang=["bahwa satu", "bahwa dua"], mengingat=["Undang-Undang X"])
    doc = build_sk_penetapan(project, DocRequest())
    assert labeled(doc, "Menimbang").entries == (("a.", "bahwa satu;"), ("b.", "bahwa dua;"))
    assert labeled(doc, "Mengingat").entries == (("1.", "Undang-Undang X;"),)


def test_sk_penetapan_takes_only_services_ready_for_adoption():
    project = adopted(3)
    project.layanan[1].status = "dibahas"
    doc = build_sk_penetapan(project, DocRequest())
    listed = [text for marker, text in labeled(doc, "KEDUA").entries if marker]
    assert listed == [
        "Penerbitan Akta Kelahiran L1, sebagaimana tercantum dalam Lampiran I angka 1;",
        "Penerbitan Akta Kelahiran L3, sebagaimana tercantum dalam Lampiran I angka 2.",
    ]


def test_sk_penetapan_refuses_without_a_ready_service_or_with_gaps():
    project = fx.project(2)
    with pytest.raises(DocumentRefused, match="Siap ditetapkan"):
        build_sk_penetapan(project, DocRequest())
    with pytest.raises(DocumentRefused, match="Draf"):
        build_sk_penetapan(project, DocRequest(service_ids=[1]))
    project.layanan.append(fx.incomplete_layanan())
    project.layanan[-1].status = "siap_ditetapkan"
    with pytest.raises(BlockingFindings):
        build_sk_penetapan(project, DocRequest())


@pytest.mark.parametrize("paper", ["f4", "a4"])
def test_sk_penetapan_paper(tmp_path, paper):
    path = export_document(adopted(), "sk-penetapan", tmp_path / "sk.pdf", request=DocRequest(paper=paper))
    width, height = b.PAPER_MM[paper]
    box = PdfReader(path).pages[0].mediabox
    assert (round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)) == (width, height)


def test_sk_penetapan_standalone_standar_follows_who_adopts_and_the_endorsement():
    from sp_desktop.export.report_model import build_standar

    doc = build_standar(adopted(1, penetap="kepala_daerah"))
    lampiran = next(x for x in doc.blocks if isinstance(x, b.LampiranBlock))
    assert lampiran.title == "LAMPIRAN KEPUTUSAN WALI KOTA BONTANG"
    signature = next(x for x in doc.blocks if isinstance(x, b.SignatureBlock))
    assert signature.jabatan == "WALI KOTA BONTANG," and signature.nip_line == ""
    endorsed = build_standar(adopted(1, pengesahan_kepala_daerah=True))
    row = next(x for x in endorsed.blocks if isinstance(x, b.SignatureRow))
    assert row.blocks[0].lines_before == ("Disahkan oleh",) and row.blocks[1].nip_line == fx.NIP_GROUPED
