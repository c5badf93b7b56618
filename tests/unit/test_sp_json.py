import copy
import json
import pickle
from pathlib import Path

import pytest

from sp_desktop.domain.model import Biaya, Durasi, LangkahProsedur, Layanan, Member, Project
from sp_desktop.domain.sp_json import (
    SpJsonError,
    layanan_from_dict,
    layanan_to_dict,
    load_json_bytes,
    parse_document,
    project_from_dict,
    project_to_dict,
    service_file_to_dict,
)

DATA = Path(__file__).resolve().parents[1] / "data"

LAYANAN_KEYS = [
    "jenis_pelayanan", "klasifikasi", "dasar_hukum", "persyaratan", "prosedur", "waktu_penyelesaian", "biaya",
    "produk", "pengaduan", "sarana_prasarana", "kompetensi_pelaksana", "pengawasan_internal", "jumlah_pelaksana",
    "jaminan_pelayanan", "jaminan_keamanan", "evaluasi_kinerja",
]


@pytest.fixture
def proyek() -> dict:
    return load_json_bytes((DATA / "proyek_contoh.json").read_bytes())


@pytest.fixture
def layanan_file() -> dict:
    return load_json_bytes((DATA / "layanan_contoh.json").read_bytes())


def _ordered(value):
    """The value with every dict turned into its list of items, so that key order counts in ==."""
    if isinstance(value, dict):
        return [(k, _ordered(v)) for k, v in value.items()]
    if isinstance(value, list):
        return [_ordered(v) for v in value]
    return value


def _error(data, reader=parse_document) -> SpJsonError:
    with pytest.raises(SpJsonError) as info:
        reader(data)
    return info.value


# ---------------------------------------------------------------------------------------------- round trip


def test_example_project_round_trips_with_key_order(proyek):
    project = project_from_dict(proyek)
    assert _ordered(project_to_dict(project)) == _ordered(proyek)


def test_example_project_round_trips_through_bytes_twice(proyek):
    first = json.dumps(project_to_dict(parse_document(proyek)), ensure_ascii=False, indent=2).encode("utf-8")
    second = json.dumps(project_to_dict(parse_document(load_json_bytes(first))), ensure_ascii=False, indent=2)
    assert second.encode("utf-8") == first


def test_example_project_content_is_read_faithfully(proyek):
    project = parse_document(proyek)
    assert isinstance(project, Project)
    assert [lay.jenis_pelayanan for lay in project.layanan] == [
        "Penerbitan Akta Kelahiran", "Penerbitan Kartu Keluarga", "Penerbitan Kartu Identitas Anak (KIA)"]
    assert project.instansi.zona_waktu == "WITA"
    assert project.instansi.kepala.nip == "196801012000031001"
    assert [m.peran for m in project.tim] == ["ketua", "sekretaris", "anggota", "anggota"]
    assert all(m.id == 0 for m in project.tim)
    akta, kk, kia = project.layanan
    assert akta.persyaratan[6].tahap == "bertahap"
    assert akta.prosedur[3].durasi == Durasi(1, "hari_kerja")
    assert akta.prosedur[3].biaya_unit == 15000
    assert akta.biaya == Biaya(0, "GRATIS (tidak dipungut biaya)", "Pasal 79A Undang-Undang Nomor 24 Tahun 2013",
                               15000)
    assert kk.waktu_penyelesaian is None and kk.biaya is None
    assert kia.prosedur[1].durasi.nilai == 1.5
    assert list(project.extra) == ["pembahasan", "penetapan"]
    assert project.extra["penetapan"] == {"nomor": "188.4/55/DKPS/2018", "tanggal": "2018-11-30"}


def test_odd_text_is_kept_verbatim(proyek):
    project = parse_document(proyek)
    akta, _, kia = project.layanan
    assert project.instansi.alamat == "Jl. Bessai Berinta & Jl. Moh. Roem, Bontang Lestari"
    assert "KTP <b>asli</b> ditunjukkan" in akta.persyaratan[5].uraian
    assert 'Formulir "F-2.01"' in akta.persyaratan[3].uraian
    assert akta.pengaduan.saluran[1].alamat == "0812-5555-0101 📱"
    assert "\n" in akta.pengaduan.tindak_lanjut
    assert kia.pengaduan.tindak_lanjut.endswith("🙏")
    assert "'jadwal'" in kia.pengaduan.tindak_lanjut
    assert kia.jumlah_pelaksana.endswith("  ")  # no trimming
    assert len(kia.jaminan_pelayanan[0]) >= 5000
    assert project.tim[3].nama == "Rina O'Neil, A.Md."


