import os
import signal
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from sp_desktop.services.session import open_project

CHILD = textwrap.dedent(
    """
    import sys
    from sp_desktop.services.session import open_project
    s = open_project(sys.argv[1])
    lay = s.services()[0]
    i = 0
    while True:
        i += 1
        lay.produk = ["Kutipan akta " + str(i)] + ["isi panjang " * 200] * 5
        s.save_service(lay, "produk", "ketik " + str(i))
        print(i, flush=True)
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_crash_safety_sigkill_mid_edit_loses_nothing_committed(tmp_path):
    path = tmp_path / "proyek.spdb"
    s = open_project(path, create=True)
    s.add_service("Penerbitan Akta Kelahiran")
    s.close()

    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(path)], stdout=subprocess.PIPE, text=True, env=env)
    last = 0
    try:
        for line in child.stdout:
            last = int(line)
            if last >= 40:
                break
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert last >= 40

    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    reopened = open_project(path)
    try:
        produk = reopened.services()[0].produk
        number = int(produk[0].rsplit(" ", 1)[1])
        # Every edit reported as saved is on disk; at most the one in progress is lost.
        assert number >= last
        assert len(produk) == 6
    finally:
        reopened.close()
