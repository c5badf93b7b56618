"""National regulations offered as quick picks for the Dasar Hukum step, grouped by field (domain layer).

Written as they appear in a Standar Pelayanan table: without the Lembaran Negara citation. Each title
(number, year, full "tentang …") was checked against a published copy of the regulation; a regulation
revoked since (PP 5/2021 by PP 28/2025) is not offered.
"""

from __future__ import annotations

from typing import NamedTuple


class QuickPickGroup(NamedTuple):
    """One field's regulations, shown as one submenu.

    Attributes:
        bidang: the field, as the submenu names it (Indonesian).
        rules: the regulations' titles, most general first.
    """

    bidang: str
    rules: tuple[str, ...]


UU_PELAYANAN_PUBLIK = "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik"

QUICK_PICK_GROUPS: tuple[QuickPickGroup, ...] = (
    QuickPickGroup(
        "Umum (semua jenis pelayanan)",
        (
            UU_PELAYANAN_PUBLIK,
            "Peraturan Pemerintah Nomor 96 Tahun 2012 tentang Pelaksanaan Undang-Undang Nomor 25 Tahun 2009 "
            "tentang Pelayanan Publik",
            "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 15 Tahun 2014 "
            "tentang Pedoman Standar Pelayanan",
            "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik",
            "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah",
            "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 14 Tahun 2017 "
            "tentang Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik",
            "Peraturan Presiden Nomor 76 Tahun 2013 tentang Pengelolaan Pengaduan Pelayanan Publik",
        ),
    ),
    QuickPickGroup(
        "Administrasi kependudukan",
        (
            "Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan",
            "Undang-Undang Nomor 24 Tahun 2013 tentang Perubahan atas Undang-Undang Nomor 23 Tahun 2006 "
            "tentang Administrasi Kependudukan",
            "Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan Tata Cara Pendaftaran Penduduk "
            "dan Pencatatan Sipil",
        ),
    ),
    QuickPickGroup(
        "Kesehatan",
        ("Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan",),
    ),
    QuickPickGroup(
        "Perizinan",
        (
            "Peraturan Pemerintah Nomor 28 Tahun 2025 tentang Penyelenggaraan Perizinan Berusaha Berbasis Risiko",
            "Peraturan Presiden Nomor 97 Tahun 2014 tentang Penyelenggaraan Pelayanan Terpadu Satu Pintu",
        ),
    ),
    QuickPickGroup(
        "Pendidikan",
        (
            "Undang-Undang Nomor 20 Tahun 2003 tentang Sistem Pendidikan Nasional",
            "Peraturan Pemerintah Nomor 17 Tahun 2010 tentang Pengelolaan dan Penyelenggaraan Pendidikan",
            "Peraturan Pemerintah Nomor 57 Tahun 2021 tentang Standar Nasional Pendidikan",
        ),
    ),
)
"""The groups in menu order: the general rules every standard cites first, then one group per field."""

DASAR_HUKUM_UMUM: tuple[str, ...] = tuple(rule for group in QUICK_PICK_GROUPS for rule in group.rules)
"""Every quick pick in menu order, most general first (UU 25/2009 is the basis of every standard)."""


def missing_quick_picks(current: list[str]) -> list[str]:
    """The quick picks not yet in ``current`` (compared without surrounding blanks), in pick order.

    Args:
        current: the service's dasar hukum list.

    Returns:
        The regulations that may still be added.
    """
    present = {item.strip() for item in current}
    return [rule for rule in DASAR_HUKUM_UMUM if rule not in present]
