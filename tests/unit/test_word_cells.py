import time

import pytest

from sp_desktop.domain.model import Biaya, Durasi, Persyaratan, SaluranPengaduan
from sp_desktop.domain.word_cells import (
    find_amount,
    find_duration,
    items_of,
    parse_biaya,
    parse_dasar_hukum,
    parse_list,
    parse_pengaduan,
    parse_persyaratan,
    parse_prosedur,
    parse_text,
    parse_waktu,
)
from sp_desktop.domain.word_import_model import Para


def typed(*lines: str) -> list[Para]:
    return [Para(line) for line in lines]


def numbered(*lines: str, level: int = 0) -> list[Para]:
    return [Para(line, numbered=True, level=level) for line in lines]


# ---- items ----------------------------------------------------------------------------------------------------


def test_word_cells_items_from_word_numbering():
    assert items_of(numbered("Fotokopi KTP;", "Kartu Keluarga; dan", "Pas foto 3x4")) == [
        "Fotokopi KTP",
        "Kartu Keluarga",
        "Pas foto 3x4",
    ]


@pytest.mark.parametrize(
    "markers",
    [("1.", "2."), ("1)", "2)"), ("(1)", "(2)"), ("a.", "b."), ("a)", "b)"), ("-", "-"), ("•", "•"), ("–", "–")],
)
def test_word_cells_items_from_typed_markers(markers):
    first, second = markers
    assert items_of(typed(f"{first} Fotokopi KTP", f"{second} Kartu Keluarga")) == ["Fotokopi KTP", "Kartu Keluarga"]


def test_word_cells_continuation_lines_join_their_item():
    paras = typed("1. Fotokopi KTP", "   yang masih berlaku", "2. Kartu Keluarga")
    assert items_of(paras) == ["Fotokopi KTP yang masih berlaku", "Kartu Keluarga"]


def test_word_cells_soft_line_breaks_inside_a_paragraph():
    assert items_of([Para("1. Fotokopi KTP\n2. Kartu Keluarga")]) == ["Fotokopi KTP", "Kartu Keluarga"]


def test_word_cells_typed_sub_items_stay_inside_their_item():
    paras = typed("1. Surat pengantar dari:", "a. RT", "b. RW", "2. Fotokopi KTP")
    assert items_of(paras) == ["Surat pengantar dari: RT; RW", "Fotokopi KTP"]


def test_word_cells_word_level_one_stays_inside_its_item():
    paras = [
        Para("Dokumen pendukung", numbered=True, level=0),
        Para("Akta nikah", numbered=True, level=1),
        Para("Surat keterangan lahir", numbered=True, level=1),
        Para("Pas foto", numbered=True, level=0),
    ]
    assert items_of(paras) == ["Dokumen pendukung; Akta nikah; Surat keterangan lahir", "Pas foto"]


def test_word_cells_without_markers_every_line_is_an_item():
    assert items_of(typed("Fotokopi KTP", "", "Kartu Keluarga")) == ["Fotokopi KTP", "Kartu Keluarga"]


def test_word_cells_numbers_inside_text_are_not_markers():
    assert items_of(typed("1.5 jam setelah berkas lengkap")) == ["1.5 jam setelah berkas lengkap"]
    assert items_of(typed("S.H. sebagai pejabat")) == ["S.H. sebagai pejabat"]


def test_word_cells_tabs_and_blanks_tidied():
    assert items_of(typed("1.\tFotokopi   KTP\t;")) == ["Fotokopi KTP"]


def test_word_cells_list_and_text():
    assert parse_list(typed("1. UU 25/2009", "2. PP 96/2012")) == ["UU 25/2009", "PP 96/2012"]
    assert parse_text(typed("  3   orang  ", "", "1 operator")) == "3 orang\n1 operator"


def test_word_cells_waktu_as_written():
    assert parse_waktu(typed("  3 (tiga)  hari kerja ")) == "3 (tiga) hari kerja"
    assert parse_waktu(typed("1. KTP: 1 hari", "2. KK: 3 hari kerja")) == "KTP: 1 hari; KK: 3 hari kerja"


# ---- requirements ---------------------------------------------------------------------------------------------


def test_word_cells_persyaratan_default_stage_awal():
    assert parse_persyaratan(typed("1. Fotokopi KTP", "2. Kartu Keluarga")) == [
        Persyaratan("Fotokopi KTP", "awal"),
        Persyaratan("Kartu Keluarga", "awal"),
    ]


