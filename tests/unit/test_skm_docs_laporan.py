"""The Laporan SKM and the publication sheet opened back: chapters, the grid, figures, chart, follow-up, trend."""

from __future__ import annotations

import pytest
from docx import Document
from pypdf import PdfReader

from sp_desktop.domain import skm
from sp_desktop.export.blocks import NumberGrid, ReportDocument
from sp_desktop.export.catalog import DocRequest
from sp_desktop.export.pdf_writer import PdfWriter
from sp_desktop.export.render import build_document, export_document
from sp_desktop.export.skm_chart import nrr_chart
from tests.unit.test_skm_docs import (
    GASPUL_TOTALS,
    SERVICE,
    docx_tables,
    gaspul_answers,
    request,
    respondent,
    skm_project,
    survey,
    text_of,
)

BAB = ("BAB I PENDAHULUAN", "BAB II PENGUMPULAN DATA SURVEI", "BAB III HASIL SURVEI KEPUASAN MASYARAKAT",
       "BAB IV ANALISIS HASIL SURVEI", "BAB V PENUTUP")
GASPUL_NRR = ("3,62", "3,48", "3,45", "4,00", "3,52", "3,62", "3,66", "3,62", "3,97")


def grid_table(path):
    return next(t for t in docx_tables(path) if t[0][:2] == ["NO. RESPONDEN", "U1"])


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_laporan_has_the_chapters_figures_legend_follow_up_and_trend(tmp_path, suffix):
    out = export_document(skm_project(), "laporan-skm", tmp_path / f"l{suffix}", request=request())
    text = text_of(out)
    for expected in (*BAB, "LAPORAN", "PERIODE SEMESTER I 2026", "Dasar Hukum", "Nomor 14 Tahun 2017",
                     "Maksud dan Tujuan", "Pelaksana Survei", "Ir. KETUA TIM, M.T.", "Metode Pengumpulan Data",
                     "Lokasi Pengumpulan Data", "Waktu Pelaksanaan", "1 Januari 2026 s.d. 30 Juni 2026",
                     "jumlah responden minimal adalah 28 orang", "29 orang",
                     "PENGOLAHAN DATA SKM PER RESPONDEN DAN PER UNSUR PELAYANAN", "Σ Nilai/Unsur", "NRR/Unsur",
                     "NRR tertimbang/Unsur", "IKM UNIT PELAYANAN",
                     "Nilai IKM unit pelayanan adalah 91,48 dengan mutu pelayanan A (Sangat baik).",
                     "1/9 = 0,111", "NILAI INTERVAL KONVERSI (NIK)", "25,00 – 64,99", "88,31 – 100,00",
                     "U3 Waktu Penyelesaian: NRR 3,45", "Menambah petugas verifikasi pada jam sibuk",
                     "15 Agustus 2026", "Belum selesai", "1 dari 2 rencana (50,00 %)", "Semester II 2025",
                     "C (Kurang baik)", "+16,48", "Saran nomor 1", "Bontang, 10 Juli 2026", "Drs. NAMA LENGKAP, M.Si."):
        assert expected in text, expected
    for name in skm.UNSUR:
        assert name in text


def test_laporan_grid_has_every_respondent_then_the_sums_nrr_and_ikm(tmp_path):
    out = export_document(skm_project(), "laporan-skm", tmp_path / "l.docx", request=request())
    table = grid_table(out)
    assert table[0] == ["NO. RESPONDEN", *(f"U{n}" for n in range(1, 10))]
    body = table[1:30]
    assert [row[0] for row in body] == [str(n) for n in range(1, 30)]
    assert [[int(v) for v in row[1:]] for row in body] == gaspul_answers()
    sums, nrr, weighted, ikm, unit = table[30:]
    assert sums == ["Σ Nilai/Unsur", *map(str, GASPUL_TOTALS)]
    assert nrr == ["NRR/Unsur", *GASPUL_NRR]
    assert weighted[0] == "NRR tertimbang/Unsur" and weighted[1] == "0,402"
    assert ikm[:2] == ["IKM (skala 1–4)", "3,659"]
    assert unit[:2] == ["IKM UNIT PELAYANAN", "91,48   Mutu A (Sangat baik)"]
    header_row = Document(str(out)).tables[[t[0][:2] for t in docx_tables(out)].index(["NO. RESPONDEN", "U1"])].rows[0]
    assert header_row._tr.xpath("./w:trPr/w:tblHeader")  # repeated on every page


def test_laporan_per_unsur_table_has_nrr_weighted_converted_and_mutu(tmp_path):
    out = export_document(skm_project(), "laporan-skm", tmp_path / "l.docx", request=request())
    table = next(t for t in docx_tables(out) if t[0][:2] == ["NO", "UNSUR PELAYANAN"])
    assert [row[2] for row in table[1:10]] == list(GASPUL_NRR)
    assert table[4][1:] == ["Biaya/Tarif", "4,00", "0,444", "100,00", "A", "Sangat baik"]
    assert table[-1][1:] == ["IKM UNIT PELAYANAN", "3,66", "3,659", "91,48", "A", "Sangat baik"]


