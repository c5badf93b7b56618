import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest

from sp_desktop.domain.model import Member
from sp_desktop.services.session import open_project
from sp_desktop.storage import errors
from sp_desktop.storage import migrations as mig

ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
needs_kill = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def service_json(name):
    import json

    from sp_desktop.domain.model import Layanan
    from sp_desktop.domain.sp_json import service_file_to_dict

    return json.dumps(service_file_to_dict(Layanan(jenis_pelayanan=name)))


def cli(*args):
    return subprocess.run([sys.executable, "-m", "sp_desktop", *map(str, args)], capture_output=True, text=True,
                          env=ENV)


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "proyek.spdb"
    s = open_project(path, create=True)
    s.add_service("Akta Kelahiran")
    s.close()
    return path


# -- never over a project ------------------------------------------------------------------
def test_file_safety_export_json_onto_the_project_itself_is_refused(project, tmp_path):
    before = digest(project)
    for out in (project, tmp_path / "." / "proyek.spdb", project.with_name("proyek.spdb.lock")):
        result = cli("export-json", project, "--out", out)
        assert result.returncode == 2, result.stderr
        assert "proyek" in result.stderr and "Traceback" not in result.stderr
    assert digest(project) == before


def test_file_safety_export_onto_another_project_is_refused(project, tmp_path):
    other = tmp_path / "lain.pdf"
    shutil.copy(project, other)  # a project under a document's name
    before = digest(other)
    result = cli("export", project, "standar", "--out", other)
    assert result.returncode == 2 and "proyek SP Desktop" in result.stderr
    assert cli("export-json", project, "--out", other).returncode == 2
    assert digest(other) == before


def test_file_safety_hard_link_to_the_open_project_is_refused(project, tmp_path):
    from sp_desktop.services import targets

    link = tmp_path / "tautan.json"
    os.link(project, link)
    s = open_project(project)
    try:
        with pytest.raises(errors.ProjectError, match="sedang terbuka"):
            targets.refuse_overwrite(link)
    finally:
        s.close()


# -- the main file alone holds every change ------------------------------------------------
def test_file_safety_copy_of_the_main_file_after_idle_checkpoint_holds_the_edit(project, tmp_path):
    s = open_project(project)
    try:
        lay = s.services()[0]
        lay.produk = ["Kutipan akta kelahiran"]
        s.save_service(lay, "produk", "ketik")
        stale = tmp_path / "sebelum.spdb"
        shutil.copy(project, stale)
        s.checkpoint()
        fresh = tmp_path / "sesudah.spdb"
        shutil.copy(project, fresh)  # the main file alone, as a file manager copies it
    finally:
        s.close()
    assert "Kutipan akta kelahiran" not in _produk(stale)  # why the checkpoint is needed
    assert "Kutipan akta kelahiran" in _produk(fresh)
    closed = tmp_path / "ditutup.spdb"
    shutil.copy(project, closed)
    assert "Kutipan akta kelahiran" in _produk(closed)


def _produk(path):
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT produk FROM layanan").fetchone()[0]
    finally:
        conn.close()


# -- creation ------------------------------------------------------------------------------
def test_file_safety_empty_file_where_a_new_project_is_asked_for_counts_as_absent(tmp_path):
    path = tmp_path / "kosong.spdb"
    path.write_bytes(b"")
    data = tmp_path / "d.json"
    data.write_text(service_json("KTP"), encoding="utf-8")
    result = cli("import", path, data)
    assert result.returncode == 0, result.stderr
    assert cli("list", path).stdout.strip().endswith("KTP")
    with pytest.raises(errors.DamagedProject, match="kosong"):
        path.with_name("lain.spdb").write_bytes(b"")
        open_project(path.with_name("lain.spdb"))


