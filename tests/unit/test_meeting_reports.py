"""The Berita Acara Pembahasan and the Laporan Pelaksanaan, opened back from DOCX and PDF."""

from __future__ import annotations

import pytest
from docx import Document
from pypdf import PdfReader

from sp_desktop.export.catalog import DocRequest
from sp_desktop.export.errors import DocumentRefused
from sp_desktop.export.render import export_document
from tests.unit import export_fixtures as fx
from tests.unit.test_meeting_docs import discussion, docx_text, flat, meeting_project, pdf_text

SPELLED = ("Pada hari ini Jumat tanggal dua puluh tiga bulan November tahun dua ribu delapan belas (23-11-2018)")


def tables(path):
    return [[[cell.text for cell in row.cells] for row in table.rows] for table in Document(str(path)).tables]


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_berita_acara_has_the_date_in_words_inputs_and_signatures(tmp_path, suffix):
    out = export_document(meeting_project(), "berita-acara", tmp_path / f"ba{suffix}", request=DocRequest())
    text = flat(docx_text(out) if suffix == ".docx" else pdf_text(out))
    for expected in (SPELLED, "BERITA ACARA", "NOMOR : 065/77/Disdukcapil", "Ruang Rapat Disdukcapil",
                     "diskusi kelompok terfokus (FGD)", "Penerbitan Akta Kelahiran L1", "Penerbitan Akta Kelahiran L2",
                     "Fotokopi KK tidak perlu dilegalisir", "Persyaratan diubah", "(Disepakati)",
                     "Waktu penyelesaian dipercepat menjadi 1 hari", "(Tidak disepakati)",
                     "Demikian Berita Acara ini dibuat dengan sebenarnya", "Perwakilan Masyarakat,",
                     "Peserta Nomor 1", "Perwakilan Penyelenggara,", "Drs. NAMA LENGKAP, M.Si.", fx.NIP_GROUPED,
                     "DAFTAR PESERTA YANG HADIR", "NOTULEN PEMBAHASAN", "Rapat dibuka oleh Ketua Tim.",
                     "Peserta menyampaikan masukan atas persyaratan."):
        assert expected in text, expected


def test_berita_acara_tables_list_every_input_and_who_attended(tmp_path):
    out = export_document(meeting_project(), "berita-acara", tmp_path / "ba.docx")
    found = tables(out)
    masukan = next(t for t in found if t[0][:2] == ["NO", "JENIS PELAYANAN"])
    assert masukan[0] == ["NO", "JENIS PELAYANAN", "KOMPONEN", "MASUKAN", "TINDAK LANJUT/KESEPAKATAN"]
    assert [row[2] for row in masukan[1:]] == ["Persyaratan", "Jangka waktu penyelesaian"]
    hadir = next(t for t in found if t[0][:3] == ["NO", "NAMA", "JABATAN / INSTANSI"])
    names = [row[1] for row in hadir[1:]]
    # Participants 3 and 6 were absent; the walk-in came.
    assert names == ["Peserta Nomor 1", "Peserta Nomor 2", "Peserta Nomor 4", "Peserta Nomor 5",
                     "Tamu Tanpa Undangan"]
    assert hadir[-1][4] == "Tanpa undangan"


def test_berita_acara_ketua_signs_for_the_unit_when_chosen(tmp_path):
    project = meeting_project(discussion(penandatangan_undangan="ketua"))
    text = flat(pdf_text(export_document(project, "berita-acara", tmp_path / "ba.pdf")))
    assert "Ketua Tim Penyusun Standar Pelayanan" in text and "Ir. KETUA TIM, M.T." in text


@pytest.mark.parametrize(
    ("changes", "missing"),
    [
        ({"tanggal": ""}, ["tanggal pembahasan belum diisi"]),
        ({"peserta": [{"nama": "Staf", "unsur": "penyelenggara", "hadir": True},
                      {"nama": "Warga", "unsur": "pengguna_layanan", "hadir": False}]},
         ["belum ada peserta dari luar unit"]),
        ({"tanggal": "", "peserta": []}, ["tanggal pembahasan belum diisi", "belum ada peserta dari luar unit"]),
    ],
)
def test_berita_acara_is_refused_naming_what_is_missing(tmp_path, changes, missing):
    project = meeting_project(discussion(**changes))
    out = tmp_path / "ba.pdf"
    with pytest.raises(DocumentRefused) as refused:
        export_document(project, "berita-acara", out)
    assert refused.value.lines[0] == "Berita Acara Pembahasan belum dapat dibuat:"
    for words in missing:
        assert any(words in line for line in refused.value.lines[1:])
    assert len(refused.value.lines) == 1 + len(missing)
    assert not out.exists()


def test_without_notulen_there_is_no_notulen_page(tmp_path):
    out = export_document(meeting_project(discussion(notulen="")), "berita-acara", tmp_path / "ba.pdf")
    assert "NOTULEN" not in pdf_text(out)
    assert len(PdfReader(str(out)).pages) == 2


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_laporan_counts_unsur_lists_the_agreed_inputs_and_embeds_photos(tmp_path, suffix):
    other = fx._png(50, 30, lambda x, y: (200, x * 5, y * 8))
    request = DocRequest(files={7: fx.LOGO_PNG, 9: other}, captions={7: "Pembukaan", 9: ""})
    out = export_document(meeting_project(), "laporan-pembahasan", tmp_path / f"l{suffix}", request=request)
    text = flat(docx_text(out) if suffix == ".docx" else pdf_text(out))
    for expected in ("LAPORAN PELAKSANAAN", "Diskusi kelompok terfokus (FGD)", "Jumat, 23 November 2018",
                     "Ruang Rapat Disdukcapil", "Penerbitan Akta Kelahiran L1", "Masyarakat pengguna layanan",
                     "JUMLAH", "Fotokopi KK tidak perlu dilegalisir", "Pembukaan", "Foto 2", "Ir. KETUA TIM, M.T."):
        assert expected in text, expected
    assert "Waktu penyelesaian dipercepat" not in text  # not agreed
    if suffix == ".docx":
        counts = next(t for t in tables(out) if t[0] == ["NO", "UNSUR", "DIUNDANG", "HADIR"])
        assert counts[1] == ["1", "Masyarakat pengguna layanan", "1", "2"]  # one invited, and the walk-in
        assert counts[-1] == ["", "JUMLAH", "6", "5"]
        assert len(Document(str(out)).inline_shapes) == 3  # the logo and two photos
    else:
        assert sum(len(page.images) for page in PdfReader(str(out)).pages) == 3


def test_laporan_without_photos_has_no_documentation_part(tmp_path):
    out = export_document(meeting_project(), "laporan-pembahasan", tmp_path / "l.pdf")
    assert "Dokumentasi" not in pdf_text(out)
