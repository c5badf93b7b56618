"""Smoke test of the frozen SP Desktop on Windows (CI: .github/workflows/windows.yml), also runnable on Linux.

The subject is the built executable only: it runs with a clean environment (no PYTHONPATH, no venv)
and its working folder in a temporary folder. The checker (this script) runs in the build venv and
reads the documents back with pypdf and python-docx, and marks the services "siap dibahas" through
the project API, which the command line has no subcommand for.

  1. ``--version`` prints "SP Desktop <version of sp_desktop/__init__.py>";
  2. ``import`` tests/data/proyek_contoh.json, ``check`` (exit 0 or 1, never 2), ``export`` the Standar
     Pelayanan as PDF and DOCX and the Maklumat as PDF; every service name is in both Standar files,
     the Maklumat text in its PDF;
  3. the GUI on the offscreen platform opens the project (its ``.lock`` appears) and keeps running
     without "Traceback" or a Qt platform plugin error; then it is stopped;
  4. with ``--installer SETUP.exe`` (Windows only): a silent per-user install, the Start-menu entry,
     the .spdb association under HKCU\\Software\\Classes, the installed exe's ``--version``, a project in
     %LOCALAPPDATA%\\SP Desktop, the same installer again over it (an upgrade in place), a silent
     uninstall; the project must survive both and the program folder must be gone.

Exit 0 when all pass, 1 with the reason on stderr otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "tests" / "data" / "proyek_contoh.json"
EXE_NAME = "sp-desktop.exe" if os.name == "nt" else "sp-desktop"
DEFAULT_EXE = ROOT / "build" / "dist" / "sp-desktop" / EXE_NAME
BAD_OUTPUT = ("Traceback", "could not load the Qt platform plugin", "could not find the Qt platform plugin")


class SmokeFailed(Exception):
    """A check failed; the message says which and why."""


def clean_env(**extra: str) -> dict[str, str]:
    """The machine's environment without anything that would let the subject use Python from elsewhere."""
    drop = ("PYTHON", "VIRTUAL_ENV", "CONDA", "QT_", "PYINSTALLER")
    env = {k: v for k, v in os.environ.items() if not k.upper().startswith(drop)}
    env.update(extra)
    return env


def run(exe: Path, *args: str | Path, cwd: Path, ok: tuple[int, ...] = (0,)) -> subprocess.CompletedProcess:
    result = subprocess.run([str(exe), *map(str, args)], cwd=cwd, env=clean_env(), capture_output=True,
                            text=True, encoding="utf-8", errors="replace", timeout=180)
    shown = " ".join(map(str, args))
    if result.returncode not in ok:
        raise SmokeFailed(f"`{exe.name} {shown}` exit {result.returncode}\n{result.stdout}\n{result.stderr}")
    for bad in BAD_OUTPUT:
        if bad.lower() in result.stderr.lower():
            raise SmokeFailed(f"`{exe.name} {shown}` printed {bad!r}:\n{result.stderr}")
    return result


def mark_ready(project: Path) -> None:
    """As the ketua, mark every service "siap dibahas" (the checker's venv, not the subject)."""
    from sp_desktop.services.session import open_project

    session = open_project(project)
    try:
        session.set_actor(next(m for m in session.members() if m.peran == "ketua").id)
        for summary in session.summaries():
            session.set_status(summary.id, "siap_dibahas")
    finally:
        session.close()


def check_documents(work: Path, names: list[str], maklumat: str) -> None:
    from docx import Document
    from pypdf import PdfReader

    def flat(text: str) -> str:
        return " ".join(text.split())

    pdf = flat("\n".join(page.extract_text() for page in PdfReader(work / "standar.pdf").pages))
    doc = Document(str(work / "standar.docx"))
    docx = flat("\n".join([p.text for p in doc.paragraphs]
                          + [c.text for t in doc.tables for r in t.rows for c in r.cells]))
    for name in names:
        if flat(name) not in pdf:
            raise SmokeFailed(f"standar.pdf lacks the service {name!r}")
        if flat(name) not in docx:
            raise SmokeFailed(f"standar.docx lacks the service {name!r}")
    text = flat("\n".join(page.extract_text() for page in PdfReader(work / "maklumat.pdf").pages))
    if flat(maklumat)[:60] not in text:
        raise SmokeFailed(f"maklumat.pdf lacks its text {maklumat[:60]!r}")


def cli_phase(exe: Path, work: Path, version: str) -> Path:
    printed = run(exe, "--version", cwd=work).stdout.strip()
    if printed != f"SP Desktop {version}":
        raise SmokeFailed(f"--version printed {printed!r}, expected 'SP Desktop {version}'")
    project = work / "proyek.spdb"
    imported = run(exe, "import", project, SAMPLE, cwd=work).stdout.splitlines()
    sample = json.loads(SAMPLE.read_text(encoding="utf-8"))
    names = [s["jenis_pelayanan"] for s in sample["layanan"]]
    if [line.split("\t", 1)[1] for line in imported] != names:
        raise SmokeFailed(f"import printed {imported!r}")
    run(exe, "check", project, cwd=work, ok=(0, 1))
    mark_ready(project)
    run(exe, "export", project, "standar", "--out", work / "standar.pdf", cwd=work)
    run(exe, "export", project, "standar", "--out", work / "standar.docx", cwd=work)
    run(exe, "export", project, "maklumat", "--out", work / "maklumat.pdf", cwd=work)
    check_documents(work, names, maklumat_text(project))
    print(f"smoke: command line OK ({len(names)} services, standar PDF/DOCX, maklumat PDF)")
    return project