def test_file_safety_two_commands_creating_one_project_both_succeed(tmp_path):
    path = tmp_path / "baru.spdb"
    files = []
    for name in ("A", "B", "C"):
        data = tmp_path / f"{name}.json"
        data.write_text(service_json(name), encoding="utf-8")
        files.append(data)
    procs = [subprocess.Popen([sys.executable, "-m", "sp_desktop", "import", str(path), str(f)], env=ENV,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for f in files]
    results = [p.communicate(timeout=60) + (p.returncode,) for p in procs]
    assert all(code == 0 for _out, _err, code in results), results
    assert sorted(line.split("\t")[2] for line in cli("list", path).stdout.splitlines()) == ["A", "B", "C"]


# One process imports the app once, then forks a child per kill point: child N is SIGKILLed
# at its N-th SQLite statement (or file rename/link), until a child runs to the end.
KILLER = textwrap.dedent(
    """
    import os, shutil, signal, sqlite3, sys
    base, source = sys.argv[1], sys.argv[2]
    from sp_desktop.services.session import open_project

    real_connect, real_replace, real_link = sqlite3.connect, os.replace, os.link

    def run(limit, path):
        count = [0]

        def tick(*_args):
            count[0] += 1
            if count[0] >= limit:
                os.kill(os.getpid(), signal.SIGKILL)

        def connect(*args, **kwargs):
            conn = real_connect(*args, **kwargs)
            conn.set_trace_callback(tick)
            return conn

        def replace(*args, **kwargs):
            tick()
            return real_replace(*args, **kwargs)

        def link(*args, **kwargs):
            tick()
            return real_link(*args, **kwargs)

        sqlite3.connect, os.replace, os.link = connect, replace, link
        open_project(path, create=True).close()

    limit = 1
    while limit < 1000:
        folder = os.path.join(base, str(limit))
        os.mkdir(folder)
        path = os.path.join(folder, "proyek.spdb")
        if source != "-":
            shutil.copy(source, path)
        pid = os.fork()
        if pid == 0:
            run(limit, path)
            os._exit(0)
        _pid, status = os.waitpid(pid, 0)
        if os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0:
            print(limit, "selesai", flush=True)
            break
        print(limit, "dibunuh", flush=True)
        limit += 1
    """
)


def _kill_loop(base, source="-"):
    base.mkdir()
    result = subprocess.run([sys.executable, "-c", KILLER, str(base), str(source)], capture_output=True, text=True,
                            env=ENV, timeout=600)
    lines = result.stdout.split("\n")
    assert result.returncode == 0 and any(line.endswith("selesai") for line in lines), result.stderr
    return sorted((p for p in base.iterdir()), key=lambda p: int(p.name))


needs_fork = pytest.mark.skipif(not hasattr(os, "fork") or not hasattr(signal, "SIGKILL"), reason="needs fork")


@needs_fork
def test_file_safety_kill_at_every_statement_of_creation_leaves_no_half_project(tmp_path):
    folders = _kill_loop(tmp_path / "k")
    assert len(folders) > 5  # the loop really killed inside creation
    for folder in folders:
        path = folder / "proyek.spdb"
        if path.exists():
            s = open_project(path)  # complete: opens as it is
            s.close()
            conn = sqlite3.connect(path)
            assert conn.execute("PRAGMA user_version").fetchone()[0] == mig.schema_version()
            conn.close()
        visible = {p.name for p in folder.iterdir() if not p.name.startswith(".")}
        assert visible <= {"proyek.spdb", "proyek.spdb-wal", "proyek.spdb-shm", "proyek.spdb.lock"}, visible
        s = open_project(path, create=True)  # a retry always works, and sweeps our leftovers
        s.close()
        assert not [p for p in folder.iterdir() if p.name.startswith(".")], folder


@needs_fork
def test_file_safety_kill_at_every_statement_of_a_migration_keeps_the_file_and_its_backups(tmp_path, monkeypatch):
    monkeypatch.setattr(mig, "STEPS", mig.STEPS[:1])
    old = tmp_path / "lama.spdb"
    s = open_project(old, create=True)
    s.close()
    conn = sqlite3.connect(old)
    conn.execute("INSERT INTO layanan (id, position, jenis_pelayanan, klasifikasi, status, pengaduan) "
                 "VALUES (1, 0, 'Akta', 'administratif', 'draf', '{}')")
    conn.commit()
    conn.close()
    monkeypatch.undo()
    folders = _kill_loop(tmp_path / "m", old)
    assert len(folders) > 5
    for folder in folders:
        path = folder / "proyek.spdb"
        for backup in folder.glob("*.bak*"):
            c = sqlite3.connect(backup)
            assert c.execute("SELECT jenis_pelayanan FROM layanan").fetchall() == [("Akta",)], backup
            c.close()
        s = open_project(path)
        try:
            assert [x.jenis_pelayanan for x in s.services()] == ["Akta"]
            assert s.summaries()[0].missing
        finally:
            s.close()
        conn = sqlite3.connect(path)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        applied = conn.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0]
        conn.close()
        assert version == applied == mig.schema_version()
        assert not [p for p in folder.iterdir() if p.name.startswith(".")]


