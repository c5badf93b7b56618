"""The frozen app against the source app: installed size and start-up, side by side (prints figures).

Start-up is a whole process each time, from the launch of the executable to its "shown" line (the window's
first paint) and its "ready" line (the project open in it), as the app prints them with
``SP_DESKTOP_QUIT_WHEN_READY=1``: the frozen ``build/dist/sp-desktop/sp-desktop`` against the source
``.venv/bin/sp-desktop``, the same project, the same platform, alternated run by run so both see the same
disk cache. Sizes: the frozen folder (what the .deb installs), the .deb itself, and for comparison the source
install (the venv's site-packages, which also holds the test and build tools).

Run ``make package`` first. Aims (issue 13): under 150 MB installed; start-up no slower than from source.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FROZEN = ROOT / "build" / "dist" / "sp-desktop" / "sp-desktop"
SOURCE = ROOT / ".venv" / "bin" / "sp-desktop"
MIB = 1024 * 1024

sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
from bench_startup import prepare  # noqa: E402 - the sample project both benchmarks start on


def folder_size(folder: Path) -> int:
    """Bytes of every file under ``folder`` (symbolic links not followed)."""
    return sum(path.lstat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def platform() -> str:
    """The Qt platform both runs use: as set, else xcb with a display, else offscreen."""
    return os.environ.get("QT_QPA_PLATFORM") or ("xcb" if os.environ.get("DISPLAY") else "offscreen")


def timed(executable: Path, project: Path, home: Path, timeout: float = 60.0) -> tuple[float, float]:
    """Milliseconds from launching ``executable`` on ``project`` to its "shown" and "ready" lines."""
    env = {**os.environ, "SP_DESKTOP_QUIT_WHEN_READY": "1", "HOME": str(home),
           "XDG_CONFIG_HOME": str(home / ".config"), "XDG_DATA_HOME": str(home / ".local" / "share"),
           "QT_QPA_PLATFORM": platform()}
    env.pop("PYTHONPATH", None)
    start = time.perf_counter()
    child = subprocess.Popen([str(executable), str(project)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True, env=env)
    marks: dict[str, float] = {}
    assert child.stdout is not None
    for line in child.stdout:
        word = line.strip()
        if word in ("shown", "ready"):
            marks[word] = (time.perf_counter() - start) * 1000
        if word == "ready":
            break
    try:
        _, err = child.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        child.kill()
        _, err = child.communicate()
    if set(marks) != {"shown", "ready"}:
        raise RuntimeError(f"{executable} did not report ready:\n{err}")
    return marks["shown"], marks["ready"]


def sizes() -> None:
    frozen = folder_size(FROZEN.parent)
    print(f"frozen folder (installed by the .deb)  {frozen / MIB:7.1f} MiB   aim < 150 MB: "
          f"{'met' if frozen < 150 * 1000 * 1000 else 'MISSED'}")
    debs = sorted((ROOT / "build" / "deb").glob("*.deb")) if (ROOT / "build" / "deb").is_dir() else []
    for deb in debs:
        print(f"{deb.name:<38} {deb.stat().st_size / MIB:7.1f} MiB")
    site = next((ROOT / ".venv" / "lib").glob("python*/site-packages"), None)
    if site is not None:
        print(f"source venv site-packages (incl. tests) {folder_size(site) / MIB:7.1f} MiB")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="timed runs of each (after one warm-up each)")
    args = parser.parse_args(argv)
    for executable in (FROZEN, SOURCE):
        if not executable.exists():
            print(f"missing {executable}: run `make package` (and `make deps`) first", file=sys.stderr)
            return 2
    sizes()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        project = prepare(folder, 3)
        times: dict[str, list[tuple[float, float]]] = {"frozen": [], "source": []}
        for run in range(args.runs + 1):
            for label, executable in (("frozen", FROZEN), ("source", SOURCE)):
                home = folder / f"home-{label}"
                home.mkdir(exist_ok=True)
                figure = timed(executable, project, home)
                if run:  # the first round warms the disk cache for both
                    times[label].append(figure)
    print(f"start-up, whole process, {args.runs} runs each, median (min-max), platform {platform()}:")
    medians = {}
    for label, figures in times.items():
        shown = [f[0] for f in figures]
        ready = [f[1] for f in figures]
        medians[label] = statistics.median(ready)
        print(f"  {label:<6} shown {statistics.median(shown):6.0f} ms ({min(shown):.0f}-{max(shown):.0f})"
              f"   ready {statistics.median(ready):6.0f} ms ({min(ready):.0f}-{max(ready):.0f})")
    ratio = medians["frozen"] / medians["source"]
    print(f"  frozen/source ready: {ratio:.2f}x   aim <= 1.0x: {'met' if ratio <= 1.0 else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