def maklumat_text(project: Path) -> str:
    """The pledge the Maklumat prints (the team's text, or the default one)."""
    from sp_desktop.domain.maklumat import effective_text
    from sp_desktop.services.session import open_project

    session = open_project(project)
    try:
        return effective_text(session.load_project().pengaturan.maklumat_teks)
    finally:
        session.close()


def gui_phase(exe: Path, work: Path, project: Path, timeout: float = 60.0) -> None:
    """Start the window offscreen on the project; it must open it and keep running cleanly."""
    lock = project.with_name(project.name + ".lock")
    log = work / "gui.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen([str(exe), str(project)], cwd=work, env=clean_env(QT_QPA_PLATFORM="offscreen"),
                                stdout=out, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + timeout
            while not lock.exists():
                if proc.poll() is not None:
                    raise SmokeFailed(f"the GUI ended early (exit {proc.returncode}):\n{tail(log)}")
                if time.monotonic() > deadline:
                    raise SmokeFailed(f"the GUI did not open the project in {timeout:.0f} s:\n{tail(log)}")
                time.sleep(0.2)  # polling another process; there is no event to wait on
            settle = time.monotonic() + 5
            while time.monotonic() < settle:
                if proc.poll() is not None:
                    raise SmokeFailed(f"the GUI ended after opening the project (exit {proc.returncode}):\n"
                                      f"{tail(log)}")
                time.sleep(0.2)
        finally:
            if proc.poll() is None:
                proc.terminate()
                proc.wait(30)
    for bad in BAD_OUTPUT:
        if bad.lower() in tail(log).lower():
            raise SmokeFailed(f"the GUI printed {bad!r}:\n{tail(log)}")
    print("smoke: GUI (offscreen) opened the project and ran")


def tail(log: Path) -> str:
    return log.read_text(encoding="utf-8", errors="replace")[-3000:]


def installer_phase(setup: Path, work: Path, version: str) -> None:  # pragma: no cover - Windows only
    import winreg

    local = Path(os.environ["LOCALAPPDATA"])
    program = local / "Programs" / "SP Desktop"
    data = local / "SP Desktop"
    installed = program / EXE_NAME
    flags = ["/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART", "/SP-"]

    def install() -> None:
        subprocess.run([str(setup), *flags, f"/LOG={work / 'install.log'}"], check=True, timeout=600)
        if run(installed, "--version", cwd=work).stdout.strip() != f"SP Desktop {version}":
            raise SmokeFailed(f"{installed} does not print version {version}")

    install()
    with winreg.OpenKey(winreg.HKEY_CURRENT_USER, r"Software\Classes\.spdb") as key:
        if winreg.QueryValue(key, None) != "SPDesktop.Project":
            raise SmokeFailed(".spdb is not associated with SPDesktop.Project")
    with winreg.OpenKey(winreg.HKEY_CURRENT_USER, r"Software\Classes\SPDesktop.Project\shell\open\command") as key:
        command = winreg.QueryValue(key, None)
        if str(installed).lower() not in command.lower() or '"%1"' not in command:
            raise SmokeFailed(f"open command is {command!r}")
    menu = Path(os.environ["APPDATA"]) / "Microsoft" / "Windows" / "Start Menu" / "Programs" / "SP Desktop.lnk"
    if not menu.exists():
        raise SmokeFailed(f"no Start-menu entry at {menu}")
    data.mkdir(parents=True, exist_ok=True)
    keep = data / "proyek-smoke.spdb"
    run(installed, "import", keep, SAMPLE, cwd=work)
    before = keep.read_bytes()
    install()  # the same AppId again: an upgrade in place
    if keep.read_bytes() != before:
        raise SmokeFailed("the upgrade changed a project in the data folder")
    uninstaller = program / "unins000.exe"
    subprocess.run([str(uninstaller), "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART"], check=True, timeout=600)
    deadline = time.monotonic() + 120
    while installed.exists() and time.monotonic() < deadline:
        time.sleep(1)  # the uninstaller finishes in a copy of itself after the first process exits
    if installed.exists():
        raise SmokeFailed(f"{installed} is still there after uninstalling")
    if keep.read_bytes() != before:
        raise SmokeFailed("uninstalling changed or removed a project in the data folder")
    keep.unlink()
    print("smoke: install, upgrade in place and uninstall kept the project")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exe", type=Path, default=DEFAULT_EXE, help="the frozen executable")
    parser.add_argument("--installer", type=Path, help="SP-Desktop-Setup-<versi>.exe to install and uninstall")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from sp_desktop import __version__

    try:
        if not args.exe.is_file():
            raise SmokeFailed(f"no executable at {args.exe}")
        with tempfile.TemporaryDirectory(prefix="sp-smoke-win-") as folder:
            work = Path(folder)
            project = cli_phase(args.exe.resolve(), work, __version__)
            gui_phase(args.exe.resolve(), work, project)
            if args.installer is not None:
                installer_phase(args.installer.resolve(), work, __version__)
    except (SmokeFailed, subprocess.SubprocessError, OSError) as exc:
        print(f"smoke FAILED: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
