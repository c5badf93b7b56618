"""`sp-desktop export PROJECT kuesioner|laporan-skm|publikasi-skm --period NAME --out PATH`."""

from __future__ import annotations

import json

import pytest

from tests.cli.test_cli import DATA, run
from tests.cli.test_cli_export_cycle import docx_text, pdf_text

AKTA = "Penerbitan Akta Kelahiran"
GASPUL = (105, 101, 100, 116, 102, 105, 106, 105, 115)  # domain.md section 4: 29 respondents, IKM 91,48 (A)


def gaspul_respondents() -> list[dict]:
    rows = [[t // 29 + (1 if r < t % 29 else 0) for t in GASPUL] for r in range(29)]
    return [{"layanan": AKTA, "nilai": row} for row in rows]


@pytest.fixture
def project(tmp_path):
    data = json.loads((DATA / "proyek_contoh.json").read_text(encoding="utf-8"))
    data["survei"] = [
        {"periode": "Tahun 2025", "mulai": "2025-01-01", "selesai": "2025-12-31", "layanan": [AKTA],
         "populasi": 30, "responden": [{"layanan": AKTA, "nilai": [3] * 9}] * 20, "tindak_lanjut": []},
        {"periode": "Semester I 2026", "mulai": "2026-01-01", "selesai": "2026-06-30", "layanan": [AKTA],
         "populasi": 30, "responden": gaspul_respondents(),
         "tindak_lanjut": [{"unsur": 3, "rencana": "Menambah petugas loket", "penanggung_jawab": "Kepala Bidang",
                            "target": "2026-09-30", "selesai": None}]},
    ]
    source = tmp_path / "sumber.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    path = tmp_path / "proyek.spdb"
    result = run("import", path, source)
    assert result.returncode == 0, result.stderr
    return path


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_laporan_skm_of_a_period_has_its_ikm_follow_up_and_trend(project, tmp_path, suffix):
    out = tmp_path / f"laporan{suffix}"
    result = run("export", project, "laporan-skm", "--period", "semester i 2026", "--out", out)
    assert result.returncode == 0, result.stderr
    text = pdf_text(out) if suffix == ".pdf" else docx_text(out)
    for expected in ("PENGOLAHAN DATA SKM PER RESPONDEN DAN PER UNSUR PELAYANAN", "91,48", "A (Sangat baik)",
                     "Menambah petugas loket", "Tahun 2025", "75,00", "C (Kurang baik)", "+16,48"):
        assert expected in text, expected


@pytest.mark.parametrize("kind", ["kuesioner", "publikasi-skm"])
def test_kuesioner_and_publikasi_are_written_for_a_period(project, tmp_path, kind):
    out = tmp_path / f"{kind}.pdf"
    result = run("export", project, kind, "--period", "Tahun 2025", "--out", out, "--paper", "a4")
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    assert "Tahun 2025" in text
    if kind == "publikasi-skm":
        assert "75,00" in text and "20 orang" in text
    else:
        assert "d. Gratis" in text


@pytest.mark.parametrize("kind", ["kuesioner", "laporan-skm", "publikasi-skm"])
def test_a_survey_document_without_period_exits_2_naming_the_periods(project, tmp_path, kind):
    out = tmp_path / "x.pdf"
    result = run("export", project, kind, "--out", out)
    assert result.returncode == 2
    assert "--period" in result.stderr and '"Tahun 2025"' in result.stderr and '"Semester I 2026"' in result.stderr
    assert not out.exists()


def test_an_unknown_period_exits_2_and_writes_nothing(project, tmp_path):
    out = tmp_path / "x.pdf"
    result = run("export", project, "laporan-skm", "--period", "Tahun 1999", "--out", out)
    assert result.returncode == 2
    assert "Tahun 1999" in result.stderr and "Tahun 2025" in result.stderr
    assert not out.exists()


def test_period_is_refused_for_a_document_without_one(project, tmp_path):
    result = run("export", project, "maklumat", "--period", "Tahun 2025", "--out", tmp_path / "m.pdf")
    assert result.returncode == 2 and "--period" in result.stderr