def test_word_cells_persyaratan_stage_written_on_the_item():
    result = parse_persyaratan(
        typed(
            "1. Fotokopi KTP (diserahkan bertahap)",
            "2. Bukti bayar (diserahkan di akhir)",
            "3. Tanda terima diserahkan saat pengambilan",
            "4. Surat kuasa (bertahap)",
        )
    )
    assert result == [
        Persyaratan("Fotokopi KTP", "bertahap"),
        Persyaratan("Bukti bayar", "akhir"),
        Persyaratan("Tanda terima diserahkan saat pengambilan", "akhir"),
        Persyaratan("Surat kuasa", "bertahap"),
    ]


def test_word_cells_persyaratan_stage_headings_apply_to_items_under_them():
    result = parse_persyaratan(
        typed(
            "Persyaratan awal:",
            "1. Formulir",
            "2. KTP",
            "Persyaratan akhir:",
            "1. Tanda terima",
            "Diserahkan bertahap:",
            "- Surat rekomendasi",
        )
    )
    assert [(p.uraian, p.tahap) for p in result] == [
        ("Formulir", "awal"),
        ("KTP", "awal"),
        ("Tanda terima", "akhir"),
        ("Surat rekomendasi", "bertahap"),
    ]


# ---- procedure ------------------------------------------------------------------------------------------------


def test_word_cells_prosedur_durations_and_fees():
    steps = parse_prosedur(
        typed(
            "1. Pemohon mengisi formulir (15 menit)",
            "2. Verifikasi berkas ± 2 hari kerja",
            "3. Pencetakan dokumen 1 jam",
            "4. Membayar retribusi Rp. 50.000,-",
            "5. Penyerahan dokumen",
        )
    )
    assert [s.uraian for s in steps] == [
        "Pemohon mengisi formulir",
        "Verifikasi berkas",
        "Pencetakan dokumen",
        "Membayar retribusi Rp. 50.000,-",
        "Penyerahan dokumen",
    ]
    assert [s.durasi for s in steps] == [Durasi(15, "menit"), Durasi(2, "hari_kerja"), Durasi(1, "jam"), None, None]
    assert [s.biaya_pengguna for s in steps] == [0, 0, 0, 50000, 0]


def test_word_cells_prosedur_pelaksana_only_when_clear():
    steps = parse_prosedur(
        typed(
            "1. Petugas loket: menerima dan memeriksa berkas",
            "2. Dokumen ditandatangani oleh Kepala Dinas.",
            "3. Pemohon menunggu panggilan",
        )
    )
    assert [(s.pelaksana, s.uraian) for s in steps] == [
        ("Petugas loket", "menerima dan memeriksa berkas"),
        ("Kepala Dinas", "Dokumen ditandatangani oleh Kepala Dinas."),
        ("", "Pemohon menunggu panggilan"),
    ]


def test_word_cells_prosedur_reads_the_apps_own_detail_lines():
    paras = [
        Para("Pemohon menyerahkan berkas", numbered=True),
        Para("Pelaksana: Petugas loket; Waktu: 15 menit; Biaya: Rp50.000,00; Keluaran: Tanda terima"),
        Para("Petugas memverifikasi", numbered=True),
        Para("Waktu: 1,5 jam"),
    ]
    first, second = parse_prosedur(paras)
    assert (first.uraian, first.pelaksana, first.durasi, first.biaya_pengguna, first.keluaran) == (
        "Pemohon menyerahkan berkas",
        "Petugas loket",
        Durasi(15, "menit"),
        50000,
        "Tanda terima",
    )
    assert (second.uraian, second.durasi) == ("Petugas memverifikasi", Durasi(1.5, "jam"))


def test_word_cells_prosedur_single_step_with_its_detail_paragraph():
    steps = parse_prosedur(typed("Pemohon datang ke loket", "Pelaksana: Petugas; Waktu: 10 menit"))
    assert len(steps) == 1
    assert (steps[0].pelaksana, steps[0].durasi) == ("Petugas", Durasi(10, "menit"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(15 menit)", Durasi(15, "menit")),
        ("± 2 hari kerja", Durasi(2, "hari_kerja")),
        ("3 (tiga) hari kerja", Durasi(3, "hari_kerja")),
        ("1-2 jam", Durasi(2, "jam")),
        ("1,5 jam", Durasi(1.5, "jam")),
        ("7 hari", Durasi(7, "hari")),
        ("5 HK", Durasi(5, "hari_kerja")),
    ],
)
def test_word_cells_durations(text, expected):
    assert find_duration(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Rp. 50.000,-", 50000),
        ("Rp1.500.000,00", 1500000),
        ("Rp 25.000", 25000),
        ("rp5000", 5000),
        ("Rp0", 0),
        ("Rp 1,500,000.00", 1500000),
        ("Rp50.000,00 (lima puluh ribu rupiah)", 50000),
    ],
)
def test_word_cells_amounts(text, amount):
    assert find_amount(text)[0] == amount


