"""Build the frozen app (PyInstaller, one folder) and, on Debian/Ubuntu, its .deb (``make package``).

    build_package.py                 freeze into build/dist/sp-desktop/ (skipped when it is newer than
                                     every source file), check its libraries, write build/deb/*.deb
    build_package.py --force         freeze again even when the build looks current
    build_package.py --version 9.9   write the .deb under another version (the upgrade check installs
                                     two versions of the same build over each other)
    build_package.py --no-deb        the folder only

The .deb installs the folder as /opt/sp-desktop, a /usr/bin/sp-desktop symlink, a menu entry, the
icon, and the MIME type of ``*.spdb`` (application/x-sp-desktop-project) so a project opens with a
double-click. It never touches a user's home: projects (~/.local/share/SP Desktop) and settings
survive removing it and installing a newer version over it.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
DIST = ROOT / "build" / "dist" / "sp-desktop"
DEB_DIR = ROOT / "build" / "deb"
SOURCES = ("sp_desktop", "resources", "packaging", "pyproject.toml")
NAME = "sp-desktop"
MIME_TYPE = "application/x-sp-desktop-project"
MIME_ICON = "application-x-sp-desktop-project"

# What the bundle takes from the system (the spec leaves these libraries out, see SYSTEM_LIBRARIES there):
# the Qt xcb platform's libraries as scripts/install_system_deps.sh lists them, plus CUPS for printing
# and the C/C++ runtime. "a | b": Debian 13 renamed some libraries for 64-bit time (…t64).
DEPENDS = [
    "libc6", "libgcc-s1", "libstdc++6", "zlib1g", "libzstd1", "libffi8", "libegl1", "libgl1", "libxkbcommon0",
    "libfontconfig1", "libfreetype6", "libdbus-1-3", "libglib2.0-0t64 | libglib2.0-0", "libcups2t64 | libcups2",
    "libxcb1", "libx11-6", "libx11-xcb1", "libxkbcommon-x11-0", "libxcb-cursor0", "libxcb-icccm4",
    "libxcb-image0", "libxcb-keysyms1", "libxcb-randr0", "libxcb-render0", "libxcb-render-util0",
    "libxcb-shape0", "libxcb-shm0", "libxcb-sync1", "libxcb-util1", "libxcb-xfixes0", "libxcb-xkb1",
    "fonts-dejavu-core",
]

DESKTOP_ENTRY = f"""[Desktop Entry]
Type=Application
Version=1.5
Name=SP Desktop
GenericName=Penyusun Standar Pelayanan
Comment=Menyusun, membahas, menetapkan dan memelihara Standar Pelayanan dan Maklumat Pelayanan
Keywords=standar;pelayanan;maklumat;SKM;pemda;
Exec={NAME} %f
Icon={NAME}
Terminal=false
Categories=Office;
MimeType={MIME_TYPE};
StartupNotify=true
StartupWMClass={NAME}
"""

MIME_XML = f"""<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="{MIME_TYPE}">
    <comment>Proyek SP Desktop</comment>
    <comment xml:lang="id">Proyek SP Desktop</comment>
    <sub-class-of type="application/vnd.sqlite3"/>
    <icon name="{MIME_ICON}"/>
    <glob pattern="*.spdb"/>
  </mime-type>
