import dataclasses

import pytest

from sp_desktop.domain.checks import Finding, check_layanan, check_project, has_blocking
from sp_desktop.domain.components import KOMPONEN, STEP_KEYS
from sp_desktop.domain.model import (
    Biaya,
    Durasi,
    Instansi,
    Kepala,
    LangkahProsedur,
    Layanan,
    Member,
    Pengaduan,
    Persyaratan,
    PetugasPengaduan,
    SaluranPengaduan,
)


def complete_layanan() -> Layanan:
    return Layanan(
        jenis_pelayanan="Penerbitan Akta Kelahiran",
        klasifikasi="administratif",
        dasar_hukum=["Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik"],
        persyaratan=[Persyaratan("Surat keterangan kelahiran", "awal"), Persyaratan("Fotokopi KK", "akhir")],
        prosedur=[
            LangkahProsedur("Pemohon menyerahkan berkas", "Pemohon", Durasi(10, "menit"), 0, 0, "Berkas"),
            LangkahProsedur("Petugas menerbitkan akta", "Operator", Durasi(1, "hari_kerja"), 0, 15000, "Akta"),
        ],
        waktu_penyelesaian="1 (satu) hari kerja",
        biaya=Biaya(0, "Tidak dipungut biaya", "Pasal 79A UU 24/2013", 15000),
        produk=["Kutipan Akta Kelahiran"],
        pengaduan=Pengaduan(
            saluran=[SaluranPengaduan("telepon", "(0548) 123456"), SaluranPengaduan("kotak_saran", "Lantai 1")],
            petugas=PetugasPengaduan("Siti", "0812555", "aduan@bontangkota.go.id", "Jl. Bessai Berinta"),
            tindak_lanjut="Diteruskan ke Inspektorat",
        ),
        sarana_prasarana=["Komputer"],
        kompetensi_pelaksana=["Memahami adminduk"],
        pengawasan_internal=["Atasan langsung"],
        jumlah_pelaksana="8 orang",
        jaminan_pelayanan=["Sesuai standar"],
        jaminan_keamanan=["Ditandatangani pejabat berwenang"],
        evaluasi_kinerja=["Survei kepuasan masyarakat"],
    )


def only(findings: list[Finding]) -> Finding:
    assert len(findings) == 1, findings
    return findings[0]


def test_complete_layanan_has_no_findings():
    assert check_layanan(complete_layanan()) == []


def test_finding_is_frozen_and_has_the_four_fields():
    finding = Finding("biaya", "BLOKIR", "pesan", "aturan")
    assert [f.name for f in dataclasses.fields(Finding)] == ["komponen", "tingkat", "pesan", "aturan"]
    with pytest.raises(dataclasses.FrozenInstanceError):
        finding.pesan = "lain"


@pytest.mark.parametrize("name", ["", "   ", "\n\t"])
def test_blank_jenis_pelayanan_blocks(name):
    lay = complete_layanan()
    lay.jenis_pelayanan = name
    f = only(check_layanan(lay))
    assert (f.komponen, f.tingkat) == ("jenis_pelayanan", "BLOKIR")
    assert "jenis pelayanan" in f.pesan.lower()


_LIST_KEYS = ["dasar_hukum", "produk", "sarana_prasarana", "kompetensi_pelaksana", "pengawasan_internal",
              "jaminan_pelayanan", "jaminan_keamanan", "evaluasi_kinerja"]


@pytest.mark.parametrize("key", _LIST_KEYS)
@pytest.mark.parametrize("value", [[], [""], ["  ", "\n"]])
def test_empty_text_list_component_blocks(key, value):
    lay = complete_layanan()
    setattr(lay, key, value)
    findings = check_layanan(lay)
    if key == "dasar_hukum":  # the requirements then lose their legal basis: one warning more
        assert [(f.komponen, f.tingkat) for f in findings] == [("dasar_hukum", "BLOKIR"), ("persyaratan", "PERINGATAN")]
        findings = findings[:1]
    f = only(findings)
    assert (f.komponen, f.tingkat) == (key, "BLOKIR")
    assert "belum diisi" in f.pesan
    assert "Pasal 21" in f.aturan


