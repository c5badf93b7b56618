import json
import os

import pytest
from docx import Document
from pypdf import PdfReader

from sp_desktop.domain.maklumat import OLD_DEFAULT_MAKLUMAT
from sp_desktop.services.session import open_project
from tests.cli.test_cli import DATA, run


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "proyek.spdb"
    result = run("import", path, DATA / "proyek_contoh.json")
    assert result.returncode == 0, result.stderr
    ids = [line.split("\t")[0] for line in result.stdout.splitlines()]
    return path, ids


def with_session(path, change):
    """Apply ``change(session)`` as the ketua, then close the project again."""
    session = open_project(path)
    try:
        session.set_actor(next(m for m in session.members() if m.peran == "ketua").id)
        change(session)
    finally:
        session.close()


def mark_ready(path, ids):
    with_session(path, lambda session: [session.set_status(int(i), "siap_dibahas") for i in ids])


def docx_tables(path):
    return [[[cell.text for cell in row.cells] for row in table.rows] for table in Document(path).tables]


def names():
    return [s["jenis_pelayanan"] for s in json.loads((DATA / "proyek_contoh.json").read_text("utf-8"))["layanan"]]


def pdf_text(path):
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_cli_export_rancangan_pdf_has_every_service_in_order(project, tmp_path):
    path, _ = project
    out = tmp_path / "rancangan.pdf"
    result = run("export", path, "rancangan", "--out", out)
    assert result.returncode == 0, result.stderr
    text = pdf_text(out).replace("\n", " ")
    positions = [text.upper().find(name.upper()) for name in names()]
    assert all(p >= 0 for p in positions) and positions == sorted(positions)
    assert "RANCANGAN" in text


def test_cli_export_one_service_to_docx_a4(project, tmp_path):
    path, ids = project
    mark_ready(path, [ids[1]])
    out = tmp_path / "satu.docx"
    result = run("export", path, "standar", "--out", out, "--service", ids[1], "--paper", "a4")
    assert result.returncode == 0, result.stderr
    doc = Document(out)
    body = "\n".join(p.text for p in doc.paragraphs)
    tables = "\n".join(cell.text for t in doc.tables for row in t.rows for cell in row.cells)
    assert names()[1].upper() in (body + tables).upper()
    assert names()[0].upper() not in (body + tables).upper()
    section = doc.sections[0]
    assert abs(section.page_width.mm - 210) < 0.5 and abs(section.page_height.mm - 297) < 0.5


def test_cli_export_maklumat_f4_by_default(project, tmp_path):
    path, _ = project
    out = tmp_path / "maklumat.pdf"
    assert run("export", path, "maklumat", "--out", out).returncode == 0
    page = PdfReader(out).pages[0]
    assert abs(float(page.mediabox.width) - 215 / 25.4 * 72) < 1
    assert abs(float(page.mediabox.height) - 330 / 25.4 * 72) < 1
    assert "MAKLUMAT PELAYANAN" in pdf_text(out)


def test_cli_export_standar_refused_with_blocking_findings_exit_1(project, tmp_path):
    path, _ = project
    empty = {"format": "sp-desktop/layanan", "versi": 1, "jenis_pelayanan": "Layanan belum lengkap",
             "klasifikasi": "jasa", "dasar_hukum": [], "persyaratan": [], "prosedur": [], "produk": [],
             "pengaduan": {"saluran": [], "petugas": {"nama": "", "telepon": "", "email": "", "alamat": ""},
                           "tindak_lanjut": ""},
             "sarana_prasarana": [], "kompetensi_pelaksana": [], "pengawasan_internal": [], "jumlah_pelaksana": "",
             "jaminan_pelayanan": [], "jaminan_keamanan": [], "evaluasi_kinerja": []}
    source = tmp_path / "kosong.json"
    source.write_text(json.dumps(empty), encoding="utf-8")
    assert run("import", path, source).returncode == 0
    out = tmp_path / "standar.pdf"
    result = run("export", path, "standar", "--out", out)
    assert result.returncode == 1
    assert "BLOKIR" in result.stdout
    assert not out.exists()
    # The draft for discussion is still allowed.
    assert run("export", path, "rancangan", "--out", tmp_path / "r.docx").returncode == 0


def test_cli_export_bad_usage_unknown_service_and_unwritable_target_exit_2(project, tmp_path):
    path, _ = project
    assert run("export", path, "rancangan", "--out", tmp_path / "x.txt").returncode == 2
    assert run("export", path, "brosur", "--out", tmp_path / "x.pdf").returncode == 2
    unknown = run("export", path, "rancangan", "--out", tmp_path / "x.pdf", "--service", "999")
    assert unknown.returncode == 2 and "999" in unknown.stderr
    missing = tmp_path / "tidak-ada" / "x.pdf"
    result = run("export", path, "rancangan", "--out", missing)
    assert result.returncode == 2
    assert "Galat" in result.stderr
    assert not missing.parent.exists()
    assert not any(name.startswith(".") for name in os.listdir(tmp_path))


