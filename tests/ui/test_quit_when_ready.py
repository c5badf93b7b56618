"""SP_DESKTOP_QUIT_WHEN_READY: how benchmarks/bench_frozen.py times a whole start of the app."""

import os
import subprocess
import sys
from pathlib import Path

from sp_desktop.services.session import open_project

ROOT = Path(__file__).resolve().parents[2]


def test_the_app_reports_shown_then_ready_and_quits(tmp_path):
    project = tmp_path / "proyek.spdb"
    open_project(project, create=True).close()
    env = {**os.environ, "SP_DESKTOP_QUIT_WHEN_READY": "1", "QT_QPA_PLATFORM": "offscreen",
           "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    result = subprocess.run([sys.executable, "-m", "sp_desktop", str(project)], capture_output=True, text=True,
                            env=env, cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["shown", "ready"]

