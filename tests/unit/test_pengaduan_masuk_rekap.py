"""The Rekap Pengaduan: figures of a period (by dates or a survey period) or of the whole log, in PDF and DOCX."""

from datetime import date

import docx
import pytest
from pypdf import PdfReader
from session_helpers import member

from sp_desktop.domain.survei import PengaduanMasuk, Survei
from sp_desktop.services.documents import export_for_session

AKTA = "Penerbitan Akta Kelahiran"
KK = "Penerbitan Kartu Keluarga"


@pytest.fixture
def s(sample_session):
    s = sample_session
    s.set_actor(member(s, "anggota").id)
    s.add_complaint(PengaduanMasuk(tanggal="2026-01-05", layanan=AKTA, komponen="waktu_penyelesaian",
                                   ringkasan="Akta belum jadi setelah tujuh hari", status="selesai",
                                   tindak_lanjut="Petugas verifikasi ditambah", tanggal_selesai="2026-01-09"))
    s.add_complaint(PengaduanMasuk(tanggal="2026-02-10", layanan=KK, komponen="persyaratan", saluran="whatsapp",
                                   ringkasan="Syarat surat pindah tidak jelas", status="diproses"))
    s.add_complaint(PengaduanMasuk(tanggal="2025-11-20", layanan=AKTA, ringkasan="Ruang tunggu panas"))
    return s


def _pdf_text(path):
    return " ".join(" ".join(page.extract_text() for page in PdfReader(str(path)).pages).split())


def test_rekap_pengaduan_pdf_of_a_period_by_dates(s, tmp_path):
    out = export_for_session(s, "rekap-pengaduan", tmp_path / "rekap.pdf",
                             options={"mulai": "2026-01-01", "selesai": "2026-06-30", "tanggal": "2026-07-01"})
    text = _pdf_text(out)
    assert "REKAPITULASI PENGADUAN MASYARAKAT" in text
    assert "1 Januari 2026 s.d. 30 Juni 2026" in text
    assert "Ruang tunggu panas" not in text  # received before the period
    assert "Akta belum jadi setelah tujuh hari" in text and "Syarat surat pindah tidak jelas" in text
    assert "Jangka waktu penyelesaian" in text and "Persyaratan" in text
    assert "4 hari (1 pengaduan selesai)" in text
    assert "50,0%" in text
    assert "WhatsApp" in text


def test_rekap_pengaduan_docx_of_a_survey_period(s, tmp_path):
    s.add_survey(Survei(periode="Semester I 2026", mulai="2026-01-01", selesai="2026-01-31", layanan=[AKTA]))
    out = export_for_session(s, "rekap-pengaduan", tmp_path / "rekap.docx", paper="a4",
                             options={"periode": "Semester I 2026"})
    document = docx.Document(str(out))
    cells = "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    body = "\n".join(p.text for p in document.paragraphs) + cells
    assert "Semester I 2026 (1 Januari 2026 s.d. 31 Januari 2026)" in body
    assert "Akta belum jadi setelah tujuh hari" in body
    assert "Syarat surat pindah tidak jelas" not in body
    section = document.sections[0]
    assert round(section.page_height.mm) == 297  # A4


def test_rekap_pengaduan_without_a_period_prints_the_whole_log(s, tmp_path):
    out = export_for_session(s, "rekap-pengaduan", tmp_path / "semua.pdf")
    text = _pdf_text(out)
    assert "Seluruh pengaduan yang tercatat" in text
    for summary in ("Ruang tunggu panas", "Akta belum jadi", "Syarat surat pindah"):
        assert summary in text
    assert f"sampai {date.today().day}" in text or "Umur pengaduan dihitung sampai" in text
