"""The documents of a revision: the Daftar Perubahan opened back, and the fingerprint in the Standar footer."""

import docx
import pytest
from pypdf import PdfReader
from revision_helpers import adopt, service_named
from session_helpers import member

from sp_desktop.export.catalog import DocRequest
from sp_desktop.export.render import export_document

AKTA = "Penerbitan Akta Kelahiran"
KK = "Penerbitan Kartu Keluarga"


def _pdf_text(path):
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def _docx_text(path):
    document = docx.Document(str(path))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


@pytest.fixture
def revised(sample_session):
    """Akta and KK adopted; Akta revised with one requirement changed and a product added; KK untouched."""
    s = sample_session
    s.set_actor(member(s, "ketua").id)
    akta, kk = service_named(s, AKTA), service_named(s, KK)
    first = adopt(s, akta.id)
    adopt(s, kk.id)
    revision = s.start_revision(akta.id)
    old_requirement = revision.persyaratan[0].uraian
    revision.persyaratan[0].uraian = "Surat keterangan lahir dari rumah sakit atau bidan (asli)"
    revision.produk.append("Kutipan akta kelahiran elektronik")
    s.save_service(revision, "persyaratan", "Persyaratan diubah")
    s.start_revision(kk.id)  # a revision without a change yet: left out of the list
    return s, akta.id, first, old_requirement


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_daftar_perubahan_lists_each_change_of_each_changed_service(revised, tmp_path, suffix):
    s, akta_id, first, old_requirement = revised
    out = tmp_path / f"daftar{suffix}"
    export_document(s.load_project(), "daftar-perubahan", out,
                    request=DocRequest(options=s.daftar_perubahan_options(), paper="a4"))
    text = _pdf_text(out) if suffix == ".pdf" else _docx_text(out)
    flat = " ".join(text.split())
    assert "DAFTAR PERUBAHAN STANDAR PELAYANAN" in flat
    assert f"1. {AKTA}" in flat and KK not in flat
    assert f"Versi 1 (sidik {first}, ditetapkan dengan Keputusan Nomor 188.4/55/DKPS/2018 tanggal " \
           "30 November 2018) dibandingkan dengan versi 2." in flat
    for word in ("NO", "KOMPONEN", "SEMULA", "MENJADI", "Persyaratan butir 1", "Produk pelayanan butir",
                 "(belum ada)", "Kutipan akta kelahiran elektronik",
                 "Surat keterangan lahir dari rumah sakit atau bidan (asli)"):
        assert word in flat, word
    assert " ".join(old_requirement.split()) in flat


def test_daftar_perubahan_between_two_chosen_versions_of_one_service(revised, tmp_path):
    s, akta_id, _first, _old = revised
    options = s.daftar_perubahan_options(options={"service_ids": [akta_id], "from": 2, "to": 1})
    [pair] = options["pasangan"]
    assert (pair["dari"], pair["ke"]) == (2, 1)
    out = tmp_path / "balik.pdf"
    export_document(s.load_project(), "daftar-perubahan", out, request=DocRequest(options=options))
    flat = " ".join(_pdf_text(out).split())
    assert "(dihapus)" in flat  # seen backwards, the added product is removed


def test_nothing_changed_says_so(sample_session, tmp_path):
    s = sample_session
    s.set_actor(member(s, "ketua").id)
    adopt(s, service_named(s, AKTA).id)
    out = tmp_path / "kosong.pdf"
    export_document(s.load_project(), "daftar-perubahan", out, request=DocRequest(options=s.daftar_perubahan_options()))
    assert "Tidak ada standar pelayanan yang berubah" in " ".join(_pdf_text(out).split())


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_the_standar_of_an_adopted_version_carries_its_fingerprint_in_the_footer(revised, tmp_path, suffix):
    s, akta_id, first, _old = revised
    old = s.version_content(akta_id, 1)
    project = s.load_project([akta_id])
    project.layanan = [old]
    out = tmp_path / f"standar-v1{suffix}"
    export_document(project, "standar", out, [akta_id])
    if suffix == ".pdf":
        footer = _pdf_text(out)
    else:
        footer = "\n".join(p.text for section in docx.Document(str(out)).sections for p in section.footer.paragraphs)
    assert f"Sidik versi 1: {first}" in " ".join(footer.split())


def test_a_draft_revision_prints_no_fingerprint(revised, tmp_path):
    s, akta_id, _first, _old = revised
    out = tmp_path / "standar-v2.pdf"
    export_document(s.load_project([akta_id]), "standar", out, [akta_id])
    assert "Sidik" not in _pdf_text(out)
