"""Export benchmark: the Rancangan of 1, 50, 200 and 1,000 services to PDF and DOCX, and LibreOffice.

Run: ``python benchmarks/bench_export.py`` (two to three minutes; ``--sizes 1,50`` for less).
Aims: one service < 150 ms; >= 100 pages per second.

Part 1 times ``export_document`` itself (building the model and writing the file), each size and
format in a fresh process that has already done one small export (imports and fonts are not
counted); peak memory is that process's peak resident size.

Part 2 compares like with like: the whole ``sp-desktop export`` command (interpreter start,
imports, reading the project file, writing) against the whole ``soffice --convert-to pdf`` of the
DOCX that command wrote, both as processes timed by the wall clock.

Pages: a PDF's are counted in the written file (pypdf). A DOCX has no pages until a word
processor lays it out, so its pages are those of LibreOffice's conversion of it (part 2, up to
``--lo-max`` services). Above that size, or without LibreOffice, the DOCX count is an estimate:
the page count of the PDF of the same document (same model, same page setup), marked "~"; the
counts printed at the smaller sizes show how well the two agree.
"""

from __future__ import annotations

import argparse
import json
import os
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

ONE_SERVICE_MS = 150.0
PAGES_PER_SECOND = 100.0
LO_FASTER = 20.0  # the aim for one service: the whole export process against LibreOffice's conversion
SIZES = (1, 50, 200, 1000)
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep)}


def _pdf_pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


def _peak_mb() -> float | None:
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)  # bytes on macOS, KiB elsewhere


def _worker(fmt: str, n: int, out: Path) -> None:
    """One measurement in this (fresh) process; prints one JSON line."""
    from sp_desktop.export import export_document
    from sp_desktop.export.fonts import register_fonts
    from tests.unit import export_fixtures as fx

    register_fonts()
    export_document(fx.project(1), "rancangan", out.with_name(f"pemanasan-{fmt}-{n}.{fmt}"))
    project = fx.project(n)
    before = _peak_mb()
    runs = []
    for _ in range(7 if n == 1 else 1):
        start = time.perf_counter()
        export_document(project, "rancangan", out)
        runs.append(time.perf_counter() - start)
    print(json.dumps({"seconds": statistics.median(runs), "pages": _pdf_pages(out) if fmt == "pdf" else None,
                      "peak_mb": _peak_mb(), "before_mb": before}))


def _measure(fmt: str, n: int, folder: Path) -> dict:
    out = folder / f"rancangan-{n}.{fmt}"
    done = subprocess.run([sys.executable, __file__, "--worker", fmt, str(n), str(out)], env=ENV,
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _wall(command: list[str], timeout: float = 1800) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, timeout=timeout, env=ENV)
    return time.perf_counter() - start


def _verdict(ok: bool) -> str:
    return "OK" if ok else "DI BAWAH TARGET"


def _mb(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.0f} MB"


def _project_file(n: int, folder: Path) -> Path:
    from sp_desktop.domain.sp_json import project_to_dict
    from tests.unit import export_fixtures as fx

    data, spdb = folder / f"proyek-{n}.json", folder / f"proyek-{n}.spdb"
    data.write_text(json.dumps(project_to_dict(fx.project(n)), ensure_ascii=False), encoding="utf-8")
    subprocess.run([sys.executable, "-m", "sp_desktop", "import", str(spdb), str(data)], check=True,
                   capture_output=True, env=ENV)
    return spdb