def test_cli_export_standar_only_of_services_marked_siap_dibahas(project, tmp_path):
    path, ids = project
    mark_ready(path, ids[:2])
    out = tmp_path / "standar.pdf"
    result = run("export", path, "standar", "--out", out)
    assert result.returncode == 1 and not out.exists()
    expected = f"{ids[2]}\tBLOKIR\ttinjauan\tStandar belum ditandai siap dibahas oleh ketua tim."
    assert result.stdout.splitlines() == [expected]
    # One line per service, and the way to export only the ready ones.
    assert result.stderr.count(names()[2]) == 1 and names()[0] not in result.stderr
    assert f"--service {ids[0]} --service {ids[1]}" in result.stderr
    assert run("export", path, "standar", "--out", out, "--service", ids[0], "--service", ids[1]).returncode == 0


def test_cli_export_refusal_groups_findings_by_service(project, tmp_path):
    path, ids = project
    mark_ready(path, ids)
    with_session(path, lambda session: session.add_service("Legalisir Dokumen"))
    result = run("export", path, "standar", "--out", tmp_path / "s.pdf")
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    legalisir = [line for line in lines if "Legalisir Dokumen" in line]
    assert len(legalisir) == 1 and "Dasar hukum" in legalisir[0] and "belum ditandai siap dibahas" in legalisir[0]
    assert legalisir[0].count("Dasar hukum") == 1
    assert " ".join(f"--service {i}" for i in ids) in result.stderr
    assert len(lines) <= 4


def test_cli_export_standar_single_table_numbered_1_to_14_in_the_chosen_order(project, tmp_path):
    path, ids = project
    mark_ready(path, [ids[0]])

    def metro_order(session):
        pengaturan = session.pengaturan()
        pengaturan.urutan_komponen = "metro"
        session.save_pengaturan(pengaturan)

    out = tmp_path / "tunggal.docx"
    result = run("export", path, "standar", "--out", out, "--service", ids[0], "--layout", "tunggal")
    assert result.returncode == 0, result.stderr
    (table,) = [t for t in docx_tables(out) if t[0][:2] == ["NO", "KOMPONEN"]]
    assert [row[0] for row in table[1:]] == [str(n) for n in range(1, 15)]
    assert table[1][1] == "Persyaratan" and table[7][1] == "Dasar hukum"

    with_session(path, metro_order)
    split = tmp_path / "ab.docx"
    assert run("export", path, "standar", "--out", split, "--service", ids[0]).returncode == 0
    tables = [t for t in docx_tables(split) if t[0][:2] == ["NO", "KOMPONEN"]]
    assert [len(t) - 1 for t in tables] == [6, 8]
    assert tables[0][1][:2] == ["1", "Produk pelayanan"] and tables[1][1][:2] == ["1", "Dasar hukum"]


def test_cli_export_refuses_a_layout_the_document_does_not_have_exit_2(project, tmp_path):
    path, ids = project
    mark_ready(path, ids)
    for doc, layout in (("standar", "brief"), ("rancangan", "tunggal"), ("maklumat", "full"), ("standar", "x")):
        out = tmp_path / f"{doc}-{layout}.pdf"
        result = run("export", path, doc, "--out", out, "--layout", layout)
        assert result.returncode == 2, (doc, layout, result.stderr)
        assert result.stderr.startswith("Galat: ") and "Traceback" not in result.stderr
        assert "tata letak" in result.stderr.lower() and not out.exists()
    assert "pilih ab" in run("export", path, "standar", "--out", tmp_path / "s.pdf", "--layout", "brief").stderr


def test_cli_export_maklumat_carries_three_elements_and_the_penetapan_date(project, tmp_path):
    path, _ = project
    with_session(path, lambda session: session.save_pengaturan(
        type(session.pengaturan())(maklumat_teks=OLD_DEFAULT_MAKLUMAT)))
    out = tmp_path / "maklumat.docx"
    assert run("export", path, "maklumat", "--out", out).returncode == 0
    text = " ".join(p.text for p in Document(out).paragraphs) + " ".join(
        cell.text for table in Document(out).tables for row in table.rows for cell in row.cells)
    text = " ".join(text.split())
    assert "melakukan perbaikan secara terus-menerus" in text and "dan/atau memberikan kompensasi" in text
    assert "30 November 2018" in text  # the recorded penetapan, not today


def test_cli_check_warns_when_the_maklumat_lacks_an_element(project, tmp_path):
    path, _ = project
    assert "maklumat" not in run("check", path).stdout
    own = "Kami sanggup melayani sesuai standar pelayanan dan siap menerima sanksi."
    with_session(path, lambda session: session.save_pengaturan(type(session.pengaturan())(maklumat_teks=own)))
    result = run("check", path)
    (line,) = [line for line in result.stdout.splitlines() if line.startswith("-\t")]
    _, tingkat, komponen, pesan = line.split("\t")
    assert (tingkat, komponen) == ("PERINGATAN", "maklumat")
    assert "perbaikan secara terus-menerus" in pesan and "kompensasi" in pesan
    assert result.returncode == 0
