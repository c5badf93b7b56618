"""Time from an edit to the change being durable on disk (prints figures; not a test).

Each edit is one ProjectSession.save_service call: one SQLite transaction in WAL mode
with synchronous=FULL, committed (fsync'd) before the call returns. Measured at the
session and through the real editor (a key press in a field). Aim: under 20 ms.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sp_desktop.domain.model import Durasi, LangkahProsedur, Member, Persyaratan  # noqa: E402
from sp_desktop.services.session import open_project  # noqa: E402


def main(edits: int = 300) -> None:
    with tempfile.TemporaryDirectory() as folder:
        session = open_project(Path(folder) / "bench.spdb", create=True, interactive=True)
        member = session.add_member(Member("Penguji", "", "Staf", "ketua"))
        session.set_actor(member.id)
        for i in range(50):
            session.add_service(f"Layanan {i}")
        lay = session.services()[25]
        lay.persyaratan = [Persyaratan(f"Persyaratan {i}", "awal") for i in range(15)]
        lay.prosedur = [LangkahProsedur(f"Langkah {i}", "Petugas", Durasi(10, "menit")) for i in range(12)]
        text = ""
        timings = []
        for i in range(edits):
            text += "abcdefghij"[i % 10]
            lay.jumlah_pelaksana = text
            start = time.perf_counter()
            session.save_service(lay, "jumlah_pelaksana", "ketik")
            timings.append((time.perf_counter() - start) * 1000)
        session.close()
    timings.sort()
    print(f"keystroke -> durable on disk, {edits} edits (a 50-service project):")
    print(f"  median {statistics.median(timings):.2f} ms, p95 {timings[int(len(timings) * 0.95)]:.2f} ms, "
          f"max {timings[-1]:.2f} ms  (aim: < 20 ms)")


def main_gui(keys: int = 200) -> None:
    """The same through the real editor: a key pressed in a field until the change is committed."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from sp_desktop.ui.service_editor import ServiceEditorWidget

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        session = open_project(Path(folder) / "bench.spdb", create=True, interactive=True)
        member = session.add_member(Member("Penguji", "", "Staf", "ketua"))
        session.set_actor(member.id)
        lay = session.add_service("Layanan uji")
        lay.persyaratan = [Persyaratan(f"Persyaratan {i}", "awal") for i in range(15)]
        lay.prosedur = [LangkahProsedur(f"Langkah {i}", "Petugas", Durasi(10, "menit")) for i in range(12)]
        session.save_service(lay, "prosedur", "siapkan")
        editor = ServiceEditorWidget(session, lay.id)
        editor.resize(1200, 760)
        editor.show()
        editor.go_to_step("jumlah_pelaksana")
        field = editor.pages["jumlah_pelaksana"].ui.jumlah_plain_text_edit
        field.setFocus()
        field.moveCursor(QTextCursor.MoveOperation.End)
        app.processEvents()
        timings = []
        for i in range(keys):
            start = time.perf_counter()
            QTest.keyClick(field, Qt.Key.Key_A if i % 2 else Qt.Key.Key_B)
            timings.append((time.perf_counter() - start) * 1000)
        stored = session.service(lay.id).jumlah_pelaksana
        assert len(stored) == keys, "every keystroke must be on disk"
        editor.close()
        editor.deleteLater()
        session.close()
    timings.sort()
    print(f"keystroke in the editor -> durable on disk, {keys} keys (GUI, offscreen):")
    print(f"  median {statistics.median(timings):.2f} ms, p95 {timings[int(len(timings) * 0.95)]:.2f} ms, "
          f"max {timings[-1]:.2f} ms  (aim: < 20 ms)")


if __name__ == "__main__":
    main()
    main_gui()
