import hashlib
import json
import os
import sqlite3
import subprocess
import sys

import pytest

from sp_desktop.domain.model import Member, Persyaratan
from sp_desktop.services import rescue
from sp_desktop.services.session import open_project
from sp_desktop.storage import errors

DAMAGE = {
    "json_rusak": ("UPDATE layanan SET persyaratan = '{broken' WHERE jenis_pelayanan = 'Akta Kelahiran'",
                   "Akta Kelahiran", "Persyaratan"),
    "bukan_utf8": ("UPDATE layanan SET produk = CAST(x'5bc3ff5d' AS TEXT) WHERE jenis_pelayanan = 'KTP'",
                   "KTP", "Produk pelayanan"),
    "bentuk_salah": ("UPDATE layanan SET persyaratan = '\"satu teks\"' WHERE jenis_pelayanan = 'KTP'",
                     "KTP", "Persyaratan"),
    "isi_salah": ("UPDATE layanan SET prosedur = '[{\"uraian\": 5}]' WHERE jenis_pelayanan = 'KTP'",
                  "KTP", "Sistem, mekanisme, dan prosedur"),
    "klasifikasi_asing": ("UPDATE layanan SET klasifikasi = 'lainnya' WHERE jenis_pelayanan = 'KTP'",
                          "KTP", "Klasifikasi"),
    "tabel_hilang": ("DROP TABLE sampah", "", "sampah"),
    "kolom_turunan": ("UPDATE layanan SET name_key = CAST(x'6b74ff' AS TEXT) WHERE jenis_pelayanan = 'KTP'",
                      "KTP", "data daftar layanan"),
    "nama_ganda": ("UPDATE layanan SET jenis_pelayanan = ' akta  kelahiran' WHERE jenis_pelayanan = 'KTP'",
                   "Akta Kelahiran", "jenis pelayanan"),
}


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_project(path):
    s = open_project(path, create=True)
    s.add_member(Member("Sri", "", "Sekretaris", "ketua"))
    a = s.add_service("Akta Kelahiran")
    a.persyaratan = [Persyaratan("KTP asli", "awal")]
    s.save_service(a, "persyaratan", "isi")
    s.add_service("KTP")
    s.close()


def damage(path, sql):
    conn = sqlite3.connect(path)
    conn.execute(sql)
    conn.commit()
    conn.close()
    for suffix in ("-wal", "-shm"):
        assert not path.with_name(path.name + suffix).exists()


@pytest.mark.parametrize("kind", sorted(DAMAGE))
def test_damaged_content_is_refused_with_the_service_and_component_named(tmp_path, kind):
    path = tmp_path / "proyek.spdb"
    make_project(path)
    sql, service, komponen = DAMAGE[kind]
    damage(path, sql)
    before = digest(path)
    with pytest.raises(errors.DamagedContent) as info:
        open_project(path)
    message = str(info.value)
    assert service in message and komponen in message
    assert "Traceback" not in message
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["proyek.spdb"]  # no -wal, -shm or .lock left