def test_service_file_round_trips(layanan_file):
    layanan = parse_document(layanan_file)
    assert isinstance(layanan, Layanan)
    assert layanan.jenis_pelayanan == "Penerbitan Akta Kematian"
    assert _ordered(service_file_to_dict(layanan)) == _ordered(layanan_file)


def test_layanan_to_dict_writes_every_key_in_contract_order():
    data = layanan_to_dict(Layanan())
    assert list(data) == LAYANAN_KEYS
    assert data["waktu_penyelesaian"] is None and data["biaya"] is None
    assert list(data["pengaduan"]) == ["saluran", "petugas", "tindak_lanjut"]
    assert list(data["pengaduan"]["petugas"]) == ["nama", "telepon", "email", "alamat"]


def test_layanan_to_dict_writes_steps_fees_and_integral_nilai_as_int():
    lay = Layanan(
        prosedur=[LangkahProsedur("a", "b", Durasi(2.0, "jam"), 1, 2, "c"), LangkahProsedur("d", "", None),
                  LangkahProsedur("e", "", Durasi(1.5, "jam"))],
        biaya=Biaya(5000, "x", "y", 10),
    )
    data = layanan_to_dict(lay)
    step = data["prosedur"][0]
    assert list(step) == ["uraian", "pelaksana", "durasi", "biaya_pengguna", "biaya_unit", "keluaran"]
    assert step["durasi"] == {"nilai": 2, "satuan": "jam"} and type(step["durasi"]["nilai"]) is int
    assert data["prosedur"][1]["durasi"] is None
    assert data["prosedur"][2]["durasi"]["nilai"] == 1.5
    assert data["biaya"] == {"tarif": 5000, "uraian": "x", "dasar": "y", "beban_unit": 10}
    assert list(data["biaya"]) == ["tarif", "uraian", "dasar", "beban_unit"]


def test_service_file_starts_with_format_and_versi():
    data = service_file_to_dict(Layanan(jenis_pelayanan="X"))
    assert list(data) == ["format", "versi", *LAYANAN_KEYS]
    assert (data["format"], data["versi"]) == ("sp-desktop/layanan", 1)


def test_project_to_dict_orders_keys_drops_ids_and_appends_extra():
    project = Project(tim=[Member("A", "", "Ketua", "ketua", id=7)], layanan=[Layanan(id=3)],
                      extra={"penetapan": {"nomor": "1", "tanggal": "2018-11-30"}, "format": "palsu"})
    data = project_to_dict(project)
    assert list(data) == ["format", "versi", "instansi", "tim", "layanan", "penetapan"]
    assert data["format"] == "sp-desktop/proyek" and data["versi"] == 1
    assert data["tim"] == [{"nama": "A", "nip": "", "jabatan": "Ketua", "peran": "ketua"}]
    assert list(data["instansi"]) == ["pemerintah_daerah", "nama", "singkatan", "alamat", "telepon", "email",
                                      "laman", "kota", "zona_waktu", "kepala"]
    assert list(data["instansi"]["kepala"]) == ["nama", "nip", "pangkat", "golongan", "jabatan"]
    data["penetapan"]["nomor"] = "diubah"
    assert project.extra["penetapan"]["nomor"] == "1"  # a copy, not the stored object


def test_waktu_and_biaya_may_be_left_out(layanan_file):
    del layanan_file["waktu_penyelesaian"], layanan_file["biaya"]
    layanan = parse_document(layanan_file)
    assert layanan.waktu_penyelesaian is None and layanan.biaya is None


def test_unknown_keys_are_ignored_and_not_written(proyek):
    proyek["catatan"] = "apa saja"
    proyek["layanan"][0]["kategori"] = {"x": 1}
    proyek["instansi"]["fax"] = 123
    data = project_to_dict(project_from_dict(proyek))
    assert "catatan" not in data and "kategori" not in data["layanan"][0] and "fax" not in data["instansi"]


def test_whole_number_money_written_as_float_is_accepted(layanan_file):
    layanan_file["prosedur"][0]["biaya_pengguna"] = 5000.0
    step = parse_document(layanan_file).prosedur[0]
    assert step.biaya_pengguna == 5000 and type(step.biaya_pengguna) is int


