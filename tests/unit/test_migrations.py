import shutil
import sqlite3

from sp_desktop.services.session import open_project
from sp_desktop.storage import migrations as mig
from sp_desktop.storage.db import open_database


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
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'layanan'").fetchone()[0] == 0
    conn.close()
    before = path.read_bytes()

    extra = mig.Migrations("sp_desktop")
    for m in mig.migrations._migrations:
        extra._migrations.append(m)

    @extra()
    def m002_test_add_column(db):
        db["layanan"].add_column("catatan", str)

    monkeypatch.setattr(mig, "migrations", extra)
    import sp_desktop.storage.db as dbmod

    monkeypatch.setattr(dbmod, "migrations", extra)
    db, lock = open_database(path)
    try:
        assert "catatan" in db["layanan"].columns_dict
        assert db.execute("PRAGMA user_version").fetchone()[0] == 2
    finally:
        db.close()
        lock.release()
    backups = list(tmp_path.glob("proyek.spdb.bak-v1-*"))
    assert len(backups) == 1
    conn = sqlite3.connect(backups[0])
    assert conn.execute("SELECT jenis_pelayanan FROM layanan").fetchall() == [("Layanan lama",)]
    conn.close()
    assert len(before) > 0


def test_migrations_no_backup_when_nothing_pending(tmp_path):
    path = tmp_path / "proyek.spdb"
    open_project(path, create=True).close()
    open_project(path).close()
    assert not list(tmp_path.glob("*.bak-*"))
