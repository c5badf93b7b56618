"""Packages refused whole, with an Indonesian message, leaving the project file byte for byte as it was."""

from __future__ import annotations

import json
import zipfile

import pytest

from sp_desktop.services import exchange as ex
from sp_desktop.services.session import open_project
from tests.unit.exchange_kit import copy, edit, team_project


@pytest.fixture
def pair(tmp_path):
    ketua = team_project(tmp_path)
    andi = copy(ketua, tmp_path, "Andi")
    edit(andi, "Akta Kelahiran", jumlah_pelaksana="3 orang")
    package = tmp_path / "andi.spx"
    ex.send_changes(andi, package)
    yield ketua, andi, package
    andi.close()
    ketua.close()


def _refused_and_unchanged(session, package, match):
    session.checkpoint()
    session.db.checkpoint("TRUNCATE")
    before = session.path.read_bytes()
    with pytest.raises(ex.ExchangeRefused, match=match) as caught:
        ex.receive_package(session, package)
    session.db.checkpoint("TRUNCATE")
    assert session.path.read_bytes() == before
    assert "Traceback" not in str(caught.value)
    return str(caught.value)


def _rewrite(source, target, *, manifest=None, drop=(), add=()):
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename in drop:
                continue
            data = zin.read(info)
            if info.filename == "manifest.json" and manifest is not None:
                data = manifest(json.loads(data)) if callable(manifest) else manifest
                data = data if isinstance(data, bytes) else json.dumps(data).encode()
            zout.writestr(info.filename, data)
        for name, data in add:
            zout.writestr(name, data)
    return target