def test_pdf_grid_of_many_respondents_repeats_its_header_and_ends_with_the_totals(tmp_path):
    answers = [[1 + (n + col) % 4 for col in range(9)] for n in range(400)]
    out = export_document(skm_project(), "laporan-skm", tmp_path / "l.pdf", request=request(survey(answers)))
    pages = [page.extract_text() for page in PdfReader(str(out)).pages]
    grid_pages = [n for n, text in enumerate(pages) if "NO. RESPONDEN" in text]
    assert len(grid_pages) >= 5
    assert grid_pages == list(range(grid_pages[0], grid_pages[-1] + 1))
    last = pages[grid_pages[-1]]
    assert "400" in last.split() and "Σ Nilai/Unsur" in last and "IKM UNIT PELAYANAN" in last
    assert all("Σ Nilai/Unsur" not in pages[n] for n in grid_pages[:-1])


@pytest.mark.parametrize("rows", range(40, 80, 3))
def test_grid_footer_never_stands_alone_on_a_page(tmp_path, rows):
    from sp_desktop.export.blocks import PageSetup

    grid = NumberGrid(("NO", "A"), tuple((str(n), "1") for n in range(1, rows + 1)), (0.5, 0.5),
                      footer=(("JUMLAH", str(rows)), ("RATA-RATA", "1")))
    path = tmp_path / "g.pdf"
    PdfWriter().write(ReportDocument("x", "x", PageSetup(), [grid]), path)
    pages = [page.extract_text().split() for page in PdfReader(str(path)).pages]
    last = pages[-1]
    assert "JUMLAH" in last and str(rows) in last and str(rows - 2) in last
    assert all(page.count("NO") == 1 for page in pages)


def test_unanswered_unsur_is_a_dash_and_left_out_of_its_nrr(tmp_path):
    answers = [[4] * 9, [2, None, 2, 2, 2, 2, 2, 2, 2]]
    out = export_document(skm_project(), "laporan-skm", tmp_path / "l.docx", request=request(survey(answers)))
    table = grid_table(out)
    assert table[2][2] == "-"
    assert table[3][2] == "4" and table[4][2] == "4,00"  # U2: one answer, 4
    assert table[4][1] == "3,00"


def test_one_service_counts_only_its_respondents(tmp_path):
    s = survey(layanan=[SERVICE, "Kartu Keluarga"])
    s.responden.append(respondent([1] * 9, 99, layanan="Kartu Keluarga"))
    doc = build_document(skm_project(), "publikasi-skm", request=request(s, layanan="Kartu Keluarga"))
    texts = " ".join(str(getattr(b, "text", "")) for b in doc.blocks)
    assert "25,00" in texts and "D (TIDAK BAIK)" in texts
    whole = build_document(skm_project(), "publikasi-skm", request=request(s))
    assert "30 orang" in " ".join(str(getattr(b, "entries", "")) for b in whole.blocks)


@pytest.mark.parametrize("paper", ["f4", "a4"])
def test_publikasi_is_one_page_with_ikm_mutu_respondents_and_period(tmp_path, paper):
    out = export_document(skm_project(), "publikasi-skm", tmp_path / "p.pdf", request=request(paper=paper))
    reader = PdfReader(str(out))
    assert len(reader.pages) == 1
    width_mm = float(reader.pages[0].mediabox.width) / 72 * 25.4
    height_mm = float(reader.pages[0].mediabox.height) / 72 * 25.4
    assert (round(width_mm), round(height_mm)) == ((215, 330) if paper == "f4" else (210, 297))
    text = " ".join(reader.pages[0].extract_text().split())
    for expected in ("HASIL SURVEI KEPUASAN MASYARAKAT", "INDEKS KEPUASAN MASYARAKAT (IKM)", "91,48",
                     "MUTU PELAYANAN: A (SANGAT BAIK)", "29 orang", "Semester I 2026", SERVICE):
        assert expected in text, expected


def test_both_writers_embed_the_same_chart(tmp_path):
    r = skm.compute(gaspul_answers())
    chart = nrr_chart(r)
    out = export_document(skm_project(), "publikasi-skm", tmp_path / "p.docx", request=request())
    blobs = [part.blob for part in Document(str(out)).part.package.parts if part.partname.endswith(".png")]
    assert chart in blobs
    pdf = export_document(skm_project(), "publikasi-skm", tmp_path / "p.pdf", request=request())
    images = [img for img in PdfReader(str(pdf)).pages[0].images]
    assert any(img.image.size == (2000, 1050) for img in images)


def test_laporan_title_and_request_without_trend(tmp_path):
    doc = build_document(skm_project(), "laporan-skm", request=DocRequest(options={"survei": survey()}))
    assert doc.title == "Laporan Survei Kepuasan Masyarakat Semester I 2026"
    out = export_document(skm_project(), "laporan-skm", tmp_path / "l.pdf",
                          request=DocRequest(options={"survei": survey()}))
    assert "tren antarperiode belum dapat disajikan" in text_of(out)


def test_docx_grid_keeps_its_last_rows_with_the_totals(tmp_path):
    answers = [[1 + (n + col) % 4 for col in range(9)] for n in range(120)]
    out = export_document(skm_project(), "laporan-skm", tmp_path / "l.docx", request=request(survey(answers)))
    doc = Document(str(out))
    table = next(t for t in doc.tables if t.rows[0].cells[0].text == "NO. RESPONDEN")
    kept = [bool(row._tr.xpath("./w:tc[1]/w:p/w:pPr/w:keepNext")) for row in table.rows]
    assert kept[1:118] == [False] * 117  # the body flows freely
    assert kept[118:] == [True] * 7 + [False]  # the last three rows and the totals stay together