def test_empty_team_is_allowed(proyek):
    proyek["tim"] = []
    assert project_from_dict(proyek).tim == []


def test_layanan_from_dict_names_its_default_path():
    err = _error({"klasifikasi": "jasa"}, layanan_from_dict)
    assert err.path == "layanan[0].jenis_pelayanan"
    err = _error({}, lambda d: layanan_from_dict(d, "layanan[4]"))
    assert str(err) == "layanan[4].jenis_pelayanan: wajib ada tetapi tidak ditemukan"


# ---------------------------------------------------------------------------------------------- errors


def test_error_carries_path_reason_and_is_a_value_error(proyek):
    proyek["layanan"][0]["persyaratan"][2]["tahap"] = "tengah"
    err = _error(proyek)
    assert isinstance(err, ValueError)
    assert err.path == "layanan[0].persyaratan[2].tahap"
    assert err.reason == "'tengah' bukan salah satu dari awal, akhir, bertahap"
    assert str(err) == "layanan[0].persyaratan[2].tahap: 'tengah' bukan salah satu dari awal, akhir, bertahap"
    clone = pickle.loads(pickle.dumps(err))
    assert (clone.path, clone.reason, str(clone)) == (err.path, err.reason, str(err))


def _set(path_keys, value):
    def change(doc):
        target = doc
        for key in path_keys[:-1]:
            target = target[key]
        if value is _DELETE:
            del target[path_keys[-1]]
        else:
            target[path_keys[-1]] = value
    return change


_DELETE = object()
L0 = ["layanan", 0]
STEP = [*L0, "prosedur", 2]

