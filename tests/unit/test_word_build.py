from sp_desktop.domain.components import KOMPONEN
from sp_desktop.domain.model import Biaya, Durasi, Persyaratan, SaluranPengaduan
from sp_desktop.domain.word_build import (
    EMPTY_PREVIEW,
    NOTE_PREVIEW,
    PREVIEW_CHARS,
    BuiltService,
    RowPreview,
    build_layanan,
)
from sp_desktop.domain.word_import_model import FoundRow, FoundService, Para


def row(label: str, komponen: str | None, *lines: str) -> FoundRow:
    return FoundRow(label, [Para(line) for line in lines], komponen)


def fourteen() -> FoundService:
    return FoundService(
        "Pelayanan Akta Kelahiran",
        [
            row("Persyaratan", "persyaratan", "1. Formulir", "2. Fotokopi KTP (diserahkan bertahap)"),
            row(
                "Sistem, Mekanisme dan Prosedur",
                "prosedur",
                "1. Pemohon mengisi formulir (15 menit)",
                "2. Membayar Rp. 50.000,-",
            ),
            row("Jangka Waktu Penyelesaian", "waktu_penyelesaian", "3 (tiga) hari kerja"),
            row("Biaya/Tarif", "biaya", "Tidak dipungut biaya"),
            row("Produk Pelayanan", "produk", "Kutipan Akta Kelahiran"),
            row(
                "Penanganan Pengaduan, Saran dan Masukan",
                "pengaduan",
                "1. Telepon (0725) 41234",
                "2. SP4N-LAPOR! www.lapor.go.id",
            ),
            row("Dasar Hukum", "dasar_hukum", "1. UU Nomor 23 Tahun 2006", "2. Perpres Nomor 96 Tahun 2018"),
            row("Sarana dan Prasarana, dan/atau Fasilitas", "sarana_prasarana", "- Ruang tunggu", "- Komputer"),
            row("Kompetensi Pelaksana", "kompetensi_pelaksana", "Menguasai SIAK"),
            row("Pengawasan Internal", "pengawasan_internal", "Atasan langsung"),
            row("Jumlah Pelaksana", "jumlah_pelaksana", "3 orang"),
            row("Jaminan Pelayanan", "jaminan_pelayanan", "Maklumat pelayanan"),
            row("Jaminan Keamanan dan Keselamatan Pelayanan", "jaminan_keamanan", "Dokumen dijamin keasliannya"),
            row("Evaluasi Kinerja Pelaksana", "evaluasi_kinerja", "Survei kepuasan masyarakat setiap tahun"),
        ],
        layout="Tabel 14 komponen (A/B)",
    )


def test_word_build_fourteen_components():
    built = build_layanan(fourteen())
    assert isinstance(built, BuiltService)
    layanan = built.layanan
    assert (layanan.jenis_pelayanan, layanan.status, layanan.klasifikasi) == (
        "Pelayanan Akta Kelahiran",
        "draf",
        "administratif",
    )
    assert layanan.persyaratan == [Persyaratan("Formulir", "awal"), Persyaratan("Fotokopi KTP", "bertahap")]
    assert [(s.uraian, s.durasi, s.biaya_pengguna) for s in layanan.prosedur] == [
        ("Pemohon mengisi formulir", Durasi(15, "menit"), 0),
        ("Membayar Rp. 50.000,-", None, 50000),
    ]
    assert layanan.waktu_penyelesaian == "3 (tiga) hari kerja"
    assert layanan.biaya == Biaya(0, "Tidak dipungut biaya")
    assert layanan.produk == ["Kutipan Akta Kelahiran"]
    assert layanan.pengaduan.saluran == [
        SaluranPengaduan("telepon", "(0725) 41234"),
        SaluranPengaduan("sp4n_lapor", "www.lapor.go.id"),
    ]
    assert layanan.dasar_hukum == ["UU Nomor 23 Tahun 2006", "Perpres Nomor 96 Tahun 2018"]
    assert layanan.sarana_prasarana == ["Ruang tunggu", "Komputer"]
    assert layanan.kompetensi_pelaksana == ["Menguasai SIAK"]
    assert layanan.pengawasan_internal == ["Atasan langsung"]
    assert layanan.jumlah_pelaksana == "3 orang"
    assert layanan.jaminan_pelayanan == ["Maklumat pelayanan"]
    assert layanan.jaminan_keamanan == ["Dokumen dijamin keasliannya"]
    assert layanan.evaluasi_kinerja == ["Survei kepuasan masyarakat setiap tahun"]
    assert built.notes == []
    assert [p.index for p in built.previews] == list(range(14))


