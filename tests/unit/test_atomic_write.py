import os
import stat
import tempfile

import pytest

from sp_desktop.export import ExportError, export_document
from sp_desktop.export.atomic import atomic_write
from tests.unit import export_fixtures as fx

LOCKED = "File sedang dibuka di program lain atau folder tidak dapat ditulisi"


def test_atomic_write_replaces_target_and_leaves_no_temp(tmp_path):
    target = tmp_path / "hasil.pdf"
    target.write_bytes(b"lama")
    atomic_write(target, lambda temp: temp.write_bytes(b"baru"))
    assert target.read_bytes() == b"baru"
    assert [p.name for p in tmp_path.iterdir()] == ["hasil.pdf"]


def test_atomic_write_failing_writer_leaves_nothing(tmp_path):
    target = tmp_path / "hasil.docx"

    def fail(temp):
        temp.write_bytes(b"setengah")
        raise RuntimeError("rusak di tengah jalan")

    with pytest.raises(RuntimeError):
        atomic_write(target, fail)
    assert list(tmp_path.iterdir()) == []


def test_atomic_write_failing_writer_keeps_old_file(tmp_path):
    target = tmp_path / "hasil.docx"
    target.write_bytes(b"lama")
    with pytest.raises(ZeroDivisionError):
        atomic_write(target, lambda temp: 1 / 0)
    assert target.read_bytes() == b"lama"
    assert [p.name for p in tmp_path.iterdir()] == ["hasil.docx"]


def test_atomic_write_target_held_open_gives_indonesian_message(tmp_path, monkeypatch):
    target = tmp_path / "hasil.pdf"
    target.write_bytes(b"lama")

    def refuse(src, dst):
        raise PermissionError(13, "The process cannot access the file because it is being used by another process")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ExportError) as info:
        export_document(fx.project(1), "rancangan", target)
    assert LOCKED in str(info.value) and str(target) in str(info.value)
    assert target.read_bytes() == b"lama"
    assert [p.name for p in tmp_path.iterdir()] == ["hasil.pdf"]


def test_atomic_write_unwritable_folder_simulated(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(ExportError, match=LOCKED):
        atomic_write(tmp_path / "hasil.docx", lambda temp: temp.write_bytes(b"x"))
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root ignores folder permissions")
def test_atomic_write_read_only_folder(tmp_path):
    folder = tmp_path / "arsip"
    folder.mkdir()
    (folder / "hasil.pdf").write_bytes(b"lama")
    folder.chmod(0o500)
    try:
        with pytest.raises(ExportError, match=LOCKED):
            export_document(fx.project(1), "maklumat", folder / "hasil.pdf")
        assert (folder / "hasil.pdf").read_bytes() == b"lama"
        assert [p.name for p in folder.iterdir()] == ["hasil.pdf"]
    finally:
        folder.chmod(0o700)


def test_atomic_write_missing_folder(tmp_path):
    with pytest.raises(ExportError, match="Folder tujuan tidak ditemukan"):
        atomic_write(tmp_path / "tidak-ada" / "hasil.pdf", lambda temp: temp.write_bytes(b"x"))


@pytest.mark.parametrize("name", ["hasil.odt", "hasil", "hasil.PDF.txt"])
def test_atomic_write_export_refuses_unknown_suffix(tmp_path, name):
    with pytest.raises(ExportError, match="tidak didukung"):
        export_document(fx.project(1), "rancangan", tmp_path / name)
    assert list(tmp_path.iterdir()) == []


def test_atomic_write_export_unknown_kind(tmp_path):
    with pytest.raises(ExportError, match="Jenis dokumen"):
        export_document(fx.project(1), "notulen", tmp_path / "x.pdf")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("suffix", [".pdf", ".docx", ".PDF"])
def test_atomic_write_export_writes_each_format(tmp_path, suffix):
    target = export_document(fx.project(1), "maklumat", tmp_path / f"maklumat{suffix}")
    assert target.stat().st_size > 1000
    assert [p.name for p in tmp_path.iterdir()] == [f"maklumat{suffix}"]


posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def _mode(path):
    return stat.S_IMODE(path.stat().st_mode)


@posix_only
@pytest.mark.parametrize("umask, expected", [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_atomic_write_new_file_gets_the_usual_mode(tmp_path, umask, expected):
    old = os.umask(umask)
    try:
        atomic_write(tmp_path / "hasil.pdf", lambda temp: temp.write_bytes(b"baru"))
        target = export_document(fx.project(1), "maklumat", tmp_path / "maklumat.docx")
    finally:
        os.umask(old)
    assert _mode(tmp_path / "hasil.pdf") == expected  # not mkstemp's private 0600
    assert _mode(target) == expected


@posix_only
def test_atomic_write_overwrite_keeps_the_old_mode(tmp_path):
    target = tmp_path / "hasil.pdf"
    target.write_bytes(b"lama")
    target.chmod(0o640)
    old = os.umask(0o022)
    try:
        atomic_write(target, lambda temp: temp.write_bytes(b"baru"))
    finally:
        os.umask(old)
    assert target.read_bytes() == b"baru"
    assert _mode(target) == 0o640
