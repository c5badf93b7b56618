"""The Kuesioner, the Laporan SKM and the publication sheet, opened back from DOCX and PDF."""

from __future__ import annotations

import pytest
from docx import Document
from pypdf import PdfReader

from sp_desktop.domain import skm
from sp_desktop.domain.model import Member
from sp_desktop.domain.skm_monitoring import SurveiInfo
from sp_desktop.domain.survei import Responden, Survei, TindakLanjut
from sp_desktop.export.catalog import DocRequest
from sp_desktop.export.errors import ExportError
from sp_desktop.export.render import build_document, export_document
from tests.unit import export_fixtures as fx

GASPUL_TOTALS = (105, 101, 100, 116, 102, 105, 106, 105, 115)
"""domain.md section 4: 29 respondents whose sums per unsur give IKM 91,475 -> 91,48 (A)."""
SERVICE = "Penerbitan Akta Kelahiran"


def gaspul_answers(n: int = 29) -> list[list[int]]:
    """``n`` rows of 3s and 4s whose column sums are GASPUL_TOTALS (the 4s shifted so rows differ)."""
    rows = [[3] * 9 for _ in range(n)]
    for col, total in enumerate(GASPUL_TOTALS):
        fours = total - 3 * n
        for k in range(fours):
            rows[(k + 3 * col) % n][col] = 4
    return rows


def respondent(nilai, n: int = 0, **changes) -> Responden:
    data = {"layanan": SERVICE, "tanggal": "2026-03-02", "jam": "09:30", "jenis_kelamin": "LP"[n % 2],
            "usia": 18 + (n * 7) % 50, "pendidikan": ("SMA", "S1", "SMP")[n % 3],
            "pekerjaan": ("swasta", "pns", "wirausaha")[n % 3], "nilai": list(nilai),
            "saran": f"Saran nomor {n + 1}" if n < 3 else ""}
    data.update(changes)
    return Responden(**data)


def survey(answers=None, **changes) -> Survei:
    answers = gaspul_answers() if answers is None else answers
    data = {
        "periode": "Semester I 2026", "mulai": "2026-01-01", "selesai": "2026-06-30", "layanan": [SERVICE],
        "populasi": 30, "responden": [respondent(a, n) for n, a in enumerate(answers)],
        "tindak_lanjut": [
            TindakLanjut(unsur=3, rencana="Menambah petugas verifikasi pada jam sibuk",
                         penanggung_jawab="Kepala Bidang Pelayanan", target="2026-09-30", selesai="2026-08-15"),
            TindakLanjut(unsur=2, rencana="Menyederhanakan alur loket", penanggung_jawab="Sekretaris Dinas",
                         target="2026-12-31"),
        ],
        "tanggal_laporan": "2026-07-10", "id": "s1",
    }
    data.update(changes)
    return Survei(**data)


def trend(current: Survei) -> list:
    earlier = skm.compute([[3] * 9] * 20)
    info = SurveiInfo(1, "s0", "Semester II 2025", "2025-07-01", "2025-12-31", (SERVICE,), 30, "", 20)
    now = SurveiInfo(2, "s1", current.periode, current.mulai, current.selesai, tuple(current.layanan), 30, "",
                     len(current.responden))
    return [(info, earlier), (now, skm.compute(r.nilai for r in current.responden))]


def skm_project():
    project = fx.project(1)
    project.tim = [Member(nama="Ir. KETUA TIM, M.T.", jabatan="Sekretaris Dinas", peran="ketua", id=1),
                   Member(nama="Anggota Satu", jabatan="Kepala Seksi", peran="anggota", id=2)]
    return project


def request(s: Survei | None = None, paper: str | None = None, **options) -> DocRequest:
    s = survey() if s is None else s
    return DocRequest(paper=paper, options={"survei": s, "tren": trend(s), **options})


def pdf_text(path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(str(path)).pages).split())


def docx_text(path) -> str:
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    parts += [cell.text for table in doc.tables for row in table.rows for cell in row.cells]
    return " ".join(" ".join(parts).split())


def text_of(path) -> str:
    return docx_text(path) if str(path).endswith(".docx") else pdf_text(path)


def docx_tables(path) -> list[list[list[str]]]:
    return [[[cell.text for cell in row.cells] for row in table.rows] for table in Document(str(path)).tables]


# ----------------------------------------------------------------------------------------------
# Kuesioner


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_kuesioner_has_the_profile_the_nine_questions_and_the_fee_choices(tmp_path, suffix):
    out = export_document(skm_project(), "kuesioner", tmp_path / f"k{suffix}", request=request())
    text = text_of(out)
    for expected in ("KUESIONER SURVEI KEPUASAN MASYARAKAT", "Semester I 2026", "1 Januari 2026 s.d. 30 Juni 2026",
                     "Jenis kelamin", "Laki-laki", "Perempuan", "Usia", "Pendidikan terakhir", "S1", "Pekerjaan",
                     "Wirausaha", "Jenis layanan yang diterima", SERVICE, "Tanggal survei", "Jam survei",
                     "SARAN DAN MASUKAN", "a. Sangat mahal", "b. Cukup mahal", "c. Murah", "d. Gratis"):
        assert expected in text, expected
    for n, (unsur, question) in enumerate(zip(skm.UNSUR, skm.QUESTIONS), start=1):
        assert " ".join(question.split()) in text, n
        assert unsur in text


def test_kuesioner_lists_each_question_with_its_four_choices_in_its_row(tmp_path):
    out = export_document(skm_project(), "kuesioner", tmp_path / "k.docx", request=request())
    table = next(t for t in docx_tables(out) if t[0][:2] == ["NO", "UNSUR DAN PERTANYAAN"])
    assert len(table) == 10
    for row, question, choices in zip(table[1:], skm.QUESTIONS, skm.CHOICES):
        assert question in row[1]
        assert row[2].split("\n") == [f"{letter}. {c}" for letter, c in zip("abcd", choices)]


def test_survey_documents_are_refused_without_a_survey(tmp_path):
    for kind in ("kuesioner", "laporan-skm", "publikasi-skm"):
        with pytest.raises(ExportError, match="periode survei"):
            build_document(skm_project(), kind, request=DocRequest())
