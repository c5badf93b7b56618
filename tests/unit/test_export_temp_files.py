import os
import re
import subprocess
import sys
import textwrap

import pytest

from sp_desktop.export import atomic, export_document
from sp_desktop.export.atomic import atomic_write, sweep_stale_temp_files
from tests.unit import export_fixtures as fx

# A writer that stops in the middle of its temp file until the test tells it to go on (a line
# on stdin) or kills it.
CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from sp_desktop.export.atomic import atomic_write

    def write(temp):
        temp.write_bytes(b"%PDF-1.4 setengah")
        print(temp, flush=True)
        sys.stdin.readline()
        temp.write_bytes(b"%PDF-1.4 lengkap")

    atomic_write(Path(sys.argv[1]), write)
    print("selesai", flush=True)
    """
)


def _start_writer(target):
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(target)], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True, env=env)
    temp = child.stdout.readline().strip()
    assert temp, "the writer ended before writing"
    return child, target.parent / os.path.basename(temp)


def _our_temp_name(tmp_path, target_name="hasil.pdf"):
    """The name atomic_write gives a temp file in this process."""
    seen = []
    atomic_write(tmp_path / target_name, lambda temp: (seen.append(temp.name), temp.write_bytes(b"x")))
    (tmp_path / target_name).unlink()
    return seen[0]


def _dead_pid():
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True,
                          check=True)
    return int(done.stdout)


def _with_pid(name, pid):
    """A temp file name of ours as the writer process ``pid`` would have made it."""
    return re.sub(r"(\.sp-[0-9a-f]{8})-[0-9]+-", rf"\g<1>-{pid}-", name, count=1)


def test_export_temp_files_name_tells_machine_and_process(tmp_path):
    name = _our_temp_name(tmp_path)
    assert name.startswith(".~hasil.sp-") and name.endswith(".pdf.tmp")
    assert re.fullmatch(rf"\.~hasil\.sp-[0-9a-f]{{8}}-{os.getpid()}-[a-z0-9_]{{8}}\.pdf\.tmp", name)
    assert list(tmp_path.iterdir()) == []


def test_export_temp_files_killed_export_is_swept_by_the_next_one(tmp_path):
    child, temp = _start_writer(tmp_path / "hasil.pdf")
    try:
        assert temp.read_bytes() == b"%PDF-1.4 setengah"
        assert sweep_stale_temp_files(tmp_path) == 0  # its writer still runs
        assert temp.exists()
    finally:
        child.kill()  # SIGKILL on POSIX, TerminateProcess on Windows: no clean-up runs
        child.wait()
        child.stdout.close()
        child.stdin.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == [temp.name]  # the leftover of a killed export
    export_document(fx.project(1), "maklumat", tmp_path / "hasil.pdf")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hasil.pdf"]


def test_export_temp_files_live_writer_keeps_its_file_and_finishes(tmp_path):
    child, temp = _start_writer(tmp_path / "hasil.docx")
    try:
        export_document(fx.project(1), "maklumat", tmp_path / "lain.pdf")  # sweeps the same folder
        assert temp.read_bytes() == b"%PDF-1.4 setengah"
        child.stdin.write("\n")
        child.stdin.flush()
        assert child.stdout.readline().strip() == "selesai"
        assert child.wait() == 0
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stdout.close()
        child.stdin.close()
    assert (tmp_path / "hasil.docx").read_bytes() == b"%PDF-1.4 lengkap"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hasil.docx", "lain.pdf"]


def test_export_temp_files_only_our_stale_files_are_removed(tmp_path):
    ours = _our_temp_name(tmp_path)
    dead = _dead_pid()
    stale = _with_pid(ours, dead)
    host = re.search(r"\.sp-([0-9a-f]{8})-", ours).group(1)
    other_host = "0" * 8 if host != "0" * 8 else "1" * 8
    kept = [
        ours.replace(f".sp-{host}-", f".sp-{other_host}-"),  # another machine's writer, on a shared folder
        _with_pid(ours.replace(f".sp-{host}-", f".sp-{other_host}-"), dead),
        stale[2:],  # without ".~"
        stale + ".txt",
        stale.replace(".pdf.tmp", ".pdf"),
        ".~hasil-abcd1234.pdf.tmp",  # not our pattern: no machine, no process
        ".~lock.hasil.docx#",  # LibreOffice's lock file
        "~$hasil.docx",  # Word's owner file
        "hasil.pdf.tmp",
        "Rancangan.pdf",
    ]
    for name in [stale, *kept]:
        (tmp_path / name).write_bytes(b"isi")
    (tmp_path / _with_pid(stale, dead + 1)).mkdir()  # a folder of that name is never ours
    kept.append(_with_pid(stale, dead + 1))
    assert sweep_stale_temp_files(tmp_path) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(kept)


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_export_temp_files_link_with_our_name_is_left_alone(tmp_path):
    stale = _with_pid(_our_temp_name(tmp_path), _dead_pid())
    (tmp_path / "laporan.pdf").write_bytes(b"milik pengguna")
    try:
        (tmp_path / stale).symlink_to(tmp_path / "laporan.pdf")
    except OSError:
        pytest.skip("symbolic links not permitted here")
    assert sweep_stale_temp_files(tmp_path) == 0
    assert (tmp_path / stale).is_symlink() and (tmp_path / "laporan.pdf").read_bytes() == b"milik pengguna"


def test_export_temp_files_own_process_id_left_by_an_earlier_process(tmp_path):
    # A process id comes back (a container starts the app as the same id every time): a file with
    # our id that this process is not writing was left by an earlier one.
    leftover = _our_temp_name(tmp_path, "lama.pdf").replace(".~lama.", ".~sisa.")
    (tmp_path / leftover).write_bytes(b"sisa")
    seen = []

    def write(temp):
        temp.write_bytes(b"baru")
        seen.append(sweep_stale_temp_files(tmp_path))
        seen.append(temp.exists())

    atomic_write(tmp_path / "hasil.pdf", write)
    assert seen == [0, True]  # the sweep before writing took the leftover; ours, being written, stays
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hasil.pdf"]


def test_export_temp_files_sweep_never_fails(tmp_path, monkeypatch):
    assert sweep_stale_temp_files(tmp_path / "tidak-ada") == 0
    (tmp_path / "berkas").write_bytes(b"")
    assert sweep_stale_temp_files(tmp_path / "berkas") == 0
    stale = _with_pid(_our_temp_name(tmp_path), _dead_pid())
    (tmp_path / stale).write_bytes(b"sisa")

    def held_open(path, *args, **kwargs):
        raise PermissionError(32, "The process cannot access the file because it is being used by another process")

    monkeypatch.setattr(os, "unlink", held_open)
    assert sweep_stale_temp_files(tmp_path) == 0
    assert (tmp_path / stale).exists()


class FakeKernel32:
    """Stands in for kernel32 as the Windows check sees it."""

    def __init__(self, handle=1, error=0, code=atomic._STILL_ACTIVE, fail=False):
        self.handle, self.error, self.code, self.fail = handle, error, code, fail
        self.opened, self.closed = [], []

    def open_process(self, pid):
        if self.fail:
            raise OverflowError("int too long to convert")
        self.opened.append(pid)
        return (self.handle, 0) if self.handle else (None, self.error)

    def exit_code(self, handle):
        return self.code

    def close(self, handle):
        self.closed.append(handle)


@pytest.mark.parametrize(
    "kernel32, alive",
    [
        (FakeKernel32(code=atomic._STILL_ACTIVE), True),
        (FakeKernel32(code=0), False),  # ended, a handle still open somewhere
        (FakeKernel32(code=None), True),  # Windows would not say
        (FakeKernel32(handle=None, error=87), False),  # ERROR_INVALID_PARAMETER: no such process
        (FakeKernel32(handle=None, error=5), True),  # ERROR_ACCESS_DENIED: another user's process
        (FakeKernel32(fail=True), True),
    ],
)
def test_export_temp_files_windows_liveness_check(kernel32, alive):
    assert atomic._windows_process_alive(4242, kernel32) is alive
    assert kernel32.closed == ([1] if kernel32.opened and kernel32.handle else [])


def test_export_temp_files_windows_sweep_asks_kernel32_not_os_kill(tmp_path, monkeypatch):
    dead = _dead_pid()
    stale = _with_pid(_our_temp_name(tmp_path), dead)
    live = _with_pid(stale, dead + 1)
    for name in (stale, live):
        (tmp_path / name).write_bytes(b"sisa")

    class Kernel32(FakeKernel32):
        def open_process(self, pid):
            return (None, 87) if pid == dead else (7, 0)

    def kill(pid, sig):
        raise AssertionError("os.kill ends the process on Windows")

    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(atomic, "_Kernel32", Kernel32)
    monkeypatch.setattr(os, "kill", kill)
    assert sweep_stale_temp_files(tmp_path) == 1
    assert [p.name for p in tmp_path.iterdir()] == [live]
