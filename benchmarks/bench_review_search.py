"""A reviewer over many units: open 40 project files of 50 services each (2,000) and search them (prints figures).

The files are generated into a temporary folder (each service like the Akta Kelahiran case of the tests, its
name one of a list of common services, its texts carrying its number). Figures:
- open: ``open_units`` over the folder (every file read-only, copied into memory, content-checked, decoded);
- index: ``build_index`` (FTS5 in memory over the name and the fourteen components of every service);
- search: ``ReviewIndex.search`` of a mix of common words, rare words, prefixes and hostile text, at most 200
  hits each: median, p95 and the slowest over every query run ``ROUNDS`` times.
Aim: a search < 50 ms (issue 12). Not a test: it prints, it does not assert.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))
sys.path.append(str(ROOT / "tests" / "unit"))

import export_fixtures  # noqa: E402

from sp_desktop.domain.model import Member, Project  # noqa: E402
from sp_desktop.domain.sp_json import project_to_dict  # noqa: E402
from sp_desktop.services.review_index import build_index  # noqa: E402
from sp_desktop.services.review_units import open_units  # noqa: E402
from sp_desktop.services.session import open_project  # noqa: E402

UNITS = 40
SERVICES = 50
ROUNDS = 20
NAMES = ("Penerbitan Akta Kelahiran", "Izin Mendirikan Bangunan", "Surat Keterangan Domisili",
         "Rekomendasi Izin Usaha", "Pelayanan Kartu Keluarga", "Legalisir Dokumen", "Surat Keterangan Tidak Mampu",
         "Izin Keramaian", "Pendaftaran Pasien Rawat Jalan", "Pengujian Kendaraan Bermotor")
QUERIES = ("akta", "kelahiran ktp", "ruang tunggu", "inspektorat", "L1234", "formulir F-2.01", "bidan",
           "izin mendirikan", "kepala dinas menandatangani", "tidakadakatainiii", '"', "AND OR NOT", "keramaian",
           "siti aminah", "domisili L77", "pengaduan diteruskan", "printer", "saksi", "kendaraan", "legalisir")


def build(folder: Path) -> None:
    for u in range(UNITS):
        services = []
        for s in range(SERVICES):
            n = u * SERVICES + s + 1
            services.append(export_fixtures.layanan(n, name=f"{NAMES[s % len(NAMES)]} {s // len(NAMES) + 1}"))
        instansi = export_fixtures.instansi()
        instansi.nama = f"Perangkat Daerah {u + 1:02d}"
        project = Project(instansi=instansi, tim=[Member("Penguji", "", "Staf", "ketua")], layanan=services)
        session = open_project(folder / f"unit-{u + 1:02d}.spdb", create=True)
        session.import_document(json.loads(json.dumps(project_to_dict(project))))
        session.close()


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        start = time.perf_counter()
        build(folder)
        print(f"generated  {UNITS} files x {SERVICES} services in {time.perf_counter() - start:6.1f} s")
        start = time.perf_counter()
        review = open_units(folder)
        opened = time.perf_counter() - start
        start = time.perf_counter()
        index = build_index(review)
        indexed = time.perf_counter() - start
        print(f"open       {opened * 1000:8.1f} ms  ({len(review.units)} units, {review.service_count} services, "
              f"{len(review.problems)} problems)")
        print(f"index      {indexed * 1000:8.1f} ms  ({index.rows} component texts)")
        times, hits = [], {}
        for _ in range(ROUNDS):
            for q in QUERIES:
                start = time.perf_counter()
                found = index.search(q)
                times.append(time.perf_counter() - start)
                hits[q] = len(found)
        times.sort()
        p95 = times[int(len(times) * 0.95)]
        print(f"search     median {statistics.median(times) * 1000:6.2f} ms, p95 {p95 * 1000:6.2f} ms, "
              f"slowest {times[-1] * 1000:6.2f} ms over {len(times)} queries (aim < 50 ms)")
        for q in QUERIES:
            print(f"  {q!r:32} {hits[q]:4} hits")
        index.close()


if __name__ == "__main__":
    main()