def test_word_cells_no_duration_or_amount():
    assert find_duration("Pemohon datang ke loket 3") is None
    assert find_amount("Nomor 50.000 tanpa rupiah") is None


# ---- fee ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["Gratis", "GRATIS", "Tidak dipungut biaya", "Nihil", "Tidak ada biaya"])
def test_word_cells_biaya_free_keeps_its_wording(text):
    assert parse_biaya(typed(text)) == Biaya(0, text)


@pytest.mark.parametrize("text", ["Rp0", "Rp. 0,-", "0", "-"])
def test_word_cells_biaya_zero_amount_says_free_in_words(text):
    assert parse_biaya(typed(text)) == Biaya(0, "Tidak dipungut biaya")


@pytest.mark.parametrize(("text", "tarif"), [("Rp. 50.000,-", 50000), ("Rp1.500.000,00", 1500000)])
def test_word_cells_biaya_amounts(text, tarif):
    assert parse_biaya(typed(text)) == Biaya(tarif, "")


def test_word_cells_biaya_dasar_when_written():
    biaya = parse_biaya(typed("Rp 25.000 per lembar sesuai Perda Kota Metro Nomor 3 Tahun 2020"))
    assert biaya.tarif == 25000
    assert biaya.dasar == "Perda Kota Metro Nomor 3 Tahun 2020"
    assert biaya.uraian == "Rp 25.000 per lembar sesuai Perda Kota Metro Nomor 3 Tahun 2020"


def test_word_cells_biaya_reads_the_apps_own_rows():
    paras = typed("Rp50.000,00 (lima puluh ribu rupiah)", "Retribusi per dokumen", "Dasar: Perda Nomor 5 Tahun 2019")
    assert parse_biaya(paras) == Biaya(50000, "Retribusi per dokumen", "Perda Nomor 5 Tahun 2019")


# ---- complaints -----------------------------------------------------------------------------------------------


def test_word_cells_pengaduan_free_text_channels():
    pengaduan = parse_pengaduan(
        typed(
            "1. Telepon (0725) 41234",
            "2. WhatsApp 0812-3456-7890",
            "3. E-mail: dukcapil@metrokota.go.id",
            "4. Laman www.dukcapil.metrokota.go.id",
            "5. SP4N-LAPOR! (www.lapor.go.id)",
            "6. Kotak saran di ruang tunggu",
            "7. Datang langsung ke Jl. AH Nasution No. 5 Metro",
            "Pengaduan ditindaklanjuti paling lama 14 hari kerja.",
        )
    )
    assert [(s.jenis, s.alamat) for s in pengaduan.saluran] == [
        ("telepon", "(0725) 41234"),
        ("whatsapp", "0812-3456-7890"),
        ("email", "dukcapil@metrokota.go.id"),
        ("website", "www.dukcapil.metrokota.go.id"),
        ("sp4n_lapor", "www.lapor.go.id"),
        ("kotak_saran", "di ruang tunggu"),
        ("petugas", "Jl. AH Nasution No. 5 Metro"),
    ]
    assert pengaduan.tindak_lanjut == "Pengaduan ditindaklanjuti paling lama 14 hari kerja."


def test_word_cells_pengaduan_one_number_two_channels():
    pengaduan = parse_pengaduan(typed("Telp/WA: 0812 3456 7890"))
    assert [(s.jenis, s.alamat) for s in pengaduan.saluran] == [
        ("telepon", "0812 3456 7890"),
        ("whatsapp", "0812 3456 7890"),
    ]


def test_word_cells_pengaduan_reads_the_apps_own_rows():
    pengaduan = parse_pengaduan(
        [
            Para("Saluran pengaduan:"),
            *numbered(
                "Telepon: 0725 41234", "SP4N-LAPOR!: www.lapor.go.id", "Aplikasi Halo Dukcapil: halo.id", "Kotak saran"
            ),
            Para("Petugas pengaduan:"),
            *typed(
                "Nama: Budi Santoso",
                "Telepon: 0812 1111 2222",
                "E-mail: budi@metrokota.go.id",
                "Alamat: Jl. Diponegoro 1",
            ),
            Para("Ditindaklanjuti paling lama 3 hari kerja."),
        ]
    )
    assert pengaduan.saluran == [
        SaluranPengaduan("telepon", "0725 41234"),
        SaluranPengaduan("sp4n_lapor", "www.lapor.go.id"),
        SaluranPengaduan("lainnya", "halo.id", "Aplikasi Halo Dukcapil"),
        SaluranPengaduan("kotak_saran", ""),
    ]
    petugas = pengaduan.petugas
    assert (petugas.nama, petugas.telepon, petugas.email, petugas.alamat) == (
        "Budi Santoso",
        "0812 1111 2222",
        "budi@metrokota.go.id",
        "Jl. Diponegoro 1",
    )
    assert pengaduan.tindak_lanjut == "Ditindaklanjuti paling lama 3 hari kerja."


