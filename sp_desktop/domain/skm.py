"""The Survei Kepuasan Masyarakat (Permenpan RB 14/2017): nine unsur, the IKM formula, the sample size (domain layer).

Figures are computed exactly (weight 1/9, never 0,111) and rounded only where they are shown
(``domain.md`` §4): IKM = mean of the nine NRR x 25; the mutu class is read from the converted
value rounded to two decimals.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from fractions import Fraction

UNSUR = (
    "Persyaratan",
    "Sistem, Mekanisme, dan Prosedur",
    "Waktu Penyelesaian",
    "Biaya/Tarif",
    "Produk Spesifikasi Jenis Pelayanan",
    "Kompetensi Pelaksana",
    "Perilaku Pelaksana",
    "Sarana dan Prasarana",
    "Penanganan Pengaduan, Saran dan Masukan",
)
"""U1 … U9, in the order the published questionnaires and reports use."""

JUMLAH_UNSUR = len(UNSUR)
BOBOT = Fraction(1, JUMLAH_UNSUR)
"""The exact weight of each unsur; the legend prints it as 0,111."""
BOBOT_LABEL = "0,111"
NILAI_DASAR = 25

QUESTIONS = (
    "Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?",
    "Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?",
    "Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?",
    "Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?",
    "Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar "
    "pelayanan dengan hasil yang diberikan?",
    "Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?",
    "Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?",
    "Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?",
    "Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?",
)
"""The questionnaire's question per unsur (the wording units print after the regulation's model)."""

CHOICES = (
    ("Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"),
    ("Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah"),
    ("Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat"),
    ("Sangat mahal", "Cukup mahal", "Murah", "Gratis"),
    ("Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"),
    ("Tidak kompeten", "Kurang kompeten", "Kompeten", "Sangat kompeten"),
    ("Tidak sopan dan ramah", "Kurang sopan dan ramah", "Sopan dan ramah", "Sangat sopan dan ramah"),
    ("Buruk", "Cukup", "Baik", "Sangat baik"),
    ("Tidak ada", "Ada tetapi tidak berfungsi", "Berfungsi kurang maksimal", "Dikelola dengan baik"),
)
"""The four answer choices of each question, for the values 1, 2, 3 and 4."""

# (least converted value, mutu, kinerja), from the interval table of Permenpan RB 14/2017.
_MUTU = ((Fraction("88.31"), "A", "Sangat baik"), (Fraction("76.61"), "B", "Baik"),
         (Fraction("65.00"), "C", "Kurang baik"), (Fraction(25), "D", "Tidak baik"))

INTERVALS = (
    ("1", "1,00 \u2013 2,5996", "25,00 \u2013 64,99", "D", "Tidak baik"),
    ("2", "2,60 \u2013 3,064", "65,00 \u2013 76,60", "C", "Kurang baik"),
    ("3", "3,0644 \u2013 3,532", "76,61 \u2013 88,30", "B", "Baik"),
    ("4", "3,5324 \u2013 4,00", "88,31 \u2013 100,00", "A", "Sangat baik"),
)
"""The legend: nilai persepsi, nilai interval, nilai interval konversi, mutu, kinerja."""


def round_half_up(value: Fraction | float, places: int = 2) -> Fraction:
    """``value`` rounded to ``places`` decimals, halves away from zero (as reports round, 91,475 -> 91,48)."""
    value = Fraction(value)
    scale = 10 ** places
    scaled = value * scale
    whole = scaled.numerator // scaled.denominator
    if scaled - whole >= Fraction(1, 2):
        whole += 1
    return Fraction(whole, scale)


def mutu_of(converted: Fraction | float) -> tuple[str, str]:
    """The mutu letter and kinerja of a converted value (25-100), classified after rounding to 2 decimals."""
    shown = round_half_up(converted)
    for least, mutu, kinerja in _MUTU:
        if shown >= least:
            return mutu, kinerja
    return "D", "Tidak baik"


@dataclass(frozen=True)
class UnsurResult:
    """One unsur's figures: the sum of answers, how many answered, NRR and weighted NRR (exact)."""

    nomor: int
    jumlah: int
    responden: int
    nrr: Fraction | None
    nrr_tertimbang: Fraction | None

    @property
    def konversi(self) -> Fraction | None:
        return None if self.nrr is None else self.nrr * NILAI_DASAR

    @property
    def mutu(self) -> tuple[str, str] | None:
        return None if self.nrr is None else mutu_of(self.nrr * NILAI_DASAR)


