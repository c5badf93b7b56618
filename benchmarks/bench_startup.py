"""Start-up to a shown, usable main window, against bare Qt in the same run (prints figures).

Each figure is a whole process, from launching the interpreter: "shown" is the window's
first paint, "ready" the project open in it (teardown is not counted). The app paints its
window first and opens the project right after, as `run_gui` does. Bare Qt is QApplication + an empty QMainWindow.
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
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow()
w.resize(1180, 760)


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            print("shown", flush=True)
            print("ready", flush=True)
            QTimer.singleShot(0, app.quit)
        return False


painted = FirstPaint()
w.installEventFilter(painted)
w.show()
app.exec()
"""

APP = """
import sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication
from sp_desktop.ui.app import create_main_window
from sp_desktop.ui.settings_store import AppSettings
app = QApplication([])
settings = AppSettings(QSettings(sys.argv[2], QSettings.Format.IniFormat))
settings.remember_member(Path(sys.argv[1]), 1)  # a returning user: no identity dialog
w = create_main_window(Path(sys.argv[1]), settings, deferred=True)
w.resize(1180, 760)


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            print("shown", flush=True)
        return False


painted = FirstPaint()
w.installEventFilter(painted)
w.show()
w.controller.opened.connect(lambda: QTimer.singleShot(0, lambda: (print("ready", flush=True), app.quit())))
app.exec()
w.close()
"""


def timed(code: str, *args: str) -> tuple[float, float]:
    """Milliseconds from launching the process to its "shown" and "ready" lines (teardown not counted)."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "PYTHONPATH": str(ROOT)}
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True, env=env)
    shown = child.stdout.readline()
    t_shown = time.perf_counter() - start
    ready = child.stdout.readline()
    t_ready = time.perf_counter() - start
    _, err = child.communicate()
    if "shown" not in shown or "ready" not in ready or child.returncode != 0:
        raise RuntimeError(err)
    return t_shown * 1000, t_ready * 1000


def prepare(folder: Path, count: int) -> Path:
    """A project of ``count`` services like the tests' Akta Kelahiran (3: the sample project)."""
    from sp_desktop.services.session import open_project

    path = folder / f"proyek-{count}.spdb"
    if count == 3:
        session = open_project(path, create=True)
        data = json.loads((ROOT / "tests" / "data" / "proyek_contoh.json").read_text(encoding="utf-8"))
        session.import_document(data)
        session.close()
    else:
        sys.path.append(str(ROOT / "benchmarks"))
        from bench_scale import build

        build(path, count)
    return path


def main(runs: int = 11, sizes: tuple[int, ...] = (3, 50, 2000)) -> None:
    sys.path.insert(0, str(ROOT))
    # As installed (make deps compiles the bytecode): otherwise, where PYTHONDONTWRITEBYTECODE is set,
    # every start would compile the app's modules from source.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "sp_desktop")], check=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        ini = str(folder / "settings.ini")
        projects = {count: prepare(folder, count) for count in sizes}
        timed(BARE)  # warm the OS file cache for both
        for project in projects.values():
            timed(APP, str(project), ini)
        bare = []
        shown: dict[int, list[float]] = {c: [] for c in sizes}
        ready: dict[int, list[float]] = {c: [] for c in sizes}
        for _ in range(runs):
            bare.append(timed(BARE)[0])
            for count, project in projects.items():
                app_shown, app_ready = timed(APP, str(project), ini)
                shown[count].append(app_shown)
                ready[count].append(app_ready)
    b = statistics.median(bare)
    print(f"start-up, median of {runs} runs (whole process, from launch):")
    print(f"  bare Qt (QApplication + empty QMainWindow shown): {b:.0f} ms")
    for count in sizes:
        s, r = statistics.median(shown[count]), statistics.median(ready[count])
        print(f"  {count:>5} services: window shown {s:.0f} ms ({s / b:.2f}x), project open with its list "
              f"{r:.0f} ms ({r / b:.2f}x; aim <= 1.5x)")


if __name__ == "__main__":
    main()
