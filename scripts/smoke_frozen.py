"""Smoke test of the BUILT app (``make smoke-frozen``): the frozen binary, never the source tree or the venv.

The subject runs with a clean environment (PATH=/usr/bin:/bin, HOME and the XDG folders in a temporary
folder, no PYTHONPATH) and its working folder there too. It must:

1. print ``SP Desktop <version>`` for ``--version``;
2. ``import`` tests/data/proyek_contoh.json into a new project; the checker marks its services ready
   for review (the command line has no such command: this one write goes through the venv's session
   API, as tests/cli does); ``check`` it (its findings, exit 0 or 1);
3. ``export`` the Standar as PDF and DOCX and the Maklumat as PDF; the checker (this script, in the
   venv) opens them back with pypdf / python-docx and finds every service name, the unit's name and
   the Maklumat's text;
4. start the GUI on the real xcb platform under Xvfb (1366x768) with the project, show its window
   (screen shot to build/smoke_frozen.png), quit with Ctrl+Q and exit 0, with no "Traceback" nor
   "Could not load the Qt platform plugin" on its output.

0. (before 1) find every file of resources/ in the build.

A missing font, resource or Qt plugin fails one of these steps; ``--broken`` proves it on hard-linked
copies of the build with one of each taken out (``make smoke-frozen`` runs it). With ``--deb`` and as root on Debian
(CI), it also installs the .deb (dpkg -i; apt-get -f when libraries are missing), runs 1-4 again from
/usr/bin/sp-desktop, checks the menu entry, icon and ``*.spdb`` MIME type are registered, installs the
same build as an older version first and the real one over it (the project in the user's data folder
must open afterwards, unchanged), then ``dpkg -r`` and checks that project is still there.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_package  # noqa: E402 - the sibling script: where the .deb it builds is written
import smoke_xcb  # noqa: E402 - the sibling script: Xvfb, window search and screen shots
from smoke_xcb import SmokeFailed  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "proyek_contoh.json"
DEFAULT_BINARY = ROOT / "build" / "dist" / "sp-desktop" / "sp-desktop"
INSTALLED = Path("/usr/bin/sp-desktop")
# ...and "Peringatan:", which the app prints when Qt's own texts would stay English (no catalogue)
BAD_OUTPUT = ("Traceback", "could not load the qt platform plugin", "qt.qpa.plugin: could not", "Peringatan:")
RESOURCES = ROOT / "resources"
BUNDLED_RESOURCES = Path("_internal") / "sp_desktop" / "_resources"
# What --broken takes out of a copy of the build, and the step that must then fail.
BREAKAGES = (
    ("a font", BUNDLED_RESOURCES / "fonts" / "LiberationSans-Regular.ttf", "cli"),
    ("the xcb Qt plugin", Path("_internal") / "PySide6" / "Qt" / "plugins" / "platforms" / "libqxcb.so", "gui"),
    ("the Qt translation", BUNDLED_RESOURCES / "translations" / "qt_id.qm", "gui"),
    ("a help text", BUNDLED_RESOURCES / "help" / "panduan.md", "resources"),
)
DATA_FOLDER = "SP Desktop"  # platformdirs.user_data_path("SP Desktop"): ~/.local/share/SP Desktop


def clean_env(tmp: Path) -> dict[str, str]:
    """Nothing of the developer's shell: a temporary HOME and XDG folders, the system PATH, UTF-8."""
    home = tmp / "home"
    env = {
        "PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8",
        "XDG_CONFIG_HOME": str(home / ".config"), "XDG_DATA_HOME": str(home / ".local/share"),
        "XDG_CACHE_HOME": str(home / ".cache"), "XDG_RUNTIME_DIR": str(tmp / "runtime"),
    }
    for sub in ("home/.config", "home/.local/share", "home/.cache", "runtime"):
        (tmp / sub).mkdir(parents=True, exist_ok=True)
    os.chmod(tmp / "runtime", 0o700)
    return env


