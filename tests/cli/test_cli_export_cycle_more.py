"""`sp-desktop export PROJECT daftar-perubahan --out PATH`: the compared versions are read from the project."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from sp_desktop.services.session import open_project
from tests.cli.test_cli import DATA, run
from tests.unit.revision_helpers import adopt, service_named

AKTA = "Penerbitan Akta Kelahiran"
NEW_REQUIREMENT = "Surat keterangan lahir dari rumah sakit atau bidan (asli)"


@pytest.fixture
def revised(tmp_path):
    """A project whose Akta service was adopted and then revised (one requirement changed)."""
    path = tmp_path / "proyek.spdb"
    result = run("import", path, DATA / "proyek_contoh.json")
    assert result.returncode == 0, result.stderr
    session = open_project(path)
    try:
        akta = service_named(session, AKTA)
        adopt(session, akta.id)
        revision = session.start_revision(akta.id)
        revision.persyaratan[0].uraian = NEW_REQUIREMENT
        session.save_service(revision, "persyaratan", "Persyaratan diubah")
    finally:
        session.close()
    return path


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_daftar_perubahan_is_written_from_the_stored_versions(revised, tmp_path, suffix):
    out = tmp_path / f"daftar{suffix}"
    result = run("export", revised, "daftar-perubahan", "--out", out)
    assert result.returncode == 0, result.stderr
    if suffix == ".pdf":
        text = " ".join(" ".join(page.extract_text() for page in PdfReader(str(out)).pages).split())
    else:
        from docx import Document

        doc = Document(str(out))
        cells = [cell.text for table in doc.tables for row in table.rows for cell in row.cells]
        text = " ".join(" ".join([p.text for p in doc.paragraphs] + cells).split())
    assert "DAFTAR PERUBAHAN STANDAR PELAYANAN" in text
    assert f"1. {AKTA}" in text
    assert "dibandingkan dengan versi 2." in text
    assert NEW_REQUIREMENT in text
