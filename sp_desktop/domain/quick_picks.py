"""Common national regulations offered as quick picks for the Dasar Hukum step (domain layer).

Written as they appear in a Standar Pelayanan table: without the Lembaran Negara citation.
"""

from __future__ import annotations

DASAR_HUKUM_UMUM: tuple[str, ...] = (
    "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
    "Peraturan Pemerintah Nomor 96 Tahun 2012 tentang Pelaksanaan Undang-Undang Nomor 25 Tahun 2009 "
    "tentang Pelayanan Publik",
    "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 15 Tahun 2014 "
    "tentang Pedoman Standar Pelayanan",
    "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik",
    "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah",
    "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 14 Tahun 2017 "
    "tentang Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik",
)
"""The quick picks, most general first (UU 25/2009 is the basis of every standard)."""


def missing_quick_picks(current: list[str]) -> list[str]:
    """The quick picks not yet in ``current`` (compared without surrounding blanks), in pick order.

    Args:
        current: the service's dasar hukum list.

    Returns:
        The regulations that may still be added.
    """
    present = {item.strip() for item in current}
    return [rule for rule in DASAR_HUKUM_UMUM if rule not in present]
