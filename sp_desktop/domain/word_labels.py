"""Recognise the row titles of an old Word standard: component names, header rows, A/B section rows (domain layer).

Units write the fourteen components in many ways ("Sistem, Mekanisme dan Prosedur", "Biaya/Tarif",
"Waktu Pelayanan", "2. Persyaratan Pelayanan :"), so a label is normalised (case, punctuation, numbering,
"dan/atau", blanks) and compared with a table of wordings, first exactly, then by its leading words, then
by similarity (difflib) to forgive a typo.
"""

from __future__ import annotations

import difflib
import functools
import re

from sp_desktop.domain.components import KOMPONEN

JENIS_PELAYANAN = "jenis_pelayanan"

LABELS: dict[str, str] = {JENIS_PELAYANAN: "Jenis pelayanan", **{k.key: k.label for k in KOMPONEN}}
"""The Indonesian display name of every key a row may map to, for the preview."""

# Wordings units use, per key; compared after normalise(). The first one of each key is the canonical label.
_SYNONYMS: dict[str, tuple[str, ...]] = {
    JENIS_PELAYANAN: (
        "jenis pelayanan",
        "jenis layanan",
        "nama layanan",
        "nama pelayanan",
        "nama jenis pelayanan",
        "jenis pelayanan publik",
    ),
    "persyaratan": (
        "persyaratan",
        "persyaratan pelayanan",
        "persyaratan layanan",
        "syarat",
        "syarat syarat",
        "persyaratan administrasi",
        "persyaratan teknis dan administratif",
        "syarat pelayanan",
    ),
    "prosedur": (
        "sistem mekanisme prosedur",
        "prosedur",
        "mekanisme prosedur",
        "prosedur pelayanan",
        "alur pelayanan",
        "sistem mekanisme prosedur pelayanan",
        "mekanisme pelayanan",
        "alur prosedur",
        "prosedur layanan",
        "sistem prosedur",
        "alur",
        "tata cara pelayanan",
    ),
    "waktu_penyelesaian": (
        "jangka waktu penyelesaian",
        "waktu penyelesaian",
        "waktu pelayanan",
        "jangka waktu pelayanan",
        "jangka waktu",
        "waktu",
        "lama penyelesaian",
        "waktu penyelesaian pelayanan",
        "jangka waktu layanan",
        "waktu layanan",
    ),
    "biaya": (
        "biaya tarif",
        "biaya",
        "tarif",
        "tarif biaya",
        "biaya pelayanan",
        "tarif pelayanan",
        "retribusi",
        "biaya tarif pelayanan",
    ),
    "produk": (
        "produk pelayanan",
        "produk",
        "hasil pelayanan",
        "produk layanan",
        "hasil layanan",
        "output",
    ),
    "pengaduan": (
        "penanganan pengaduan saran masukan",
        "pengelolaan pengaduan",
        "penanganan pengaduan",
        "pengaduan",
        "pengaduan saran masukan",
        "penanganan pengaduan saran masukan umpan balik",
        "pengelolaan pengaduan saran masukan",
        "penanganan keluhan",
        "saran pengaduan",
    ),
    "dasar_hukum": (
        "dasar hukum",
        "landasan hukum",
        "dasar hukum pelayanan",
        "dasar peraturan",
        "landasan peraturan",
        "regulasi",
    ),
    "sarana_prasarana": (
        "sarana prasarana fasilitas",
        "sarana prasarana",
        "fasilitas",
        "sarana",
        "sarana fasilitas",
        "prasarana",
        "sarana prasarana pelayanan",
    ),
    "kompetensi_pelaksana": (
        "kompetensi pelaksana",
        "kompetensi",
        "kompetensi petugas",
        "kompetensi pelaksana pelayanan",
    ),
    "pengawasan_internal": (
        "pengawasan internal",
        "pengawasan",
        "pengawasan intern",
        "sistem pengawasan internal",
    ),
    "jumlah_pelaksana": (
        "jumlah pelaksana",
        "jumlah petugas",
        "jumlah pegawai",
        "jumlah pelaksana pelayanan",
    ),
    "jaminan_pelayanan": (
        "jaminan pelayanan",
        "jaminan layanan",
        "jaminan kepastian pelayanan",
    ),
    "jaminan_keamanan": (
        "jaminan keamanan keselamatan pelayanan",
        "jaminan keamanan keselamatan",
        "jaminan keamanan",
        "keamanan keselamatan pelayanan",
        "jaminan keselamatan",
        "keamanan keselamatan",
    ),
    "evaluasi_kinerja": (
        "evaluasi kinerja pelaksana",
        "evaluasi kinerja",
        "evaluasi",
        "evaluasi kinerja pelayanan",
        "evaluasi kinerja petugas",
    ),
}

# A label at least this similar (difflib ratio) to a wording is taken for it; see tests/unit/test_word_labels.py.
MATCH_RATIO = 0.86
_WORD_RATIO = 0.75  # each word of a typo still this close to its word
_JOINED_RATIO = 0.93  # words run together or split ("saranaprasarana") must be nearly identical

_FILLER = frozenset({"dan", "atau", "serta", "yang", "dari", "untuk", "dalam", "di", "&"})
# "1." "1)" "(1)" "a." "A.1" "A.1." "I." "IV." "a)" at the start of a label, with the blanks after them.
_PREFIX = re.compile(r"^\s*(?:\(?(?:\d{1,3}|[a-z]|[ivxl]{1,5})(?:(?:\.\d{1,3})+\.?|[.)])(?!\d)\s*|\d{1,3}\s+)")
_NON_WORD = re.compile(r"[^0-9a-z]+")
_MAX_LABEL = 120  # longer text is content, not a title