PROJECT_ERRORS = [
    # (change, path, words in the reason)
    (_set([*L0, "jenis_pelayanan"], _DELETE), "layanan[0].jenis_pelayanan", "wajib ada"),
    (_set([*L0, "jenis_pelayanan"], None), "layanan[0].jenis_pelayanan", "harus berupa teks, bukan null"),
    (_set([*L0, "jenis_pelayanan"], 12), "layanan[0].jenis_pelayanan", "harus berupa teks, bukan angka 12"),
    (_set([*L0, "klasifikasi"], "Administratif"), "layanan[0].klasifikasi", "bukan salah satu dari barang, jasa"),
    (_set([*L0, "dasar_hukum"], "UU 25/2009"), "layanan[0].dasar_hukum", "harus berupa daftar, bukan teks"),
    (_set([*L0, "dasar_hukum", 1], ["x"]), "layanan[0].dasar_hukum[1]", "harus berupa teks, bukan daftar"),
    (_set([*L0, "persyaratan", 0], "Surat"), "layanan[0].persyaratan[0]", "harus berupa objek"),
    (_set([*L0, "persyaratan", 0, "tahap"], _DELETE), "layanan[0].persyaratan[0].tahap", "wajib ada"),
    (_set([*STEP, "durasi"], "10 menit"), "layanan[0].prosedur[2].durasi", "harus berupa objek"),
    (_set([*STEP, "durasi"], _DELETE), "layanan[0].prosedur[2].durasi", "wajib ada"),
    (_set([*STEP, "durasi", "nilai"], 0), "layanan[0].prosedur[2].durasi.nilai", "harus lebih dari 0"),
    (_set([*STEP, "durasi", "nilai"], -1.5), "layanan[0].prosedur[2].durasi.nilai", "harus lebih dari 0"),
    (_set([*STEP, "durasi", "nilai"], "10"), "layanan[0].prosedur[2].durasi.nilai", "harus berupa angka"),
    (_set([*STEP, "durasi", "nilai"], True), "layanan[0].prosedur[2].durasi.nilai", "bukan nilai benar/salah"),
    (_set([*STEP, "durasi", "satuan"], "minggu"), "layanan[0].prosedur[2].durasi.satuan",
     "'minggu' bukan salah satu dari menit, jam, hari_kerja, hari"),
    (_set([*STEP, "durasi", "satuan"], "hari kerja"), "layanan[0].prosedur[2].durasi.satuan", "bukan salah satu"),
    (_set([*STEP, "biaya_pengguna"], -5000), "layanan[0].prosedur[2].biaya_pengguna", "tidak boleh negatif"),
    (_set([*STEP, "biaya_pengguna"], True), "layanan[0].prosedur[2].biaya_pengguna", "bukan nilai benar/salah"),
    (_set([*STEP, "biaya_pengguna"], False), "layanan[0].prosedur[2].biaya_pengguna", "bukan nilai benar/salah"),
    (_set([*STEP, "biaya_unit"], 1500.5), "layanan[0].prosedur[2].biaya_unit", "bilangan bulat"),
    (_set([*STEP, "biaya_unit"], "15000"), "layanan[0].prosedur[2].biaya_unit", "harus berupa angka rupiah"),
    (_set([*STEP, "biaya_unit"], None), "layanan[0].prosedur[2].biaya_unit", "bukan null"),
    (_set([*STEP, "keluaran"], ["x"]), "layanan[0].prosedur[2].keluaran", "harus berupa teks"),
    (_set([*L0, "waktu_penyelesaian"], 5), "layanan[0].waktu_penyelesaian", "harus berupa teks"),
    (_set([*L0, "biaya"], "Gratis"), "layanan[0].biaya", "harus berupa objek"),
    (_set([*L0, "biaya", "tarif"], -1), "layanan[0].biaya.tarif", "tidak boleh negatif"),
    (_set([*L0, "biaya", "tarif"], True), "layanan[0].biaya.tarif", "bukan nilai benar/salah"),
    (_set([*L0, "biaya", "beban_unit"], 2**70), "layanan[0].biaya.beban_unit", "terlalu besar"),
    (_set([*L0, "biaya", "dasar"], _DELETE), "layanan[0].biaya.dasar", "wajib ada"),
    (_set([*L0, "produk"], None), "layanan[0].produk", "harus berupa daftar"),
    (_set([*L0, "pengaduan", "saluran", 1, "jenis"], "fax"), "layanan[0].pengaduan.saluran[1].jenis",
     "'fax' bukan salah satu dari kotak_saran, sms, telepon, whatsapp, email, website, petugas, media_sosial, "
     "sp4n_lapor, lainnya"),
    (_set([*L0, "pengaduan", "petugas"], _DELETE), "layanan[0].pengaduan.petugas", "wajib ada"),
    (_set([*L0, "pengaduan", "petugas"], []), "layanan[0].pengaduan.petugas", "harus berupa objek, bukan daftar"),
    (_set([*L0, "jumlah_pelaksana"], 8), "layanan[0].jumlah_pelaksana", "harus berupa teks, bukan angka 8"),
    (_set([*L0, "evaluasi_kinerja"], _DELETE), "layanan[0].evaluasi_kinerja", "wajib ada"),
    (_set(["layanan", 2, "sarana_prasarana", 0], "\ud800"), "layanan[2].sarana_prasarana[0]", "tidak sah"),
    (_set(["layanan", 1], "Kartu Keluarga"), "layanan[1]", "harus berupa objek"),
    (_set(["layanan"], {}), "layanan", "harus berupa daftar"),
    (_set(["instansi", "zona_waktu"], "wita"), "instansi.zona_waktu", "'wita' bukan salah satu dari WIB, WITA, WIT"),
    (_set(["instansi", "nama"], _DELETE), "instansi.nama", "wajib ada"),
    (_set(["instansi", "kepala", "nip"], "19680101 200003 1 001"), "instansi.kepala.nip",
     "harus kosong atau 18 angka tanpa spasi"),
    (_set(["instansi", "kepala", "nip"], "19680101200003100"), "instansi.kepala.nip", "18 angka"),
    (_set(["instansi", "kepala", "nip"], "١٩٦٨٠١٠١٢٠٠٠٠٣١٠٠١"), "instansi.kepala.nip", "18 angka"),
    (_set(["instansi", "kepala", "nip"], 196801012000031001), "instansi.kepala.nip", "harus berupa teks"),
    (_set(["tim", 2, "nip"], "-"), "tim[2].nip", "18 angka"),
    (_set(["tim", 2, "peran"], "Ketua"), "tim[2].peran", "'Ketua' bukan salah satu dari ketua, sekretaris, anggota"),
    (_set(["tim", 2, "peran"], "ketua"), "tim[2].peran", "hanya boleh memiliki satu ketua; tim[0] sudah ketua"),
    (_set(["tim"], _DELETE), "tim", "wajib ada"),
    (_set(["instansi"], None), "instansi", "harus berupa objek, bukan null"),
    (_set(["pembahasan", 0, "metode"], "rapat"), "pembahasan[0].metode", "bukan salah satu dari fgd, public_hearing"),
    (_set(["pembahasan", 0, "tanggal"], "23-11-2018"), "pembahasan[0].tanggal", "TTTT-BB-HH"),
    (_set(["pembahasan", 0, "tanggal"], "2018-02-30"), "pembahasan[0].tanggal", "bukan tanggal yang sah"),
    (_set(["pembahasan", 0, "mulai"], "9:00"), "pembahasan[0].mulai", "JJ:MM"),
    (_set(["pembahasan", 0, "selesai"], "08:00"), "pembahasan[0].selesai", "lebih awal"),
    (_set(["pembahasan", 0, "peserta", 1, "unsur"], "lsm"), "pembahasan[0].peserta[1].unsur", "bukan salah satu"),
    (_set(["pembahasan", 0, "peserta", 0, "hadir"], "ya"), "pembahasan[0].peserta[0].hadir", "true atau false"),
    (_set(["pembahasan", 0, "masukan", 1, "komponen"], "waktu"), "pembahasan[0].masukan[1].komponen",
     "bukan salah satu dari dasar_hukum, persyaratan"),
    (_set(["pembahasan", 0, "masukan", 0, "disepakati"], 1), "pembahasan[0].masukan[0].disepakati", "true atau false"),
    (_set(["pembahasan"], {}), "pembahasan", "harus berupa daftar"),
    (_set(["penetapan", "tanggal"], ""), "penetapan.tanggal", "bukan tanggal yang sah"),
    (_set(["penetapan", "nomor"], 55), "penetapan.nomor", "harus berupa teks"),
]


