"""Start the real app once on the real xcb platform under Xvfb and check its window appears (CI check).

Runs after the test suite (``make test``; alone: ``make smoke``). Xvfb picks a free display
(``-displayfd``) at 1366x768; the app opens a temporary project with HOME and the XDG folders
in a temporary folder; the script waits (bounded) for a top-level window titled
"… — SP Desktop", saves a screen shot as PNG, checks it is not blank, and stops everything
it started. Exit 0 when the window appeared, 1 otherwise (with the reason on stderr).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TITLE_PATTERN = " — SP Desktop$"
SCREEN = (1366, 768)
MIN_COLOURS = 16  # a blank (or all-black) screen has one or two; the window with its text has hundreds


class SmokeFailed(Exception):
    """The check failed; the message says why."""


def _wait_for(predicate, timeout: float, what: str, proc: subprocess.Popen | None = None):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        if proc is not None and proc.poll() is not None:
            raise SmokeFailed(f"{what}: the process ended early with exit code {proc.returncode}")
        time.sleep(0.1)  # polling an external process; there is no event to wait on
    raise SmokeFailed(f"{what}: nothing after {timeout:.0f} s")


def start_xvfb(tmp: Path) -> tuple[subprocess.Popen, str]:
    """Start Xvfb on a display it picks itself; returns the process and ":N"."""
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=open(tmp / "xvfb.log", "wb"),  # noqa: SIM115 - closed with the process
        start_new_session=True,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()  # written once the server accepts connections
    if not number:
        proc.kill()
        raise SmokeFailed("Xvfb did not start: " + (tmp / "xvfb.log").read_text(errors="replace")[-500:])
    return proc, f":{number}"


def find_window(env: dict[str, str]) -> str | None:
    """The id of a visible window whose title ends with " — SP Desktop", or None."""
    result = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", TITLE_PATTERN],
        env=env, capture_output=True, text=True, check=False,
    )
    ids = result.stdout.split()
    return ids[0] if ids else None


def read_xwd(data: bytes):
    """A Pillow image from an XWD dump of a TrueColor screen of depth 24 (what Xvfb gives)."""
    from PIL import Image

    fields = struct.unpack(">25I", data[:100])
    header_size, _version, _format, depth, width, height = fields[:6]
    byte_order, bits_per_pixel, bytes_per_line, ncolors = fields[7], fields[11], fields[12], fields[19]
    modes = {32: ("BGRX", "XRGB"), 24: ("BGR", "RGB")}
    if bits_per_pixel not in modes or depth not in (24, 32):
        raise SmokeFailed(f"unexpected screen format: depth {depth}, {bits_per_pixel} bits per pixel")
    start = header_size + ncolors * 12
    pixels = data[start : start + bytes_per_line * height]
    raw_mode = modes[bits_per_pixel][0 if byte_order == 0 else 1]
    return Image.frombuffer("RGB", (width, height), pixels, "raw", raw_mode, bytes_per_line, 1)


def _xwd(env: dict[str, str], *target: str):
    dump = subprocess.run(["xwd", "-silent", *target], env=env, capture_output=True, check=True).stdout
    return read_xwd(dump)


def _visible_windows(env: dict[str, str], pid: int) -> list[tuple[str, int, int]]:
    """The visible top-level windows of process ``pid`` as (id, x, y), bottom of the stack first."""
    visible = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--pid", str(pid)], env=env, capture_output=True, text=True,
        check=False,
    ).stdout.split()
    wanted = {int(w) for w in visible}
    listing = subprocess.run(["xwininfo", "-root", "-children"], env=env, capture_output=True, text=True, check=True)
    found = []
    for line in listing.stdout.splitlines():  # top of the stack first
        match = re.match(r"\s*(0x[0-9a-f]+) .*\s\d+x\d+[+-]-?\d+[+-]-?\d+\s+\+(-?\d+)\+(-?\d+)\s*$", line)
        if match and int(match[1], 16) in wanted:
            found.append((match[1], int(match[2]), int(match[3])))
    return found[::-1]


def screenshot(env: dict[str, str], pid: int):
    """The whole screen as a Pillow image, each of the app's windows drawn over it in stacking order.

    Without a window manager Xvfb's root image may leave a dialog's area black although the dialog
    has drawn itself; each window's own image is what the user would see.
    """
    image = _xwd(env, "-root")
    for window, x, y in _visible_windows(env, pid):
        image.paste(_xwd(env, "-id", window), (x, y))
    return image


def colour_count(image) -> int:
    colours = image.getcolors(maxcolors=1 << 16)
    return len(colours) if colours is not None else 1 << 16


class SteadyShot:
    """Takes screen shots until one is drawn (not blank) and the same as the one before."""

    def __init__(self, env: dict[str, str], pid: int):
        self._env, self._pid = env, pid
        self._last = None

    def __call__(self):
        image = screenshot(self._env, self._pid)
        steady = self._last is not None and image.tobytes() == self._last.tobytes()
        self._last = image
        return image if steady and colour_count(image) >= MIN_COLOURS else None


def make_project(tmp: Path, env: dict[str, str]) -> Path:
    """A temporary project with the example team and services (through the command line)."""
    project = tmp / "proyek.spdb"
    subprocess.run(
        [sys.executable, "-m", "sp_desktop", "import", str(project), str(ROOT / "tests/data/proyek_contoh.json")],
        env=env, cwd=ROOT, check=True, capture_output=True,
    )
    return project


def stop(proc: subprocess.Popen | None) -> None:
    """Stop a process we started (its whole session), politely first."""
    if proc is None or proc.poll() is not None:
        return
    for sig, grace in ((signal.SIGTERM, 5), (signal.SIGKILL, 5)):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            return
        try:
            proc.wait(grace)
            return
        except subprocess.TimeoutExpired:
            continue


def run(out: Path, timeout: float) -> None:
    """Start Xvfb and the app, wait for the window, take the shot; raises SmokeFailed."""
    for tool in ("Xvfb", "xdotool", "xwd", "xwininfo"):
        if shutil.which(tool) is None:
            raise SmokeFailed(f"{tool} is missing: run scripts/install_system_deps.sh --smoke")
    with tempfile.TemporaryDirectory(prefix="sp-smoke-xcb-") as folder:
        tmp = Path(folder)
        home = tmp / "home"
        env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "WAYLAND_"))}
        env.update(
            HOME=str(home),
            XDG_CONFIG_HOME=str(home / ".config"),
            XDG_DATA_HOME=str(home / ".local/share"),
            XDG_CACHE_HOME=str(home / ".cache"),
            XDG_RUNTIME_DIR=str(tmp / "runtime"),
            QT_QPA_PLATFORM="xcb",
            QT_DEBUG_PLUGINS="0",
        )
        for sub in ("home/.config", "home/.local/share", "home/.cache", "runtime"):
            (tmp / sub).mkdir(parents=True, exist_ok=True)
        os.chmod(tmp / "runtime", 0o700)
        project = make_project(tmp, env)
        xvfb = app = None
        try:
            xvfb, display = start_xvfb(tmp)
            env["DISPLAY"] = display
            log = open(tmp / "app.log", "wb")  # noqa: SIM115 - closed below
            app = subprocess.Popen(
                [sys.executable, "-m", "sp_desktop", str(project)],
                env=env, cwd=tmp, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
            )
            try:
                window = _wait_for(lambda: find_window(env), timeout, "window '… — SP Desktop'", app)
                image = _wait_for(SteadyShot(env, app.pid), 15, "a drawn, steady screen")
            except SmokeFailed as exc:
                log.flush()
                tail = (tmp / "app.log").read_text(errors="replace")[-2000:]
                raise SmokeFailed(f"{exc}\n--- app output ---\n{tail}") from None
            finally:
                log.close()
            out.parent.mkdir(parents=True, exist_ok=True)
            image.save(out)
            print(f"smoke xcb: window {window} on {display}, screen shot {out} ({colour_count(image)} colours)")
        finally:
            stop(app)
            stop(xvfb)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "smoke_xcb.png", help="where the PNG goes")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds to wait for the window")
    args = parser.parse_args(argv)
    try:
        run(args.out, args.timeout)
    except (SmokeFailed, subprocess.CalledProcessError) as exc:
        detail = getattr(exc, "stderr", None)
        print(f"smoke xcb FAILED: {exc}" + (f"\n{detail.decode(errors='replace')}" if detail else ""), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
