"""Shared and synced folders are recognised from /proc/mounts text and Windows paths; local copy; mailboxes."""

from __future__ import annotations

import pytest

from sp_desktop.services.session import open_project
from sp_desktop.storage.shared_folder import mailbox, make_local_copy, member_slug, shared_folder_risk

MOUNTS = r"""/dev/sda2 / ext4 rw,relatime 0 0
proc /proc proc rw 0 0
//nas/bagian\040organisasi /mnt/kantor cifs rw,vers=3.0 0 0
server:/export/sp /srv/nfs nfs4 rw 0 0
/dev/sdb1 /media/flash vfat rw 0 0
/dev/sdc1 /media/ntfs fuseblk rw 0 0
user@host:/data /home/andi/remote fuse.sshfs rw 0 0
tmpfs /tmp tmpfs rw 0 0
"""


@pytest.mark.parametrize(("path", "word"), [
    ("/mnt/kantor/sp/proyek.spdb", "cifs"),
    ("/srv/nfs/proyek.spdb", "nfs4"),
    ("/home/andi/remote/proyek.spdb", "fuse.sshfs"),
    ("/home/andi/Dropbox/tim/proyek.spdb", "Dropbox"),
    ("/home/andi/Nextcloud/proyek.spdb", "Nextcloud"),
])
def test_risky_linux_places(path, word):
    reason = shared_folder_risk(path, mounts_text=MOUNTS, windows=False)
    assert reason is not None and word in reason and "salinan lokal" in reason


@pytest.mark.parametrize("path", ["/home/andi/Dokumen/proyek.spdb", "/media/flash/proyek.spdb",
                                  "/media/ntfs/proyek.spdb", "/tmp/proyek.spdb", "/mnt/kantorlain/proyek.spdb"])
def test_local_linux_places(path):
    assert shared_folder_risk(path, mounts_text=MOUNTS, windows=False) is None


def test_escaped_mount_point_with_a_space():
    spaced = MOUNTS.replace("/mnt/kantor cifs", "/mnt/kantor\\040bersama cifs")
    assert shared_folder_risk("/mnt/kantor bersama/x.spdb", mounts_text=spaced, windows=False)
    assert shared_folder_risk("/mnt/kantor/x.spdb", mounts_text=spaced, windows=False) is None


@pytest.mark.parametrize(("path", "word"), [
    (r"\\server\share\sp\proyek.spdb", r"\\server"),
    (r"\\?\UNC\server\share\proyek.spdb", "jaringan"),
    (r"Z:\SP\proyek.spdb", "drive jaringan Z:"),
    (r"C:\Users\andi\OneDrive - Pemkot\SP\proyek.spdb", "OneDrive"),
    (r"C:\Users\andi\Google Drive\proyek.spdb", "Google Drive"),
    (r"G:\My Drive\proyek.spdb", "Google Drive"),
])
def test_risky_windows_places(path, word):
    remote = {"Z:\\": 4}
    reason = shared_folder_risk(path, windows=True, drive_type=lambda root: remote.get(root, 3))
    assert reason is not None and word in reason


def test_local_windows_drive():
    assert shared_folder_risk(r"C:\Users\andi\Documents\proyek.spdb", windows=True, drive_type=lambda r: 3) is None


def test_local_copy_is_whole_and_never_replaces(tmp_path):
    source = open_project(tmp_path / "bersama.spdb", create=True)
    source.add_service("Akta Kelahiran")
    source.close()
    before = (tmp_path / "bersama.spdb").read_bytes()
    local = tmp_path / "lokal"
    first = make_local_copy(tmp_path / "bersama.spdb", local)
    second = make_local_copy(tmp_path / "bersama.spdb", local)
    assert first != second and second.name == "bersama (2).spdb"
    assert (tmp_path / "bersama.spdb").read_bytes() == before
    opened = open_project(first)
    try:
        assert [s.jenis_pelayanan for s in opened.summaries()] == ["Akta Kelahiran"]
    finally:
        opened.close()
    assert not [p for p in local.iterdir() if p.name.startswith(".")]


def test_mailbox_per_member(tmp_path):
    box = mailbox(tmp_path, "Siti Rahmawati, S.Sos")
    assert box == tmp_path / "kotak-siti-rahmawati-s-sos" and box.is_dir()
    assert mailbox(tmp_path, "Siti Rahmawati, S.Sos") == box
    assert member_slug("   ") == "anggota"
