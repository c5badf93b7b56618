import errno

from sp_desktop.domain.os_messages import os_reason


def test_os_messages_name_the_usual_failures_in_indonesian():
    assert os_reason(OSError(errno.ENOSPC, "No space left on device")) == "disk penuh"
    assert os_reason(FileNotFoundError(errno.ENOENT, "No such file or directory")) == \
        "berkas atau folder tidak ditemukan"
    assert os_reason(PermissionError("denied")) == "akses ditolak"
    assert "No space" not in os_reason(OSError(errno.ENOSPC, "No space left on device"))
    assert os_reason(OSError(9999, "Strange")) == "kesalahan sistem berkas (kode 9999)"


def test_os_messages_command_line_import_of_a_missing_file(tmp_path):
    import os
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "sp_desktop", "import", str(tmp_path / "p.spdb"),
                             str(tmp_path / "tidak-ada.json")], capture_output=True, text=True,
                            env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert result.returncode == 2
    assert "tidak ditemukan" in result.stderr and "No such file" not in result.stderr
