"""The exchange between laptops: merge by component, conflicts, identity, roles, adopted standards, undo."""

from __future__ import annotations

import pytest

from sp_desktop.services import exchange as ex
from sp_desktop.services.session import open_project
from tests.unit.exchange_kit import by_name, content, copy, edit, send, team_project


@pytest.fixture
def team(tmp_path):
    ketua = team_project(tmp_path)
    andi = copy(ketua, tmp_path, "Andi")
    budi = copy(ketua, tmp_path, "Budi")
    yield ketua, andi, budi
    for session in (ketua, andi, budi):
        session.close()


def test_copy_starts_from_the_same_content_and_knows_its_peer(team):
    ketua, andi, _budi = team
    assert content(andi) == content(ketua)
    assert ex.open_conflicts(andi) == []


def test_different_components_of_one_service_both_kept(team, tmp_path):
    ketua, andi, _budi = team
    edit(andi, "Akta Kelahiran", jumlah_pelaksana="3 orang")
    edit(ketua, "Akta Kelahiran", waktu_penyelesaian="2 hari kerja")
    result = send(andi, ketua, tmp_path)
    assert result.conflicts == [] and result.applied >= 1
    lay = by_name(ketua, "Akta Kelahiran")
    assert (lay.jumlah_pelaksana, lay.waktu_penyelesaian) == ("3 orang", "2 hari kerja")
    send(ketua, andi, tmp_path)
    assert content(andi) == content(ketua)


def test_same_component_is_a_conflict_shown_with_both_sides(team, tmp_path):
    ketua, andi, _budi = team
    andi.repo.unnamed_actor = "Andi"
    edit(andi, "Akta Kelahiran", jumlah_pelaksana="5 orang")
    edit(ketua, "Akta Kelahiran", jumlah_pelaksana="7 orang")
    result = send(andi, ketua, tmp_path)
    [conflict] = result.conflicts
    assert (conflict.layanan, conflict.komponen, conflict.mine, conflict.theirs) == (
        "Akta Kelahiran", "jumlah_pelaksana", "7 orang", "5 orang")
    assert conflict.komponen_label == "Jumlah pelaksana"
    assert conflict.theirs_by == "Andi" and conflict.theirs_when and conflict.mine_when
    assert by_name(ketua, "Akta Kelahiran").jumlah_pelaksana == "7 orang"  # the receiver's value stays for now
    assert ex.open_conflicts(ketua) == [conflict]


@pytest.mark.parametrize(("choice", "edited", "expected", "dropped"), [
    ("mine", None, "7 orang", ["5 orang"]),
    ("theirs", None, "5 orang", ["7 orang"]),
    ("edit", "6 orang", "6 orang", ["7 orang", "5 orang"]),
])
def test_resolving_keeps_the_other_value_in_the_audit_trail_and_converges(team, tmp_path, choice, edited, expected,
                                                                          dropped):
    ketua, andi, _budi = team
    edit(andi, "Akta Kelahiran", jumlah_pelaksana="5 orang")
    edit(ketua, "Akta Kelahiran", jumlah_pelaksana="7 orang")
    [conflict] = send(andi, ketua, tmp_path).conflicts
    ex.resolve_conflict(ketua, conflict.id, choice, edited)
    lay = by_name(ketua, "Akta Kelahiran")
    assert lay.jumlah_pelaksana == expected
    assert ex.open_conflicts(ketua) == []
    entry = next(e for e in ketua.audit(lay.id) if e.aksi == "konflik")
    assert all(value in entry.keterangan for value in dropped)
    send(ketua, andi, tmp_path)
    assert by_name(andi, "Akta Kelahiran").jumlah_pelaksana == expected
    assert content(andi) == content(ketua)
    with pytest.raises(ex.ExchangeRefused):
        ex.resolve_conflict(ketua, conflict.id, "mine")


def test_list_component_edit_accepts_lines(team, tmp_path):
    ketua, andi, _budi = team
    edit(andi, "Akta Kelahiran", dasar_hukum=["UU 23/2006"])
    edit(ketua, "Akta Kelahiran", dasar_hukum=["UU 24/2013"])
    [conflict] = send(andi, ketua, tmp_path).conflicts
    assert conflict.mine == "• UU 24/2013" and conflict.theirs == "• UU 23/2006"
    ex.resolve_conflict(ketua, conflict.id, "edit", "• UU 23/2006\n• UU 24/2013")
    assert by_name(ketua, "Akta Kelahiran").dasar_hukum == ["UU 23/2006", "UU 24/2013"]


