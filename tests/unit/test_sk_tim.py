import pytest

from sp_desktop.domain.model import Member
from sp_desktop.export import blocks as b
from sp_desktop.export.catalog import BUILDERS, DocRequest
from sp_desktop.export.errors import DocumentRefused
from sp_desktop.export.sk_tim import build_sk_tim
from tests.unit import export_fixtures as fx
from tests.unit.test_sk_penetapan import docx_text, pdf_pages


def team_project():
    project = fx.project(1)
    project.extra["sk_tim"] = {"nomor": "188.4/12/DKPS/2018", "tanggal": "2018-08-01"}
    project.tim = [
        Member("Andi Saputra", "", "Pengelola Data", "anggota"),
        Member("Rina Wati, S.E.", "198002022005012003", "Kepala Subbagian Umum", "sekretaris"),
        Member("Budi Santoso, S.Sos.", "197501012000031002", "Sekretaris Dinas", "ketua"),
        Member("Dewi Lestari", "199003032015032004", "Analis Pelayanan", "anggota"),
        Member("Drs. NAMA LENGKAP, M.Si.", fx.NIP, "Kepala Dinas", "anggota"),  # the head: listed once
    ]
    return project


def test_sk_tim_is_registered():
    assert BUILDERS["sk-tim"] == "sk_tim:build_sk_tim"


def test_sk_tim_lampiran_lists_members_by_role():
    doc = build_sk_tim(team_project(), DocRequest())
    table = next(x for x in doc.blocks if isinstance(x, b.Table))
    assert table.header == ("NO", "NAMA / NIP", "JABATAN", "KEDUDUKAN DALAM TIM")
    assert [(row[0], row[1].split("\n")[0], row[3]) for row in table.rows] == [
        ("1.", "Drs. NAMA LENGKAP, M.Si.", "Penanggung Jawab"),
        ("2.", "Budi Santoso, S.Sos.", "Ketua"),
        ("3.", "Rina Wati, S.E.", "Sekretaris"),
        ("4.", "Andi Saputra", "Anggota"),
        ("5.", "Dewi Lestari", "Anggota"),
    ]
    assert table.rows[1][1] == "Budi Santoso, S.Sos.\nNIP. 19750101 200003 1 002"
    assert table.rows[0][2] == "Kepala Dinas Kependudukan dan Pencatatan Sipil"
    lampiran = next(x for x in doc.blocks if isinstance(x, b.LampiranBlock))
    assert lampiran.title == "LAMPIRAN KEPUTUSAN KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KOTA BONTANG"
    assert lampiran.rows[:2] == (("NOMOR", "188.4/12/DKPS/2018"), ("TANGGAL", "1 Agustus 2018"))


@pytest.mark.parametrize("suffix", ["pdf", "docx"])
def test_sk_tim_written_file_has_title_diktum_and_members(tmp_path, suffix):
    project = team_project()
    text = " ".join(pdf_pages(project, tmp_path, "sk-tim")) if suffix == "pdf" else docx_text(
        project, tmp_path, "sk-tim")
    assert "KEPUTUSAN KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KOTA BONTANG NOMOR : 188.4/12/DKPS/2018" in text
    assert "PEMBENTUKAN TIM PENYUSUN STANDAR PELAYANAN PADA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KOTA" in text
    assert "Membentuk Tim Penyusun Standar Pelayanan" in text and "mempunyai tugas" in text
    assert text.index("KESATU") < text.index("KEDUA") < text.index("KETIGA") < text.index("KEEMPAT")
    assert "Ditetapkan di Bontang pada tanggal 1 Agustus 2018" in text
    for name in ("Budi Santoso, S.Sos.", "Rina Wati, S.E.", "Andi Saputra", "Dewi Lestari"):
        assert name in text
    for role in ("Penanggung Jawab", "Ketua", "Sekretaris", "Anggota"):
        assert role in text
    assert text.count("Drs. NAMA LENGKAP, M.Si.") == 3  # decree signature, table row, lampiran signature


def test_sk_tim_refused_without_members():
    with pytest.raises(DocumentRefused, match="belum punya anggota"):
        build_sk_tim(fx.project(1), DocRequest())