@pytest.mark.parametrize(("change", "path", "words"), PROJECT_ERRORS)
def test_invalid_project_is_refused_with_place_and_reason(proyek, change, path, words):
    change(proyek)
    err = _error(proyek)
    assert err.path == path
    assert words in err.reason
    assert str(err) == f"{path}: {err.reason}"


def test_optional_pembahasan_fields_may_be_blank_and_penetapan_null(proyek):
    proyek["pembahasan"][0].update(tanggal="", mulai="", selesai="")
    proyek["penetapan"] = None
    assert _ordered(project_to_dict(project_from_dict(proyek))) == _ordered(proyek)


def test_service_file_errors_are_relative_to_the_file_root(layanan_file):
    layanan_file["persyaratan"][1]["tahap"] = "tengah"
    assert str(_error(layanan_file)) == "persyaratan[1].tahap: 'tengah' bukan salah satu dari awal, akhir, bertahap"


@pytest.mark.parametrize(
    ("change", "path", "words"),
    [
        (_set(["format"], "sp-desktop/laporan"), "format", "'sp-desktop/laporan' tidak dikenal"),
        (_set(["format"], _DELETE), "format", "bukan berkas SP Desktop"),
        (_set(["format"], 1), "format", "harus berupa teks"),
        (_set(["versi"], 2), "versi", "versi format 2, lebih baru"),
        (_set(["versi"], _DELETE), "versi", "wajib ada"),
        (_set(["versi"], "1"), "versi", "harus berupa bilangan bulat"),
        (_set(["versi"], True), "versi", "harus berupa bilangan bulat"),
        (_set(["versi"], 1.0), "versi", "harus berupa bilangan bulat"),
        (_set(["versi"], 0), "versi", "tidak dikenal"),
    ],
)
def test_unknown_format_or_versi_is_refused(proyek, layanan_file, change, path, words):
    for doc in (proyek, layanan_file):
        change(doc)
        err = _error(doc)
        assert (err.path, words in err.reason) == (path, True), str(err)


def test_newer_versi_message_asks_for_an_update(proyek):
    proyek["versi"] = 3
    assert "perbarui SP Desktop" in str(_error(proyek))


def test_project_reader_refuses_a_service_file(layanan_file):
    err = _error(layanan_file, project_from_dict)
    assert err.path == "format" and "sp-desktop/layanan" in err.reason


@pytest.mark.parametrize("data", [[], "teks", 5, None])
def test_document_must_be_an_object(data):
    err = _error(data)
    assert err.path == "(berkas)" and "harus berupa objek" in err.reason


def test_error_is_found_before_anything_is_returned(proyek):
    good = copy.deepcopy(proyek)
    proyek["layanan"][2]["produk"] = [None]
    assert _error(proyek).path == "layanan[2].produk[0]"
    assert proyek["layanan"][:2] == good["layanan"][:2]  # reading never changes its input