def test_services_added_on_two_laptops_never_collide(team, tmp_path):
    ketua, andi, budi = team
    andi.add_service("Surat Pindah")
    budi.add_service("Kartu Identitas Anak")
    send(andi, ketua, tmp_path)
    send(budi, ketua, tmp_path)
    send(ketua, andi, tmp_path)
    send(ketua, budi, tmp_path)
    names = sorted(s.jenis_pelayanan for s in ketua.summaries())
    assert names == ["Akta Kelahiran", "Kartu Identitas Anak", "Kartu Keluarga", "Surat Pindah"]
    assert content(andi) == content(ketua) == content(budi)


def test_same_name_added_on_two_laptops_keeps_both(team, tmp_path):
    ketua, andi, budi = team
    edit_a = andi.add_service("Surat Pindah")
    budi.add_service("Surat Pindah")
    edit(andi, "Surat Pindah", jumlah_pelaksana="dari Andi")
    assert edit_a.id
    first = send(andi, ketua, tmp_path)
    result = send(budi, ketua, tmp_path)
    assert any("Surat Pindah (2)" in line for line in result.refused) or any(
        "Surat Pindah (2)" in line for line in first.refused)
    names = sorted(s.jenis_pelayanan for s in ketua.summaries())
    assert names.count("Surat Pindah") == 1 and "Surat Pindah (2)" in names
    for member in (andi, budi):
        send(ketua, member, tmp_path)
    send(andi, ketua, tmp_path)
    send(budi, ketua, tmp_path)
    for member in (andi, budi):
        send(ketua, member, tmp_path)
    assert content(andi) == content(ketua) == content(budi)
    both = [by_name(ketua, name) for name in ("Surat Pindah", "Surat Pindah (2)")]
    assert sorted(lay.jumlah_pelaksana for lay in both) == ["", "dari Andi"]


def test_rename_travels_as_a_rename(team, tmp_path):
    ketua, andi, _budi = team
    before = by_name(ketua, "Kartu Keluarga")
    edit(ketua, "Kartu Keluarga", jumlah_pelaksana="2 orang")
    lay = by_name(andi, "Kartu Keluarga")
    andi.rename_service(lay.id, "Penerbitan Kartu Keluarga")
    send(andi, ketua, tmp_path)
    renamed = by_name(ketua, "Penerbitan Kartu Keluarga")
    assert renamed.id == before.id and renamed.jumlah_pelaksana == "2 orang"
    assert ketua.service_count() == 2


def test_deleted_here_edited_there_keeps_the_edit(team, tmp_path):
    ketua, andi, _budi = team
    ketua.delete_service(by_name(ketua, "Kartu Keluarga").id)
    edit(andi, "Kartu Keluarga", jumlah_pelaksana="4 orang")
    result = send(andi, ketua, tmp_path)
    assert by_name(ketua, "Kartu Keluarga").jumlah_pelaksana == "4 orang"
    assert any("dipulihkan" in line for line in result.refused)


def test_deleted_there_edited_here_keeps_the_edit(team, tmp_path):
    ketua, andi, _budi = team
    andi.delete_service(by_name(andi, "Kartu Keluarga").id)
    edit(ketua, "Kartu Keluarga", jumlah_pelaksana="4 orang")
    result = send(andi, ketua, tmp_path)
    assert by_name(ketua, "Kartu Keluarga").jumlah_pelaksana == "4 orang"
    assert any("dipertahankan" in line for line in result.refused)
    send(ketua, andi, tmp_path)
    assert content(andi) == content(ketua)


def test_a_package_sent_twice_before_an_answer_merges_once(team, tmp_path):
    ketua, andi, _budi = team
    edit(andi, "Akta Kelahiran", jumlah_pelaksana="3 orang")
    ex.send_changes(andi, tmp_path / "satu.spx")
    edit(andi, "Akta Kelahiran", waktu_penyelesaian="1 hari")
    ex.send_changes(andi, tmp_path / "dua.spx")
    assert ex.receive_package(ketua, tmp_path / "satu.spx").conflicts == []
    assert ex.receive_package(ketua, tmp_path / "dua.spx").conflicts == []
    lay = by_name(ketua, "Akta Kelahiran")
    assert (lay.jumlah_pelaksana, lay.waktu_penyelesaian) == ("3 orang", "1 hari")


