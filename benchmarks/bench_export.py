"""Export benchmark: one service to PDF and DOCX, a 200-service project to PDF, and LibreOffice for comparison.

Run: ``PYTHONPATH=. python benchmarks/bench_export.py``. Aims: one service < 150 ms; >= 100 pages/s.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pypdf import PdfReader  # noqa: E402

from sp_desktop.export import export_document  # noqa: E402
from sp_desktop.export.fonts import register_fonts  # noqa: E402
from tests.unit import export_fixtures as fx  # noqa: E402

ONE_SERVICE_MS = 150.0
PAGES_PER_SECOND = 100.0


def _timed(func) -> float:
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def _median_ms(func, runs: int = 7) -> float:
    return statistics.median(_timed(func) for _ in range(runs)) * 1000


def _verdict(ok: bool) -> str:
    return "OK" if ok else "DI BAWAH TARGET"


def main() -> int:
    out = Path(tempfile.mkdtemp(prefix="sp-bench-"))
    try:
        cold = _timed(register_fonts) * 1000
        print(f"Pendaftaran huruf (sekali per proses): {cold:.0f} ms")
        one = fx.project(1)
        one_ms = {}
        for suffix in (".pdf", ".docx"):
            ms = one_ms[suffix] = _median_ms(lambda s=suffix: export_document(one, "rancangan", out / f"satu{s}"))
            print(f"Satu layanan ke {suffix[1:].upper()}: {ms:.0f} ms (target < {ONE_SERVICE_MS:.0f} ms) "
                  f"{_verdict(ms < ONE_SERVICE_MS)}")

        big = fx.project(200)
        pdf = out / "dua-ratus.pdf"
        seconds = _timed(lambda: export_document(big, "rancangan", pdf))
        pages = len(PdfReader(pdf).pages)
        rate = pages / seconds
        print(f"200 layanan ke PDF: {pages} halaman dalam {seconds:.2f} s = {rate:.0f} halaman/detik "
              f"(target >= {PAGES_PER_SECOND:.0f}) {_verdict(rate >= PAGES_PER_SECOND)}")
        docx = out / "dua-ratus.docx"
        print(f"200 layanan ke DOCX: {_timed(lambda: export_document(big, 'rancangan', docx)):.2f} s")

        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        if soffice is None:
            print("LibreOffice (soffice) tidak ada di PATH: perbandingan dilewati.")
            return 0
        converted = out / "lo"
        lo_seconds = _timed(lambda: subprocess.run(
            [soffice, "--headless", "--convert-to", "pdf", "--outdir", str(converted), str(docx)],
            check=True, capture_output=True, timeout=900,
        ))
        lo_pages = len(PdfReader(converted / "dua-ratus.pdf").pages)
        print(f"soffice --convert-to pdf (DOCX yang sama): {lo_pages} halaman dalam {lo_seconds:.2f} s; "
              f"PdfWriter {lo_seconds / seconds:.1f}x lebih cepat")
        # What a user does today for one standard: convert its Word file, LibreOffice starting cold.
        lo_one = statistics.median(_timed(lambda: subprocess.run(
            [soffice, "--headless", "--convert-to", "pdf", "--outdir", str(converted), str(out / "satu.docx")],
            check=True, capture_output=True, timeout=300,
        )) for _ in range(3)) * 1000
        print(f"soffice --convert-to pdf, satu layanan: {lo_one:.0f} ms; PdfWriter {lo_one / one_ms['.pdf']:.0f}x "
              "lebih cepat (target >= 20x)")
        return 0
    finally:
        shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
