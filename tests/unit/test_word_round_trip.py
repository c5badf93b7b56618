"""The app's own Rancangan and Standar DOCX, read back by the Word import, give the same 14 components.

The documents are written by the real export (``export.render.export_document``) from
tests/data/proyek_contoh.json, read by ``services.word_reader.read_word`` and built by
``domain.word_build.build_layanan`` with the mapping the reader found. What a document prints is
compared field by field: a duration or fee derived from the steps is printed as its effective value
(``domain.derive``), the unit's own cost (``beban_unit``) is never printed, and blanks at the end of a
text do not survive a document.
"""

import json
from pathlib import Path

import pytest

from sp_desktop.domain.components import KOMPONEN
from sp_desktop.domain.derive import effective_biaya, effective_waktu
from sp_desktop.domain.sp_json import parse_document
from sp_desktop.export.render import export_document

DATA = Path(__file__).parents[1] / "data"
# (document kind, layout): the Rancangan's fourteen-component table; the Standar in parts A/B and in one table.
LAYOUTS = [("rancangan", "full"), ("standar", "ab"), ("standar", "tunggal")]


def _project():
    project = parse_document(json.loads((DATA / "proyek_contoh.json").read_text(encoding="utf-8")))
    for number, lay in enumerate(project.layanan, start=1):
        lay.id = number
    return project


@pytest.fixture(scope="module", params=LAYOUTS, ids=[f"{k}-{v}" for k, v in LAYOUTS])
def round_trip(request, tmp_path_factory):
    """(original services, (found, built) per service read back) for one document layout."""
    from sp_desktop.domain.word_build import build_layanan
    from sp_desktop.services.word_reader import read_word

    kind, layout = request.param
    project = _project()
    if kind == "standar":
        project.pengaturan.tata_letak_standar = layout
    out = export_document(project, kind, tmp_path_factory.mktemp(f"{kind}_{layout}") / f"{kind}.docx", None,
                          layout)
    reading = read_word(out)
    return project.layanan, [(found, build_layanan(found)) for found in reading.services]


def test_every_service_found_once_by_name(round_trip):
    originals, back = round_trip
    assert [found.jenis_pelayanan for found, _ in back] == [lay.jenis_pelayanan for lay in originals]
    assert [built.layanan.jenis_pelayanan for _, built in back] == [lay.jenis_pelayanan for lay in originals]


def test_every_row_mapped_to_its_component_and_none_left_as_note(round_trip):
    _originals, back = round_trip
    keys = [k.key for k in KOMPONEN]
    for found, built in back:
        mapped = [row.komponen for row in found.rows if row.komponen not in (None, "jenis_pelayanan")]
        assert sorted(mapped) == sorted(keys), found.jenis_pelayanan
        assert [row.label for row in found.rows if row.komponen is None] == []
        assert built.notes == []


def test_list_components_field_by_field(round_trip):
    originals, back = round_trip
    for lay, (_found, built) in zip(originals, back, strict=True):
        got = built.layanan
        for key in ("dasar_hukum", "produk", "sarana_prasarana", "kompetensi_pelaksana", "pengawasan_internal",
                    "jaminan_pelayanan", "jaminan_keamanan", "evaluasi_kinerja"):
            assert getattr(got, key) == getattr(lay, key), (lay.jenis_pelayanan, key)
        assert got.jumlah_pelaksana == lay.jumlah_pelaksana.strip(), lay.jenis_pelayanan  # blanks at the end


def test_requirements_with_their_stage(round_trip):
    originals, back = round_trip
    for lay, (_found, built) in zip(originals, back, strict=True):
        assert [(p.uraian, p.tahap) for p in built.layanan.persyaratan] == [
            (p.uraian, p.tahap) for p in lay.persyaratan], lay.jenis_pelayanan


def test_procedure_steps(round_trip):
    originals, back = round_trip
    for lay, (_found, built) in zip(originals, back, strict=True):
        assert [s.uraian for s in built.layanan.prosedur] == [s.uraian for s in lay.prosedur], lay.jenis_pelayanan


def test_rancangan_steps_keep_executor_duration_and_output(tmp_path):
    """The Rancangan prints each step's pelaksana, duration and keluaran: they come back too."""
    from sp_desktop.domain.word_build import build_layanan
    from sp_desktop.services.word_reader import read_word

    project = _project()
    out = export_document(project, "rancangan", tmp_path / "rancangan.docx", None, "full")
    back = [build_layanan(found).layanan for found in read_word(out).services]
    for lay, got in zip(project.layanan, back, strict=True):
        assert [(s.pelaksana, s.durasi, s.keluaran, s.biaya_pengguna) for s in got.prosedur] == [
            (s.pelaksana, s.durasi, s.keluaran, s.biaya_pengguna) for s in lay.prosedur], lay.jenis_pelayanan


def test_time_and_fee_as_printed(round_trip):
    originals, back = round_trip
    for lay, (_found, built) in zip(originals, back, strict=True):
        got = built.layanan
        # A stated value comes back as stated; one derived from the steps may come back derived (None) too.
        if lay.waktu_penyelesaian is not None:
            assert got.waktu_penyelesaian == lay.waktu_penyelesaian, lay.jenis_pelayanan
        assert effective_waktu(got) == effective_waktu(lay), lay.jenis_pelayanan
        if lay.biaya is not None:
            assert got.biaya is not None, lay.jenis_pelayanan
        want, have = effective_biaya(lay), effective_biaya(got)
        assert (have.tarif, have.uraian, have.dasar) == (want.tarif, want.uraian, want.dasar), lay.jenis_pelayanan


def test_complaint_channels_officer_and_follow_up(round_trip):
    originals, back = round_trip
    for lay, (_found, built) in zip(originals, back, strict=True):
        got = built.layanan.pengaduan
        assert [(c.jenis, c.alamat) for c in got.saluran] == [(c.jenis, c.alamat) for c in lay.pengaduan.saluran]
        assert got.petugas == lay.pengaduan.petugas, lay.jenis_pelayanan
        assert got.tindak_lanjut == lay.pengaduan.tindak_lanjut, lay.jenis_pelayanan


def test_imported_back_into_a_project_as_drafts(round_trip, tmp_path):
    from sp_desktop.services.session import open_project

    originals, back = round_trip
    session = open_project(tmp_path / "baru.spdb", create=True)
    try:
        ids = session.import_word([(built, found.jenis_pelayanan) for found, built in back], "standar.docx")
        assert [s.jenis_pelayanan for s in session.services(ids)] == [lay.jenis_pelayanan for lay in originals]
        assert {s.status for s in session.services(ids)} == {"draf"}
    finally:
        session.close()