def test_word_build_preview_lines():
    previews = {p.komponen: p for p in build_layanan(fourteen()).previews}
    assert previews["persyaratan"] == RowPreview(
        0, "Persyaratan", "persyaratan", ["Persyaratan (awal): Formulir", "Persyaratan (bertahap): Fotokopi KTP"]
    )
    assert previews["prosedur"].items == [
        "Langkah 1: Pemohon mengisi formulir · 15 menit",
        "Langkah 2: Membayar Rp. 50.000,- · Rp50.000",
    ]
    assert previews["biaya"].items == ["Biaya: Tidak dipungut biaya"]
    assert previews["pengaduan"].items == ["Saluran: Telepon (0725) 41234", "Saluran: SP4N-LAPOR! www.lapor.go.id"]
    assert previews["waktu_penyelesaian"].items == ["Waktu: 3 (tiga) hari kerja"]
    assert previews["dasar_hukum"].items == ["1. UU Nomor 23 Tahun 2006", "2. Perpres Nomor 96 Tahun 2018"]


def test_word_build_unknown_row_becomes_a_note_never_dropped():
    found = FoundService("Izin Usaha", [row("Maklumat Pelayanan", None, "Kami sanggup", "melayani dengan baik")])
    built = build_layanan(found)
    assert built.notes == [("Maklumat Pelayanan", "Kami sanggup\nmelayani dengan baik")]
    assert built.previews == [RowPreview(0, "Maklumat Pelayanan", None, [NOTE_PREVIEW, "Kami sanggup"])]


def test_word_build_mapping_overrides_the_reader():
    found = fourteen()
    found.rows.append(row("Motto", None, "Melayani dengan hati"))
    built = build_layanan(found, {14: "jaminan_pelayanan", 4: None})
    assert built.layanan.jaminan_pelayanan == ["Maklumat pelayanan", "Melayani dengan hati"]
    assert built.layanan.produk == []
    assert built.notes == [("Produk Pelayanan", "Kutipan Akta Kelahiran")]
    assert built.previews[4].komponen is None
    assert built.previews[14].komponen == "jaminan_pelayanan"


def test_word_build_unknown_key_in_mapping_is_kept_as_note():
    built = build_layanan(FoundService("X", [row("Produk", "produk", "SK")]), {0: "bukan_komponen"})
    assert built.notes == [("Produk", "SK")]
    assert built.layanan.produk == []


def test_word_build_two_rows_of_one_component_are_joined():
    found = FoundService(
        "Izin",
        [
            row("Persyaratan", "persyaratan", "1. KTP"),
            row("Persyaratan Teknis", "persyaratan", "1. Gambar bangunan"),
            row("Biaya", "biaya", "Rp. 50.000,-"),
            row("Tarif", "biaya", "Sesuai Perda Nomor 2 Tahun 2020"),
            row("Waktu", "waktu_penyelesaian", "3 hari kerja"),
            row("Waktu Pelayanan", "waktu_penyelesaian", "Senin-Jumat"),
            row("Pengaduan", "pengaduan", "Telepon 0725 41234"),
            row("Penanganan Pengaduan", "pengaduan", "Telepon 0725 41234", "E-mail a@b.go.id"),
        ],
    )
    layanan = build_layanan(found).layanan
    assert [p.uraian for p in layanan.persyaratan] == ["KTP", "Gambar bangunan"]
    assert layanan.biaya.tarif == 50000
    assert layanan.biaya.dasar == "Perda Nomor 2 Tahun 2020"
    assert layanan.waktu_penyelesaian == "3 hari kerja; Senin-Jumat"
    assert [(s.jenis, s.alamat) for s in layanan.pengaduan.saluran] == [
        ("telepon", "0725 41234"),
        ("email", "a@b.go.id"),
    ]


def test_word_build_jenis_pelayanan_from_a_row_when_not_found_above():
    found = FoundService(
        "",
        [
            row("Jenis Pelayanan", "jenis_pelayanan", "Surat Keterangan Domisili"),
            row("Persyaratan", "persyaratan", "KTP"),
        ],
    )
    built = build_layanan(found)
    assert built.layanan.jenis_pelayanan == "Surat Keterangan Domisili"
    assert built.previews[0].items == ["Jenis pelayanan: Surat Keterangan Domisili"]


def test_word_build_name_found_above_wins_over_the_row():
    found = FoundService("Akta Kematian", [row("Jenis Pelayanan", "jenis_pelayanan", "Akta")])
    assert build_layanan(found).layanan.jenis_pelayanan == "Akta Kematian"


def test_word_build_empty_and_placeholder_rows():
    found = FoundService(
        "X",
        [row("Produk", "produk"), row("Sarana", "sarana_prasarana", "(belum diisi)"), row("Biaya", "biaya")],
    )
    built = build_layanan(found)
    assert built.layanan.produk == [] and built.layanan.sarana_prasarana == []
    assert built.layanan.biaya is None  # not stated: derived from the steps, as a new draft
    assert [p.items for p in built.previews] == [[EMPTY_PREVIEW]] * 3


