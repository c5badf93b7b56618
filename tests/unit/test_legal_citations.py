import pytest

from sp_desktop.domain.hierarchy import rank_of
from sp_desktop.domain.legal_citations import cite, key_of, proposed_mengingat
from tests.unit import export_fixtures as fx

UU25 = (
    "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik (Lembaran Negara Republik Indonesia Tahun 2009 "
    "Nomor 112, Tambahan Lembaran Negara Republik Indonesia Nomor 5038)"
)


@pytest.mark.parametrize("line", [
    "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
    "UU No. 25/2009 tentang Pelayanan Publik",
    "UU RI Nomor 25 Tahun 2009",
    "1. Undang - Undang Republik Indonesia No. 25 Tahun 2009 tentang Pelayanan Publik;",
    "undang-undang nomor 25 tahun 2009",
])
def test_legal_citations_cite_reads_every_spelling_of_uu_25_2009(line):
    assert cite(line) == UU25


def test_legal_citations_cite_gives_the_known_citations():
    assert "Tahun 2012 Nomor 215" in cite("PP Nomor 96 Tahun 2012") and "Nomor 5357" in cite("PP 96/2012")
    assert "Berita Negara Republik Indonesia Tahun 2014 Nomor 615" in cite("Permenpan RB No. 15 Tahun 2014")
    assert "Tahun 2008 Nomor 61" in cite("UU 14/2008 tentang KIP") and "Nomor 4846" in cite("UU 14/2008")
    assert "Tahun 2011 Nomor 82" in cite("Undang-Undang Nomor 12 Tahun 2011 tentang Pembentukan Peraturan")
    assert "Tahun 2014 Nomor 244" in cite("UU Nomor 23 Tahun 2014 tentang Pemerintahan Daerah")
    assert "Forum Konsultasi Publik" in cite("Peraturan Menteri PAN dan RB Nomor 16 Tahun 2017")
    assert "Survei Kepuasan Masyarakat" in cite("PermenPAN-RB No. 14 Tahun 2017")
    assert "Berita Daerah Kota Bontang Tahun 2018 Nomor 32" in cite("Perwali Bontang Nomor 31 Tahun 2018")
    assert "Kota Bontang (Lembaran Negara Republik Indonesia Tahun 1999 Nomor 175" in cite("UU 47/1999")
    assert "Kotamadya Daerah Tingkat II Metro" in cite("Undang-Undang Nomor 12 Tahun 1999")


def test_legal_citations_an_amendment_is_cited_as_the_amended_law():
    assert cite("Undang-Undang Nomor 9 Tahun 2015") == cite("UU 23/2014")
    assert cite("UU Nomor 24 Tahun 2013 tentang Perubahan atas UU Administrasi Kependudukan") == cite("UU 23/2006")
    assert cite("UU 15/2019") == cite("UU 12/2011")


def test_legal_citations_unknown_or_other_region_is_not_cited():
    assert cite("Peraturan Daerah Kota Bontang Nomor 5 Tahun 2019 tentang Retribusi") is None
    assert cite("Peraturan Wali Kota Metro Nomor 31 Tahun 2018") is None  # Bontang's number, Metro's name
    assert cite("Surat Edaran Kepala Dinas") is None
    assert key_of("Perda 5/2019") == "perda:5/2019"


def test_legal_citations_proposed_mengingat_in_hierarchy_order_without_duplicates():
    project = fx.project(2)
    project.layanan[0].dasar_hukum = [
        "Peraturan Wali Kota Bontang Nomor 31 Tahun 2018",
        "Peraturan Daerah Kota Bontang Nomor 5 Tahun 2019 tentang Retribusi",
        "PP 96/2012",
        "UU No. 25/2009",
        "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik",
    ]
    project.layanan[1].dasar_hukum = ["Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
                                      "UU Nomor 9 Tahun 2015"]
    lines = proposed_mengingat(project)
    assert lines[0].startswith("Undang-Undang Nomor 47 Tahun 1999 tentang Pembentukan")  # the region's formation
    assert [rank_of(line) for line in lines] == sorted(rank_of(line) for line in lines)
    assert lines.count(UU25) == 1
    assert sum("Nomor 23 Tahun 2014 tentang Pemerintahan Daerah (" in line for line in lines) == 1
    uu = [line for line in lines if line.startswith("Undang-Undang")]
    assert [line.split(" tentang")[0] for line in uu] == [
        "Undang-Undang Nomor 47 Tahun 1999", "Undang-Undang Nomor 14 Tahun 2008",
        "Undang-Undang Nomor 25 Tahun 2009", "Undang-Undang Nomor 23 Tahun 2014",
    ]
    assert "Peraturan Daerah Kota Bontang Nomor 5 Tahun 2019 tentang Retribusi" in lines  # kept as written
    assert lines[-1].startswith("Peraturan Wali Kota Bontang Nomor 31 Tahun 2018")
    assert sum("Nomor 31 Tahun 2018" in line for line in lines) == 1


def test_legal_citations_proposed_mengingat_for_metro():
    project = fx.project(1)
    project.instansi.pemerintah_daerah = "Pemerintah Kota Metro"
    lines = proposed_mengingat(project, [])
    assert lines[0].startswith("Undang-Undang Nomor 12 Tahun 1999")
    assert lines[-1].startswith("Peraturan Wali Kota Metro Nomor 19 Tahun 2018")
    assert not any("Bontang" in line for line in lines)