@dataclass(frozen=True)
class IkmResult:
    """The survey's result: per unsur, and the IKM on the 1-4 scale and converted (x25).

    ``ikm`` is None when an unsur has no answer at all (the index needs all nine).
    """

    unsur: tuple[UnsurResult, ...]
    responden: int
    ikm: Fraction | None

    @property
    def konversi(self) -> Fraction | None:
        return None if self.ikm is None else self.ikm * NILAI_DASAR

    @property
    def mutu(self) -> tuple[str, str] | None:
        return None if self.ikm is None else mutu_of(self.ikm * NILAI_DASAR)


def compute(answers: Iterable[Sequence[int | None]]) -> IkmResult:
    """The IKM of respondents' answers (nine values 1-4 each; None = not answered, left out of that NRR).

    Raises:
        ValueError: a row without nine values or a value outside 1-4.
    """
    sums = [0] * JUMLAH_UNSUR
    counts = [0] * JUMLAH_UNSUR
    rows = 0
    for row in answers:
        if len(row) != JUMLAH_UNSUR:
            raise ValueError(f"setiap responden harus memiliki {JUMLAH_UNSUR} nilai unsur")
        rows += 1
        for i, value in enumerate(row):
            if value is None:
                continue
            if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 4:
                raise ValueError(f"nilai U{i + 1} harus 1, 2, 3, atau 4")
            sums[i] += value
            counts[i] += 1
    results = []
    for i in range(JUMLAH_UNSUR):
        nrr = Fraction(sums[i], counts[i]) if counts[i] else None
        results.append(UnsurResult(i + 1, sums[i], counts[i], nrr, None if nrr is None else nrr * BOBOT))
    complete = all(r.nrr_tertimbang is not None for r in results)
    ikm = sum((r.nrr_tertimbang for r in results), Fraction(0)) if complete else None
    return IkmResult(tuple(results), rows, ikm)


# The Krejcie-Morgan table (population -> sample) the regulation's annex uses, at 95 % confidence, 5 % error.
_KREJCIE_MORGAN = (
    (10, 10), (15, 14), (20, 19), (25, 24), (30, 28), (35, 32), (40, 36), (45, 40), (50, 44), (55, 48),
    (60, 52), (65, 56), (70, 59), (75, 63), (80, 66), (85, 70), (90, 73), (95, 76), (100, 80), (110, 86),
    (120, 92), (130, 97), (140, 103), (150, 108), (160, 113), (170, 118), (180, 123), (190, 127), (200, 132),
    (210, 136), (220, 140), (230, 144), (240, 148), (250, 152), (260, 155), (270, 159), (280, 162), (290, 165),
    (300, 169), (320, 175), (340, 181), (360, 186), (380, 191), (400, 196), (420, 201), (440, 205), (460, 210),
    (480, 214), (500, 217), (550, 226), (600, 234), (650, 242), (700, 248), (750, 254), (800, 260), (850, 265),
    (900, 269), (950, 274), (1000, 278), (1100, 285), (1200, 291), (1300, 297), (1400, 302), (1500, 306),
    (1600, 310), (1700, 313), (1800, 317), (1900, 320), (2000, 322), (2200, 327), (2400, 331), (2600, 335),
    (2800, 338), (3000, 341), (3500, 346), (4000, 351), (4500, 354), (5000, 357), (6000, 361), (7000, 364),
    (8000, 367), (9000, 368), (10000, 370), (15000, 375), (20000, 377), (30000, 379), (40000, 380),
    (50000, 381), (75000, 382), (1000000, 384),
)
_POPULATIONS = [n for n, _s in _KREJCIE_MORGAN]


def sample_size(populasi: int) -> int:
    """The least number of respondents for a population, from the Krejcie-Morgan table.

    A population between two rows takes the larger row's sample (never fewer than the table asks);
    below 10 every member is asked; above a million the table's last figure (384) holds.
    """
    if populasi <= 0:
        return 0
    if populasi < _POPULATIONS[0]:
        return populasi
    index = bisect_left(_POPULATIONS, populasi)
    if index >= len(_KREJCIE_MORGAN):
        return _KREJCIE_MORGAN[-1][1]
    return min(_KREJCIE_MORGAN[index][1], populasi)
