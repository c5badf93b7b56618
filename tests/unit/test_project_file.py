import hashlib
import os
import sqlite3
import struct
import sys

import pytest

from sp_desktop.services.session import open_project
from sp_desktop.storage import errors
from sp_desktop.storage.db import APPLICATION_ID
from sp_desktop.storage.migrations import schema_version


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def project_file(tmp_path):
    path = tmp_path / "proyek.spdb"
    session = open_project(path, create=True)
    session.add_service("Penerbitan Akta Kelahiran")
    session.close()
    return path


def test_project_file_new_has_application_id_and_schema_version(tmp_path):
    path = tmp_path / "baru" / "proyek.spdb"
    open_project(path, create=True).close()
    header = path.read_bytes()[:100]
    assert header.startswith(b"SQLite format 3\x00")
    assert struct.unpack(">I", header[68:72])[0] == APPLICATION_ID
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema_version()
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_project_file_missing_without_create_is_refused(tmp_path):
    with pytest.raises(errors.ProjectError, match="tidak ditemukan"):
        open_project(tmp_path / "tidak-ada.spdb")
    assert not (tmp_path / "tidak-ada.spdb").exists()


def test_project_file_text_file_is_not_a_project(tmp_path):
    path = tmp_path / "catatan.spdb"
    path.write_text("Ini dokumen Word, bukan proyek", encoding="utf-8")
    before = digest(path)
    with pytest.raises(errors.NotAProject, match="bukan berkas proyek SP Desktop"):
        open_project(path)
    assert digest(path) == before
    assert not (tmp_path / "catatan.spdb.lock").exists()


def test_project_file_other_sqlite_database_is_not_a_project(tmp_path):
    path = tmp_path / "lain.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(errors.NotAProject, match="SQLite lain"):
        open_project(path)
    assert digest(path) == before


def test_project_file_empty_file_is_damaged(tmp_path):
    path = tmp_path / "kosong.spdb"
    path.write_bytes(b"")
    with pytest.raises(errors.DamagedProject):
        open_project(path)
    assert path.read_bytes() == b""


def test_project_file_truncated_file_is_damaged_and_unchanged(project_file):
    data = project_file.read_bytes()
    project_file.write_bytes(data[: len(data) // 2])
    before = digest(project_file)
    with pytest.raises((errors.DamagedProject, errors.NotAProject)):
        open_project(project_file)
    assert digest(project_file) == before


def test_project_file_corrupted_pages_are_damaged_and_unchanged(project_file):
    data = bytearray(project_file.read_bytes())
    for i in range(4096, len(data), 7):
        data[i] = 0xFF
    project_file.write_bytes(bytes(data))
    before = digest(project_file)
    with pytest.raises(errors.DamagedProject, match="rusak"):
        open_project(project_file)
    assert digest(project_file) == before


def test_project_file_from_newer_version_is_refused_unchanged(project_file):
    conn = sqlite3.connect(project_file)
    conn.execute(f"PRAGMA user_version={schema_version() + 5}")
    conn.commit()
    conn.close()
    before = digest(project_file)
    with pytest.raises(errors.NewerVersion, match="lebih baru"):
        open_project(project_file)
    assert digest(project_file) == before


def test_project_file_with_unknown_migration_is_newer(project_file):
    conn = sqlite3.connect(project_file)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('sp_desktop', 'm999_x', '')")
    conn.commit()
    conn.close()
    with pytest.raises(errors.NewerVersion):
        open_project(project_file)


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root ignores file permissions")
def test_project_file_read_only_is_refused_unchanged(project_file):
    before = digest(project_file)
    project_file.chmod(0o444)
    try:
        with pytest.raises(errors.ReadOnlyProject, match="hanya-baca"):
            open_project(project_file)
    finally:
        project_file.chmod(0o644)
    assert digest(project_file) == before


def test_project_file_read_only_is_refused_when_access_denied(project_file, monkeypatch):
    # Root ignores permission bits, so the check is also driven through os.access.
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if mode == os.W_OK else real_access(p, mode))
    before = digest(project_file)
    with pytest.raises(errors.ReadOnlyProject):
        open_project(project_file)
    assert digest(project_file) == before


def test_project_file_already_open_is_refused(project_file):
    first = open_project(project_file)
    try:
        before = digest(project_file)
        with pytest.raises(errors.AlreadyOpen, match="sudah terbuka"):
            open_project(project_file)
        assert digest(project_file) == before
    finally:
        first.close()
    open_project(project_file).close()


def test_project_file_lock_is_held_across_processes(project_file):
    import subprocess

    session = open_project(project_file)
    try:
        code = (
            "import sys; from sp_desktop.services.session import open_project\n"
            "from sp_desktop.storage.errors import AlreadyOpen\n"
            f"try:\n open_project({str(project_file)!r})\nexcept AlreadyOpen:\n sys.exit(7)\n"
        )
        result = subprocess.run([sys.executable, "-c", code], cwd=os.getcwd(), env={**os.environ,
                                "PYTHONPATH": os.pathsep.join(sys.path)})
        assert result.returncode == 7
    finally:
        session.close()


def test_project_file_directory_is_not_a_project(tmp_path):
    with pytest.raises(errors.NotAProject, match="folder"):
        open_project(tmp_path)


def test_project_file_cannot_create_in_unwritable_folder(tmp_path, monkeypatch):
    def deny(*args, **kwargs):
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(sqlite3, "connect", deny)
    with pytest.raises(errors.LockedFolder, match="tidak dapat ditulisi"):
        open_project(tmp_path / "baru.spdb", create=True)


def test_project_file_save_copy_is_a_complete_project(project_file, tmp_path):
    session = open_project(project_file)
    target = tmp_path / "salinan.spdb"
    session.save_copy(target)
    session.close()
    copy = open_project(target)
    assert [s.jenis_pelayanan for s in copy.services()] == ["Penerbitan Akta Kelahiran"]
    copy.close()


def test_project_file_lock_file_removed_under_a_waiting_opener_is_not_trusted(project_file):
    from sp_desktop.storage.filelock import FileLock

    first = FileLock(project_file)
    first.acquire()
    stale_fd = os.open(first.lock_path, os.O_RDWR)  # another process opened the lock file before release
    first.release()
    assert not first.lock_path.exists()
    import fcntl

    fcntl.flock(stale_fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # it can lock the removed file...
    try:
        from sp_desktop.storage.filelock import _is_current

        second = FileLock(project_file)
        second.acquire()  # ...but that does not keep the project locked for anyone else
        assert not _is_current(stale_fd, first.lock_path)  # and acquire() would have noticed and retried
        third = FileLock(project_file)
        with pytest.raises(errors.AlreadyOpen):
            third.acquire()
        second.release()
    finally:
        os.close(stale_fd)