def subject(binary: Path, args: list[str], env: dict[str, str], cwd: Path, ok=(0,)) -> str:
    """Run the binary; its stdout. Fails on an unexpected exit code or a traceback on its output."""
    result = subprocess.run([str(binary), *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=180)
    output = result.stdout + result.stderr
    if result.returncode not in ok or any(bad in output.lower() for bad in (b.lower() for b in BAD_OUTPUT)):
        raise SmokeFailed(f"sp-desktop {' '.join(args)}: exit {result.returncode}\n{output[-3000:]}")
    return result.stdout


def mark_ready(project: Path) -> None:
    """The checker's one write: every service marked ready for review, as the ketua (tests/cli does the same)."""
    from sp_desktop.services.session import open_project

    session = open_project(project)
    try:
        session.set_actor(next(m for m in session.members() if m.peran == "ketua").id)
        for service in session.services():
            session.set_status(service.id, "siap_dibahas")
    finally:
        session.close()


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().upper()


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return _norm(" ".join(page.extract_text() or "" for page in PdfReader(path).pages))


def docx_text(path: Path) -> str:
    from docx import Document

    doc = Document(path)
    cells = [cell.text for table in doc.tables for row in table.rows for cell in row.cells]
    return _norm(" ".join([p.text for p in doc.paragraphs] + cells))


def expect(text: str, wanted: list[str], what: str) -> None:
    missing = [w for w in wanted if _norm(w) not in text]
    if missing:
        raise SmokeFailed(f"{what}: missing {missing}")


def cli_checks(binary: Path, tmp: Path, env: dict[str, str], version: str, project: Path) -> None:
    """Steps 1-3 on a new project at ``project``."""
    out = subject(binary, ["--version"], env, tmp)
    if out.strip() != f"SP Desktop {version}":
        raise SmokeFailed(f"--version printed {out.strip()!r}, expected 'SP Desktop {version}'")
    data = json.loads(DATA.read_text(encoding="utf-8"))
    source = tmp / "proyek_contoh.json"
    shutil.copyfile(DATA, source)
    listed = subject(binary, ["import", str(project), str(source)], env, tmp)
    names = [s["jenis_pelayanan"] for s in data["layanan"]]
    if [line.split("\t", 1)[1] for line in listed.splitlines()] != names:
        raise SmokeFailed(f"import listed {listed!r}")
    mark_ready(project)
    # exit 1 = findings that block the next stage (the example is not adopted yet): the check itself ran
    findings = subject(binary, ["check", str(project)], env, tmp, ok=(0, 1)).splitlines()
    if not all(re.match(r"\d+\t[A-Z]+\t\w+\t\S", line) for line in findings):
        raise SmokeFailed(f"check printed {findings[:3]!r}")
    docs = {}
    for name, doc in (("standar.pdf", "standar"), ("standar.docx", "standar"), ("maklumat.pdf", "maklumat")):
        docs[name] = tmp / name
        subject(binary, ["export", str(project), doc, "--out", str(docs[name])], env, tmp)
    unit = data["instansi"]["nama"]
    expect(pdf_text(docs["standar.pdf"]), [*names, unit, "STANDAR PELAYANAN"], "standar.pdf")
    expect(docx_text(docs["standar.docx"]), [*names, unit, "STANDAR PELAYANAN"], "standar.docx")
    from sp_desktop.domain.model import DEFAULT_MAKLUMAT

    expect(pdf_text(docs["maklumat.pdf"]), ["MAKLUMAT PELAYANAN", unit, DEFAULT_MAKLUMAT[:80]], "maklumat.pdf")
    print(f"  cli: --version, import ({len(names)} services), check ({len(findings)} findings), "
          "standar.pdf/.docx, maklumat.pdf read back")


def gui_check(binary: Path, tmp: Path, env: dict[str, str], project: Path, out: Path, timeout: float) -> None:
    """Step 4: the window on xcb under Xvfb, a screen shot, Ctrl+Q, exit 0 with clean output."""
    for tool in ("Xvfb", "xdotool", "xwd", "xwininfo", "xprop"):
        if shutil.which(tool) is None:
            raise SmokeFailed(f"{tool} is missing: run scripts/install_system_deps.sh --smoke")
    env = {**env, "QT_QPA_PLATFORM": "xcb"}
    tools = {**env, "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    xvfb = app = None
    log_path = tmp / "gui.log"
    try:
        xvfb, display = smoke_xcb.start_xvfb(tmp)
        env["DISPLAY"] = tools["DISPLAY"] = display
        with log_path.open("wb") as log:
            app = subprocess.Popen([str(binary), str(project)], env=env, cwd=tmp, stdout=log,
                                   stderr=subprocess.STDOUT, start_new_session=True)
            try:
                window = smoke_xcb._wait_for(lambda: smoke_xcb.find_window(tools), timeout, "the main window", app)
                # The first open of a project asks who is working (a dialog); "Nanti saja" (Escape) closes it.
                try:
                    smoke_xcb._wait_for(lambda: len(smoke_xcb._visible_windows(tools, app.pid)) > 1, 10,
                                        "the identity dialog", app)
                    subprocess.run(["xdotool", "key", "Escape"], env=tools, check=True)
                except SmokeFailed:
                    if app.poll() is not None:
                        raise
                smoke_xcb._wait_for(lambda: len(smoke_xcb._visible_windows(tools, app.pid)) == 1, 20,
                                    "the dialog closed", app)
                wm_class = subprocess.run(["xprop", "-id", window, "WM_CLASS"], env=tools, capture_output=True,
                                          text=True).stdout
                if f'"{build_package.NAME}"' not in wm_class:  # the menu entry's StartupWMClass
                    raise SmokeFailed(f"the window's WM_CLASS is {wm_class.strip()!r}, not {build_package.NAME!r}")
                image = smoke_xcb._wait_for(smoke_xcb.SteadyShot(tools, app.pid), 20, "a drawn, steady screen")
                out.parent.mkdir(parents=True, exist_ok=True)
                image.save(out)
                subprocess.run(["xdotool", "windowfocus", "--sync", window, "key", "ctrl+q"], env=tools, check=True)
                code = app.wait(30)
            except (SmokeFailed, subprocess.TimeoutExpired) as exc:
                tail = log_path.read_text(errors="replace")[-2000:]
                raise SmokeFailed(f"{exc}\n--- app output ---\n{tail}") from None
    finally:
        smoke_xcb.stop(app)
        smoke_xcb.stop(xvfb)
    output = log_path.read_text(errors="replace")
    if code != 0 or any(bad.lower() in output.lower() for bad in BAD_OUTPUT):
        raise SmokeFailed(f"the GUI ended with exit {code}\n--- app output ---\n{output[-2000:]}")
    print(f"  gui: window {window} on xcb {display}, screen shot {out} "
          f"({smoke_xcb.colour_count(image)} colours), Ctrl+Q, exit 0")


def resource_check(binary: Path) -> None:
    """Step 0: every file of resources/ the spec ships (all but the .ts sources) is in the build, same size."""
    bundled = binary.resolve().parent / BUNDLED_RESOURCES  # /usr/bin/sp-desktop links to /opt/sp-desktop/
    missing = [
        str(path.relative_to(RESOURCES)) for path in sorted(RESOURCES.rglob("*"))
        if path.is_file() and path.suffix not in {".ts", ".pyc"} and "__pycache__" not in path.parts
        and not ((bundled / path.relative_to(RESOURCES)).is_file()
                 and (bundled / path.relative_to(RESOURCES)).stat().st_size == path.stat().st_size)
    ]
    if missing:
        raise SmokeFailed(f"resources missing from the build: {', '.join(missing[:8])}")
    print(f"  resources: every file of resources/ is in {bundled}")


def smoke(binary: Path, version: str, out: Path, timeout: float, steps=("resources", "cli", "gui")) -> None:
    """Steps 0-4 (or ``steps`` of them; the GUI needs the CLI's project) with ``binary`` in a temporary folder."""
    if not binary.is_file():
        raise SmokeFailed(f"{binary} does not exist: run `make package` first")
    with tempfile.TemporaryDirectory(prefix="sp-smoke-frozen-") as folder:
        tmp = Path(folder)
        env = clean_env(tmp)
        project = tmp / "proyek.spdb"
        if "resources" in steps:
            resource_check(binary)
        if "cli" in steps or "gui" in steps:
            cli_checks(binary, tmp, env, version, project)
        if "gui" in steps:
            gui_check(binary, tmp, env, project, out, timeout)


def broken_checks(binary: Path, version: str, timeout: float) -> None:
    """The smoke must fail on a build missing a font, the xcb plugin, the translation or a resource.

    Each breakage is made in a hard-linked copy of the build (``cp -al``: no data copied, the build itself
    untouched), and only the step that must notice it is run.
    """
    for what, relative, step in BREAKAGES:
        with tempfile.TemporaryDirectory(prefix="sp-smoke-broken-") as folder:
            copy = Path(folder) / binary.parent.name
            subprocess.run(["cp", "-al", str(binary.parent), str(copy)], check=True)
            (copy / relative).unlink()
            steps = ("cli", "gui") if step == "gui" else (step,)
            try:
                smoke(copy / binary.name, version, Path(folder) / "shot.png", timeout, steps)
            except SmokeFailed as exc:
                reason = next((line for line in str(exc).splitlines() if line.strip()), "")
                print(f"  without {what}: fails as it must ({reason[:90]})")
                continue
            raise SmokeFailed(f"the smoke passed on a build without {what} ({relative})")


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _dpkg_install(deb: Path) -> None:
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    if subprocess.run(["dpkg", "-i", str(deb)], env=env, capture_output=True, text=True).returncode != 0:
        # libraries of Depends missing on this machine: let apt bring them, then dpkg finishes the install
        subprocess.run(["apt-get", "install", "-f", "-y", "-qq"], env=env, check=True, capture_output=True)
    status = subprocess.run(["dpkg-query", "-W", "-f=${Status} ${Version}", "sp-desktop"],
                            capture_output=True, text=True).stdout
    if not status.startswith("install ok installed"):
        raise SmokeFailed(f"dpkg -i {deb.name}: package state {status!r}")


def _installed_version() -> str:
    return subprocess.run(["dpkg-query", "-W", "-f=${Version}", "sp-desktop"], capture_output=True, text=True).stdout


def check_registration() -> None:
    """The menu entry, icons and MIME type the .deb installs, and that the system knows ``*.spdb``."""
    for path in ("/usr/share/applications/sp-desktop.desktop", "/usr/share/mime/packages/sp-desktop.xml",
                 "/usr/share/icons/hicolor/256x256/apps/sp-desktop.png",
                 "/usr/share/icons/hicolor/scalable/mimetypes/application-x-sp-desktop-project.svg"):
        if not Path(path).is_file():
            raise SmokeFailed(f"{path} is not installed")
    desktop = Path("/usr/share/applications/sp-desktop.desktop").read_text(encoding="utf-8")
    for line in ("Exec=sp-desktop %f", "MimeType=application/x-sp-desktop-project;", "Categories=Office;",
                 "StartupWMClass=sp-desktop"):
        if line not in desktop.splitlines():
            raise SmokeFailed(f"sp-desktop.desktop lacks {line!r}")
    globs = Path("/usr/share/mime/globs2")
    if shutil.which("update-mime-database") and "application/x-sp-desktop-project:*.spdb" not in globs.read_text():
        raise SmokeFailed("the MIME database does not map *.spdb (update-mime-database did not run)")
    if shutil.which("xdg-mime"):
        with tempfile.TemporaryDirectory() as folder:
            probe = Path(folder) / "x.spdb"
            probe.write_bytes(b"")
            found = subprocess.run(["xdg-mime", "query", "filetype", str(probe)], capture_output=True,
                                   text=True).stdout.strip()
        if found and found != "application/x-sp-desktop-project":
            raise SmokeFailed(f"xdg-mime query filetype x.spdb: {found!r}")
    print("  deb: menu entry, icons, *.spdb MIME type registered")


def deb_checks(deb: Path | None, version: str, out: Path, timeout: float) -> None:
    """Install, upgrade over an older version, remove: projects in the user's data folder survive all three.

    ``deb`` None: the package ``make package`` built for ``version``.
    """
    if os.geteuid() != 0 or shutil.which("dpkg") is None:
        print("  deb: skipped (needs root on Debian)")
        return
    deb = deb or build_package.deb_path(version)
    older = f"{version}~uji1"  # sorts before the real version: dpkg sees an upgrade
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_package.py"), "--version", older],
                   check=True, stdout=subprocess.DEVNULL)
    old_deb = build_package.deb_path(older)
    with tempfile.TemporaryDirectory(prefix="sp-smoke-deb-") as folder:
        tmp = Path(folder)
        env = clean_env(tmp)
        data_dir = Path(env["XDG_DATA_HOME"]) / DATA_FOLDER
        data_dir.mkdir(parents=True)
        kept = data_dir / "proyek_lama.spdb"
        try:
            _dpkg_install(old_deb)
            subject(INSTALLED, ["import", str(kept), str(DATA)], env, tmp)
            before = _sha(kept)
            _dpkg_install(deb)
            if _installed_version() != version:
                raise SmokeFailed(f"after the upgrade dpkg has {_installed_version()!r}")
            if _sha(kept) != before:
                raise SmokeFailed("the upgrade changed a project in the user's data folder")
            subject(INSTALLED, ["list", str(kept)], env, tmp)
            print(f"  deb: {old_deb.name} then {deb.name} over it; the older project opens")
            check_registration()
            smoke(INSTALLED, version, out.with_name(out.stem + "_installed.png"), timeout)
        finally:
            subprocess.run(["dpkg", "-r", "sp-desktop"], check=False, capture_output=True)
            old_deb.unlink(missing_ok=True)
        if Path("/opt/sp-desktop").exists() or INSTALLED.exists():
            raise SmokeFailed("dpkg -r left /opt/sp-desktop or /usr/bin/sp-desktop behind")
        if not kept.is_file() or _sha(kept) != before:
            raise SmokeFailed(f"dpkg -r removed or changed {kept}")
        print("  deb: dpkg -r removed the app; the project in ~/.local/share/SP Desktop is still there")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", type=Path, default=DEFAULT_BINARY, help="the frozen executable")
    parser.add_argument("--deb", type=Path, nargs="?", const=False, metavar="PAKET.deb",
                        help="also install, upgrade and remove this .deb, by default the one make package built "
                             "(root only)")
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "smoke_frozen.png", help="the screen shot")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds to wait for the window")
    parser.add_argument("--broken", action="store_true",
                        help="also prove that a build without a font, plugin, translation or resource fails")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from sp_desktop import __version__

    try:
        print(f"smoke frozen: {args.binary}")
        smoke(args.binary, __version__, args.out, args.timeout)
        if args.broken:
            broken_checks(args.binary, __version__, args.timeout)
        if args.deb is not None:
            deb_checks(args.deb or None, __version__, args.out, args.timeout)
    except (SmokeFailed, subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
        print(f"smoke frozen FAILED: {exc}", file=sys.stderr)
        return 1
    print("smoke frozen: passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