def test_crossing_packages_still_converge(team, tmp_path):
    ketua, andi, _budi = team
    edit(andi, "Akta Kelahiran", jumlah_pelaksana="3 orang")
    edit(ketua, "Kartu Keluarga", jumlah_pelaksana="9 orang")
    ex.send_changes(andi, tmp_path / "a.spx")
    ex.send_changes(ketua, tmp_path / "k.spx")
    ex.receive_package(ketua, tmp_path / "a.spx")
    ex.receive_package(andi, tmp_path / "k.spx")
    send(andi, ketua, tmp_path)
    send(ketua, andi, tmp_path)
    assert content(andi) == content(ketua)


def test_status_change_only_from_the_ketua(team, tmp_path):
    ketua, andi, _budi = team
    andi.db.execute("UPDATE layanan SET status = 'siap_dibahas' WHERE jenis_pelayanan = 'Akta Kelahiran'")
    result = send(andi, ketua, tmp_path)
    assert by_name(ketua, "Akta Kelahiran").status == "draf"
    assert any("hanya ketua tim" in line for line in result.refused)
    send(ketua, andi, tmp_path)
    assert by_name(andi, "Akta Kelahiran").status == "draf"
    ketua.db.execute("UPDATE layanan SET status = 'siap_dibahas' WHERE jenis_pelayanan = 'Kartu Keluarga'")
    send(ketua, andi, tmp_path)
    assert by_name(andi, "Kartu Keluarga").status == "siap_dibahas"


def test_adopted_standard_changes_only_by_a_new_revision(team, tmp_path):
    ketua, andi, _budi = team
    for session in (ketua, andi):
        session.db.execute("UPDATE layanan SET status = 'ditetapkan' WHERE jenis_pelayanan = 'Akta Kelahiran'")
    andi.db.execute("UPDATE layanan SET jumlah_pelaksana = 'diam-diam' WHERE jenis_pelayanan = 'Akta Kelahiran'")
    result = send(andi, ketua, tmp_path)
    assert by_name(ketua, "Akta Kelahiran").jumlah_pelaksana != "diam-diam"
    assert any("sudah ditetapkan" in line for line in result.refused)
    ketua.db.execute("UPDATE layanan SET jumlah_pelaksana = 'revisi', versi = 2 WHERE jenis_pelayanan = "
                     "'Akta Kelahiran'")
    send(ketua, andi, tmp_path)
    assert by_name(andi, "Akta Kelahiran").jumlah_pelaksana == "revisi"


def test_discussions_merge_record_by_record_and_files_travel(team, tmp_path):
    ketua, andi, _budi = team
    first = ketua.add_discussion()
    second = andi.add_discussion()
    andi.add_discussion_file(second.id, "notulen.pdf", b"%PDF-1.4 isi notulen", "application/pdf")
    result = send(andi, ketua, tmp_path)
    assert result.conflicts == []
    assert {d.id for d in ketua.discussions()} == {first.id, second.id}
    [attachment] = ketua.discussion_attachments(second.id)
    assert ketua.discussion_attachment_data(attachment.id) == b"%PDF-1.4 isi notulen"
    send(ketua, andi, tmp_path)
    assert content(andi) == content(ketua)


def test_undo_receive_restores_the_state_before(team, tmp_path):
    ketua, andi, _budi = team
    before = content(ketua)
    edit(andi, "Akta Kelahiran", jumlah_pelaksana="3 orang")
    send(andi, ketua, tmp_path)
    assert content(ketua) != before
    [receipt] = ex.receipts(ketua)
    assert receipt.dari and receipt.berkas.endswith(".spx")
    path = ex.undo_receive(ketua, receipt.id)
    ketua.close()
    reopened = open_project(path)
    try:
        assert content(reopened) == before
        assert ex.receipts(reopened) == []
    finally:
        reopened.close()


def test_sending_without_any_peer_is_refused(tmp_path):
    alone = team_project(tmp_path)
    try:
        with pytest.raises(ex.ExchangeRefused, match="belum pernah bertukar"):
            ex.send_changes(alone, tmp_path / "paket.spx")
        assert not (tmp_path / "paket.spx").exists()
    finally:
        alone.close()
