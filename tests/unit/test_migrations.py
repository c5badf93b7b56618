import shutil
import sqlite3

import pytest

from sp_desktop.services.session import open_project
from sp_desktop.storage import migrations as mig
from sp_desktop.storage.db import APPLICATION_ID, open_database


def _version_and_names(path):
    conn = sqlite3.connect(path)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        names = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY rowid")]
        return version, names
    finally:
        conn.close()


def test_migrations_backup_is_made_before_a_pending_step(tmp_path, monkeypatch):
    live = tmp_path / "hidup.spdb"
    session = open_project(live, create=True)
    session.add_service("Layanan lama")
    # The state after a crash: the change is committed but still only in the WAL file.
    path = tmp_path / "proyek.spdb"
    shutil.copy(live, path)
    shutil.copy(live.with_name("hidup.spdb-wal"), path.with_name("proyek.spdb-wal"))
    session.close()
    main_only = tmp_path / "utama-saja.spdb"
    shutil.copy(path, main_only)
    conn = sqlite3.connect(main_only)
    assert conn.execute("SELECT count(*) FROM layanan").fetchone()[0] == 0
    conn.close()
    monkeypatch.setattr(mig, "STEPS", mig.STEPS + [extra_step_fn()])

    db, lock = open_database(path)
    try:
        columns = [r[1] for r in db.execute("PRAGMA table_info(layanan)")]
        assert "catatan" in columns
        assert db.scalar("PRAGMA user_version") == len(mig.STEPS)
    finally:
        db.close()
        lock.release()
    backups = list(tmp_path.glob("proyek.spdb.bak-v*-*"))
    assert len(backups) == 1
    assert not list(tmp_path.glob(".proyek.spdb.tmp-*"))
    conn = sqlite3.connect(backups[0])
    assert conn.execute("SELECT jenis_pelayanan FROM layanan").fetchall() == [("Layanan lama",)]
    conn.close()


def extra_step_fn():
    def m999_test_add_column(db):
        db["layanan"].add_column("catatan", str)

    return ("m999_test_add_column", m999_test_add_column)


def test_migrations_no_backup_when_nothing_pending(tmp_path):
    path = tmp_path / "proyek.spdb"
    open_project(path, create=True).close()
    open_project(path).close()
    assert not list(tmp_path.glob("*.bak-*"))


def test_migrations_version_stamp_is_written_with_each_step(tmp_path):
    path = tmp_path / "proyek.spdb"
    open_project(path, create=True).close()
    version, names = _version_and_names(path)
    assert names == [name for name, _ in mig.STEPS]
    assert version == len(names)


def test_migrations_stamp_behind_its_records_is_repaired_after_a_backup(tmp_path):
    path = tmp_path / "proyek.spdb"
    s = open_project(path, create=True)
    s.add_service("Akta")
    s.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version=1")  # as after a kill between a step's commit and its stamp
    conn.commit()
    conn.close()
    s = open_project(path)
    try:
        assert [x.jenis_pelayanan for x in s.services()] == ["Akta"]
    finally:
        s.close()
    assert _version_and_names(path)[0] == len(mig.STEPS)
    assert len(list(tmp_path.glob("proyek.spdb.bak-v1-*"))) == 1


def test_migrations_file_of_the_first_version_gets_the_list_columns(tmp_path, monkeypatch):
    # A project as version 1 of the app wrote it: only m001, a service without name_key/missing.
    monkeypatch.setattr(mig, "STEPS", mig.STEPS[:1])
    path = tmp_path / "lama.spdb"
    s = open_project(path, create=True)
    s.close()
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO layanan (id, position, jenis_pelayanan, klasifikasi, status, pengaduan) "
        "VALUES (1, 0, '  Akta   Kelahiran ', 'administratif', 'draf', '{}')"
    )
    conn.commit()
    conn.close()
    monkeypatch.undo()
    s = open_project(path)
    try:
        (summary,) = s.summaries()
        assert "persyaratan" in summary.missing
        with pytest.raises(Exception, match="Sudah ada"):
            s.add_service("akta kelahiran")
    finally:
        s.close()
    assert len(list(tmp_path.glob("lama.spdb.bak-v1-*"))) == 1


def test_migrations_header_of_a_new_file(tmp_path):
    path = tmp_path / "p.spdb"
    open_project(path, create=True).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    conn.close()