@pytest.mark.parametrize("value", ["", "   "])
def test_blank_jumlah_pelaksana_blocks(value):
    lay = complete_layanan()
    lay.jumlah_pelaksana = value
    f = only(check_layanan(lay))
    assert (f.komponen, f.tingkat) == ("jumlah_pelaksana", "BLOKIR")


@pytest.mark.parametrize("items", [[], [Persyaratan("", "awal")], [Persyaratan(" ", "awal"), Persyaratan("", "akhir")]])
def test_empty_persyaratan_blocks_once(items):
    lay = complete_layanan()
    lay.persyaratan = items
    f = only(check_layanan(lay))
    assert (f.komponen, f.tingkat) == ("persyaratan", "BLOKIR")
    assert "belum diisi" in f.pesan


def test_empty_prosedur_blocks_once_when_time_and_fee_are_stated():
    lay = complete_layanan()
    lay.prosedur = []
    f = only(check_layanan(lay))
    assert (f.komponen, f.tingkat) == ("prosedur", "BLOKIR")


def test_pengaduan_without_channel_blocks():
    lay = complete_layanan()
    lay.pengaduan.saluran = []
    f = only(check_layanan(lay))
    assert (f.komponen, f.tingkat) == ("pengaduan", "BLOKIR")
    assert "saluran" in f.pesan


@pytest.mark.parametrize("stated", [None, "", "  "])
def test_waktu_without_stated_text_nor_durations_blocks(stated):
    lay = complete_layanan()
    lay.waktu_penyelesaian = stated
    for step in lay.prosedur:
        step.durasi = None
    findings = check_layanan(lay)
    assert [(f.komponen, f.tingkat) for f in findings] == [("prosedur", "BLOKIR")] * 2 + [
        ("waktu_penyelesaian", "BLOKIR")
    ]


@pytest.mark.parametrize("stated", [None, ""])
def test_waktu_derived_from_durations_is_enough(stated):
    lay = complete_layanan()
    lay.waktu_penyelesaian = stated
    assert check_layanan(lay) == []


def test_biaya_none_is_derived_from_steps():
    lay = complete_layanan()
    lay.biaya = None
    assert check_layanan(lay) == []


def test_biaya_none_without_steps_blocks():
    lay = complete_layanan()
    lay.biaya = None
    lay.prosedur = []
    assert [(f.komponen, f.tingkat) for f in check_layanan(lay)] == [("prosedur", "BLOKIR"), ("biaya", "BLOKIR")]


@pytest.mark.parametrize("uraian", ["", "   "])
def test_free_tarif_without_words_blocks(uraian):
    lay = complete_layanan()
    lay.biaya = Biaya(tarif=0, uraian=uraian, dasar="", beban_unit=0)
    f = only(check_layanan(lay))
    assert (f.komponen, f.tingkat) == ("biaya", "BLOKIR")
    assert "Tidak dipungut biaya" in f.pesan
    assert "Lampiran" in f.aturan and "angka 6" in f.aturan


@pytest.mark.parametrize("tarif", [-1, -50000, True, "0", 1.5])
def test_tarif_that_is_negative_or_not_a_whole_number_blocks(tarif):
    lay = complete_layanan()
    lay.biaya = Biaya(tarif=tarif, uraian="Tidak dipungut biaya", dasar="Perda", beban_unit=0)
    f = only(check_layanan(lay))
    assert (f.komponen, f.tingkat) == ("biaya", "BLOKIR")
    assert "Tarif" in f.pesan


def test_negative_unit_cost_blocks():
    lay = complete_layanan()
    lay.biaya = Biaya(tarif=0, uraian="Gratis", dasar="", beban_unit=-5)
    f = only(check_layanan(lay))
    assert (f.komponen, f.tingkat) == ("biaya", "BLOKIR")


def test_paid_tarif_without_basis_warns():
    lay = complete_layanan()
    lay.biaya = Biaya(tarif=50000, uraian="", dasar="", beban_unit=0)
    f = only(check_layanan(lay))
    assert (f.komponen, f.tingkat) == ("biaya", "PERINGATAN")
    assert "Rp50.000" in f.pesan


def test_paid_tarif_with_basis_passes():
    lay = complete_layanan()
    lay.biaya = Biaya(tarif=50000, uraian="", dasar="Perda Kota Bontang 5/2019", beban_unit=0)
    assert check_layanan(lay) == []


