"""The table layouts and component orders a Standar Pelayanan can be printed in (domain layer).

Both are document settings (``Pengaturan.tata_letak_standar`` and ``Pengaturan.urutan_komponen``);
unknown stored values fall back to the defaults, so an older or edited project still prints.
"""

from __future__ import annotations

from .components import KOMPONEN, KOMPONEN_BY_KEY, Komponen

LAYOUT_AB = "ab"
LAYOUT_SINGLE = "tunggal"

LAYOUTS: tuple[tuple[str, str], ...] = (
    (LAYOUT_AB, "Tabel A dan B, nomor dari 1"),
    (LAYOUT_SINGLE, "Satu tabel, nomor 1\u201314"),
)
"""Key and Indonesian label of each layout, the default first."""

DESCRIPTIONS: dict[str, str] = {
    LAYOUT_AB: "A. komponen penyampaian pelayanan (1\u20136) dan B. komponen pengelolaan internal (1\u20138)",
    LAYOUT_SINGLE: "Keempat belas komponen dalam satu tabel bernomor 1\u201314, seperti format Perwali Bontang 31/2018",
    "permenpan": "Persyaratan, prosedur, waktu, biaya, produk, pengaduan, lalu dasar hukum dan seterusnya "
                 "(Permenpan RB 15/2014, Perwali Bontang 31/2018)",
    "metro": "Produk pelayanan lebih dahulu, lalu dasar hukum, persyaratan dan seterusnya, seperti standar "
             "yang diterbitkan Kota Metro",
    "uu25": "Urutan UU 25/2009 Pasal 21: dasar hukum, persyaratan, prosedur, waktu, biaya, produk, dan seterusnya",
}
"""What each layout and order means, for a tooltip."""

_METRO = (
    "produk", "dasar_hukum", "persyaratan", "prosedur", "waktu_penyelesaian", "biaya", "pengaduan",
    "sarana_prasarana", "jumlah_pelaksana", "kompetensi_pelaksana", "pengawasan_internal",
    "jaminan_pelayanan", "jaminan_keamanan", "evaluasi_kinerja",
)
# UU 25/2009 Pasal 21 huruf a-n.
_UU25 = (
    "dasar_hukum", "persyaratan", "prosedur", "waktu_penyelesaian", "biaya", "produk", "sarana_prasarana",
    "kompetensi_pelaksana", "pengawasan_internal", "pengaduan", "jumlah_pelaksana", "jaminan_pelayanan",
    "jaminan_keamanan", "evaluasi_kinerja",
)

ORDERS: dict[str, tuple[str, tuple[str, ...]]] = {
    "permenpan": ("Persyaratan lebih dahulu", tuple(k.key for k in KOMPONEN)),
    "metro": ("Produk lebih dahulu (Metro)", _METRO),
    "uu25": ("Dasar hukum lebih dahulu", _UU25),
}
"""Key -> (Indonesian label, the fourteen component keys in print order); the default first."""

DEFAULT_LAYOUT = LAYOUT_AB
DEFAULT_ORDER = "permenpan"


def layout_of(key: str | None) -> str:
    """A known layout key: ``key`` itself, else the default."""
    return key if key in dict(LAYOUTS) else DEFAULT_LAYOUT


def ordered_components(order: str | None, group: str | None = None) -> list[Komponen]:
    """The components in the order ``order`` (unknown: the default), only those of ``group`` when given."""
    _label, keys = ORDERS.get(order or "", ORDERS[DEFAULT_ORDER])
    components = [KOMPONEN_BY_KEY[key] for key in keys]
    return [k for k in components if group is None or k.group == group]
