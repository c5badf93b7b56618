import pytest

from sp_desktop.domain.components import KOMPONEN
from sp_desktop.domain.word_labels import LABELS, is_header_row, normalise, recognise_label, section_of


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Persyaratan", "persyaratan"),
        ("PERSYARATAN PELAYANAN", "persyaratan"),
        ("1. Persyaratan :", "persyaratan"),
        ("A.1 Persyaratan", "persyaratan"),
        ("Sistem, Mekanisme dan Prosedur", "prosedur"),
        ("Sistem, Mekanisme, dan Prosedur", "prosedur"),
        ("Sistem Mekanisme dan Prosedur", "prosedur"),
        ("Mekanisme dan Prosedur", "prosedur"),
        ("Alur Pelayanan", "prosedur"),
        ("Prosedur", "prosedur"),
        ("Jangka Waktu Penyelesaian", "waktu_penyelesaian"),
        ("Waktu Penyelesaian", "waktu_penyelesaian"),
        ("Waktu Pelayanan", "waktu_penyelesaian"),
        ("Jangka Waktu Pelayanan", "waktu_penyelesaian"),
        ("Biaya/Tarif", "biaya"),
        ("Biaya / Tarif", "biaya"),
        ("Tarif", "biaya"),
        ("Biaya", "biaya"),
        ("Produk Pelayanan", "produk"),
        ("Produk", "produk"),
        ("Hasil Pelayanan", "produk"),
        ("Penanganan Pengaduan, Saran dan Masukan", "pengaduan"),
        ("Penanganan Pengaduan Saran, dan Masukan", "pengaduan"),
        ("Pengelolaan Pengaduan", "pengaduan"),
        ("Penanganan Pengaduan", "pengaduan"),
        ("Dasar Hukum", "dasar_hukum"),
        ("Landasan Hukum", "dasar_hukum"),
        ("Sarana dan Prasarana, dan/atau Fasilitas", "sarana_prasarana"),
        ("Sarana, Prasarana dan/atau Fasilitas", "sarana_prasarana"),
        ("Sarana Prasarana", "sarana_prasarana"),
        ("Fasilitas", "sarana_prasarana"),
        ("Kompetensi Pelaksana", "kompetensi_pelaksana"),
        ("Pengawasan Internal", "pengawasan_internal"),
        ("Jumlah Pelaksana", "jumlah_pelaksana"),
        ("Jaminan Pelayanan", "jaminan_pelayanan"),
        ("Jaminan Keamanan dan Keselamatan Pelayanan", "jaminan_keamanan"),
        ("Jaminan Keamanan & Keselamatan", "jaminan_keamanan"),
        ("Evaluasi Kinerja Pelaksana", "evaluasi_kinerja"),
        ("Jenis Pelayanan", "jenis_pelayanan"),
        ("Nama Layanan", "jenis_pelayanan"),
        ("I. Dasar Hukum", "dasar_hukum"),
        ("iv) Produk Pelayanan", "produk"),
        ("  b.   Biaya/Tarif  ", "biaya"),
        ("1\tPersyaratan", "persyaratan"),
        ("5.\tWaktu Pelayanan\t:", "waktu_penyelesaian"),
    ],
)
def test_word_labels_recognise_wordings(text, key):
    assert recognise_label(text) == key


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Persyaratn", "persyaratan"),
        ("Jangka Waktu Penyelesain", "waktu_penyelesaian"),
        ("Sistem, Mekanisme dan Prosedr", "prosedur"),
        ("Kompetensi Pelaksanan", "kompetensi_pelaksana"),
        ("Pengawasan Internl", "pengawasan_internal"),
        ("Jaminan Pelayana", "jaminan_pelayanan"),
        ("Evaluasi Kinerja Pelaksna", "evaluasi_kinerja"),
        ("SaranaPrasarana", "sarana_prasarana"),
    ],
)
def test_word_labels_forgive_typos(text, key):
    assert recognise_label(text) == key


@pytest.mark.parametrize(
    "text",
    [
        "",
        "No",
        "Uraian",
        "Keterangan",
        "Jam Pelayanan",  # opening hours, not jaminan pelayanan
        "Maklumat Pelayanan",
        "Kompensasi Pelayanan",  # close to kompetensi pelaksana: the threshold keeps them apart
        "Sasaran Pelayanan",
        "Tempat Pelayanan",
        "Lokasi Pelayanan",
        "Pelaksana",
        "Fotokopi KTP yang masih berlaku",
        "Persyaratan " * 30,  # a long text is content, not a label
    ],
)
def test_word_labels_unknown_is_none(text):
    assert recognise_label(text) is None


def test_word_labels_every_component_label_is_recognised():
    for komponen in KOMPONEN:
        assert recognise_label(komponen.label) == komponen.key
        assert recognise_label(komponen.label.upper()) == komponen.key


def test_word_labels_display_names_cover_every_key():
    assert LABELS["jenis_pelayanan"] == "Jenis pelayanan"
    assert LABELS["persyaratan"] == "Persyaratan"
    assert set(LABELS) == {k.key for k in KOMPONEN} | {"jenis_pelayanan"}


def test_word_labels_normalise_drops_numbering_punctuation_and_fillers():
    assert normalise("2. Sistem, Mekanisme, dan Prosedur :") == "sistem mekanisme prosedur"
    assert normalise("A.1. Sarana dan/atau Fasilitas") == "sarana fasilitas"


@pytest.mark.parametrize(
    "texts",
    [
        ["NO", "KOMPONEN", "URAIAN"],
        ["No.", "Komponen", "Uraian"],
        ["Komponen", "Uraian"],
        ["NO", "KOMPONEN", "KETERANGAN"],
        ["No", "", "Komponen", "Uraian"],
    ],
)
def test_word_labels_header_rows(texts):
    assert is_header_row(texts)


@pytest.mark.parametrize(
    "texts",
    [[], ["", ""], ["1", "Persyaratan", "KTP"], ["No", "Nama"], ["Komponen", "Fotokopi KTP"]],
)
def test_word_labels_not_header_rows(texts):
    assert not is_header_row(texts)


def test_word_labels_section_rows():
    assert (
        section_of("A. KOMPONEN STANDAR PELAYANAN YANG TERKAIT DENGAN PROSES PENYAMPAIAN PELAYANAN (SERVICE DELIVERY)")
        == "A"
    )
    assert (
        section_of(
            "B. Komponen Standar Pelayanan yang terkait dengan proses pengelolaan pelayanan di internal "
            "organisasi (manufacturing)"
        )
        == "B"
    )
    assert section_of("A. Komponen Service Delivery") == "A"
    assert section_of("B.  KOMPONEN   MANUFACTURING") == "B"


@pytest.mark.parametrize("text", ["A. Persyaratan", "B. Biaya/Tarif", "Komponen", "", "Pengelolaan Pengaduan"])
def test_word_labels_not_section_rows(text):
    assert section_of(text) is None