def test_negative_step_fee_blocks_under_prosedur_only():
    lay = complete_layanan()
    lay.biaya = None
    lay.prosedur[1].biaya_pengguna = -1000
    f = only(check_layanan(lay))
    assert (f.komponen, f.tingkat) == ("prosedur", "BLOKIR")
    assert "nomor 2" in f.pesan


def test_channel_without_address_blocks():
    lay = complete_layanan()
    lay.pengaduan.saluran[1].alamat = "  "
    f = only(check_layanan(lay))
    assert (f.komponen, f.tingkat) == ("pengaduan", "BLOKIR")
    assert "nomor 2" in f.pesan and "Kotak saran" in f.pesan


def test_unknown_channel_kind_blocks():
    lay = complete_layanan()
    lay.pengaduan.saluran[0].jenis = "fax"
    f = only(check_layanan(lay))
    assert (f.komponen, f.tingkat) == ("pengaduan", "BLOKIR")


@pytest.mark.parametrize(
    ("field", "word"), [("nama", "Nama petugas"), ("alamat", "Alamat kantor")]
)
def test_officer_without_name_or_address_blocks(field, word):
    lay = complete_layanan()
    setattr(lay.pengaduan.petugas, field, "")
    f = only(check_layanan(lay))
    assert (f.komponen, f.tingkat) == ("pengaduan", "BLOKIR")
    assert word in f.pesan
    assert "angka 8" in f.aturan


def test_officer_needs_phone_or_email():
    lay = complete_layanan()
    lay.pengaduan.petugas.telepon = ""
    assert check_layanan(lay) == []
    lay.pengaduan.petugas.telepon = "0812555"
    lay.pengaduan.petugas.email = ""
    assert check_layanan(lay) == []
    lay.pengaduan.petugas.telepon = " "
    f = only(check_layanan(lay))
    assert (f.komponen, f.tingkat) == ("pengaduan", "BLOKIR")
    assert "telepon" in f.pesan and "e-mail" in f.pesan


def test_missing_follow_up_of_complaints_warns():
    lay = complete_layanan()
    lay.pengaduan.tindak_lanjut = ""
    f = only(check_layanan(lay))
    assert (f.komponen, f.tingkat) == ("pengaduan", "PERINGATAN")


@pytest.mark.parametrize("durasi", [None, Durasi(0, "menit"), Durasi(-2, "jam")])
def test_step_without_positive_duration_blocks(durasi):
    lay = complete_layanan()
    lay.prosedur[0].durasi = durasi
    f = only(check_layanan(lay))
    assert (f.komponen, f.tingkat) == ("prosedur", "BLOKIR")
    assert "nomor 1" in f.pesan


@pytest.mark.parametrize(("satuan", "word"), [("", "belum memiliki satuan"), ("minggu", "tidak dikenal"),
                                              ("hari kerja", "tidak dikenal")])
def test_duration_without_or_with_unknown_unit_blocks(satuan, word):
    lay = complete_layanan()
    lay.prosedur[1].durasi = Durasi(2, satuan)
    f = only(check_layanan(lay))
    assert (f.komponen, f.tingkat) == ("prosedur", "BLOKIR")
    assert word in f.pesan and "nomor 2" in f.pesan


def test_step_with_blank_uraian_blocks():
    lay = complete_layanan()
    lay.prosedur[1].uraian = " "
    f = only(check_layanan(lay))
    assert (f.komponen, f.tingkat) == ("prosedur", "BLOKIR")
    assert "nomor 2" in f.pesan and "uraian" in f.pesan


def test_requirement_with_blank_uraian_blocks():
    lay = complete_layanan()
    lay.persyaratan.append(Persyaratan("", "awal"))
    f = only(check_layanan(lay))
    assert (f.komponen, f.tingkat) == ("persyaratan", "BLOKIR")
    assert "nomor 3" in f.pesan


def test_requirement_with_unknown_tahap_blocks():
    lay = complete_layanan()
    lay.persyaratan[0].tahap = "tengah"
    f = only(check_layanan(lay))
    assert (f.komponen, f.tingkat) == ("persyaratan", "BLOKIR")
    assert "'tengah'" in f.pesan