def test_word_cells_pengaduan_officer_name_written_freely():
    pengaduan = parse_pengaduan(typed("Nama petugas: Siti Aminah", "Telepon 0725 41234"))
    assert pengaduan.petugas.nama == "Siti Aminah"
    assert [s.jenis for s in pengaduan.saluran] == ["telepon"]


# ---- odd text -------------------------------------------------------------------------------------------------


def test_word_cells_odd_text_kept():
    paras = typed("1. Fotokopi KTP 📄", "2. وثيقة", "3. Kartu\u200bKeluarga\u0007")
    assert items_of(paras)[:2] == ["Fotokopi KTP 📄", "وثيقة"]
    assert len(items_of(paras)) == 3


def test_word_cells_hundred_kilobyte_cell_is_read_quickly():
    line = "1. Pemohon mengisi formulir 0812 aaaa@bbbb Rp. 5 menit (catatan " + "x" * 60 + ")"
    odd = ["a" * 30_000 + "@" + "b" * 30_000, "oleh " + "a" * 390 + "!", "Rp " + "1 " * 5000, "(" * 5000 + "15 menit"]
    paras = typed(*([line] * 1200), *odd)
    assert sum(len(p.text) for p in paras) > 100_000
    start = time.perf_counter()
    for parse in (items_of, parse_persyaratan, parse_prosedur, parse_biaya, parse_pengaduan, parse_waktu):
        parse(paras)
    assert time.perf_counter() - start < 10  # a catastrophic pattern takes minutes, not seconds


def test_word_cells_run_in_numbers_in_one_paragraph_are_kept():
    text = "(1) Petugas wajib ramah. (2) Keberatan dijawab tertulis."
    assert items_of(typed(text)) == [text]


def test_word_cells_pengaduan_follow_up_after_the_apps_lists_is_text():
    pengaduan = parse_pengaduan(
        typed(
            "Saluran pengaduan:",
            "1. Telepon: 0725 41234",
            "Dijawab dalam 5 hari.",
            "Pengaduan juga dapat disampaikan melalui SP4N-LAPOR! (lapor.go.id).",
        )
    )
    assert [s.jenis for s in pengaduan.saluran] == ["telepon"]
    assert (
        pengaduan.tindak_lanjut
        == "Dijawab dalam 5 hari.\nPengaduan juga dapat disampaikan melalui SP4N-LAPOR! (lapor.go.id)."
    )


def test_word_cells_pengaduan_free_channels_under_a_heading():
    pengaduan = parse_pengaduan(
        typed("Saluran pengaduan:", "1. Telepon 0725 41234", "2. surel a@b.go.id", "Ditindaklanjuti.")
    )
    assert [(s.jenis, s.alamat) for s in pengaduan.saluran] == [("telepon", "0725 41234"), ("email", "a@b.go.id")]
    assert pengaduan.tindak_lanjut == "Ditindaklanjuti."


def test_word_cells_list_typed_in_one_line_is_split():
    assert items_of(typed("1. Fotokopi KTP 2. Kartu Keluarga 3. Pas foto ukuran 3x4")) == [
        "Fotokopi KTP",
        "Kartu Keluarga",
        "Pas foto ukuran 3x4",
    ]
    assert items_of(typed("1. Diproses 3. hari")) == ["Diproses 3. hari"]  # not consecutive: one item


def test_word_cells_dasar_hukum_in_one_line_with_semicolons_is_split():
    assert parse_dasar_hukum(
        typed("UU Nomor 25 Tahun 2009; PP Nomor 96 Tahun 2012; dan Perwali Nomor 19 Tahun 2018.")
    ) == [
        "UU Nomor 25 Tahun 2009",
        "PP Nomor 96 Tahun 2012",
        "Perwali Nomor 19 Tahun 2018.",
    ]
    assert parse_dasar_hukum(numbered("UU 25/2009; Pasal 5", "PP 96/2012")) == ["UU 25/2009; Pasal 5", "PP 96/2012"]
    assert parse_list(typed("Ruang tunggu; kursi")) == ["Ruang tunggu; kursi"]


def test_word_cells_group_headings_are_items_of_their_own():
    paras = typed("Persyaratan administrasi:", "1. KTP", "2. KK", "Persyaratan teknis:", "1. Gambar bangunan")
    assert items_of(paras) == ["Persyaratan administrasi:", "KTP", "KK", "Persyaratan teknis:", "Gambar bangunan"]
