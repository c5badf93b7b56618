"""The consolidated review report (export/konsolidasi*.py, services/review_report.py): PDF, DOCX, XLSX read back."""

from __future__ import annotations

from datetime import date

import pytest
from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader
from review_fixtures import AKTA, make_unit, service

from sp_desktop.export.errors import ExportError
from sp_desktop.services.review_notes import ReviewNotes
from sp_desktop.services.review_report import konsolidasi_of, write_report
from sp_desktop.services.review_units import ReviewError, open_units


@pytest.fixture
def review(tmp_path):
    folder = tmp_path / "unit"
    folder.mkdir()

    def broken(data):
        service(data, AKTA)["persyaratan"] = []
        service(data, AKTA)["status"] = "dibahas"

    make_unit(folder, "1.spdb", "Kecamatan Bontang Utara", ikm_answers=4)
    make_unit(folder, "2.spdb", "Kecamatan Bontang Selatan", broken)
    (folder / "3.spdb").write_bytes(b"")
    notes = ReviewNotes.in_folder(folder)
    notes.add("Kecamatan Bontang Utara", AKTA, "biaya", "Sebutkan dasar hukum tarif.", "Rina Evaluator")
    yield open_units(folder), notes
    notes.close()


def test_figures_and_findings_of_the_report(review):
    units, notes = review
    data = konsolidasi_of(units, notes, "Bagian Organisasi", date(2026, 12, 1))
    utara, selatan = data.units
    assert (utara.unit, utara.layanan, utara.lengkap, utara.dibahas, utara.ditetapkan) == (
        "Kecamatan Bontang Utara", 3, 3, 0, 0)
    assert utara.ikm == "100,00 (A)" and utara.ikm_nilai == 100.0
    assert utara.pekppp.endswith("/45") and selatan.ikm == "-"
    assert (selatan.lengkap, selatan.dibahas) == (2, 1)
    assert [f.tingkat for f in data.findings["Kecamatan Bontang Utara"]] == ["CATATAN"]
    blocking = [f for f in data.findings["Kecamatan Bontang Selatan"] if f.tingkat == "BLOKIR"]
    assert [(f.jenis_pelayanan, f.komponen) for f in blocking] == [(AKTA, "Persyaratan")]
    assert data.problems and data.problems[0][0] == "3.spdb"


def test_pdf_and_docx_say_the_same(review, tmp_path):
    units, notes = review
    pdf = write_report(units, tmp_path / "laporan.pdf", notes, "Bagian Organisasi")
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(pdf).pages)
    for expected in ("LAPORAN KONSOLIDASI EVALUASI STANDAR PELAYANAN", "BAGIAN ORGANISASI",
                     "A. Rekapitulasi per Perangkat Daerah", "Kecamatan Bontang Utara", "100,00 (A)",
                     "Sebutkan dasar hukum tarif. (Rina Evaluator)", "C. Berkas yang Tidak Dapat Dibaca", "3.spdb"):
        assert expected in text, expected
    docx = write_report(units, tmp_path / "laporan.docx", notes)
    doc = Document(docx)
    cells = [c.text for t in doc.tables for r in t.rows for c in r.cells]
    assert "Kecamatan Bontang Selatan" in cells and "BLOKIR" in cells and "CATATAN" in cells
    assert "Jumlah" in cells and "6" in cells  # 3 + 3 services


def test_xlsx_holds_numbers(review, tmp_path):
    units, notes = review
    out = write_report(units, tmp_path / "laporan.xlsx", notes)
    wb = load_workbook(out)
    assert wb.sheetnames == ["Rekap Perangkat Daerah", "Temuan", "Berkas Tidak Terbaca"]
    rows = list(wb["Rekap Perangkat Daerah"].iter_rows(values_only=True))
    assert rows[0][0] == "Perangkat Daerah"
    assert rows[1][:6] == ("Kecamatan Bontang Utara", 3, 3, 0, 0, 100.0)
    assert rows[1][6:8] == ("A Sangat baik", "Semester I 2026")
    assert isinstance(rows[1][8], int) and rows[2][5] is None
    findings = list(wb["Temuan"].iter_rows(values_only=True))
    assert ("Kecamatan Bontang Selatan", AKTA, "Persyaratan", "BLOKIR") in [r[:4] for r in findings]


def test_refusals(review, tmp_path):
    units, _notes = review
    with pytest.raises(ExportError):
        write_report(units, tmp_path / "laporan.txt")
    with pytest.raises(ReviewError):
        write_report(units, units.units[0].path)
    assert units.units[0].path.read_bytes()[:15] == b"SQLite format 3"