def _processes(n: int, folder: Path, soffice: str | None, profile: str) -> dict:
    """Whole processes at ``n`` services: sp-desktop export to PDF and to DOCX, soffice DOCX -> PDF."""
    spdb = _project_file(n, folder)
    runs = 3 if n == 1 else 1
    out: dict = {"pdf": [], "docx": [], "lo": []}
    for i in range(runs):
        pdf, docx = folder / f"cli-{n}-{i}.pdf", folder / f"cli-{n}-{i}.docx"
        export = [sys.executable, "-m", "sp_desktop", "export", str(spdb), "rancangan", "--out"]
        out["pdf"].append(_wall(export + [str(pdf)]))
        out["docx"].append(_wall(export + [str(docx)]))
        if soffice:
            converted = folder / f"lo-{n}-{i}"
            out["lo"].append(_wall([soffice, profile, "--headless", "--convert-to", "pdf", "--outdir",
                                    str(converted), str(docx)]))
    result = {key: statistics.median(values) if values else None for key, values in out.items()}
    result["pdf_pages"] = _pdf_pages(folder / f"cli-{n}-0.pdf")
    result["lo_pages"] = _pdf_pages(folder / f"lo-{n}-0" / f"cli-{n}-0.pdf") if soffice else None
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Tolok ukur ekspor dokumen")
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)), help="jumlah layanan, dipisah koma")
    parser.add_argument("--lo-max", type=int, default=200, help="ukuran terbesar yang diubah oleh LibreOffice")
    parser.add_argument("--worker", nargs=3, metavar=("FORMAT", "N", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        _worker(args.worker[0], int(args.worker[1]), Path(args.worker[2]))
        return 0
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    folder = Path(tempfile.mkdtemp(prefix="sp-bench-"))
    try:
        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        profile = f"-env:UserInstallation={(folder / 'lo-profil').as_uri()}"  # never the user's own profile
        processes = {}
        if soffice is None:
            print("LibreOffice (soffice) tidak ada di PATH: halaman DOCX diperkirakan, perbandingan dilewati.")
        for n in sizes:
            if n <= args.lo_max:
                if soffice and not processes:  # LibreOffice's first start builds its profile: not counted
                    warm = folder / "pemanasan"
                    warm.mkdir()
                    subprocess.run([sys.executable, "-c", "import docx; docx.Document().save('kosong.docx')"],
                                   cwd=warm, check=True, env=ENV)
                    _wall([soffice, profile, "--headless", "--convert-to", "pdf", "--outdir", str(warm),
                           str(warm / "kosong.docx")])
                processes[n] = _processes(n, folder, soffice, profile)

        print("\n1. export_document dalam proses (model + penulisan; memori = puncak RSS proses)")
        print(f"{'layanan':>8} {'format':>6} {'halaman':>8} {'detik':>8} {'hal/detik':>10} {'memori':>16}")
        for n in sizes:
            pdf, docx = _measure("pdf", n, folder), _measure("docx", n, folder)
            lo_pages = processes.get(n, {}).get("lo_pages")
            docx["pages"], estimate = (lo_pages, "") if lo_pages else (pdf["pages"], "~")
            for fmt, row in (("PDF", pdf), ("DOCX", docx)):
                rate = row["pages"] / row["seconds"]
                mark = estimate if fmt == "DOCX" else ""
                memory = _mb(row["peak_mb"])
                if row["peak_mb"] is not None:
                    memory += f" (+{row['peak_mb'] - row['before_mb']:.0f})"
                print(f"{n:>8} {fmt:>6} {mark + str(row['pages']):>8} {row['seconds']:>8.3f} {rate:>10.0f} "
                      f"{memory:>16}")
            if n == 1:
                for fmt, row in (("PDF", pdf), ("DOCX", docx)):
                    ms = row["seconds"] * 1000
                    print(f"         satu layanan ke {fmt}: {ms:.0f} ms (target < {ONE_SERVICE_MS:.0f} ms) "
                          f"{_verdict(ms < ONE_SERVICE_MS)}")
            else:
                for fmt, row in (("PDF", pdf), ("DOCX", docx)):
                    rate = row["pages"] / row["seconds"]
                    print(f"         {fmt} {rate:.0f} halaman/detik (target >= {PAGES_PER_SECOND:.0f}) "
                          f"{_verdict(rate >= PAGES_PER_SECOND)}")
        print("   (~ = perkiraan: halaman PDF dokumen yang sama; tanpa ~ = halaman hasil LibreOffice dari DOCX itu)")

        if processes:
            print("\n2. Proses utuh, waktu dinding: sp-desktop export (PDF, DOCX) lawan soffice --convert-to pdf "
                  "atas DOCX yang sama")
            print(f"{'layanan':>8} {'hal PDF':>8} {'hal LO':>7} {'sp->PDF':>9} {'sp->DOCX':>9} {'soffice':>9} "
                  f"{'sp->PDF hal/dtk':>16} {'soffice hal/dtk':>16} {'rasio':>7}")
            for n, row in processes.items():
                lo = row["lo"]
                lo_text = f"{lo:>8.2f}s" if lo else f"{'-':>9}"
                lo_rate = f"{row['lo_pages'] / lo:>16.0f}" if lo else f"{'-':>16}"
                ratio = f"{lo / row['pdf']:>6.1f}x" if lo else f"{'-':>7}"
                print(f"{n:>8} {row['pdf_pages']:>8} {row['lo_pages'] or '-':>7} {row['pdf']:>8.2f}s "
                      f"{row['docx']:>8.2f}s {lo_text} {row['pdf_pages'] / row['pdf']:>16.0f} {lo_rate} {ratio}")
            one = processes.get(1)
            if one and one["lo"]:
                ratio = one["lo"] / one["pdf"]
                print(f"   satu layanan: sp-desktop export ke PDF {ratio:.1f}x lebih cepat daripada soffice "
                      f"(target >= {LO_FASTER:.0f}x) {_verdict(ratio >= LO_FASTER)}")
        return 0
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
