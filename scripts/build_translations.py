"""Compile resources/translations/*.ts into the .qm catalogues the app loads, with pyside6-lrelease.

The .qm files are committed beside their .ts sources (they ship as package data); `--check`
fails when one is missing or stale. pyside6-lrelease comes with PySide6-Essentials.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"


def lrelease() -> str:
    exe = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-lrelease")
    if exe is None:
        sys.exit("pyside6-lrelease tidak ditemukan: pasang PySide6-Essentials terlebih dahulu.")
    return exe


def compile_catalogue(source: Path, target: Path) -> None:
    command = [lrelease(), "-silent", "-removeidentical", str(source), "-qm", str(target)]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0 or not target.is_file():
        sys.exit(f"pyside6-lrelease gagal untuk {source.name}: {result.stderr or result.stdout}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="only verify the .qm files are up to date")
    args = parser.parse_args()
    stale = []
    with tempfile.TemporaryDirectory() as scratch:
        for source in sorted(TRANSLATIONS.glob("*.ts")):
            target = source.with_suffix(".qm")
            fresh = Path(scratch) / target.name
            compile_catalogue(source, fresh)
            if target.is_file() and target.read_bytes() == fresh.read_bytes():
                continue
            stale.append(target.name)
            if not args.check:
                shutil.copyfile(fresh, target)
    if args.check and stale:
        print(f"Terjemahan usang: {', '.join(stale)}. Jalankan: python scripts/build_translations.py")
        return 1
    for name in [] if args.check else stale:
        print(f"ditulis: resources/translations/{name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
