"""Opening a folder of units read-only (services/review_units.py): figures per unit, problems listed, no write."""

from __future__ import annotations

import hashlib
import json
import sqlite3

from review_fixtures import AKTA, make_unit, sample, service

from sp_desktop.services.review_units import ReviewError, open_units
from sp_desktop.storage.db import APPLICATION_ID


def _digest(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_units_are_read_with_their_figures_and_nothing_is_written(tmp_path):
    def adopted_one(data):
        service(data, AKTA)["status"] = "dibahas"

    make_unit(tmp_path, "a.spdb", "Kecamatan Bontang Utara", adopted_one, ikm_answers=3)
    make_unit(tmp_path, "b.spdb", "Kecamatan Bontang Selatan")
    before = _digest(tmp_path)
    review = open_units(tmp_path)
    assert _digest(tmp_path) == before  # byte for byte, and no -wal/-shm/lock file appeared
    assert [u.unit_name for u in review.units] == ["Kecamatan Bontang Utara", "Kecamatan Bontang Selatan"]
    utara, selatan = review.units
    assert len(utara.services) == 3 and utara.complete == 3
    assert utara.statuses == {"dibahas": 1, "draf": 2} and utara.discussed == 1 and utara.adopted == 0
    assert utara.ikm == 75.0 and utara.ikm_periode == "Semester I 2026" and utara.ikm_mutu.startswith("C")
    assert selatan.ikm is None
    assert isinstance(utara.pekppp, int) and 0 < utara.pekppp <= 45
    assert review.problems == []
    assert utara.service(" penerbitan  AKTA kelahiran ").jenis_pelayanan == AKTA


def test_a_unit_open_in_the_app_is_read_without_leaving_side_files(tmp_path):
    from sp_desktop.services.session import open_project

    path = make_unit(tmp_path, "a.spdb", "Dinas A")
    session = open_project(path)  # the unit's own window, with its -wal and lock
    try:
        session.rename_service(session.summaries()[0].id, "Akta Kelahiran Baru")  # committed, still in the -wal
        names_before = sorted(p.name for p in tmp_path.iterdir())
        review = open_units(tmp_path)
        assert review.units[0].services[0].jenis_pelayanan == "Akta Kelahiran Baru"
        assert sorted(p.name for p in tmp_path.iterdir()) == names_before
    finally:
        session.close()
    assert not (tmp_path / "a.spdb-wal").exists() or (tmp_path / "a.spdb-wal").stat().st_size == 0


def test_damaged_foreign_newer_and_bad_json_files_are_listed_with_a_reason(tmp_path):
    good = make_unit(tmp_path, "baik.spdb", "Dinas Baik")
    (tmp_path / "kosong.spdb").write_bytes(b"")
    (tmp_path / "potong.spdb").write_bytes(good.read_bytes()[:3000])
    foreign = sqlite3.connect(tmp_path / "lain.spdb")
    foreign.execute("CREATE TABLE t (x)")
    foreign.commit()
    foreign.close()
    newer = tmp_path / "baru.spdb"
    newer.write_bytes(good.read_bytes())
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    (tmp_path / "rusak.json").write_text("{ tidak json", encoding="utf-8")
    (tmp_path / "catatan.txt").write_text("bukan proyek", encoding="utf-8")
    review = open_units(tmp_path)
    assert [u.unit_name for u in review.units] == ["Dinas Baik"]
    reasons = {p.path.name: p.reason for p in review.problems}
    assert set(reasons) == {"kosong.spdb", "potong.spdb", "lain.spdb", "baru.spdb", "rusak.json"}
    assert "kosong" in reasons["kosong.spdb"]
    assert "rusak" in reasons["potong.spdb"] or "terpotong" in reasons["potong.spdb"]
    assert "bukan proyek SP Desktop" in reasons["lain.spdb"]
    assert "versi yang lebih baru" in reasons["baru.spdb"]
    assert "SP JSON" in reasons["rusak.json"]
    assert APPLICATION_ID  # the header check is the one of storage/db.py


def test_sp_json_exports_count_as_units_and_duplicate_names_are_told_apart(tmp_path):
    data = sample()
    data["instansi"]["nama"] = "Dinas A"
    (tmp_path / "a.json").write_text(json.dumps(data), encoding="utf-8")
    make_unit(tmp_path, "b.spdb", "Dinas A")
    review = open_units(tmp_path)
    assert [u.unit_name for u in review.units] == ["Dinas A (a.json)", "Dinas A (b.spdb)"]
    assert review.units[0].kind == "json" and review.units[0].pekppp is None
    assert review.units[0].complete == 3 and review.service_count == 6


def test_a_missing_folder_is_an_indonesian_error(tmp_path):
    try:
        open_units(tmp_path / "tidak-ada")
    except ReviewError as exc:
        assert "tidak ditemukan" in str(exc)
    else:
        raise AssertionError("no error")


def test_every_connection_to_a_unit_file_is_read_only(tmp_path, monkeypatch):
    make_unit(tmp_path, "a.spdb", "Dinas A")
    make_unit(tmp_path, "b.spdb", "Dinas B")
    opened = []
    real = sqlite3.connect

    def recording(target, *args, **kwargs):
        opened.append(str(target))
        return real(target, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", recording)
    review = open_units(tmp_path)
    assert len(review.units) == 2
    to_files = [t for t in opened if t != ":memory:"]
    assert len(to_files) == 2 and all(t.startswith("file:") and "mode=ro" in t for t in to_files)