</mime-info>
"""

# Debian's triggers run these too when shared-mime-info / desktop-file-utils are installed; calling them
# here covers systems without the triggers. Neither script touches a user's home.
REFRESH = """\
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q /usr/share/applications || true
command -v update-mime-database >/dev/null 2>&1 && update-mime-database /usr/share/mime || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t -f /usr/share/icons/hicolor || true
"""
POSTINST = f"#!/bin/sh\nset -e\nif [ \"$1\" = configure ]; then\n{REFRESH}fi\nexit 0\n"
POSTRM = f"#!/bin/sh\nset -e\nif [ \"$1\" = remove ] || [ \"$1\" = purge ]; then\n{REFRESH}fi\nexit 0\n"


class BuildFailed(Exception):
    """The build cannot go on; the message says why."""


def source_version() -> str:
    """``__version__`` from sp_desktop/__init__.py, read as text (the build does not import the app)."""
    text = (ROOT / "sp_desktop" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*"([^"]+)"', text, re.MULTILINE)
    if not match:
        raise BuildFailed("sp_desktop/__init__.py has no __version__")
    return match[1]


def _newest_source() -> float:
    newest = 0.0
    for name in SOURCES:
        path = ROOT / name
        files = [path] if path.is_file() else (p for p in path.rglob("*") if p.is_file())
        for file in files:
            if "__pycache__" not in file.parts:
                newest = max(newest, file.stat().st_mtime)
    return newest


def freeze(force: bool) -> bool:
    """Run PyInstaller with packaging/sp_desktop.spec unless the build is newer than every source; True if run."""
    stamp = DIST / NAME
    if not force and stamp.is_file() and stamp.stat().st_mtime > _newest_source():
        print(f"build current, not frozen again: {DIST}")
        return False
    started = time.monotonic()
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(DIST.parent), "--workpath", str(ROOT / "build" / "pyinstaller"),
         str(PACKAGING / "sp_desktop.spec")],
        cwd=ROOT, check=True,
    )
    print(f"frozen in {time.monotonic() - started:.0f} s: {DIST}")
    return True


def _elf_files(folder: Path) -> list[Path]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def _needed(path: Path) -> list[str]:
    out = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True, check=False).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out)


def _system_library_paths() -> dict[str, str]:
    out = subprocess.run(["/sbin/ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    paths: dict[str, str] = {}
    for match in re.finditer(r"^\s*(\S+) \(([^)]*)\) => (\S+)$", out, re.MULTILINE):
        if "x86-64" in match[2] or "64bit" in match[2] or "AArch64" in match[2]:
            paths.setdefault(match[1], match[3])
    return paths


def check_libraries(folder: Path, depends: list[str]) -> set[str]:
    """Every library a file of the bundle needs is inside it or in a package of ``depends``; returns those packages.

    Raises:
        BuildFailed: naming each library the bundle needs that neither the bundle nor Depends provides.
    """
    inside = {p.name for p in folder.rglob("*")}
    system = _system_library_paths()
    wanted: dict[str, str] = {}
    missing = []
    for elf in _elf_files(folder):
        for lib in _needed(elf):
            if lib in inside:
                continue
            if lib not in system:
                missing.append(f"{lib} (needed by {elf.relative_to(folder)}): not on this system either")
                continue
            wanted.setdefault(os.path.realpath(system[lib]), lib)
    owners: dict[str, str] = {}
    if wanted:
        out = subprocess.run(["dpkg", "-S", *sorted(wanted)], capture_output=True, text=True, check=False).stdout
        for line in out.splitlines():
            package, _, path = line.partition(": ")
            owners[path.strip()] = package.split(":")[0]
    allowed = {alt.strip() for entry in depends for alt in entry.split("|")}
    packages = set()
    for path, lib in sorted(wanted.items()):
        package = owners.get(path)
        if package is None:
            # ldconfig may name /lib/… where dpkg knows /usr/lib/… (merged /usr) or the other way round
            alt = path.removeprefix("/usr") if path.startswith("/usr/") else "/usr" + path
            out = subprocess.run(["dpkg", "-S", alt], capture_output=True, text=True, check=False).stdout
            package = out.partition(":")[0] or None
        if package is None:
            missing.append(f"{lib} ({path}): no Debian package owns it")
        elif package not in allowed:
            missing.append(f"{lib}: from package {package}, which is not in Depends")
        else:
            packages.add(package)
    if missing:
        raise BuildFailed("libraries the bundle needs but neither carries nor depends on:\n  " + "\n  ".join(missing))
    return packages


def _write(path: Path, text: str, mode: int = 0o644) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    path.chmod(mode)


def _architecture() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True).stdout.strip()


def stage(version: str, arch: str) -> Path:
    """The .deb's tree under build/deb/root: /opt/sp-desktop, /usr/bin, /usr/share/…, DEBIAN/."""
    root = DEB_DIR / "root"
    if root.exists():
        shutil.rmtree(root)
    shutil.copytree(DIST, root / "opt" / NAME, symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / NAME).symlink_to(f"/opt/{NAME}/{NAME}")
    share = root / "usr" / "share"
    _write(share / "applications" / f"{NAME}.desktop", DESKTOP_ENTRY)
    _write(share / "mime" / "packages" / f"{NAME}.xml", MIME_XML)
    icons = PACKAGING / "icons"
    for png in sorted(icons.glob(f"{NAME}-*.png")):
        size = png.stem.rsplit("-", 1)[1]
        for kind, name in (("apps", NAME), ("mimetypes", MIME_ICON)):
            target = share / "icons" / "hicolor" / f"{size}x{size}" / kind / f"{name}.png"
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(png, target)
    for kind, name in (("apps", NAME), ("mimetypes", MIME_ICON)):
        target = share / "icons" / "hicolor" / "scalable" / kind / f"{name}.svg"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(icons / f"{NAME}.svg", target)
    _write(share / "doc" / NAME / "copyright",
           "SP Desktop: MIT License.\nBundled fonts: see /opt/sp-desktop/_internal/sp_desktop/_resources/fonts/.\n")
    for folder in [root, *root.rglob("*")]:
        if folder.is_dir() and not folder.is_symlink():
            folder.chmod(0o755)
    installed_kb = sum(p.lstat().st_size for p in root.rglob("*") if not p.is_dir()) // 1024
    control = (
        f"Package: {NAME}\nVersion: {version}\nArchitecture: {arch}\nMaintainer: SP Desktop <sp-desktop@localhost>\n"
        f"Installed-Size: {installed_kb}\nDepends: {', '.join(DEPENDS)}\nSection: misc\nPriority: optional\n"
        "Homepage: https://localhost/sp-desktop\n"
        "Description: Penyusun Standar Pelayanan dan Maklumat Pelayanan\n"
        " Menyusun, membahas, menetapkan dan memelihara Standar Pelayanan unit\n"
        " pelayanan pemerintah daerah, dengan dokumen PDF/DOCX, survei kepuasan\n"
        " masyarakat dan situs web statis. Proyek (*.spdb) disimpan di folder data\n"
        " pengguna dan tidak dihapus saat aplikasi dicopot.\n"
    )
    _write(root / "DEBIAN" / "control", control)
    _write(root / "DEBIAN" / "postinst", POSTINST, 0o755)
    _write(root / "DEBIAN" / "postrm", POSTRM, 0o755)
    return root