@pytest.mark.parametrize("kind", sorted(DAMAGE))
def test_damaged_content_command_line_exits_2_and_leaves_the_file(tmp_path, kind):
    path = tmp_path / "proyek.spdb"
    make_project(path)
    sql, service, komponen = DAMAGE[kind]
    damage(path, sql)
    before = digest(path)
    for command in (["list", str(path)], ["check", str(path)], ["export-json", str(path), "--out",
                    str(tmp_path / "o.json")], ["export", str(path), "standar", "--out", str(tmp_path / "o.pdf")]):
        result = subprocess.run([sys.executable, "-m", "sp_desktop", *command], capture_output=True, text=True,
                                env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
        assert result.returncode == 2, (command, result.stderr)
        assert result.stderr.startswith("Galat: ")
        assert service in result.stderr and komponen in result.stderr
        assert "Traceback" not in result.stderr
    assert digest(path) == before


def test_damaged_content_rescue_reads_the_rest_and_saves_it_anew(tmp_path):
    path = tmp_path / "proyek.spdb"
    make_project(path)
    damage(path, DAMAGE["json_rusak"][0])
    before = digest(path)
    report = rescue.read_damaged(path)
    by_name = {s.layanan.jenis_pelayanan: s for s in report.services}
    assert by_name["Akta Kelahiran"].unreadable == ["Persyaratan"]
    assert by_name["KTP"].unreadable == []
    assert [m.nama for m in report.project.tim] == ["Sri"]
    target = tmp_path / "selamat.spdb"
    rescue.save_as_project(report, target)
    rescue.save_as_json(report, tmp_path / "selamat.json")
    assert digest(path) == before
    s = open_project(target)
    try:
        assert [x.jenis_pelayanan for x in s.services()] == ["Akta Kelahiran", "KTP"]
        assert "tidak terbaca: Persyaratan" in s.audit(s.services()[0].id)[0].keterangan
    finally:
        s.close()
    data = json.loads((tmp_path / "selamat.json").read_text(encoding="utf-8"))
    assert [x["jenis_pelayanan"] for x in data["layanan"]] == ["Akta Kelahiran", "KTP"]
    with pytest.raises(errors.ProjectError):
        rescue.save_as_json(report, path)  # never over the damaged project itself
    assert digest(path) == before


def test_damaged_content_unknown_value_round_trip_never_exports_what_import_refuses(tmp_path):
    path = tmp_path / "proyek.spdb"
    make_project(path)
    damage(path, DAMAGE["klasifikasi_asing"][0])
    report = rescue.read_damaged(path)
    ktp = next(s for s in report.services if s.layanan.jenis_pelayanan == "KTP")
    assert ktp.layanan.klasifikasi == "administratif" and "Klasifikasi" in ktp.unreadable
    out = tmp_path / "x.json"
    rescue.save_as_json(report, out)
    other = tmp_path / "lain.spdb"
    s = open_project(other, create=True)
    try:
        s.import_document(json.loads(out.read_text(encoding="utf-8")))
        assert len(s.services()) == 2
    finally:
        s.close()


@pytest.mark.parametrize("seed", range(4))
def test_damaged_content_random_bit_flips_never_end_in_a_traceback(tmp_path, seed):
    import random

    path = tmp_path / "asli.spdb"
    make_project(path)
    good = path.read_bytes()
    rng = random.Random(seed)
    for i in range(25):
        data = bytearray(good)
        for _ in range(rng.randint(1, 3)):
            pos = rng.randrange(100, len(data))
            data[pos] ^= 1 << rng.randrange(8)
        flipped = tmp_path / f"f{i}.spdb"
        flipped.write_bytes(bytes(data))
        try:
            s = open_project(flipped)
        except errors.DamagedContent:
            try:  # the rescue reads what is left, or says the file is past saving; never a traceback
                report = rescue.read_damaged(flipped)
                rescue.save_as_json(report, tmp_path / f"f{i}.json")
            except errors.ProjectError:
                pass
            assert flipped.read_bytes() == bytes(data)
            continue
        except errors.ProjectError:
            assert flipped.read_bytes() == bytes(data)
            continue
        try:
            s.load_project()
            for lay in s.services():
                s.findings(lay.id)
            s.export_document()
        finally:
            s.close()


def test_damaged_content_rescue_cuts_values_beyond_the_bounds_instead_of_dropping_them(tmp_path):
    from sp_desktop.domain.limits import MAX_TEXT_CHARS

    path = tmp_path / "proyek.spdb"
    make_project(path)
    long_text = json.dumps(["x" * (MAX_TEXT_CHARS + 5)])
    damage(path, f"UPDATE layanan SET produk = '{long_text}' WHERE jenis_pelayanan = 'KTP'")
    with pytest.raises(errors.DamagedContent, match="KTP"):
        open_project(path)
    report = rescue.read_damaged(path)
    ktp = next(s for s in report.services if s.layanan.jenis_pelayanan == "KTP")
    assert len(ktp.layanan.produk[0]) == MAX_TEXT_CHARS
    assert ktp.unreadable == ["Produk pelayanan (dipotong)"]


def test_damaged_content_rescue_renames_services_whose_names_became_one(tmp_path):
    path = tmp_path / "proyek.spdb"
    make_project(path)
    damage(path, DAMAGE["nama_ganda"][0])
    report = rescue.read_damaged(path)
    names = [s.layanan.jenis_pelayanan for s in report.services]
    assert names == ["Akta Kelahiran", " akta  kelahiran (2)"]
    out = tmp_path / "selamat.json"
    rescue.save_as_json(report, out)
    other = open_project(tmp_path / "lain.spdb", create=True)
    try:
        other.import_document(json.loads(out.read_text(encoding="utf-8")))  # the round trip holds
        assert len(other.services()) == 2
    finally:
        other.close()
