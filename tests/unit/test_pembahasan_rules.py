import pytest

from sp_desktop.domain.pembahasan import Pembahasan, Peserta, check, missing_groups, outside_unsur, second_round, title
from sp_desktop.domain.roles import NotAllowed


def test_pembahasan_rules_walk_ins_count_as_attended_not_invited():
    p = Pembahasan(peserta=[
        Peserta(nama="A", unsur="akademisi", hadir=False),
        Peserta(nama="B", unsur="media_massa", hadir=True, diundang=False),
        Peserta(nama="C", unsur="penyelenggara", hadir=True),
    ])
    assert outside_unsur(p) == ["akademisi"]
    assert outside_unsur(p, attended_only=True) == ["media_massa"]
    assert "Media massa" not in missing_groups(p) and "Instansi terkait" in missing_groups(p)


def test_pembahasan_rules_check_keeps_a_renamed_service_of_the_stored_version():
    previous = Pembahasan(layanan=["Lama"])
    check(Pembahasan(layanan=["Lama"]), {"Baru"}, previous)
    with pytest.raises(NotAllowed, match="Lama"):
        check(Pembahasan(layanan=["Lama"]), {"Baru"}, None)
    with pytest.raises(NotAllowed, match="lebih awal"):
        check(Pembahasan(mulai="10:00", selesai="09:59"), set())
    check(Pembahasan(mulai="10:00", selesai="10:00"), set())


def test_pembahasan_rules_second_round_and_title():
    p = Pembahasan(metode="fkp", tanggal="2018-11-23", tempat="Aula", nomor_undangan="1", notulen="x",
                   peserta=[Peserta(nama="B", hadir=True, diundang=False)])
    again = second_round(p)
    assert again.id and again.id != p.id and again.tempat == "Aula"
    assert (again.nomor_undangan, again.notulen, again.tanggal) == ("", "", "")
    assert [(x.nama, x.hadir, x.diundang) for x in again.peserta] == [("B", False, True)]
    assert title(p) == "forum konsultasi publik 23 November 2018"
    assert title(Pembahasan()) == "FGD tanpa tanggal"