# -- refused files stay alone ----------------------------------------------------------------
def test_file_safety_refused_files_get_no_side_files(project, tmp_path):
    newer = tmp_path / "baru.spdb"
    shutil.copy(project, newer)
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version=99")
    conn.commit()
    conn.close()
    truncated = tmp_path / "potong.spdb"
    truncated.write_bytes(project.read_bytes()[:5000])
    for path, error in ((newer, errors.NewerVersion), (truncated, errors.DamagedProject)):
        before = digest(path)
        with pytest.raises(error):
            open_project(path)
        assert digest(path) == before
        assert not path.with_name(path.name + "-wal").exists()
        assert not path.with_name(path.name + "-shm").exists()


# -- another program holding the lock --------------------------------------------------------
# Another program holding the write lock until its stdin closes (the test decides when).
HOLDER = textwrap.dedent(
    """
    import sqlite3, sys
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    print("memegang", flush=True)
    sys.stdin.read()
    conn.execute("ROLLBACK")
    """
)


def _hold(path, release_after: float | None = None):
    """Start a holder; with ``release_after``, its lock goes that many seconds later, while a write waits."""
    import threading

    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "memegang"
    if release_after is not None:
        threading.Timer(release_after, proc.stdin.close).start()
    return proc


def test_file_safety_lock_held_by_another_program_is_named_and_changes_nothing(project):
    s = open_project(project, interactive=True)
    try:
        s.add_member(Member("Sri", "", "Sekretaris", "ketua"))
        s.set_actor(s.members()[0].id)
        lay = s.services()[0]
        holder = _hold(project)
        try:
            lay.produk = ["Tidak masuk"]
            started = time.monotonic()
            with pytest.raises(errors.FileBusy, match="dikunci oleh program lain"):
                s.save_service(lay, "produk", "ketik")
            assert time.monotonic() - started >= 2.5  # it waited for the lock as configured
        finally:
            holder.kill()
            holder.wait()
        assert s.service(lay.id).produk == []
        holder = _hold(project, release_after=0.5)  # released before the wait runs out: the save goes through
        lay.produk = ["Masuk"]
        s.save_service(lay, "produk", "ketik")
        holder.wait()
        assert s.service(lay.id).produk == ["Masuk"]
    finally:
        s.close()


def test_file_safety_a_symbolic_link_to_an_open_project_finds_it_locked(project, tmp_path):
    link = tmp_path / "tautan.spdb"
    link.symlink_to(project)
    s = open_project(project)
    try:
        result = cli("list", link)
        assert result.returncode == 2 and "sudah terbuka" in result.stderr
        with pytest.raises(errors.AlreadyOpen):
            open_project(link)
    finally:
        s.close()


STALE_CHILD = textwrap.dedent(
    """
    import sys
    from sp_desktop.services.session import open_project
    s = open_project(sys.argv[1])
    lay = s.services()[0]
    lay.produk = ["Sebelum mati"]
    s.save_service(lay, "produk", "ketik")
    print("tersimpan", flush=True)
    sys.stdin.read()  # until the test kills it
    """
)


@needs_kill
def test_file_safety_reopening_after_a_crash_puts_the_recovered_edits_into_the_main_file(project, tmp_path):
    child = subprocess.Popen([sys.executable, "-c", STALE_CHILD, str(project)], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True, env=ENV)
    try:
        assert child.stdout.readline().strip() == "tersimpan"
    finally:
        child.kill()
        child.wait()
    s = open_project(project)  # the edit is committed, still only in the -wal
    try:
        copy = tmp_path / "salinan.spdb"
        shutil.copy(project, copy)  # the main file alone, while the project is open and idle
    finally:
        s.close()
    assert "Sebelum mati" in _produk(copy)
