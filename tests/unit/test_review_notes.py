"""Reviewer's notes (services/review_notes.py): kept in the reviewer's file, sent as .spx, received once."""

from __future__ import annotations

import hashlib
import json
import zipfile

import pytest
from review_fixtures import AKTA, make_unit

from sp_desktop.services.review_notes import (
    NOTES_FILE,
    ReviewNotes,
    ReviewRefused,
    export_review_package,
    receive_review_file,
)
from sp_desktop.services.review_units import ReviewError, open_units
from sp_desktop.services.session import open_project


@pytest.fixture
def unit_and_package(tmp_path):
    folder = tmp_path / "unit"
    folder.mkdir()
    path = make_unit(folder, "dinas.spdb", "Dinas A")
    review = open_units(folder)
    unit = review.units[0]
    with ReviewNotes.in_folder(folder) as notes:
        notes.add(unit.unit_name, AKTA, "persyaratan", "Sebutkan jumlah lembar fotokopi.", "Rina Evaluator",
                  judul="Persyaratan kurang rinci", waktu="2026-11-20T09:30:00")
        notes.add(unit.unit_name, "penerbitan akta KELAHIRAN", "", "Tambahkan alur.", "Rina Evaluator",
                  waktu="2026-11-20T09:31:00")
        notes.add(unit.unit_name, "Layanan Yang Tidak Ada", "biaya", "Tarif?", "Rina Evaluator")
        notes.add("Dinas Lain", AKTA, "", "Bukan untuk Dinas A.", "Rina Evaluator")
        package = export_review_package(notes, unit, tmp_path / "catatan.spx")
    assert (folder / NOTES_FILE).exists()
    return path, package


def test_the_package_holds_a_manifest_first_and_the_units_notes_only(unit_and_package):
    _path, package = unit_and_package
    with zipfile.ZipFile(package) as zf:
        assert zf.namelist()[0] == "manifest.json"
        manifest = json.loads(zf.read("manifest.json"))
        notes = json.loads(zf.read("catatan.json"))
    assert manifest["format"] == "sp-desktop-paket" and manifest["format_versi"] == 1
    assert manifest["jenis"] == "catatan_evaluasi" and manifest["dari"]["nama"] == "Rina Evaluator"
    assert manifest["proyek_uid"] == open_units(_path.parent).units[0].proyek_uid
    assert len(notes) == 3 and all("Bukan untuk" not in n["teks"] for n in notes)


def test_received_notes_become_findings_with_reviewer_and_date_once(unit_and_package):
    path, package = unit_and_package
    session = open_project(path)
    try:
        receipt = receive_review_file(session, package)
        assert (receipt.added, receipt.already, receipt.unmatched) == (2, 0, ["Layanan Yang Tidak Ada"])
        again = receive_review_file(session, package)
        assert (again.added, again.already) == (0, 2)
        akta = next(s for s in session.summaries() if s.jenis_pelayanan == AKTA)
        notes = session.repo.notes(akta.id, jenis="evaluasi")
        assert [(n.komponen, n.judul, n.pelaku, n.waktu, n.selesai) for n in notes] == [
            ("persyaratan", "Persyaratan kurang rinci", "Rina Evaluator", "2026-11-20T09:30:00", None),
            ("", "", "Rina Evaluator", "2026-11-20T09:31:00", None)]
        assert "Rina Evaluator" in notes[0].sumber
        audit = session.audit(akta.id)
        assert [(a.aksi, a.komponen, a.keterangan) for a in audit if a.aksi == "Terima catatan evaluasi"] == [
            ("Terima catatan evaluasi", "catatan", "2 catatan evaluasi dari Rina Evaluator")]
        session.repo.set_note_done(notes[0].id, True)  # the unit marks it done
        assert session.repo.note_counts()[akta.id] == 1
    finally:
        session.close()


def _tampered(package, tmp_path, name, manifest=None, notes=None):
    with zipfile.ZipFile(package) as zf:
        m = json.loads(zf.read("manifest.json"))
        n = zf.read("catatan.json")
    m.update(manifest or {})
    out = tmp_path / name
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("manifest.json", json.dumps(m))
        zf.writestr("catatan.json", n if notes is None else notes)
    return out


@pytest.mark.parametrize("case", ["foreign", "truncated", "hostile", "bad_kind", "bad_time", "not_zip", "deep"])
def test_bad_packages_are_refused_and_the_project_is_unchanged(unit_and_package, tmp_path, case):
    path, package = unit_and_package
    if case == "foreign":
        bad = _tampered(package, tmp_path, "x.spx", manifest={"proyek_uid": "f" * 32})
    elif case == "truncated":
        bad = tmp_path / "x.spx"
        bad.write_bytes(package.read_bytes()[:-40])
    elif case == "hostile":
        bad = _tampered(package, tmp_path, "x.spx", notes=json.dumps([{"uid": 5, "teks": {"a": 1}}]))
    elif case == "bad_kind":
        bad = _tampered(package, tmp_path, "x.spx", notes=json.dumps([{"uid": "u", "komponen": "../x", "waktu": ""}]))
    elif case == "bad_time":
        bad = _tampered(package, tmp_path, "x.spx", notes=json.dumps(
            [{"uid": "u", "jenis_pelayanan": AKTA, "teks": "t", "waktu": "kemarin"}]))
    elif case == "not_zip":
        bad = tmp_path / "x.spx"
        bad.write_bytes(b"PK\x03\x04 bukan zip")
    else:
        bad = _tampered(package, tmp_path, "x.spx", notes="[" * 5000 + "]" * 5000)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    session = open_project(path)
    try:
        with pytest.raises(ReviewRefused) as info:
            receive_review_file(session, bad)
        assert "tidak" in str(info.value)
        assert session.repo.notes(jenis="evaluasi") == []
    finally:
        session.close()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_notes_file_edits_and_errors(tmp_path):
    with ReviewNotes(tmp_path / "n.sqlite") as notes:
        note = notes.add("Dinas A", AKTA, "biaya", "Dasar tarif belum disebut.", "Rina")
        notes.update(note.uid, "Dasar hukum tarif belum disebut.", judul="Biaya")
        assert [(n.teks, n.judul, n.komponen_label) for n in notes.notes("Dinas A")] == [
            ("Dasar hukum tarif belum disebut.", "Biaya", "Biaya/tarif")]
        assert notes.units() == ["Dinas A"]
        for bad in (("Dinas A", AKTA, "biaya", "  ", "Rina"), ("Dinas A", AKTA, "xx", "t", "Rina"),
                    ("Dinas A", AKTA, "", "t", "")):
            with pytest.raises(ReviewError):
                notes.add(*bad)
        notes.delete(note.uid)
        assert notes.notes() == []
        with pytest.raises(ReviewError):
            export_review_package(notes, "Dinas A", tmp_path / "k.spx")
        with pytest.raises(ReviewError):
            export_review_package(notes, "Dinas A", tmp_path / "k.zip")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["n.sqlite"]  # no journal left
