"""How the project behaves as it grows: 50 and 2,000 services (prints figures; not a test).

Each service is like the Akta Kelahiran case of the tests (three requirements, three steps,
two channels, every component filled). Figures, per size:
- open: opening the file to the data of the services list (validation and content check included);
- list: reading the list as the services page shows it; search: one search;
- keystroke: one edit of a component stored (p50 / p99 over 200 edits); name key: one key typed in the name;
- add, rename, move, duplicate, delete, restore: each housekeeping action (p99 over 20);
- export 1: a one-service Standar Pelayanan PDF, snapshot read included (as `sp-desktop export --service`).
Aims: open <= 0.5 s at 2,000; every edit and action <= 20 ms at p99; export 1 the same at any size.
Runs against whatever ``sp_desktop`` is on ``PYTHONPATH`` (set it to an older checkout to compare).
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
from sp_desktop.services.session import open_project  # noqa: E402


def build(path: Path, count: int) -> None:
    project = Project(instansi=export_fixtures.instansi(), tim=[Member("Penguji", "", "Staf", "ketua")],
                      layanan=[export_fixtures.layanan(n) for n in range(1, count + 1)])
    session = open_project(path, create=True)
    session.import_document(json.loads(json.dumps(project_to_dict(project))))
    session.close()


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]


def listing(session):
    return session.summaries() if hasattr(session, "summaries") else session.services()


def timed(func, *args):
    start = time.perf_counter()
    result = func(*args)
    return time.perf_counter() - start, result


def measure(path: Path, count: int) -> dict[str, str]:
    figures: dict[str, str] = {}
    opens = []
    for _ in range(3):
        start = time.perf_counter()
        session = open_project(path, interactive=True)
        listing(session)
        opens.append(time.perf_counter() - start)
        session.close()
    figures["open"] = ms(statistics.median(opens))
    session = open_project(path, interactive=True)
    session.set_actor(session.members()[0].id)
    try:
        figures["list"] = ms(timed(listing, session)[0])
        figures["search"] = ms(timed(session.search_services, "akta kelahiran l17")[0])
        target = session.service(session.summaries()[count // 2].id) if hasattr(session, "summaries") else \
            session.services()[count // 2]
        keys = []
        for i in range(200):
            target.jumlah_pelaksana = f"{i} orang"
            keys.append(timed(session.save_service, target, "jumlah_pelaksana", "ketik")[0])
        figures["keystroke p50"] = ms(statistics.median(keys))
        figures["keystroke p99"] = ms(p99(keys))
        base, names = target.jenis_pelayanan, []
        for i in range(40):  # typing in the name field: the name's uniqueness is checked at every key
            target.jenis_pelayanan = base + " baru"[: i % 5 + 1]
            names.append(timed(session.save_service, target, "jenis_pelayanan", "ketik")[0])
        figures["name key p99"] = ms(p99(names))
        actions: dict[str, list[float]] = {k: [] for k in ("add", "rename", "move", "duplicate", "delete", "restore")}
        for i in range(20):
            elapsed, added = timed(session.add_service, f"Layanan baru {i}")
            actions["add"].append(elapsed)
            actions["rename"].append(timed(session.rename_service, added.id, f"Layanan baru {i} diubah")[0])
            actions["move"].append(timed(session.move_service, added.id, 0)[0])
            elapsed, copy = timed(session.duplicate_service, added.id)
            actions["duplicate"].append(elapsed)
            elapsed, trash_id = timed(session.delete_service, copy.id)
            actions["delete"].append(elapsed)
            actions["restore"].append(timed(session.restore_service, trash_id)[0])
        for name, values in actions.items():
            figures[f"{name} p99"] = ms(p99(values))
        figures["export 1"] = ms(export_one(session, target.id, path.parent))
    finally:
        session.close()
    return figures


def export_one(session, service_id: int, folder: Path) -> float:
    from sp_desktop.export.render import export_document

    out = folder / "satu.pdf"
    export_document(session.load_project(), "standar", out, [service_id], "full", "f4")  # fonts, imports: once
    start = time.perf_counter()
    try:
        snapshot = session.load_project([service_id])
    except TypeError:  # versions before load_project(service_ids)
        snapshot = session.load_project()
    export_document(snapshot, "standar", out, [service_id], "full", "f4")
    return time.perf_counter() - start


def main(sizes: tuple[int, ...] = (1, 50, 2000)) -> None:
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for count in sizes:
            folder = Path(tmp) / str(count)
            folder.mkdir()
            path = folder / "proyek.spdb"
            build(path, count)
            results[count] = measure(path, count)
    names = list(next(iter(results.values())))
    print("project size:   " + "".join(f"{c:>14,} services" for c in sizes))
    for name in names:
        print(f"{name:<15} " + "".join(f"{results[c][name]:>23}" for c in sizes))


if __name__ == "__main__":
    main(tuple(int(a) for a in sys.argv[1:]) or (1, 50, 2000))
