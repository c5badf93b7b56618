"""Taking services from another unit's project or SP JSON file (services/replication.py)."""

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from sp_desktop.domain.names import suffixed_name
from sp_desktop.domain.roles import NotAllowed
from sp_desktop.services.replication import REPLICA_SUFFIX, ForeignUnreadable, foreign_services
from sp_desktop.services.session import open_project
from sp_desktop.storage import errors
from tests.unit.session_helpers import member

DATA = Path(__file__).parents[1] / "data"
OTHER_UNIT = "Dinas Penanaman Modal Kota Metro"


def _document():
    data = json.loads((DATA / "proyek_contoh.json").read_text(encoding="utf-8"))
    data["instansi"]["nama"] = OTHER_UNIT
    data["layanan"][0]["status"] = "ditetapkan"
    data["layanan"][0]["versi"] = 3
    data["layanan"][1]["jenis_pelayanan"] = "Izin Usaha Mikro"
    return data


@pytest.fixture
def foreign(tmp_path):
    """Another unit's project file, closed (everything in the main file)."""
    path = tmp_path / "lain" / "unit_lain.spdb"
    path.parent.mkdir()
    other = open_project(path, create=True)
    other.import_document(_document())
    other.close()
    return path


@pytest.fixture
def s(sample_session):
    sample_session.set_actor(member(sample_session, "anggota").id)
    return sample_session


