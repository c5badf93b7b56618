"""The fourteen components of a Standar Pelayanan and the identification steps (domain layer)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Komponen:
    """One component of a service standard.

    Attributes:
        key: the SP JSON key (``persyaratan``).
        label: the Indonesian row title used in documents.
        group: ``"A"`` for service delivery (published), ``"B"`` for internal management.
    """

    key: str
    label: str
    group: str


# Order of the printed table: part A (service delivery) then part B (manufacturing),
# as in the Permenpan RB 15/2014 template.
KOMPONEN: tuple[Komponen, ...] = (
    Komponen("persyaratan", "Persyaratan", "A"),
    Komponen("prosedur", "Sistem, mekanisme, dan prosedur", "A"),
    Komponen("waktu_penyelesaian", "Jangka waktu penyelesaian", "A"),
    Komponen("biaya", "Biaya/tarif", "A"),
    Komponen("produk", "Produk pelayanan", "A"),
    Komponen("pengaduan", "Penanganan pengaduan, saran, dan masukan", "A"),
    Komponen("dasar_hukum", "Dasar hukum", "B"),
    Komponen("sarana_prasarana", "Sarana, prasarana, dan/atau fasilitas", "B"),
    Komponen("kompetensi_pelaksana", "Kompetensi pelaksana", "B"),
    Komponen("pengawasan_internal", "Pengawasan internal", "B"),
    Komponen("jumlah_pelaksana", "Jumlah pelaksana", "B"),
    Komponen("jaminan_pelayanan", "Jaminan pelayanan", "B"),
    Komponen("jaminan_keamanan", "Jaminan keamanan dan keselamatan pelayanan", "B"),
    Komponen("evaluasi_kinerja", "Evaluasi kinerja pelaksana", "B"),
)

KOMPONEN_BY_KEY: dict[str, Komponen] = {k.key: k for k in KOMPONEN}

# The eight internal components that are plain lists of text (jumlah_pelaksana is one text).
TEXT_LIST_KEYS: tuple[str, ...] = (
    "sarana_prasarana",
    "kompetensi_pelaksana",
    "pengawasan_internal",
    "jaminan_pelayanan",
    "jaminan_keamanan",
    "evaluasi_kinerja",
)


@dataclass(frozen=True)
class Step:
    """One step of the guided identification of a service."""

    key: str
    title: str


# The order of the regulations' identification: the service itself, then its legal basis,
# then the delivery components, the internal ones, and a closing review.
STEPS: tuple[Step, ...] = (
    Step("jenis_pelayanan", "Jenis pelayanan & klasifikasi"),
    Step("dasar_hukum", "Dasar hukum"),
    Step("persyaratan", "Persyaratan"),
    Step("prosedur", "Sistem, mekanisme, dan prosedur"),
    Step("waktu_penyelesaian", "Jangka waktu penyelesaian"),
    Step("biaya", "Biaya/tarif"),
    Step("produk", "Produk pelayanan"),
    Step("pengaduan", "Penanganan pengaduan"),
    Step("sarana_prasarana", "Sarana dan prasarana"),
    Step("kompetensi_pelaksana", "Kompetensi pelaksana"),
    Step("pengawasan_internal", "Pengawasan internal"),
    Step("jumlah_pelaksana", "Jumlah pelaksana"),
    Step("jaminan_pelayanan", "Jaminan pelayanan"),
    Step("jaminan_keamanan", "Jaminan keamanan dan keselamatan"),
    Step("evaluasi_kinerja", "Evaluasi kinerja pelaksana"),
    Step("tinjauan", "Tinjauan"),
)

STEP_KEYS: tuple[str, ...] = tuple(s.key for s in STEPS)


def komponen_label(key: str) -> str:
    """The Indonesian label of a component or step key (the key itself when unknown)."""
    if key in KOMPONEN_BY_KEY:
        return KOMPONEN_BY_KEY[key].label
    for step in STEPS:
        if step.key == key:
            return step.title
    return key