def test_word_build_follow_up_lines_of_the_apps_draft_become_notes():
    found = FoundService("X", [row("Produk", "produk", "SK", "Perlu dilengkapi: produk belum jelas")])
    built = build_layanan(found)
    assert built.layanan.produk == ["SK"]
    assert built.notes == [("Perlu dilengkapi", "produk belum jelas")]


def test_word_build_klasifikasi_guessed_only_when_clear():
    assert build_layanan(FoundService("Pelayanan Jasa Pengujian Kendaraan")).layanan.klasifikasi == "jasa"
    assert build_layanan(FoundService("Penyediaan Barang Bantuan Bibit")).layanan.klasifikasi == "barang"
    assert build_layanan(FoundService("Pengujian Kendaraan Bermotor")).layanan.klasifikasi == "administratif"


def test_word_build_does_not_change_the_found_service():
    found = fourteen()
    before = repr(found)
    build_layanan(found, {0: None})
    assert repr(found) == before


def _printed_paras(items) -> list[Para]:
    """The paragraphs the app's DOCX writer makes of a row's items (see export/docx_writer.py)."""
    from sp_desktop.export.blocks import KeyValue, NumberedList, TextItem

    paras: list[Para] = []
    for item in items:
        if isinstance(item, TextItem):
            paras.append(Para(item.text))
        elif isinstance(item, NumberedList):
            for entry in item.entries:
                paras.append(Para(entry.text, numbered=True))
                if entry.detail:
                    paras.append(Para(entry.detail))
        elif isinstance(item, KeyValue):
            paras.extend([Para(item.title)] if item.title else [])
            paras.extend(Para(f"{key}: {value}") for key, value in item.pairs)
    return paras


def _printed_fields(layanan):
    """What the documents print of a service: the unit's own costs (biaya_unit, beban_unit) are not printed."""
    biaya = layanan.biaya
    return {
        **{k.key: getattr(layanan, k.key) for k in KOMPONEN if k.key not in ("prosedur", "biaya")},
        "jumlah_pelaksana": layanan.jumlah_pelaksana.strip(),
        "prosedur": [(s.uraian, s.pelaksana, s.durasi, s.biaya_pengguna, s.keluaran) for s in layanan.prosedur],
        "biaya": None if biaya is None else (biaya.tarif, biaya.uraian, biaya.dasar),
    }


def test_word_build_reads_back_what_the_apps_rancangan_prints():
    import json
    from pathlib import Path

    from sp_desktop.domain.sp_json import project_from_dict
    from sp_desktop.domain.word_labels import recognise_label
    from sp_desktop.export.uraian import component_items

    data = json.loads((Path(__file__).parents[1] / "data" / "proyek_contoh.json").read_text(encoding="utf-8"))
    services = project_from_dict(data).layanan
    assert services
    for layanan in services:
        rows = [
            FoundRow(
                k.label, _printed_paras(component_items(layanan, k.key, detail_steps=True)), recognise_label(k.label)
            )
            for k in KOMPONEN
        ]
        built = build_layanan(FoundService(layanan.jenis_pelayanan, rows))
        assert built.notes == []
        assert _printed_fields(built.layanan) == _printed_fields(layanan), layanan.jenis_pelayanan


def test_word_build_printed_total_of_the_steps_stays_derived():
    found = FoundService(
        "X",
        [
            row("Prosedur", "prosedur", "1. Daftar (15 menit)", "2. Cetak (45 menit)"),
            row("Waktu", "waktu_penyelesaian", "1 jam"),
            row("Biaya", "biaya", "Tidak dipungut biaya"),
        ],
    )
    layanan = build_layanan(found).layanan
    assert layanan.waktu_penyelesaian is None and layanan.biaya is None


def test_word_build_stated_time_and_fee_differing_from_the_steps_are_kept():
    found = FoundService(
        "X",
        [
            row("Prosedur", "prosedur", "1. Daftar (15 menit)"),
            row("Waktu", "waktu_penyelesaian", "1 hari kerja"),
            row("Biaya", "biaya", "Gratis"),
        ],
    )
    layanan = build_layanan(found).layanan
    assert layanan.waktu_penyelesaian == "1 hari kerja"
    assert layanan.biaya == Biaya(0, "Gratis")


def test_word_build_long_preview_lines_are_cut_but_the_service_keeps_all():
    long_text = "Jaminan " * 5000
    built = build_layanan(FoundService("X", [row("Jaminan Pelayanan", "jaminan_pelayanan", long_text)]))
    assert built.layanan.jaminan_pelayanan == [long_text.strip()]
    (line,) = built.previews[0].items
    assert len(line) <= PREVIEW_CHARS and line.endswith("…")