# ---------------------------------------------------------------------------------------------- bytes


def test_load_json_bytes_accepts_bom_and_keeps_unicode():
    raw = "\ufeff".encode() + json.dumps({"a": "é & <b> 📞"}, ensure_ascii=False).encode("utf-8")
    assert load_json_bytes(raw) == {"a": "é & <b> 📞"}


def test_load_json_bytes_reads_the_example_files():
    assert load_json_bytes((DATA / "proyek_contoh.json").read_bytes())["format"] == "sp-desktop/proyek"
    assert load_json_bytes((DATA / "layanan_contoh.json").read_bytes())["format"] == "sp-desktop/layanan"


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        (b'{\n  "a": 1,\n  "b": \n}', "nilai tidak ditemukan atau tidak sah (baris 4, kolom 1)"),
        (b'{"a": 1 "b": 2}', "tanda koma (,) tidak ditemukan (baris 1, kolom 9)"),
        (b"{'a': 1}", "nama kunci harus diapit tanda kutip ganda"),
        (b'{"a" 1}', "tanda titik dua (:) tidak ditemukan"),
        (b'{"a": "tidak ditutup}', "teks tidak ditutup"),
        (b'{"a": 1}\n{"b": 2}', "ada data tambahan setelah akhir JSON (baris 2, kolom 1)"),
        (b'{"a": [1, 2,]}', "(baris 1, kolom"),
        (b"\xef\xbb\xbf{\n oops", "bukan JSON yang sah"),
        (b'{"a": NaN}', "NaN bukan angka yang diizinkan"),
        (b'{"a": -Infinity}', "-Infinity bukan angka yang diizinkan"),
        (b'{"a": 1, "a": 2}', "kunci 'a' muncul lebih dari sekali"),
        (b"", "berkas kosong"),
        (b"\xef\xbb\xbf  \n", "berkas kosong"),
        (b'{"a": "\xff"}', "bukan teks UTF-8 yang sah (baris 1, byte ke-8)"),
        ('{"a": 1}'.encode("utf-16"), "UTF-16"),
    ],
)
def test_load_json_bytes_refuses_bad_files_in_indonesian(raw, words):
    with pytest.raises(SpJsonError) as info:
        load_json_bytes(raw)
    assert info.value.path == "(berkas)"
    assert words in info.value.reason, info.value.reason
    assert str(info.value).startswith("(berkas): ")


def test_sp_json_team_being_formed_round_trips():
    data = json.loads((DATA / "proyek_contoh.json").read_text(encoding="utf-8"))
    data["tim"] = [{"nama": "Satu-satunya", "nip": "", "jabatan": "Kepala Seksi", "peran": "anggota"}]
    project = project_from_dict(data)
    assert project_to_dict(project) == data


def test_sp_json_duplicate_service_names_are_refused_with_place():
    data = json.loads((DATA / "proyek_contoh.json").read_text(encoding="utf-8"))
    data["layanan"][2]["jenis_pelayanan"] = data["layanan"][0]["jenis_pelayanan"]
    with pytest.raises(SpJsonError) as info:
        project_from_dict(data)
    assert info.value.path == "layanan[2].jenis_pelayanan"
    assert "layanan[0]" in str(info.value)


def test_sp_json_duration_without_unit_is_a_draft_not_an_error():
    data = json.loads((DATA / "proyek_contoh.json").read_text(encoding="utf-8"))
    data["layanan"][0]["prosedur"][0]["durasi"] = {"nilai": 5, "satuan": ""}
    project = project_from_dict(data)
    assert project.layanan[0].prosedur[0].durasi.satuan == ""
    assert project_to_dict(project) == data
    data["layanan"][0]["prosedur"][0]["durasi"]["satuan"] = "minggu"
    with pytest.raises(SpJsonError, match="satuan"):
        project_from_dict(data)


@pytest.mark.parametrize("unsur", ["instansi_terkait", "media_massa", "akademisi", "lainnya"])
def test_every_unsur_the_contract_names_is_accepted_and_round_trips(proyek, unsur):
    proyek["pembahasan"][0]["peserta"][0]["unsur"] = unsur
    assert _ordered(project_to_dict(project_from_dict(proyek))) == _ordered(proyek)