def normalise(text: str) -> str:
    """The comparable form of a label: lower case, no numbering, punctuation or filler words, single blanks.

    Args:
        text: the label as written.

    Returns:
        e.g. "sistem mekanisme prosedur" for "2. Sistem, Mekanisme, dan Prosedur :".
    """
    text = (text or "").casefold().strip()
    for _ in range(2):  # "A.1. " then "a. "
        stripped = _PREFIX.sub("", text, count=1)
        if stripped == text:
            break
        text = stripped
    words = [w for w in _NON_WORD.sub(" ", text).split() if w not in _FILLER]
    return " ".join(words)


_BY_WORDING: dict[str, str] = {}
for _key, _wordings in _SYNONYMS.items():
    for _wording in _wordings:
        _BY_WORDING.setdefault(normalise(_wording), _key)


def recognise_label(text: str) -> str | None:
    """The key a row title stands for, or None when it is not a component name.

    Args:
        text: the row's label as written ("Biaya/Tarif", "3. Jangka Waktu Penyelesaian").

    Returns:
        A ``domain.components`` key, ``"jenis_pelayanan"``, or None.
    """
    if not text or len(text) > _MAX_LABEL:
        return None
    key = normalise(text)
    if not key:
        return None
    if key in _BY_WORDING:
        return _BY_WORDING[key]
    # A longer title that starts with a known wording: "persyaratan pelayanan akta" -> persyaratan.
    words = key.split()
    for size in range(min(len(words), 6), 1, -1):
        head = " ".join(words[:size])
        if head in _BY_WORDING:
            return _BY_WORDING[head]
    return _closest(key)


# Single first words that name one component whatever follows ("Biaya Retribusi Daerah").
_LEADING_WORD = {
    "persyaratan": "persyaratan",
    "prosedur": "prosedur",
    "biaya": "biaya",
    "tarif": "biaya",
    "produk": "produk",
    "pengaduan": "pengaduan",
    "fasilitas": "sarana_prasarana",
    "kompetensi": "kompetensi_pelaksana",
    "pengawasan": "pengawasan_internal",
    "evaluasi": "evaluasi_kinerja",
}


@functools.lru_cache(maxsize=4096)  # a long document repeats the same few labels
def _closest(key: str) -> str | None:
    """The key of the wording ``key`` is a typo of, or None; word by word, so "jam" never passes for "jaminan"."""
    words = key.split()
    if words[0] in _LEADING_WORD and len(words) <= 4:
        return _LEADING_WORD[words[0]]
    squeezed = key.replace(" ", "")
    best_key, best_ratio = None, 0.0
    for wording, wkey in _BY_WORDING.items():
        wwords = wording.split()
        flat = wording.replace(" ", "")
        if abs(len(flat) - len(squeezed)) > max(3, len(flat) // 5):
            continue
        ratio = difflib.SequenceMatcher(None, squeezed, flat).ratio()
        if ratio < MATCH_RATIO or ratio <= best_ratio:
            continue
        if len(wwords) == len(words):
            if not all(_word_ratio(a, b) >= _WORD_RATIO for a, b in zip(words, wwords, strict=True)):
                continue
        elif ratio < _JOINED_RATIO:
            continue
        best_key, best_ratio = wkey, ratio
    return best_key


def _word_ratio(a: str, b: str) -> float:
    return 1.0 if a == b else difflib.SequenceMatcher(None, a, b).ratio()


_HEADER_WORDS = frozenset(
    {
        "no",
        "nomor",
        "no urut",
        "komponen",
        "uraian",
        "keterangan",
        "komponen standar pelayanan",
        "uraian standar pelayanan",
        "isi",
        "penjelasan",
        "deskripsi",
        "rincian",
        "standar",
    }
)


def is_header_row(texts: list[str]) -> bool:
    """True for a table's header row (NO / KOMPONEN / URAIAN, "Komponen" / "Uraian" / "Keterangan").

    Args:
        texts: the texts of the row's cells.

    Returns:
        True when every non-blank cell is a header word and "komponen" or "uraian"/"keterangan" is among them.
    """
    cells = [_NON_WORD.sub(" ", (t or "").casefold()).strip() for t in texts]
    cells = [c for c in cells if c]
    if not cells or not all(c in _HEADER_WORDS for c in cells):
        return False
    return any(c.startswith(("komponen", "uraian", "keterangan")) for c in cells)


_SECTION = re.compile(r"^\s*([ab])\s*[.)]?\s+(.*)$", re.IGNORECASE | re.DOTALL)
_DELIVERY = ("penyampaian", "service delivery", "delivery")
_MANUFACTURING = ("pengelolaan", "manufacturing", "internal")


def section_of(text: str) -> str | None:
    """ "A" or "B" for a section row of the 14-component table, else None.

    Args:
        text: the row's text ("A. KOMPONEN STANDAR PELAYANAN YANG TERKAIT DENGAN PROSES PENYAMPAIAN PELAYANAN
            (SERVICE DELIVERY)").

    Returns:
        "A" for the service-delivery part, "B" for the management (manufacturing) part, None otherwise.
    """
    if not text or len(text) > 300:
        return None
    low = " ".join(text.casefold().split())
    match = _SECTION.match(low)
    body = match.group(2) if match else low
    if "komponen" not in body and "service delivery" not in body and "manufacturing" not in body:
        return None
    if any(w in body for w in _DELIVERY):
        return "A"
    if any(w in body for w in _MANUFACTURING):
        return "B"
    if match:
        return match.group(1).upper()
    return None