def test_requirements_without_legal_basis_warn_once():
    lay = complete_layanan()
    lay.dasar_hukum = []
    lay.persyaratan = [Persyaratan(f"Syarat {i}", "awal") for i in range(5)]
    warnings = [f for f in check_layanan(lay) if f.tingkat == "PERINGATAN"]
    f = only(warnings)
    assert f.komponen == "persyaratan"
    assert "dasar hukum" in f.pesan and "kosong" in f.pesan


def test_no_legal_basis_warning_without_requirements():
    lay = complete_layanan()
    lay.dasar_hukum = []
    lay.persyaratan = []
    assert [(f.komponen, f.tingkat) for f in check_layanan(lay)] == [("dasar_hukum", "BLOKIR"),
                                                                      ("persyaratan", "BLOKIR")]


def test_step_without_pelaksana_warns():
    lay = complete_layanan()
    lay.prosedur[0].pelaksana = ""
    f = only(check_layanan(lay))
    assert (f.komponen, f.tingkat) == ("prosedur", "PERINGATAN")
    assert "pelaksana" in f.pesan


def test_unknown_klasifikasi_warns():
    lay = complete_layanan()
    lay.klasifikasi = "campuran"
    f = only(check_layanan(lay))
    assert (f.komponen, f.tingkat) == ("jenis_pelayanan", "PERINGATAN")
    assert "Pasal 6" in f.aturan


def _with_durations(*durations):
    lay = complete_layanan()
    lay.prosedur = [LangkahProsedur(f"Langkah {i}", "Petugas", d, 0, 0, "") for i, d in enumerate(durations)]
    return lay


@pytest.mark.parametrize(
    ("durations", "warned"),
    [
        ((Durasi(10, "hari_kerja"), Durasi(10, "hari_kerja"), Durasi(10, "hari_kerja")), False),
        ((Durasi(10, "hari_kerja"), Durasi(10, "hari_kerja"), Durasi(11, "hari_kerja")), True),
        ((Durasi(10, "hari"), ), False),  # 240 hours = 30 working days of 8 hours
        ((Durasi(10, "hari"), Durasi(1, "menit")), True),
        ((Durasi(12, "hari_kerja"), Durasi(12, "hari_kerja"), Durasi(50, "jam")), True),
    ],
)
def test_unusually_long_total_warns_above_30_working_days(durations, warned):
    found = [f for f in check_layanan(_with_durations(*durations)) if f.komponen == "waktu_penyelesaian"]
    if warned:
        f = only(found)
        assert f.tingkat == "PERINGATAN" and "30 hari kerja" in f.pesan
    else:
        assert found == []


@pytest.mark.parametrize(
    ("durasi", "warned"),
    [(Durasi(14, "hari_kerja"), False), (Durasi(15, "hari_kerja"), True), (Durasi(14, "hari"), False),
     (Durasi(14.5, "hari"), True), (Durasi(336, "jam"), False), (Durasi(337, "jam"), True),
     (Durasi(20160, "menit"), False), (Durasi(20161, "menit"), True)],
)
def test_single_step_over_14_days_warns(durasi, warned):
    found = [f for f in check_layanan(_with_durations(durasi)) if f.komponen == "prosedur"]
    if warned:
        f = only(found)
        assert f.tingkat == "PERINGATAN" and "14 hari" in f.pesan and "nomor 1" in f.pesan
    else:
        assert found == []


def test_empty_layanan_reports_every_component_in_step_order():
    findings = check_layanan(Layanan())
    assert has_blocking(findings)
    order = [STEP_KEYS.index(f.komponen) for f in findings]
    assert order == sorted(order)
    blocked = {f.komponen for f in findings if f.tingkat == "BLOKIR"}
    assert {k.key for k in KOMPONEN} | {"jenis_pelayanan"} == blocked
    assert all(f.aturan and f.pesan for f in findings)


def test_findings_are_sorted_by_step_even_when_found_late():
    lay = complete_layanan()
    lay.evaluasi_kinerja = []
    lay.jenis_pelayanan = ""
    lay.biaya = Biaya(0, "", "", 0)
    assert [f.komponen for f in check_layanan(lay)] == ["jenis_pelayanan", "biaya", "evaluasi_kinerja"]


def test_has_blocking():
    assert not has_blocking([])
    assert not has_blocking([Finding("prosedur", "PERINGATAN", "x", "y")])
    assert has_blocking([Finding("prosedur", "PERINGATAN", "x", "y"), Finding("biaya", "BLOKIR", "x", "y")])


