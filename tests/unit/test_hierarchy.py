"""The hierarchy of regulations (UU 12/2011 Pasal 7-8): classifying dasar hukum lines, checking and sorting."""

import pytest

from sp_desktop.domain.checks import check_layanan
from sp_desktop.domain.hierarchy import OTHER_RANK, RANK_LABELS, first_order_problem, rank_of, sorted_by_hierarchy
from tests.unit.test_checks import complete_layanan

UU = "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik"
PP = "Peraturan Pemerintah Nomor 96 Tahun 2012 tentang Pelaksanaan Undang-Undang Nomor 25 Tahun 2009"
PERMEN = "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 15 Tahun 2014"
PERWALI = "Peraturan Wali Kota Bontang Nomor 31 Tahun 2018 tentang Pedoman Penyusunan Standar Pelayanan"


@pytest.mark.parametrize(("line", "label"), [
    ("Undang-Undang Dasar Negara Republik Indonesia Tahun 1945", "UUD 1945"),
    ("UUD 1945", "UUD 1945"),
    ("Ketetapan MPR Nomor XI/MPR/1998", "Ketetapan MPR"),
    (UU, "Undang-Undang/Perppu"),
    ("UU No. 23 Tahun 2006 tentang Administrasi Kependudukan", "Undang-Undang/Perppu"),
    ("Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2022", "Undang-Undang/Perppu"),
    (PP, "Peraturan Pemerintah"),
    ("Peraturan Presiden Nomor 96 Tahun 2018", "Peraturan Presiden"),
    (PERMEN, "Peraturan Menteri/Lembaga"),
    ("Permendagri Nomor 108 Tahun 2019", "Peraturan Menteri/Lembaga"),
    ("Peraturan Badan Pusat Statistik Nomor 1 Tahun 2020", "Peraturan Menteri/Lembaga"),
    ("Peraturan Daerah Provinsi Kalimantan Timur Nomor 1 Tahun 2019", "Peraturan Daerah Provinsi"),
    ("Peraturan Daerah Kota Bontang Nomor 5 Tahun 2019 tentang Retribusi", "Peraturan Daerah Kabupaten/Kota"),
    ("Peraturan Daerah Kabupaten Banyumas Nomor 2 Tahun 2016", "Peraturan Daerah Kabupaten/Kota"),
    (PERWALI, "Peraturan/Keputusan Kepala Daerah"),
    ("Peraturan Walikota Metro Nomor 19 Tahun 2018", "Peraturan/Keputusan Kepala Daerah"),
    ("Peraturan Bupati Kebumen Nomor 3 Tahun 2020", "Peraturan/Keputusan Kepala Daerah"),
    ("Keputusan Gubernur Maluku Nomor 7 Tahun 2021", "Peraturan/Keputusan Kepala Daerah"),
    ("Standar Operasional Prosedur Dinas", "Lainnya"),
])
def test_hierarchy_rank_of_reads_the_kind_of_regulation(line, label):
    assert RANK_LABELS[rank_of(line)] == label


def test_hierarchy_words_later_in_the_title_do_not_count():
    assert rank_of(PP) == RANK_LABELS.index("Peraturan Pemerintah")  # "… Pelaksanaan Undang-Undang …"
    assert rank_of("1. Undang-Undang Nomor 24 Tahun 2013") == RANK_LABELS.index("Undang-Undang/Perppu")


def test_hierarchy_sort_is_highest_first_and_stable_within_a_rank():
    lines = ["SOP loket", PERWALI, PERMEN, "Undang-Undang Nomor 23 Tahun 2006", PP, UU]
    assert sorted_by_hierarchy(lines) == ["Undang-Undang Nomor 23 Tahun 2006", UU, PP, PERMEN, PERWALI, "SOP loket"]
    assert rank_of("SOP loket") == OTHER_RANK


def test_hierarchy_first_order_problem_names_the_line_that_should_move_up():
    assert first_order_problem([UU, PP, PERMEN, PERWALI]) is None
    problem = first_order_problem([UU, PERMEN, "", PP])
    assert (problem.line, problem.above) == (3, 1)


def test_hierarchy_check_warns_when_a_permen_stands_above_an_uu():
    lay = complete_layanan()
    lay.dasar_hukum = [PERMEN, UU]
    (finding,) = check_layanan(lay)
    assert (finding.komponen, finding.tingkat) == ("dasar_hukum", "PERINGATAN")
    assert "nomor 2 (Undang-Undang/Perppu) semestinya di atas nomor 1 (Peraturan Menteri/Lembaga)" in finding.pesan
    assert "UU 12/2011" in finding.aturan
    lay.dasar_hukum = sorted_by_hierarchy(lay.dasar_hukum)
    assert check_layanan(lay) == []
