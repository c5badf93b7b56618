"""Shared and synced folders: where SQLite's locking cannot be trusted, and the way around it (storage layer).

A project opened from a network share (SMB/CIFS, NFS, a FUSE mount) or from a folder a
sync client mirrors (Dropbox, OneDrive, Google Drive, Nextcloud) can be damaged when two
laptops write it: the lock is not seen across machines, and a sync client copies a file
half-written. The app warns, offers a local copy, and exchanges packages through the
shared folder instead, one mailbox folder per member (``kotak-<nama>``).
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path, PurePosixPath, PureWindowsPath

from .connection import file_uri
from .db import write_copy

NETWORK_TYPES = {"cifs", "smb3", "smbfs", "smb2", "nfs", "nfs4", "afs", "ncpfs", "9p", "davfs", "ceph", "glusterfs",
                 "lustre", "gpfs", "sshfs", "webdav"}
# FUSE mounts that are local disks (NTFS or exFAT through FUSE, AppImages), not networks.
LOCAL_FUSE = {"fuseblk", "fuse.exfat", "fuse.ntfs-3g", "fuse.appimagefs", "fuse.portal", "fuse.lxcfs"}
SYNC_CLIENTS = (("dropbox", "Dropbox"), ("onedrive", "OneDrive"), ("google drive", "Google Drive"),
                ("googledrive", "Google Drive"), ("my drive", "Google Drive"), ("nextcloud", "Nextcloud"),
                ("owncloud", "ownCloud"), ("icloud drive", "iCloud Drive"), ("icloudrive", "iCloud Drive"))
_DRIVE_REMOTE = 4  # GetDriveTypeW


def _unsafe(where: str) -> str:
    return (f"Proyek ini berada di {where}. Di sana penguncian berkas SQLite tidak dapat diandalkan: dua laptop "
            "yang menulis bersamaan dapat merusak isinya. Kerjakan di salinan lokal, lalu bertukar perubahan lewat "
            "folder itu (satu kotak per anggota).")


def _unescape(field: str) -> str:
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), field)


def mount_of(path: str, mounts_text: str) -> tuple[str, str, str] | None:
    """The (device, mount point, type) in ``/proc/mounts`` text that holds ``path`` (the longest match)."""
    best = None
    for line in mounts_text.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        device, point, kind = _unescape(fields[0]), _unescape(fields[1]), fields[2]
        inside = path == point or path.startswith(point.rstrip("/") + "/") or point == "/"
        if inside and (best is None or len(point) > len(best[1])):
            best = (device, point, kind)
    return best


def _windows_risk(path: PureWindowsPath, drive_type: Callable[[str], int] | None) -> str | None:
    text = str(path)
    if text.startswith("\\\\") and not text.startswith("\\\\?\\"):
        server = text.lstrip("\\").split("\\", 1)[0]
        return _unsafe(f"folder jaringan \\\\{server}")
    if text.startswith("\\\\?\\UNC\\"):
        return _unsafe("folder jaringan")
    if path.drive and drive_type is not None:
        try:
            if drive_type(path.drive + "\\") == _DRIVE_REMOTE:
                return _unsafe(f"drive jaringan {path.drive}")
        except OSError:
            return None
    return None


def _system_drive_type(root: str) -> int:  # pragma: no cover - Windows only
    import ctypes

    return ctypes.windll.kernel32.GetDriveTypeW(root)


def _sync_client(parts: tuple[str, ...]) -> str | None:
    for part in parts:
        lowered = part.lower()
        for needle, name in SYNC_CLIENTS:
            if lowered == needle or lowered.startswith(needle + " ") or lowered.startswith(needle + "-") or (
                    needle == "onedrive" and lowered.startswith("onedrive")):
                return name
    return None


def shared_folder_risk(path: Path | str, *, mounts_text: str | None = None, windows: bool | None = None,
                       drive_type: Callable[[str], int] | None = None) -> str | None:
    """Why a project at ``path`` is unsafe to open in place (Indonesian), or None when it is a local folder.

    Args:
        mounts_text: the text of ``/proc/mounts`` (read from the system when None, on Linux).
        windows: treat ``path`` as a Windows path (the system's own rule when None).
        drive_type: ``GetDriveTypeW`` (the system's on Windows when None).
    """
    windows = os.name == "nt" if windows is None else windows
    if windows:
        win = PureWindowsPath(str(path))
        if drive_type is None and os.name == "nt":  # pragma: no cover - Windows only
            drive_type = _system_drive_type
        reason = _windows_risk(win, drive_type)
        client = _sync_client(win.parts)
        return reason or (_unsafe(f"folder yang disinkronkan {client}") if client else None)
    text = str(path)
    if text.startswith("//") or text.startswith("smb://"):
        return _unsafe("folder jaringan")
    posix = PurePosixPath(os.path.abspath(text)) if mounts_text is None else PurePosixPath(text)
    if mounts_text is None:
        try:
            mounts_text = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            mounts_text = ""
    found = mount_of(str(posix), mounts_text)
    if found is not None:
        _device, _point, kind = found
        if kind in NETWORK_TYPES or kind.split(".", 1)[-1] in NETWORK_TYPES or (
                kind.startswith("fuse") and kind not in LOCAL_FUSE and kind != "fuse"):
            return _unsafe(f"folder jaringan ({kind})")
    client = _sync_client(posix.parts)
    return _unsafe(f"folder yang disinkronkan {client}") if client else None


def make_local_copy(path: Path, folder: Path | None = None) -> Path:
    """A consistent copy of the project at ``path`` in a local folder (by default the user's data folder).

    The copy is taken through SQLite's backup API from a read-only connection, so a file on a share is
    never written. An existing copy of that name is kept: a number is added.
    """
    path = Path(path)
    if folder is None:
        import platformdirs

        folder = platformdirs.user_data_path("SP Desktop", appauthor=False) / "salinan-lokal"
    folder.mkdir(parents=True, exist_ok=True)
    target, n = folder / path.name, 2
    while target.exists():
        target, n = folder / f"{path.stem} ({n}){path.suffix}", n + 1
    tmp = folder / f".{target.name}.tmp-lokal-{os.getpid()}"
    source = sqlite3.connect(file_uri(path), uri=True)
    try:
        write_copy(source, tmp)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        source.close()
    shutil.move(str(tmp), str(target))
    return target


def member_slug(name: str) -> str:
    """A folder-safe form of a member's name (letters, digits, dashes)."""
    slug = re.sub(r"[^0-9a-z]+", "-", name.lower()).strip("-")
    return slug or "anggota"


def mailbox(shared_folder: Path, member_name: str) -> Path:
    """The member's mailbox in the shared folder (``kotak-<nama>``), created when absent."""
    box = Path(shared_folder) / f"kotak-{member_slug(member_name)}"
    box.mkdir(parents=True, exist_ok=True)
    return box
