"""Rekap Biaya: the three results of the fee identification, in PDF, DOCX and XLSX, opened back."""

from __future__ import annotations

import docx
import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from sp_desktop.domain.model import Biaya, LangkahProsedur
from sp_desktop.export import catalog
from sp_desktop.export.catalog import DocRequest
from sp_desktop.export.docx_writer import DocxWriter
from sp_desktop.export.errors import ExportError
from sp_desktop.export.pdf_writer import PdfWriter
from sp_desktop.export.rekap_biaya import PART_TITLES, build_rekap_biaya, rekap_of
from sp_desktop.export.rekap_biaya_xlsx import RUPIAH_FORMAT, SHEET_TITLES, write_rekap_biaya_xlsx
from tests.unit.export_fixtures import layanan, project

PAID = "Legalisir Dokumen Kependudukan"
FREE_STATED = "Penerbitan Akta Kelahiran"
DERIVED_PAID = "Penerbitan Surat Keterangan Pindah"
DERIVED_FREE = "Penerbitan Kartu Identitas Anak"


def fee_project():
    """Four services: a stated fee, a stated free one with a unit cost, and two derived from the steps."""
    proj = project(0)
    paid = layanan(1, PAID)
    paid.biaya = Biaya(25000, "", "Peraturan Daerah Kota Bontang Nomor 5 Tahun 2019", 10000)
    free = layanan(2, FREE_STATED)
    free.biaya = Biaya(0, "GRATIS (tidak dipungut biaya)", "Pasal 79A UU 24/2013", 15000)
    derived = layanan(3, DERIVED_PAID)  # biaya None: the steps' sums (fee 0, unit 5000 from the fixture)
    derived.prosedur.append(LangkahProsedur("Pemohon membayar retribusi", "Pemohon", None, 7500, 2500, "Kuitansi"))
    derived_free = layanan(4, DERIVED_FREE)
    proj.layanan = [paid, free, derived, derived_free]
    return proj


def test_rekap_biaya_takes_stated_fees_or_the_sums_of_the_steps():
    rekap = rekap_of(fee_project(), DocRequest())
    figures = {r.nama: (r.tarif, r.beban_unit, r.dihitung) for r in rekap.rows}
    assert figures == {
        PAID: (25000, 10000, False),
        FREE_STATED: (0, 15000, False),
        DERIVED_PAID: (7500, 7500, True),
        DERIVED_FREE: (0, 5000, True),
    }
    assert [r.nama for r in rekap.berbayar] == [PAID, DERIVED_PAID]
    assert [r.nama for r in rekap.gratis] == [FREE_STATED, DERIVED_FREE]
    assert (rekap.total_tarif, rekap.total_beban_unit) == (32500, 37500)
    assert rekap.gratis[0].uraian == "GRATIS (tidak dipungut biaya)"
    assert rekap.gratis[1].uraian == "Tidak dipungut biaya"


def test_rekap_biaya_keeps_to_the_chosen_services():
    rekap = rekap_of(fee_project(), DocRequest(service_ids=[3, 1]))
    assert [r.nama for r in rekap.rows] == [PAID, DERIVED_PAID]
    with pytest.raises(ExportError):
        rekap_of(fee_project(), DocRequest(service_ids=[99]))


def test_rekap_biaya_is_registered_for_documents_and_workbooks():
    assert catalog.resolve(catalog.BUILDERS["rekap-biaya"]) is build_rekap_biaya
    assert catalog.resolve(catalog.XLSX_WRITERS["rekap-biaya"]) is write_rekap_biaya_xlsx


def _squeeze(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("paper", ["f4", "a4"])
def test_rekap_biaya_pdf_lists_the_three_parts_with_totals(tmp_path, paper):
    doc = build_rekap_biaya(fee_project(), DocRequest(paper=paper, options={"tanggal": "2025-11-30"}))
    out = tmp_path / "rekap.pdf"
    PdfWriter().write(doc, out)
    text = _squeeze(" ".join(page.extract_text() for page in PdfReader(out).pages))
    for needle in ("REKAPITULASI BIAYA/TARIF PELAYANAN", *PART_TITLES, PAID, DERIVED_FREE,
                   "Rp25.000,00", "Rp7.500,00", "Rp32.500,00", "Rp37.500,00", "GRATIS (tidak dipungut biaya)",
                   "Dihitung dari tahapan prosedur", "Bontang, 30 November 2025"):
        assert needle in text, needle
    part_a = text[text.index(PART_TITLES[0]):text.index(PART_TITLES[1])]
    part_c = text[text.index(PART_TITLES[2]):]
    assert PAID in part_a and DERIVED_PAID in part_a and FREE_STATED not in part_a
    assert FREE_STATED in part_c and DERIVED_FREE in part_c and PAID not in part_c


def test_rekap_biaya_docx_holds_the_same_tables(tmp_path):
    out = tmp_path / "rekap.docx"
    DocxWriter().write(build_rekap_biaya(fee_project(), DocRequest()), out)
    tables = docx.Document(str(out)).tables
    cells = [[c.text for c in row.cells] for t in tables for row in t.rows]
    assert ["", "Jumlah", "Rp32.500,00", ""] in cells
    assert ["", "Jumlah", "Rp37.500,00", ""] in cells
    assert ["2", DERIVED_FREE, "Tidak dipungut biaya"] in cells


def test_rekap_biaya_xlsx_holds_numbers_totals_and_the_free_list(tmp_path):
    out = tmp_path / "rekap.xlsx"
    write_rekap_biaya_xlsx(fee_project(), DocRequest(), out)
    wb = load_workbook(out)
    assert wb.sheetnames == list(SHEET_TITLES)
    every = wb["Semua Layanan"]
    assert [c.value for c in every[1]][:4] == ["No", "Jenis Pelayanan", "Biaya Pengguna", "Biaya Ditanggung Unit"]
    assert [[c.value for c in row][:5] for row in every.iter_rows(min_row=2)] == [
        [1, PAID, 25000, 10000, "Tidak"],
        [2, FREE_STATED, 0, 15000, "Ya"],
        [3, DERIVED_PAID, 7500, 7500, "Tidak"],
        [4, DERIVED_FREE, 0, 5000, "Ya"],
        [None, "Jumlah", 32500, 37500, None],
    ]
    assert every["C2"].number_format == RUPIAH_FORMAT and every["D6"].number_format == RUPIAH_FORMAT
    assert every["D6"].font.bold
    for ws in wb.worksheets:
        assert ws.freeze_panes == "A2"
        assert ws["A1"].font.bold
        assert ws.column_dimensions["B"].width >= 40
    paid = wb["Biaya Pengguna"]
    assert [[c.value for c in row] for row in paid.iter_rows(min_row=2)] == [
        [1, PAID, 25000, "Peraturan Daerah Kota Bontang Nomor 5 Tahun 2019"],
        [2, DERIVED_PAID, 7500, None],
        [None, "Jumlah", 32500, None],
    ]
    assert [row[2].value for row in wb["Beban Unit"].iter_rows(min_row=2)] == [10000, 15000, 7500, 5000, 37500]
    assert [[c.value for c in row] for row in wb["Layanan Gratis"].iter_rows(min_row=2)] == [
        [1, FREE_STATED, "GRATIS (tidak dipungut biaya)"],
        [2, DERIVED_FREE, "Tidak dipungut biaya"],
    ]
