"""`sp-desktop export PROJECT alur|poster --out PATH [--service ID] [--paper a3|a4]`, the format by the suffix."""

from __future__ import annotations

import pytest
from docx import Document
from PIL import Image
from pypdf import PdfReader

from tests.cli.test_cli import DATA, run

MM = 72 / 25.4


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "proyek.spdb"
    result = run("import", path, DATA / "proyek_contoh.json")
    assert result.returncode == 0, result.stderr
    return path


def first_service(project) -> tuple[str, str]:
    line = run("list", project).stdout.splitlines()[0]
    return line.split("\t")[0], line.split("\t")[-1]


@pytest.mark.parametrize("suffix", [".pdf", ".docx", ".png"])
def test_alur_of_one_service_in_each_format(project, tmp_path, suffix):
    service_id, name = first_service(project)
    out = tmp_path / f"alur{suffix}"
    result = run("export", project, "alur", "--out", out, "--service", service_id)
    assert result.returncode == 0, result.stderr
    if suffix == ".pdf":
        text = " ".join(page.extract_text() for page in PdfReader(str(out)).pages)
        assert "ALUR PELAYANAN" in text and "Mulai" in text and "Selesai" in text
    elif suffix == ".docx":
        doc = Document(str(out))
        assert len(doc.inline_shapes) >= 1 and "ALUR PELAYANAN" in " ".join(p.text for p in doc.paragraphs)
    else:
        assert Image.open(out).size[0] == 1600


@pytest.mark.parametrize("paper,size", [("a3", (297, 420)), ("a4", (210, 297))])
def test_poster_on_each_paper(project, tmp_path, paper, size):
    service_id, _name = first_service(project)
    out = tmp_path / "poster.pdf"
    result = run("export", project, "poster", "--out", out, "--service", service_id, "--paper", paper)
    assert result.returncode == 0, result.stderr
    box = PdfReader(str(out)).pages[0].mediabox
    assert (round(float(box.width) / MM), round(float(box.height) / MM)) == size


def test_unit_poster_as_png(project, tmp_path):
    out = tmp_path / "poster.png"
    result = run("export", project, "poster", "--out", out)
    assert result.returncode == 0, result.stderr
    image = Image.open(out)
    assert image.format == "PNG" and image.size[1] > image.size[0]


def test_poster_on_f4_and_png_for_other_kinds_are_refused(project, tmp_path):
    result = run("export", project, "poster", "--out", tmp_path / "p.pdf", "--paper", "f4")
    assert result.returncode != 0 and "A3 atau A4" in result.stderr
    result = run("export", project, "undangan", "--out", tmp_path / "u.png")
    assert result.returncode != 0 and "harus .docx atau .pdf." in result.stderr  # no picture of a letter
    assert not (tmp_path / "u.png").exists() and not (tmp_path / "p.pdf").exists()