# ---------------------------------------------------------------------------------------------- project


def good_instansi() -> Instansi:
    return Instansi(nama="Dinas Kependudukan dan Pencatatan Sipil", kota="Bontang", zona_waktu="WITA",
                    kepala=Kepala(nama="Drs. NAMA LENGKAP, M.Si.", nip="196801012000031001"))


def good_tim() -> list[Member]:
    return [Member("Ketua", "197505152003121004", "Sekretaris Dinas", "ketua"),
            Member("Sekretaris", "", "Kepala Bidang", "sekretaris"),
            Member("Anggota", "", "Petugas loket", "anggota")]


def test_complete_project_has_no_findings():
    assert check_project(good_instansi(), good_tim()) == []


def test_blank_unit_name_blocks():
    inst = good_instansi()
    inst.nama = " "
    f = only(check_project(inst, good_tim()))
    assert (f.komponen, f.tingkat) == ("instansi", "BLOKIR")


def test_unknown_time_zone_blocks():
    inst = good_instansi()
    inst.zona_waktu = "UTC"
    f = only(check_project(inst, good_tim()))
    assert (f.komponen, f.tingkat) == ("instansi", "BLOKIR")


def test_head_without_name_or_nip_blocks():
    inst = good_instansi()
    inst.kepala = Kepala()
    findings = check_project(inst, good_tim())
    assert [(f.komponen, f.tingkat) for f in findings] == [("instansi", "BLOKIR")] * 2
    assert "Nama kepala" in findings[0].pesan and "NIP kepala" in findings[1].pesan


@pytest.mark.parametrize("nip", ["19680101200003100", "1968010120000310011", "19680101200003100X"])
def test_invalid_head_nip_blocks(nip):
    inst = good_instansi()
    inst.kepala.nip = nip
    f = only(check_project(inst, good_tim()))
    assert (f.komponen, f.tingkat) == ("instansi", "BLOKIR")
    assert f.pesan.startswith("NIP kepala")


def test_doubtful_head_nip_warns():
    inst = good_instansi()
    inst.kepala.nip = "196801012000033001"  # sex digit 3
    f = only(check_project(inst, good_tim()))
    assert (f.komponen, f.tingkat) == ("instansi", "PERINGATAN")
    assert "jenis kelamin" in f.pesan


def test_head_nip_with_spaces_blocks_because_the_file_needs_18_digits():
    inst = good_instansi()
    inst.kepala.nip = "19680101 200003 1 001"
    f = only(check_project(inst, good_tim()))
    assert (f.komponen, f.tingkat) == ("instansi", "BLOKIR")


@pytest.mark.parametrize(
    ("tim", "count"),
    [
        ([], 2),
        ([Member("A", "", "", "anggota")], 2),
        ([Member("A", "", "", "ketua"), Member("B", "", "", "ketua"), Member("C", "", "", "sekretaris")], 1),
        ([Member("A", "", "", "ketua")], 1),
        ([Member("A", "", "", "ketua"), Member("B", "", "", "sekretaris"), Member("C", "", "", "pengarah")], 1),
    ],
)
def test_team_problems_block(tim, count):
    findings = check_project(good_instansi(), tim)
    assert len(findings) == count
    assert all((f.komponen, f.tingkat) == ("tim", "BLOKIR") for f in findings)
    assert all("Pasal 10" in f.aturan for f in findings)


def test_member_without_name_blocks():
    tim = good_tim()
    tim[2].nama = ""
    f = only(check_project(good_instansi(), tim))
    assert (f.komponen, f.tingkat) == ("tim", "BLOKIR")
    assert "nomor 3" in f.pesan


def test_member_nip_is_checked_when_given():
    tim = good_tim()
    tim[1].nip = "12345"
    f = only(check_project(good_instansi(), tim))
    assert (f.komponen, f.tingkat) == ("tim", "BLOKIR")
    assert "Sekretaris" in f.pesan
    tim[1].nip = "198203102006042000"  # serial 000
    f = only(check_project(good_instansi(), tim))
    assert (f.komponen, f.tingkat) == ("tim", "PERINGATAN")


def test_project_findings_list_instansi_before_tim():
    inst = good_instansi()
    inst.nama = ""
    findings = check_project(inst, [])
    assert [f.komponen for f in findings] == ["instansi", "tim", "tim"]
