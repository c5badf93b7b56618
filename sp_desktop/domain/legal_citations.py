"""Full citations of the legal bases a decree's "Mengingat" names, read from a dasar hukum line (domain layer).

A service's dasar hukum says "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik" (or "UU No. 25/2009",
"UU RI Nomor 25 Tahun 2009", …); a decree cites the same law with its place of promulgation: "(Lembaran Negara
Republik Indonesia Tahun 2009 Nomor 112, Tambahan Lembaran Negara Republik Indonesia Nomor 5038)".

Sources (``../shared/reference/domain.md`` §3.4 and the two Perwali beside it). Numbers marked
"[KNOW]" below come from memory and are unverified: check them against the JDIH before a decree is signed.
The decree's own ``Keputusan.mengingat`` always wins over what this module proposes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .hierarchy import rank_of

LN = "Lembaran Negara Republik Indonesia"
TLN = "Tambahan Lembaran Negara Republik Indonesia"
BN = "Berita Negara Republik Indonesia"


@dataclass(frozen=True)
class LegalBasis:
    """One known regulation.

    Attributes:
        key: ``"<jenis>:<nomor>/<tahun>"`` of the base regulation, e.g. ``"uu:25/2009"``.
        citation: the full text printed in Mengingat (without the list number or the closing ";").
        aliases: keys of amending regulations cited together with it ("sebagaimana telah diubah …"), so a
            dasar hukum line naming an amendment is cited as the amended law once.
        region: for a regional regulation, the region's name as it appears in ``pemerintah_daerah``.
        pembentukan: the law forming that region (cited first in every decree of the region).
    """

    key: str
    citation: str
    aliases: tuple[str, ...] = ()
    region: str = ""
    pembentukan: bool = False

    @property
    def rank(self) -> int:
        """Rank in the hierarchy of regulations (``domain.hierarchy``)."""
        return rank_of(self.citation)

    @property
    def year(self) -> int:
        """Year of enactment of the base regulation."""
        return int(self.key.rsplit("/", 1)[1])

    @property
    def number(self) -> int:
        """Number of the base regulation."""
        return int(self.key.split(":", 1)[1].split("/", 1)[0])


def _ln(year: int, nomor: int, tln: int | None = None) -> str:
    tail = f", {TLN} Nomor {tln}" if tln is not None else ""
    return f"({LN} Tahun {year} Nomor {nomor}{tail})"


KNOWN: tuple[LegalBasis, ...] = (
    LegalBasis("uud:1945", "Undang-Undang Dasar Negara Republik Indonesia Tahun 1945"),
    # Bontang: the text of Perwali Bontang 31/2018 (Mengingat 2). Its TLN 3839 is as printed there;
    # other sources are recalled to give 3896 [KNOW, unverified].
    LegalBasis(
        "uu:47/1999",
        "Undang-Undang Nomor 47 Tahun 1999 tentang Pembentukan Kabupaten Nunukan, Kabupaten Malinau, Kabupaten "
        f"Kutai Barat, Kabupaten Kutai Timur, dan Kota Bontang {_ln(1999, 175, 3839)} sebagaimana telah diubah "
        "dengan Undang-Undang Nomor 7 Tahun 2000 tentang Perubahan atas Undang-Undang Nomor 47 Tahun 1999 tentang "
        "Pembentukan Kabupaten Nunukan, Kabupaten Malinau, Kabupaten Kutai Barat, Kabupaten Kutai Timur, dan Kota "
        f"Bontang {_ln(2000, 74, 3962)}",
        aliases=("uu:7/2000",),
        region="bontang",
        pembentukan=True,
    ),
    # Metro: the text of Perwali Metro 19/2018 (Mengingat 1); domain.md's other title is [KNOW] and wrong.
    LegalBasis(
        "uu:12/1999",
        "Undang-Undang Nomor 12 Tahun 1999 tentang Pembentukan Kabupaten Daerah Tingkat II Way Kanan, Kabupaten "
        f"Daerah Tingkat II Lampung Timur, dan Kotamadya Daerah Tingkat II Metro {_ln(1999, 46, 3825)}",
        region="metro",
        pembentukan=True,
    ),
    # [KNOW] UU 23/2006 and its amendment (the Disdukcapil services cite them).
    LegalBasis(
        "uu:23/2006",
        f"Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan {_ln(2006, 124, 4674)} sebagaimana "
        "telah diubah dengan Undang-Undang Nomor 24 Tahun 2013 tentang Perubahan atas Undang-Undang Nomor 23 Tahun "
        f"2006 tentang Administrasi Kependudukan {_ln(2013, 232, 5475)}",
        aliases=("uu:24/2013",),
    ),
    LegalBasis(
        "uu:14/2008",
        f"Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik {_ln(2008, 61, 4846)}",
    ),
    LegalBasis("uu:25/2009", f"Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik {_ln(2009, 112, 5038)}"),
    # UU 13/2022 (LN 2022 No. 143, TLN 6801) is [KNOW, unverified].
    LegalBasis(
        "uu:12/2011",
        "Undang-Undang Nomor 12 Tahun 2011 tentang Pembentukan Peraturan Perundang-undangan "
        f"{_ln(2011, 82, 5234)} sebagaimana telah diubah beberapa kali, terakhir dengan Undang-Undang Nomor 13 "
        "Tahun 2022 tentang Perubahan Kedua atas Undang-Undang Nomor 12 Tahun 2011 tentang Pembentukan Peraturan "
        f"Perundang-undangan {_ln(2022, 143, 6801)}",
        aliases=("uu:15/2019", "uu:13/2022"),
    ),
    # UU 5/2014: LN No. 6 per domain.md (Melawi); Perwali Metro prints No. 5.
    LegalBasis(
        "uu:5/2014",
        f"Undang-Undang Nomor 5 Tahun 2014 tentang Aparatur Sipil Negara {_ln(2014, 6, 5494)}",
    ),
    # The last amendment by UU 6/2023 (LN 2023 No. 41, TLN 6856) is [KNOW, unverified].
    LegalBasis(
        "uu:23/2014",
        f"Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah {_ln(2014, 244, 5587)} sebagaimana telah "
        "diubah beberapa kali, terakhir dengan Undang-Undang Nomor 6 Tahun 2023 tentang Penetapan Peraturan "
        "Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2022 tentang Cipta Kerja menjadi Undang-Undang "
        f"{_ln(2023, 41, 6856)}",
        aliases=("uu:2/2015", "uu:9/2015", "uu:6/2023"),
    ),
    LegalBasis(
        "uu:30/2014",
        f"Undang-Undang Nomor 30 Tahun 2014 tentang Administrasi Pemerintahan {_ln(2014, 292, 5601)}",
    ),
    LegalBasis(
        "pp:96/2012",
        "Peraturan Pemerintah Nomor 96 Tahun 2012 tentang Pelaksanaan Undang-Undang Nomor 25 Tahun 2009 tentang "
        f"Pelayanan Publik {_ln(2012, 215, 5357)}",
    ),
    LegalBasis(
        "pp:18/2016",
        f"Peraturan Pemerintah Nomor 18 Tahun 2016 tentang Perangkat Daerah {_ln(2016, 114, 5887)}",
    ),
    LegalBasis(
        "perpres:97/2014",
        f"Peraturan Presiden Nomor 97 Tahun 2014 tentang Penyelenggaraan Pelayanan Terpadu Satu Pintu ({LN} Tahun "
        "2014 Nomor 221)",
    ),
    LegalBasis(
        "permenpan:15/2014",
        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 15 Tahun 2014 tentang "
        f"Pedoman Standar Pelayanan ({BN} Tahun 2014 Nomor 615)",
    ),
    # The Berita Negara numbers of 14/2017 and 16/2017 are not in our sources: left out rather than guessed.
    LegalBasis(
        "permenpan:14/2017",
        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 14 Tahun 2017 tentang "
        "Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik",
    ),
    LegalBasis(
        "permenpan:16/2017",
        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 16 Tahun 2017 tentang "
        "Pedoman Penyelenggaraan Forum Konsultasi Publik di Lingkungan Unit Penyelenggara Pelayanan Publik",
    ),
    LegalBasis(
        "permendagri:138/2017",
        "Peraturan Menteri Dalam Negeri Nomor 138 Tahun 2017 tentang Penyelenggaraan Pelayanan Terpadu Satu Pintu "
        f"Daerah ({BN} Tahun 2017 Nomor 1956)",
    ),
    LegalBasis(
        "perda:12/2012",
        "Peraturan Daerah Kota Metro Nomor 12 Tahun 2012 tentang Pelayanan Publik (Lembaran Daerah Kota Metro "
        "Tahun 2012 Nomor 13, Tambahan Lembaran Daerah Kota Metro Nomor 13)",
        region="metro",
    ),
    # Berita Daerah Kota Bontang Tahun 2018 Nomor 32: printed at the foot of the Perwali itself.
    LegalBasis(
        "perwali:31/2018",
        "Peraturan Wali Kota Bontang Nomor 31 Tahun 2018 tentang Pedoman Penyusunan Standar Pelayanan dan "
        "Maklumat Pelayanan di Lingkungan Pemerintah Daerah (Berita Daerah Kota Bontang Tahun 2018 Nomor 32)",
        region="bontang",
    ),
    # The Berita Daerah number of Perwali Metro 19/2018 is not in its text.
    LegalBasis(
        "perwali:19/2018",
        "Peraturan Wali Kota Metro Nomor 19 Tahun 2018 tentang Pedoman Penyusunan Standar Pelayanan",
        region="metro",
    ),
)

_BY_KEY: dict[str, LegalBasis] = {}
for _basis in KNOWN:
    for _key in (_basis.key, *_basis.aliases):
        _BY_KEY[_key] = _basis

BASE_KEYS = ("uu:23/2014", "uu:25/2009", "pp:96/2012", "permenpan:15/2014")
"""Cited in every decree adopting standards, whatever the services name."""

_REGIONAL = {"bontang": ("perwali:31/2018",), "metro": ("perwali:19/2018",)}

# (jenis, pattern at the start of the normalised line); the more specific phrase first.
_KINDS: tuple[tuple[str, str], ...] = (
    ("uud", r"(?:undang undang dasar|uud)"),
    ("perppu", r"(?:peraturan pemerintah pengganti undang undang|perp?pu)\b"),
    ("uu", r"(?:undang undang|uu)\b"),
    ("pp", r"(?:peraturan pemerintah|pp)\b"),
    ("perpres", r"(?:peraturan presiden|perpres)\b"),
    ("permenpan", r"(?:peraturan menteri (?:negara )?(?:pendayagunaan aparatur negara|pan\b)|permen ?pan|menpan)"),
    ("permendagri", r"(?:peraturan menteri dalam negeri|permendagri)\b"),
    ("perda", r"(?:peraturan daerah|perda)\b"),
    ("perwali", r"(?:peraturan wali ?kota|perwal[i]?)\b"),
)
_NUMBER_YEAR = (
    re.compile(r"\b(?:nomor|no)\s*[.:]?\s*(\d{1,4})\b.*?\btahun\s*(\d{4})\b"),
    re.compile(r"\b(?:nomor|no)\s*[.:]?\s*(\d{1,4})\s*/\s*(\d{4})\b"),
    re.compile(r"\b(\d{1,4})\s*/\s*(\d{4})\b"),
)


def _normal(text: str) -> str:
    text = (text or "").casefold().replace("–", "-").replace("—", "-")
    text = re.sub(r"(?<=[a-z])\s*-\s*(?=[a-z])", " ", text)  # "Undang - Undang" -> "undang undang"
    text = re.sub(r"^(?:[\s\-•*·]+|\(?\d{1,3}[.)]\s*|\(?[a-z][.)]\s+)+", "", text)
    return " ".join(text.split())


def key_of(text: str) -> str | None:
    """``"<jenis>:<nomor>/<tahun>"`` of the regulation a dasar hukum line names, or None when it is not parsed."""
    line = _normal(text)
    jenis = next((kind for kind, pattern in _KINDS if re.match(pattern, line)), None)
    if jenis is None:
        return None
    if jenis == "uud":
        return "uud:1945"
    line = re.sub(r"\brepublik indonesia\b|\bri\b", " ", line)
    for pattern in _NUMBER_YEAR:
        found = pattern.search(line)
        if found:
            return f"{jenis}:{int(found.group(1))}/{found.group(2)}"
    return None


def basis_of(text: str) -> LegalBasis | None:
    """The known regulation a dasar hukum line names (an amendment gives the amended law), or None."""
    key = key_of(text)
    basis = _BY_KEY.get(key) if key else None
    if basis is None or not basis.region:
        return basis
    # A regional regulation is matched only when the line does not name another region.
    line = _normal(text)
    other = [name for name in _REGIONAL if name != basis.region and name in line]
    return None if other else basis


def cite(text: str) -> str | None:
    """The full citation of the regulation ``text`` names (e.g. a service's dasar hukum line), or None."""
    basis = basis_of(text)
    return basis.citation if basis else None


def region_key(pemerintah_daerah: str) -> str:
    """``"bontang"``, ``"metro"`` or "" for the region a unit's ``pemerintah_daerah`` names."""
    text = _normal(pemerintah_daerah)
    return next((name for name in _REGIONAL if re.search(rf"\b{name}\b", text)), "")


def _sort_key(entry: tuple[int, str, LegalBasis | None]) -> tuple:
    index, text, basis = entry
    if basis is not None:
        return (basis.rank, 0 if basis.pembentukan else 1, basis.year, basis.number, index)
    found = re.search(r"\btahun\s*(\d{4})\b", _normal(text))
    return (rank_of(text), 1, int(found.group(1)) if found else 9999, 0, index)


def proposed_mengingat(project, services=None) -> list[str]:
    """The legal bases for a decree adopting the project's standards, highest regulation first.

    The region's formation law, UU 23/2014, UU 25/2009, PP 96/2012, Permenpan RB 15/2014 and the region's
    Perwali, then every dasar hukum line of the services: known ones with their full citation, others as the
    team wrote them. Within a rank the older regulation comes first (the formation law before all).
    Duplicates (the same law named twice, or a law and its amendment) are cited once.

    Args:
        project: a ``domain.model.Project``.
        services: the services the decree adopts (``Layanan`` objects); None for all of the project's.
    """
    region = region_key(project.instansi.pemerintah_daerah)
    lines: list[str] = []
    lines += [b.citation for b in KNOWN if b.pembentukan and b.region == region]
    lines += [_BY_KEY[key].citation for key in BASE_KEYS]
    lines += [_BY_KEY[key].citation for key in _REGIONAL.get(region, ())]
    for layanan in project.layanan if services is None else services:
        lines += [line for line in layanan.dasar_hukum if line and line.strip()]
    seen: set[str] = set()
    entries: list[tuple[int, str, LegalBasis | None]] = []
    for index, line in enumerate(lines):
        basis = basis_of(line)
        if basis is not None and basis.region and region and basis.region != region:
            basis = None  # another region's Perwali: as written
        text = basis.citation if basis else " ".join(line.split()).rstrip(" ;.,")
        identity = basis.key if basis else (key_of(line) or text.casefold())
        if identity in seen:
            continue
        seen.add(identity)
        entries.append((index, text, basis))
    return [text for _, text, _ in sorted(entries, key=_sort_key)]