def _state(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_foreign_services_lists_unit_and_services_and_changes_nothing(foreign):
    before = _state(foreign.parent)
    source = foreign_services(foreign)
    assert source.unit_name == OTHER_UNIT
    assert [(x.name, x.status, x.versi) for x in source.services] == [
        ("Penerbitan Akta Kelahiran", "ditetapkan", 3),
        ("Izin Usaha Mikro", "draf", 1),
        ("Penerbitan Kartu Identitas Anak (KIA)", "draf", 1),
    ]
    assert source.remarks == []
    assert _state(foreign.parent) == before  # byte for byte, and no -wal/-shm left beside it


def test_replicate_adds_drafts_version_one_with_source_in_audit(s, foreign):
    before = s.service_count()
    ids = s.replicate(foreign, ["Izin Usaha Mikro", "penerbitan akta  KELAHIRAN"])
    assert s.service_count() == before + 2
    first, second = (s.service(i) for i in ids)
    assert first.jenis_pelayanan == "Izin Usaha Mikro"
    # The open project already has this name: the copy gets a suffix.
    assert second.jenis_pelayanan == "Penerbitan Akta Kelahiran (replikasi)"
    assert (second.status, second.versi) == ("draf", 1)
    assert s.repo.stored_versions(second.id) == [] and s.repo.service_versi(second.id) == 1
    original = next(lay for lay in s.services() if lay.jenis_pelayanan == "Penerbitan Akta Kelahiran")
    assert [p.uraian for p in second.persyaratan] == [p.uraian for p in original.persyaratan]
    for sid in ids:
        assert [(a.aksi, a.keterangan) for a in s.audit(sid)] == [
            ("impor", f"Direplikasi dari {OTHER_UNIT} (unit_lain.spdb)")]


def test_replicate_unknown_name_writes_nothing(s, foreign):
    before = [x.id for x in s.summaries()]
    with pytest.raises(NotAllowed, match="tidak ada di berkas unit_lain.spdb"):
        s.replicate(foreign, ["Izin Usaha Mikro", "Layanan Fiktif"])
    assert [x.id for x in s.summaries()] == before


def test_replicate_needs_a_member(sample_session, foreign):
    with pytest.raises(NotAllowed, match="Pilih dulu"):
        sample_session.replicate(foreign, ["Izin Usaha Mikro"])


def test_replicate_refuses_the_open_project_itself(s):
    with pytest.raises(NotAllowed, match="proyek yang sedang terbuka"):
        s.replicate(s.path, ["Penerbitan Akta Kelahiran"])


def test_reads_a_project_open_in_another_window(foreign):
    other = open_project(foreign)  # holds the lock; its last change is still in the -wal
    try:
        other.add_service("Izin Baru Sekali")
        names = [x.name for x in foreign_services(foreign).services]
        assert "Izin Baru Sekali" in names
    finally:
        other.close()


def test_sp_json_project_and_service_files(tmp_path):
    project = tmp_path / "unit.json"
    project.write_text(json.dumps(_document()), encoding="utf-8")
    source = foreign_services(project)
    assert source.unit_name == OTHER_UNIT and len(source.services) == 3
    single = foreign_services(DATA / "layanan_contoh.json")
    assert [x.name for x in single.services] == ["Penerbitan Akta Kematian"]
    assert single.unit_name == "unit tanpa nama"


def test_replicate_from_sp_json_names_the_file(s, tmp_path):
    project = tmp_path / "kiriman.json"
    project.write_text(json.dumps(_document()), encoding="utf-8")
    (sid,) = s.replicate(project, ["Izin Usaha Mikro"])
    assert s.audit(sid)[0].keterangan == f"Direplikasi dari {OTHER_UNIT} (kiriman.json)"


def test_package_is_refused_clearly(tmp_path):
    package = tmp_path / "kiriman.spx"
    package.write_bytes(b"PK\x03\x04")
    with pytest.raises(ForeignUnreadable, match=r"paket pertukaran \(\.spx\).*\.spdb.*\.json"):
        foreign_services(package)


@pytest.mark.parametrize(("content", "kind", "message"), [
    (b"bukan basis data", errors.NotAProject, "bukan berkas proyek SP Desktop"),
    (b"", errors.DamagedProject, "kosong"),
])
def test_not_a_project(tmp_path, content, kind, message):
    path = tmp_path / "aneh.spdb"
    path.write_bytes(content)
    with pytest.raises(kind, match=message):
        foreign_services(path)
    assert path.read_bytes() == content


def test_damaged_project_is_refused_and_left_alone(foreign):
    raw = bytearray(foreign.read_bytes())
    page = 4096
    raw[page:page * 3] = b"\xff" * (page * 2)  # the first table pages overwritten
    foreign.write_bytes(bytes(raw))
    before = _state(foreign.parent)
    with pytest.raises(errors.ProjectError, match="unit_lain.spdb"):
        foreign_services(foreign)
    assert _state(foreign.parent) == before


def test_damaged_component_is_named_and_the_rest_still_offered(s, foreign):
    conn = sqlite3.connect(foreign)
    conn.execute("UPDATE layanan SET persyaratan = '{rusak' WHERE jenis_pelayanan = 'Izin Usaha Mikro'")
    conn.commit()
    conn.close()
    source = foreign_services(foreign)
    assert len(source.services) == 3
    assert len(source.remarks) == 1 and source.remarks[0].startswith("Izin Usaha Mikro: tidak terbaca sebagian")
    (sid,) = s.replicate(foreign, ["Izin Usaha Mikro"])
    assert s.service(sid).persyaratan == []


def test_newer_project_is_refused(foreign):
    conn = sqlite3.connect(foreign)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    before = _state(foreign.parent)
    with pytest.raises(errors.NewerVersion, match="versi yang lebih baru"):
        foreign_services(foreign)
    assert _state(foreign.parent) == before


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ForeignUnreadable, match="tidak ditemukan"):
        foreign_services(tmp_path / "tidak_ada.spdb")
    with pytest.raises(ForeignUnreadable, match="tidak ditemukan"):
        foreign_services(tmp_path)


def test_broken_json_is_refused_with_the_reason(tmp_path):
    path = tmp_path / "rusak.json"
    path.write_text('{"format": "sp-desktop/proyek", ', encoding="utf-8")
    with pytest.raises(ForeignUnreadable, match="rusak.json"):
        foreign_services(path)


def test_replica_name_rule():
    assert suffixed_name("A", set(), REPLICA_SUFFIX) == "A"
    assert suffixed_name("A", {"a"}, REPLICA_SUFFIX) == "A (replikasi)"
    assert suffixed_name("A", {"a", "a (replikasi)"}, REPLICA_SUFFIX) == "A (replikasi 2)"
