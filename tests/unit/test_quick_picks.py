import re

from sp_desktop.domain.quick_picks import DASAR_HUKUM_UMUM, QUICK_PICK_GROUPS, missing_quick_picks

# Each title as printed on a published copy of the regulation (checked when it was added).
VERIFIED = {
    "Undang-Undang Nomor 25 Tahun 2009": "Pelayanan Publik",
    "Peraturan Pemerintah Nomor 96 Tahun 2012":
        "Pelaksanaan Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
    "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 15 Tahun 2014":
        "Pedoman Standar Pelayanan",
    "Undang-Undang Nomor 14 Tahun 2008": "Keterbukaan Informasi Publik",
    "Undang-Undang Nomor 23 Tahun 2014": "Pemerintahan Daerah",
    "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 14 Tahun 2017":
        "Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik",
    "Peraturan Presiden Nomor 76 Tahun 2013": "Pengelolaan Pengaduan Pelayanan Publik",
    "Undang-Undang Nomor 23 Tahun 2006": "Administrasi Kependudukan",
    "Undang-Undang Nomor 24 Tahun 2013": "Perubahan atas Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi "
    "Kependudukan",
    "Peraturan Presiden Nomor 96 Tahun 2018": "Persyaratan dan Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil",
    "Undang-Undang Nomor 17 Tahun 2023": "Kesehatan",
    "Peraturan Pemerintah Nomor 28 Tahun 2025": "Penyelenggaraan Perizinan Berusaha Berbasis Risiko",
    "Peraturan Presiden Nomor 97 Tahun 2014": "Penyelenggaraan Pelayanan Terpadu Satu Pintu",
    "Undang-Undang Nomor 20 Tahun 2003": "Sistem Pendidikan Nasional",
    "Peraturan Pemerintah Nomor 17 Tahun 2010": "Pengelolaan dan Penyelenggaraan Pendidikan",
    "Peraturan Pemerintah Nomor 57 Tahun 2021": "Standar Nasional Pendidikan",
}
REVOKED = (
    "Peraturan Pemerintah Nomor 5 Tahun 2021",  # by PP 28/2025
    "Undang-Undang Nomor 36 Tahun 2009",  # by UU 17/2023
)
TITLE = re.compile(r"^(?P<nomor>.+? Nomor \d+ Tahun \d{4}) tentang (?P<tentang>.+)$")


def test_quick_picks_are_grouped_by_field():
    names = [group.bidang.lower() for group in QUICK_PICK_GROUPS]
    assert names[0].startswith("umum")  # every standard cites these first
    assert names[1:] == ["administrasi kependudukan", "kesehatan", "perizinan", "pendidikan"]
    assert all(group.rules for group in QUICK_PICK_GROUPS)


def test_quick_picks_flat_list_follows_the_menu_and_starts_with_uu_25_2009():
    assert DASAR_HUKUM_UMUM == tuple(rule for group in QUICK_PICK_GROUPS for rule in group.rules)
    assert DASAR_HUKUM_UMUM[0] == "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik"
    assert len(set(DASAR_HUKUM_UMUM)) == len(DASAR_HUKUM_UMUM)


def test_quick_picks_are_exactly_the_verified_titles():
    split = [TITLE.match(rule) for rule in DASAR_HUKUM_UMUM]
    assert all(split), [rule for rule, match in zip(DASAR_HUKUM_UMUM, split) if not match]
    assert {match["nomor"]: match["tentang"] for match in split} == VERIFIED
    assert not [rule for rule in DASAR_HUKUM_UMUM if rule.startswith(REVOKED)]


def test_quick_picks_missing_across_groups():
    kependudukan = QUICK_PICK_GROUPS[1].rules
    missing = missing_quick_picks([f" {rule} " for rule in kependudukan])
    assert missing == [rule for rule in DASAR_HUKUM_UMUM if rule not in kependudukan]
