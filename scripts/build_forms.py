"""Compile forms/*.ui into sp_desktop/ui/generated/ui_*.py with pyside6-uic.

The generated modules are committed; `--check` (run by `make test`) fails when one is
missing or stale, so the .ui sources and the code that uses them never drift apart.
uic imports a fixed list of some forty Qt classes into every module; PySide6 builds each
class on first touch, so the unused ones are pruned with ruff (F401), which took about
40 ms off start-up per form.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FORMS = ROOT / "forms"
OUT = ROOT / "sp_desktop" / "ui" / "generated"
HEADER = "# Generated from forms/{name} by scripts/build_forms.py: do not edit.\n"


def uic_command() -> list[str]:
    exe = shutil.which("pyside6-uic", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-uic")
    if exe is None:
        sys.exit("pyside6-uic tidak ditemukan: pasang PySide6 terlebih dahulu.")
    return [exe]


def compile_form(ui: Path) -> str:
    command = [*uic_command(), "--no-autoconnection", str(ui)]
    result = subprocess.run(command, check=True, capture_output=True, text=True)
    body = "\n".join(line for line in result.stdout.splitlines() if not line.startswith("## "))
    return HEADER.format(name=ui.name) + prune_imports(body).strip() + "\n"


def prune_imports(code: str) -> str:
    """Drop the Qt names the generated module imports but never uses."""
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    if ruff is None:
        sys.exit("ruff tidak ditemukan: pasang dependensi uji (pip install -e '.[test]').")
    command = [ruff, "check", "--isolated", "--select", "F401", "--fix", "--silent", "--stdin-filename", "ui.py", "-"]
    result = subprocess.run(command, input=code, capture_output=True, text=True)
    if result.returncode not in (0, 1) or not result.stdout.strip():
        sys.exit(f"ruff gagal merapikan impor: {result.stderr}")
    return result.stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="only verify the generated files are up to date")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    init = OUT / "__init__.py"
    if not init.exists() and not args.check:
        init.write_text('"""Modules generated from forms/*.ui; do not edit."""\n', encoding="utf-8")
    stale = []
    expected = set()
    for ui in sorted(FORMS.glob("*.ui")):
        target = OUT / f"ui_{ui.stem}.py"
        expected.add(target.name)
        code = compile_form(ui)
        current = target.read_text(encoding="utf-8") if target.exists() else None
        if current != code:
            if args.check:
                stale.append(target.name)
            else:
                target.write_text(code, encoding="utf-8")
    orphans = sorted(p.name for p in OUT.glob("ui_*.py") if p.name not in expected)
    if args.check and (stale or orphans):
        print("Berkas hasil forms/ tidak mutakhir; jalankan `make forms`:", ", ".join(stale + orphans))
        return 1
    for name in orphans:
        (OUT / name).unlink()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
