"""Entering survey answers through the response grid at 10,000 respondents (prints figures; not a test).

A project file with one survey of N respondents (default 10,000) is opened; the Survei Kepuasan
page is built offscreen and keys are typed into its grid as a user would. Figures:
- open: building the page on the survey (all respondents read into the grid model);
- keystroke: one digit typed in a U cell, stored (one UPDATE, audit merged, commit) and the
  grid repainted (p50 / p99 / max over the keystrokes; wall clock, then this process's CPU time,
  which other programs loading the machine do not inflate);
- new row: typing in the empty last row, which adds a respondent;
- paste: a 100-row block of nine answers pasted over existing rows, checked whole then written;
- results: the Hasil tab read again after the typing.
Aim: a keystroke under 16 ms at 10,000 rows.
Usage: ``QT_QPA_PLATFORM=offscreen python benchmarks/bench_skm_grid.py [N] [KEYS]``.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))

from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from sp_desktop.domain.survei import Responden, Survei  # noqa: E402
from sp_desktop.services.session import open_project  # noqa: E402
from sp_desktop.ui.models.responden_table_model import FIRST_U  # noqa: E402
from sp_desktop.ui.pages.survei_page import SurveiPage  # noqa: E402
from sp_desktop.ui.session_signals import SessionSignals  # noqa: E402

DATA = ROOT / "tests" / "data" / "proyek_contoh.json"


def build(path: Path, count: int) -> None:
    session = open_project(path, create=True)
    session.import_document(json.loads(DATA.read_text(encoding="utf-8")))
    session.set_actor(next(m for m in session.members() if m.peran == "ketua").id)
    names = [s.jenis_pelayanan for s in session.summaries()]
    sid = session.add_survey(Survei(periode="Tahun 2026", mulai="2026-01-01", selesai="2026-12-31", layanan=names,
                                    populasi=20000))
    rnd = random.Random(7)
    items = [Responden(layanan=rnd.choice(names), tanggal="2026-03-02", jam="09:15", jenis_kelamin=rnd.choice("LP"),
                       usia=rnd.randint(17, 70), pendidikan="SMA", pekerjaan="swasta",
                       nilai=[rnd.choice((2, 3, 3, 4, 4)) for _ in range(9)]) for _ in range(count)]
    session.add_respondents(sid, items)
    session.close()


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.2f} ms"


def p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]


def settle() -> None:
    QCoreApplication.processEvents()  # the repaint of what changed


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    keys = int(sys.argv[2]) if len(sys.argv) > 2 else 500
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "survei.spdb"
        start = time.perf_counter()
        build(path, count)
        print(f"respondents: {count:,}   (file built in {time.perf_counter() - start:.1f} s)")
        session = open_project(path)
        session.set_actor(next(m for m in session.members() if m.peran == "ketua").id)
        signals = SessionSignals(session)
        start = time.perf_counter()
        page = SurveiPage(session, signals)
        page.resize(1366, 768)
        page.show()
        page.ui.detail_tab_widget.setCurrentWidget(page.responden_tab)
        settle()
        print(f"open:      {ms(time.perf_counter() - start)}")
        view = page.responden_tab.view
        model = view.model()
        view.setFocus()
        row = count // 2
        view.setCurrentIndex(model.index(row, FIRST_U))
        view.scrollTo(view.currentIndex())
        settle()
        times, cpu = [], []
        for n in range(keys):
            digit = "1234"[n % 4]
            start, start_cpu = time.perf_counter(), time.process_time()
            QTest.keyClick(view, digit)
            settle()
            times.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
        print(f"keystroke: p50 {ms(statistics.median(times))}   p99 {ms(p99(times))}   max {ms(max(times))}"
              f"   ({keys} keys, rows {row + 1:,} onwards)")
        # CPU time of this process alone: what the figure is on a machine nobody else is loading
        print(f"  cpu:     p50 {ms(statistics.median(cpu))}   p99 {ms(p99(cpu))}")
        view.setCurrentIndex(model.index(model.rowCount() - 1, FIRST_U))
        view.scrollTo(view.currentIndex())
        settle()
        start = time.perf_counter()
        QTest.keyClick(view, "4")
        settle()
        print(f"new row:   {ms(time.perf_counter() - start)}")
        block = "\n".join("\t".join(random.choice("1234") for _ in range(9)) for _ in range(100))
        view.setCurrentIndex(model.index(10, FIRST_U))
        QApplication.clipboard().setText(block)
        start = time.perf_counter()
        view.paste_clipboard()
        settle()
        print(f"paste:     {ms(time.perf_counter() - start)}   (100 rows x 9 answers over existing rows)")
        start = time.perf_counter()
        page.ui.detail_tab_widget.setCurrentWidget(page.hasil_tab)
        settle()
        print(f"results:   {ms(time.perf_counter() - start)}   ({page.hasil_tab.ui.ikm_label.text()})")
        page.close()
        page.deleteLater()
        settle()
        signals.detach()
        session.close()
    del app


if __name__ == "__main__":
    main()
