"""`sp-desktop export PROJECT DOC --out PATH [--session N]` for the documents of the adoption cycle."""

from __future__ import annotations

import pytest
from docx import Document
from pypdf import PdfReader

from sp_desktop.export import catalog
from sp_desktop.services.session import open_project
from tests.cli.test_cli import DATA, run
from tests.unit.test_meeting_docs import discussion

MEETING_KINDS = ("undangan", "daftar-hadir", "berita-acara", "laporan-pembahasan")


def add_discussions(path, *discussions, photos=()):
    session = open_project(path)
    try:
        with session._write("pembahasan", needs_actor=False):
            extra = session.repo.extra()
            extra["pembahasan"] = list(discussions)
            session.repo.save_extra(extra)
            for name, data, caption in photos:  # filed under the last discussion
                session.repo.add_attachment(f"pembahasan:{discussions[-1]['id']}", "foto", name, "image/png", data,
                                            caption, "uji")
    finally:
        session.close()


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "proyek.spdb"
    result = run("import", path, DATA / "proyek_contoh.json")
    assert result.returncode == 0, result.stderr
    add_discussions(path, discussion(tempat="Aula Pertama", id="satu"), discussion(tempat="Aula Kedua", id="dua"))
    return path


def pdf_text(path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(str(path)).pages).split())


def docx_text(path) -> str:
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    parts += [cell.text for table in doc.tables for row in table.rows for cell in row.cells]
    return " ".join(" ".join(parts).split())


def test_every_builder_kind_is_offered():
    result = run("export", "--help")
    assert result.returncode == 0
    for kind in catalog.BUILDERS:
        assert kind in result.stdout.replace("\n", " ").replace("- ", "-").replace(" ", "") or kind in result.stdout


@pytest.mark.parametrize("kind", MEETING_KINDS)
@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_each_meeting_document_is_written(project, tmp_path, kind, suffix):
    out = tmp_path / f"{kind}{suffix}"
    result = run("export", project, kind, "--out", out)
    assert result.returncode == 0, result.stderr
    text = pdf_text(out) if suffix == ".pdf" else docx_text(out)
    assert "Aula Kedua" in text and "Aula Pertama" not in text  # the last discussion by default
    assert "23 November 2018" in text


def test_session_number_counts_from_one(project, tmp_path):
    out = tmp_path / "undangan.pdf"
    result = run("export", project, "undangan", "--out", out, "--session", "1")
    assert result.returncode == 0, result.stderr
    assert "Aula Pertama" in pdf_text(out)


@pytest.mark.parametrize("number", ["0", "3"])
def test_a_session_number_out_of_range_is_exit_2(project, tmp_path, number):
    out = tmp_path / "undangan.pdf"
    result = run("export", project, "undangan", "--out", out, "--session", number)
    assert result.returncode == 2
    assert f"Pembahasan ke-{number} tidak ada" in result.stderr and "2 pembahasan" in result.stderr
    assert not out.exists()


def test_session_is_refused_for_the_first_documents(project, tmp_path):
    result = run("export", project, "rancangan", "--out", tmp_path / "r.pdf", "--session", "1")
    assert result.returncode == 2 and "--session" in result.stderr


def test_a_refused_berita_acara_is_exit_1_naming_what_is_missing(tmp_path):
    path = tmp_path / "proyek.spdb"
    assert run("import", path, DATA / "proyek_contoh.json").returncode == 0
    nobody = discussion(tanggal="")
    for person in nobody["peserta"]:
        person["hadir"] = person["unsur"] == "penyelenggara"
    add_discussions(path, nobody)
    out = tmp_path / "ba.pdf"
    result = run("export", path, "berita-acara", "--out", out)
    assert result.returncode == 1
    assert "Berita Acara Pembahasan belum dapat dibuat" in result.stderr
    assert "tanggal pembahasan belum diisi" in result.stderr
    assert "belum ada peserta dari luar unit" in result.stderr
    assert not out.exists()


def test_no_discussion_is_exit_2(tmp_path):
    path = tmp_path / "proyek.spdb"
    assert run("import", path, DATA / "proyek_contoh.json").returncode == 0
    add_discussions(path)  # the sample's own discussion removed
    result = run("export", path, "daftar-hadir", "--out", tmp_path / "h.pdf")
    assert result.returncode == 2 and "Belum ada pembahasan" in result.stderr


def test_wrong_suffix_and_layout_are_exit_2(project, tmp_path):
    result = run("export", project, "undangan", "--out", tmp_path / "u.xlsx")
    assert result.returncode == 2 and ".docx atau .pdf" in result.stderr
    result = run("export", project, "undangan", "--out", tmp_path / "u.pdf", "--layout", "full")
    assert result.returncode == 2 and "tata letak" in result.stderr


def test_the_laporan_embeds_the_photos_of_the_discussion(tmp_path):
    from tests.unit.export_fixtures import LOGO_PNG, _png

    other = _png(60, 40, lambda x, y: (x * 4, y * 6, 90))
    path = tmp_path / "proyek.spdb"
    assert run("import", path, DATA / "proyek_contoh.json").returncode == 0
    add_discussions(path, discussion(id="rapat"), photos=[("a.png", LOGO_PNG, "Foto pembukaan"),
                                                          ("b.png", other, "Foto diskusi")])
    out = tmp_path / "laporan.docx"
    result = run("export", path, "laporan-pembahasan", "--out", out)
    assert result.returncode == 0, result.stderr
    doc = Document(str(out))
    assert len(doc.inline_shapes) == 2  # the sample project has no logo
    blobs = {rel.target_part.blob for rel in doc.part.rels.values() if rel.reltype.endswith("/image")}
    assert blobs == {LOGO_PNG, other}
    text = docx_text(out)
    assert "Foto pembukaan" in text and "Foto diskusi" in text
    pdf = tmp_path / "laporan.pdf"
    assert run("export", path, "laporan-pembahasan", "--out", pdf).returncode == 0
    images = [image for page in PdfReader(str(pdf)).pages for image in page.images]
    assert len(images) == 2
