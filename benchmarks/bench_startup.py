"""Start-up to a shown, usable main window, against bare Qt in the same run (prints figures).

Each figure is a whole process: from launching the interpreter to the first turn of the
event loop after the window was shown (its teardown is not counted). Bare Qt is QApplication + an empty QMainWindow.
Aim: SP Desktop within 1.5x of bare Qt.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow()
w.resize(1180, 760)
w.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""

APP = """
import sys
from pathlib import Path
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
from sp_desktop.ui.app import create_main_window
from sp_desktop.ui.settings_store import AppSettings
app = QApplication([])
settings = AppSettings(QSettings(sys.argv[2], QSettings.Format.IniFormat))
settings.remember_member(Path(sys.argv[1]), 1)  # a returning user: no identity dialog
w = create_main_window(Path(sys.argv[1]), settings)
w.resize(1180, 760)
w.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
w.close()
"""


def timed(code: str, *args: str) -> float:
    """Milliseconds from launching the process to its "shown" line (teardown not counted)."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "PYTHONPATH": str(ROOT)}
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True, env=env)
    line = child.stdout.readline()
    elapsed = time.perf_counter() - start
    _, err = child.communicate()
    if "shown" not in line or child.returncode != 0:
        raise RuntimeError(err)
    return elapsed * 1000


def prepare(folder: Path) -> Path:
    from sp_desktop.services.session import open_project

    path = folder / "proyek.spdb"
    session = open_project(path, create=True)
    data = json.loads((ROOT / "tests" / "data" / "proyek_contoh.json").read_text(encoding="utf-8"))
    session.import_document(data)
    session.close()
    return path


def main(runs: int = 7) -> None:
    sys.path.insert(0, str(ROOT))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        project = prepare(folder)
        ini = str(folder / "settings.ini")
        timed(BARE)  # warm the OS file cache for both
        timed(APP, str(project), ini)
        bare, app = [], []
        for _ in range(runs):
            bare.append(timed(BARE))
            app.append(timed(APP, str(project), ini))
    b, a = statistics.median(bare), statistics.median(app)
    print(f"start-up to a shown window, median of {runs} runs (whole process):")
    print(f"  bare Qt (QApplication + empty QMainWindow): {b:.0f} ms")
    print(f"  SP Desktop (main window on a 3-service project, returning user): {a:.0f} ms")
    print(f"  ratio: {a / b:.2f}x  (aim: <= 1.5x)")


if __name__ == "__main__":
    main()