def deb_path(version: str, arch: str | None = None) -> Path:
    """Where ``build_deb`` writes the package of ``version`` (Debian's ``name_version_arch.deb``)."""
    return DEB_DIR / f"{NAME}_{version}_{arch or _architecture()}.deb"


def build_deb(version: str) -> Path:
    arch = _architecture()
    root = stage(version, arch)
    out = deb_path(version, arch)
    started = time.monotonic()
    subprocess.run(["dpkg-deb", "--build", "--root-owner-group", "-Zxz", "-z1", str(root), str(out)],
                   check=True, stdout=subprocess.DEVNULL)
    shutil.rmtree(root)
    print(f"deb in {time.monotonic() - started:.0f} s: {out} ({out.stat().st_size / 2**20:.1f} MiB)")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--version", help="the .deb's version (default: sp_desktop.__version__)")
    parser.add_argument("--force", action="store_true", help="freeze again even when the build is current")
    parser.add_argument("--no-deb", action="store_true", help="build the folder only")
    args = parser.parse_args(argv)
    try:
        version = args.version or source_version()
        freeze(args.force)
        size = sum(p.lstat().st_size for p in DIST.rglob("*") if not p.is_dir())
        print(f"folder: {DIST} ({size / 2**20:.1f} MiB)")
        if args.no_deb or sys.platform != "linux" or shutil.which("dpkg-deb") is None:
            return 0
        packages = check_libraries(DIST, DEPENDS)
        print(f"libraries: inside the bundle or from {len(packages)} packages of Depends")
        build_deb(version)
    except (BuildFailed, subprocess.CalledProcessError) as exc:
        print(f"build_package FAILED: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