def test_truncated_package(pair, tmp_path):
    ketua, _andi, package = pair
    cut = tmp_path / "terpotong.spx"
    cut.write_bytes(package.read_bytes()[: len(package.read_bytes()) // 2])
    assert "Tidak ada yang diubah" in _refused_and_unchanged(ketua, cut, "rusak")


def test_not_a_zip(pair, tmp_path):
    ketua, _andi, _package = pair
    junk = tmp_path / "bukan.spx"
    junk.write_bytes(b"ini bukan paket")
    _refused_and_unchanged(ketua, junk, "bukan paket")


def test_damaged_changeset(pair, tmp_path):
    ketua, _andi, package = pair
    with zipfile.ZipFile(package) as zf:
        name = next(n for n in zf.namelist() if n.startswith("perubahan/"))
    bad = _rewrite(package, tmp_path / "rusak.spx", drop=(name,), add=((name, b"\x12\x00garbage" * 9),))
    _refused_and_unchanged(ketua, bad, "rusak")


def test_damaged_image(pair, tmp_path):
    ketua, _andi, package = pair
    bad = _rewrite(package, tmp_path / "rusak.spx", drop=("gambar.sqlite",), add=(("gambar.sqlite", b"SQLite x"),))
    _refused_and_unchanged(ketua, bad, "rusak")


@pytest.mark.parametrize("manifest", [
    b"{not json",
    b"[" * 100_000 + b"]" * 100_000,
    {"format": "lain"},
    lambda m: {**m, "format_versi": "1"},
    lambda m: {**m, "seq": -3},
    lambda m: {**m, "dari": "Andi"},
    lambda m: {**m, "jenis": "virus"},
])
def test_bad_manifest(pair, tmp_path, manifest):
    ketua, _andi, package = pair
    bad = _rewrite(package, tmp_path / "buruk.spx", manifest=manifest)
    _refused_and_unchanged(ketua, bad, "paket|Paket")


def test_newer_format(pair, tmp_path):
    ketua, _andi, package = pair
    bad = _rewrite(package, tmp_path / "baru.spx", manifest=lambda m: {**m, "format_versi": 9})
    _refused_and_unchanged(ketua, bad, "versi SP Desktop yang lebih baru")


def test_zip_bomb(pair, tmp_path):
    ketua, _andi, package = pair
    bomb = _rewrite(package, tmp_path / "bom.spx", add=(("berkas/" + "0" * 64, b"\0" * (50 * 1024**2)),))
    _refused_and_unchanged(ketua, bomb, "tidak wajar")


def test_unknown_entry(pair, tmp_path):
    ketua, _andi, package = pair
    odd = _rewrite(package, tmp_path / "aneh.spx", add=(("../../etc/passwd", b"x"),))
    _refused_and_unchanged(ketua, odd, "tak dikenal")


def test_package_of_another_project(pair, tmp_path):
    ketua, _andi, _package = pair
    other_dir = tmp_path / "lain"
    other_dir.mkdir()
    other = team_project(other_dir)
    other_copy = copy(other, other_dir, "Andi")
    ex.send_changes(other_copy, other_dir / "lain.spx")
    other_copy.close()
    other.close()
    _refused_and_unchanged(ketua, other_dir / "lain.spx", "proyek lain")


def test_older_package_and_the_same_package_twice(pair, tmp_path):
    ketua, andi, package = pair
    edit(andi, "Akta Kelahiran", jumlah_pelaksana="4 orang")
    newer = tmp_path / "baru.spx"
    ex.send_changes(andi, newer)
    ex.receive_package(ketua, newer)
    _refused_and_unchanged(ketua, package, "lebih lama")
    _refused_and_unchanged(ketua, newer, "sudah diterima")


def test_package_from_a_laptop_never_exchanged_with(pair, tmp_path):
    ketua, andi, _package = pair
    budi = copy(ketua, tmp_path, "Budi")
    try:
        edit(budi, "Kartu Keluarga", jumlah_pelaksana="2 orang")
        ex.send_changes(budi, tmp_path / "budi.spx")
        _refused_and_unchanged(andi, tmp_path / "budi.spx", "belum pernah bertukar")
    finally:
        budi.close()


def test_package_made_before_the_copy_existed(pair, tmp_path):
    ketua, andi, _package = pair
    ex.send_changes(ketua, tmp_path / "lama.spx")
    budi = copy(ketua, tmp_path, "Budi")
    try:
        _refused_and_unchanged(budi, tmp_path / "lama.spx", "tidak memuat perubahan untuk berkas ini")
    finally:
        budi.close()


def test_a_package_of_its_own(pair, tmp_path):
    _ketua, andi, package = pair
    _refused_and_unchanged(andi, package, "berkas ini sendiri")


def test_a_package_from_a_file_manager_copy_is_refused_with_the_way_out(pair, tmp_path):
    ketua, andi, _package = pair
    andi.checkpoint()
    andi.db.checkpoint("TRUNCATE")
    duplicate_path = tmp_path / "andi-disalin.spdb"
    duplicate_path.write_bytes(andi.path.read_bytes())  # copied by hand, not with Salin untuk anggota
    duplicate = open_project(duplicate_path)
    try:
        edit(duplicate, "Akta Kelahiran", jumlah_pelaksana="5 orang")
        ex.send_changes(duplicate, tmp_path / "disalin.spx")
        message = _refused_and_unchanged(andi, tmp_path / "disalin.spx", "disalin langsung")
        assert "Salin untuk anggota" in message and "Impor layanan dari proyek lain" in message
    finally:
        duplicate.close()


def test_undo_of_unknown_receipt(pair):
    ketua, _andi, _package = pair
    with pytest.raises(ex.ExchangeRefused, match="tidak ada lagi"):
        ex.undo_receive(ketua, 999)


def test_refused_package_leaves_no_backup(pair, tmp_path):
    ketua, _andi, _package = pair
    junk = tmp_path / "bukan.spx"
    junk.write_bytes(b"PK\x03\x04 rusak")
    with pytest.raises(ex.ExchangeRefused):
        ex.receive_package(ketua, junk)
    folder = ex.sync_folder(ketua)
    assert not folder.exists() or not any(folder.iterdir())


def test_reopened_after_refusal_opens_fine(pair, tmp_path):
    ketua, _andi, package = pair
    path = ketua.path
    ketua.close()
    reopened = open_project(path)
    try:
        assert ex.receive_package(reopened, package).applied >= 1
    finally:
        reopened.close()
