"""Computing and rendering the Laporan SKM of 10,000 respondents (prints figures; not a test).

Two measures: the export layer alone (compute the IKM, build the document model, write the PDF and
the DOCX from a survey held in memory), and the whole path from an open project (the survey and
its trend read through the session, then built and written), as the page's "Laporan SKM" button
and ``sp-desktop export … laporan-skm --period …`` take it. Aim: under 2 s.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sp_desktop.domain import skm  # noqa: E402
from sp_desktop.domain.model import Member  # noqa: E402
from sp_desktop.domain.survei import Responden, Survei  # noqa: E402
from sp_desktop.export.catalog import DocRequest  # noqa: E402
from sp_desktop.export.docx_writer import DocxWriter  # noqa: E402
from sp_desktop.export.pdf_writer import PdfWriter  # noqa: E402
from sp_desktop.export.render import build_document  # noqa: E402

SERVICE = "Penerbitan Akta Kelahiran"


def respondents(n: int, seed: int = 9) -> list[Responden]:
    rng = random.Random(seed)
    return [Responden(layanan=SERVICE, jenis_kelamin=rng.choice("LP"), usia=rng.randint(17, 75),
                      pendidikan=rng.choice(("SMA", "S1", "SMP", "D3")), pekerjaan=rng.choice(("swasta", "pns")),
                      nilai=[rng.choice((2, 3, 3, 4, 4)) for _ in range(9)]) for _ in range(n)]


def survey(n: int) -> Survei:
    return Survei(periode="Tahun 2026", mulai="2026-01-01", selesai="2026-12-31", layanan=[SERVICE],
                  populasi=50_000, responden=respondents(n), tanggal_laporan="2027-01-15")


def _timed(what: str, func) -> float:
    """Run ``func``; print its wall-clock and CPU time (CPU time is the fair figure on a busy machine)."""
    start, cpu = time.perf_counter(), time.process_time()
    func()
    seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu
    print(f"  {what:<44} {seconds * 1000:8.0f} ms  (CPU {cpu_seconds * 1000:6.0f} ms)")
    return cpu_seconds


def in_memory(n: int, folder: Path) -> None:
    from tests.unit.export_fixtures import project

    s = survey(n)
    proj = project(1)
    request = DocRequest(paper="f4", options={"survei": s})
    print(f"export layer, {n} respondents (F4):")
    compute = _timed("compute the IKM (exact fractions)", lambda: skm.compute(r.nilai for r in s.responden))
    holder = {}
    build = _timed("build the document model", lambda: holder.update(doc=build_document(
        proj, "laporan-skm", request=request)))
    pdf = _timed("write the PDF", lambda: PdfWriter().write(holder["doc"], folder / "laporan.pdf"))
    docx = _timed("write the DOCX", lambda: DocxWriter().write(holder["doc"], folder / "laporan.docx"))
    pages = _pages(folder / "laporan.pdf")
    print(f"  CPU compute + build + PDF: {(compute + build + pdf) * 1000:.0f} ms ({pages} pages); "
          f"compute + build + DOCX: {(compute + build + docx) * 1000:.0f} ms   (aim: < 2000 ms)")


def through_session(n: int, folder: Path) -> None:
    from sp_desktop.services.documents import export_for_session
    from sp_desktop.services.session import open_project

    session = open_project(folder / "bench.spdb", create=True, interactive=True)
    try:
        member = session.add_member(Member("Penguji", "", "Staf", "ketua"))
        session.set_actor(member.id)
        session.add_service(SERVICE)
        earlier = Survei(periode="Tahun 2025", mulai="2025-01-01", selesai="2025-12-31", layanan=[SERVICE],
                         populasi=40_000, responden=respondents(400, seed=3))
        session.add_survey(earlier)
        print(f"through the session, {n} respondents (F4):")
        stored = {}
        _timed("store the survey (one transaction)", lambda: stored.update(id=session.add_survey(survey(n))))
        survei_id = stored["id"]
        for suffix in (".pdf", ".docx"):
            _timed(f"read, compute, build and write the {suffix[1:].upper()}", lambda suffix=suffix: export_for_session(
                session, "laporan-skm", folder / f"sesi{suffix}", paper="f4", options={"survei_id": survei_id}))
    finally:
        session.close()


def _pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(path)).pages)


def main(n: int = 10_000) -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        in_memory(n, folder)
        through_session(n, folder)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
