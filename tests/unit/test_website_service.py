"""Writing the website folder (services/website.py): the marker, refusing other folders, moving into place."""

import json
from pathlib import Path

import pytest

from sp_desktop.domain.survei import Responden, Survei
from sp_desktop.export.errors import ExportCancelled, ExportError
from sp_desktop.services import website
from sp_desktop.services.session import open_project
from tests.unit.revision_helpers import adopt, service_named

DATA = Path(__file__).parents[1] / "data"
AKTA = "Penerbitan Akta Kelahiran"


@pytest.fixture
def session(tmp_path):
    s = open_project(tmp_path / "proyek.spdb", create=True)
    s.import_document(json.loads((DATA / "proyek_contoh.json").read_text(encoding="utf-8")))
    yield s
    s.close()


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_site_export_writes_every_page_and_a_marker_naming_the_project_and_its_files(session, tmp_path):
    out = tmp_path / "situs"
    result = website.export_site(session, out)
    tree = _tree(out)
    assert result.pages == 5 and result.files == len(tree)
    assert "layanan/penerbitan-akta-kelahiran.html" in tree and "layanan/penerbitan-akta-kelahiran-alur.png" in tree
    marker = json.loads(tree[website.MARKER])
    assert marker["proyek"] == website.project_uid(session) and len(marker["proyek"]) == 32
    assert sorted(marker["berkas"]) == sorted(set(tree) - {website.MARKER})
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".~")]


def test_site_export_into_an_empty_folder_and_again_over_its_own_export(session, tmp_path):
    out = tmp_path / "situs"
    out.mkdir()
    website.export_site(session, out)
    session.rename_service(service_named(session, AKTA).id, "Akta Kelahiran Baru")
    website.export_site(session, out)
    tree = _tree(out)
    assert "layanan/akta-kelahiran-baru.html" in tree
    assert "layanan/penerbitan-akta-kelahiran.html" not in tree  # the old page of the renamed service went
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".~")]


def test_site_export_refuses_a_folder_with_other_files_and_leaves_it_untouched(session, tmp_path):
    out = tmp_path / "dokumen"
    out.mkdir()
    (out / "index.html").write_text("halaman lain", encoding="utf-8")
    with pytest.raises(website.SiteRefused, match="bukan hasil ekspor situs"):
        website.export_site(session, out)
    assert _tree(out) == {"index.html": b"halaman lain"}


def test_site_export_refuses_a_file_added_to_an_earlier_export(session, tmp_path):
    out = tmp_path / "situs"
    website.export_site(session, out)
    (out / "layanan" / "foto.jpg").write_bytes(b"foto")
    before = _tree(out)
    with pytest.raises(website.SiteRefused, match="layanan/foto.jpg"):
        website.export_site(session, out)
    assert _tree(out) == before


def test_site_export_refuses_the_site_of_another_project(session, tmp_path):
    out = tmp_path / "situs"
    other = open_project(tmp_path / "lain.spdb", create=True)
    try:
        website.export_site(other, out)
    finally:
        other.close()
    before = _tree(out)
    with pytest.raises(website.SiteRefused, match="proyek lain"):
        website.export_site(session, out)
    assert _tree(out) == before


def test_site_export_that_fails_while_writing_leaves_the_earlier_site_as_it_was(session, tmp_path, monkeypatch):
    out = tmp_path / "situs"
    website.export_site(session, out)
    before = _tree(out)

    def broken(root, files, uid):
        (root / "index.html").write_text("setengah", encoding="utf-8")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(website, "_write_files", broken)
    with pytest.raises(ExportError, match="isi folder itu tidak berubah"):
        website.export_site(session, out)
    assert _tree(out) == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".~")]


def test_site_export_publishes_the_adopted_version_while_a_revision_is_drafted(session, tmp_path):
    akta = service_named(session, AKTA)
    adopt(session, akta.id)
    session.start_revision(akta.id)
    draft = session.service(akta.id)
    draft.produk = ["Produk revisi yang belum ditetapkan"]
    session.save_service(draft, "produk", "revisi")
    out = tmp_path / "situs"
    website.export_site(session, out)
    html = (out / "layanan" / "penerbitan-akta-kelahiran.html").read_text(encoding="utf-8")
    assert "Produk revisi yang belum ditetapkan" not in html and "Kutipan Akta Kelahiran" in html
    assert "belum ditetapkan" not in html
    other = (out / "layanan" / "penerbitan-kartu-keluarga.html").read_text(encoding="utf-8")
    assert "masih rancangan dan belum ditetapkan" in other


def test_site_export_shows_the_latest_survey_with_a_result(session, tmp_path):
    early = session.add_survey(Survei(periode="Semester I 2026", mulai="2026-01-01", selesai="2026-06-30",
                                      layanan=[AKTA], populasi=100))
    session.add_respondents(early, [Responden(nilai=[4] * 9, layanan=AKTA)])
    session.add_survey(Survei(periode="Semester II 2026", mulai="2026-07-01", selesai="2026-12-31",
                              layanan=[AKTA], populasi=100))  # no respondents yet: no result to show
    out = tmp_path / "situs"
    website.export_site(session, out)
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "Semester I 2026 (1 Januari 2026 s.d. 30 Juni 2026)" in index and "100,00" in index
    assert "Semester II 2026" not in index
    assert "100,00" in (out / "layanan" / "penerbitan-akta-kelahiran.html").read_text(encoding="utf-8")
    assert "Hasil survei" not in (out / "layanan" / "penerbitan-kartu-keluarga.html").read_text(encoding="utf-8")


def test_project_uid_is_made_once_and_kept_in_the_file(session, tmp_path):
    uid = website.project_uid(session)
    path = session.path
    session.close()
    again = open_project(path)
    try:
        assert website.project_uid(again) == uid
    finally:
        again.close()
    fresh = open_project(tmp_path / "baru.spdb", create=True)
    try:
        assert website.project_uid(fresh) != uid
    finally:
        fresh.close()


def test_site_export_cancelled_changes_nothing(session, tmp_path):
    out = tmp_path / "situs"
    with pytest.raises(ExportCancelled):
        website.export_site(session, out, cancelled=lambda: True)
    assert not out.exists() and not [p for p in tmp_path.iterdir() if p.name.startswith(".~")]


def test_choose_folder_uses_a_subfolder_of_a_folder_holding_other_files(session, tmp_path):
    docs = tmp_path / "Dokumen"
    docs.mkdir()
    (docs / "surat.docx").write_bytes(b"x")
    assert website.choose_folder(session, docs) == docs / "situs-web"
    empty = tmp_path / "kosong"
    empty.mkdir()
    assert website.choose_folder(session, empty) == empty
    website.export_site(session, docs / "situs-web")
    assert website.choose_folder(session, docs / "situs-web") == docs / "situs-web"
    (docs / "situs-web" / "lain.txt").write_text("x")
    with pytest.raises(website.SiteRefused):
        website.choose_folder(session, docs)
