"""`sp-desktop import-docx PROJECT.spdb OLD.docx [--dry-run]` (cli/import_docx_cmd.py)."""

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests import word_docs

NAME = word_docs.NAME
UNKNOWN_LABEL = "Catatan Khusus Petugas Loket"
# What the sample service's cells hold, component by component (tests/word_docs.py SAMPLE).
EXPECTED = [
    ("persyaratan", 3), ("prosedur", 3), ("waktu_penyelesaian", 1), ("biaya", 1), ("produk", 1), ("pengaduan", 3),
    ("dasar_hukum", 2), ("sarana_prasarana", 2), ("kompetensi_pelaksana", 1), ("pengawasan_internal", 1),
    ("jumlah_pelaksana", 1), ("jaminan_pelayanan", 1), ("jaminan_keamanan", 1), ("evaluasi_kinerja", 1),
]


def run(*args):
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    return subprocess.run([sys.executable, "-m", "sp_desktop", *map(str, args)], capture_output=True, text=True,
                          env=env, timeout=120)


@pytest.fixture(scope="module")
def old_docx(tmp_path_factory):
    """The 14-component table (A/B parts) with one extra row no component takes."""
    document = word_docs.doc_14()
    word_docs.add_row(document.tables[0], ["15.", UNKNOWN_LABEL, "Loket buka hari Sabtu pukul 08.00-12.00"])
    return word_docs.save(document, tmp_path_factory.mktemp("docx") / "standar_lama.docx")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _expected_lines(name: str) -> list[str]:
    return [f"{name}\t{key}\t{count}" for key, count in EXPECTED] + [f"{name}\t?\t{UNKNOWN_LABEL}"]


def test_dry_run_prints_components_and_unknown_rows_and_creates_nothing(old_docx, tmp_path):
    project = tmp_path / "proyek.spdb"
    result = run("import-docx", project, old_docx, "--dry-run")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == _expected_lines(NAME)
    assert not project.exists()
    assert list(tmp_path.iterdir()) == []


def test_dry_run_leaves_an_existing_project_unchanged(old_docx, tmp_path):
    project = tmp_path / "proyek.spdb"
    assert run("import-docx", project, old_docx).returncode == 0
    before = _digest(project)
    result = run("import-docx", project, old_docx, "--dry-run")
    assert result.returncode == 0, result.stderr
    assert _digest(project) == before
    assert len(run("list", project).stdout.splitlines()) == 1


def test_import_adds_drafts_and_a_second_import_gets_a_suffix(old_docx, tmp_path):
    project = tmp_path / "proyek.spdb"
    first = run("import-docx", project, old_docx)
    assert first.returncode == 0, first.stderr
    assert first.stdout.splitlines() == _expected_lines(NAME)
    second = run("import-docx", project, old_docx)
    assert second.returncode == 0, second.stderr
    assert second.stdout.splitlines() == _expected_lines(f"{NAME} (impor)")
    listed = [line.split("\t") for line in run("list", project).stdout.splitlines()]
    assert [(row[1], row[2]) for row in listed] == [("draf", NAME), ("draf", f"{NAME} (impor)")]


def test_the_unknown_row_is_kept_as_a_note_and_the_audit_names_the_file(old_docx, tmp_path):
    from sp_desktop.services.session import open_project

    project = tmp_path / "proyek.spdb"
    assert run("import-docx", project, old_docx).returncode == 0
    session = open_project(project)
    try:
        (summary,) = session.summaries()
        notes = session.service_notes(summary.id)
        assert [(n.jenis, n.judul, n.sumber) for n in notes] == [("impor", UNKNOWN_LABEL, "standar_lama.docx")]
        assert "Sabtu" in notes[0].teks
        assert session.audit(summary.id)[-1].keterangan == "Diimpor dari berkas standar_lama.docx"
    finally:
        session.close()


@pytest.mark.parametrize(("content", "said"), [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, ".docx"),  # a Word 97-2003 .doc
    (b"bukan dokumen", ".docx"),
])
def test_unreadable_file_exits_2_and_writes_nothing(tmp_path, content, said):
    project = tmp_path / "proyek.spdb"
    bad = tmp_path / "lama.docx"
    bad.write_bytes(content)
    result = run("import-docx", project, bad)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith("Galat: lama.docx: ") and said in result.stderr
    assert "Traceback" not in result.stderr
    assert not project.exists()


def test_document_without_a_standard_exits_2_and_leaves_the_project_alone(old_docx, tmp_path):
    project = tmp_path / "proyek.spdb"
    assert run("import-docx", project, old_docx).returncode == 0
    before = _digest(project)
    plain = word_docs.new()
    plain.add_paragraph("Surat undangan rapat tim penyusun.")
    letter = word_docs.save(plain, tmp_path / "undangan.docx")
    result = run("import-docx", project, letter)
    assert result.returncode == 2
    assert "tidak ada tabel/daftar komponen" in result.stderr
    assert _digest(project) == before


def test_missing_document_exits_2(tmp_path):
    result = run("import-docx", tmp_path / "proyek.spdb", tmp_path / "tidak_ada.docx", "--dry-run")
    assert result.returncode == 2 and result.stderr.startswith("Galat: ")
    assert "Traceback" not in result.stderr


def test_a_service_without_a_name_is_named_by_where_it_was_found():
    from sp_desktop.cli.import_docx_cmd import _name
    from sp_desktop.domain.model import Layanan
    from sp_desktop.domain.word_import_model import FoundService

    class Built:
        layanan = Layanan()

    assert _name(FoundService(" ", where="tabel 2"), Built()) == "Layanan tanpa nama (tabel 2)"
    assert _name(FoundService(""), Built()) == "Layanan tanpa nama"
    assert _name(FoundService("Izin\tReklame\n"), Built()) == "Izin Reklame"
