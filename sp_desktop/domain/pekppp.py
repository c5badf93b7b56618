"""PEKPPP self-assessment: the nine "Kebijakan Pelayanan" indicators scored 0-5 from what the project holds.

Pure (stdlib only). The services layer fills a :class:`Snapshot`; :func:`score_all` gives per indicator
the score, what the project already shows, and what is missing for the next level, in Indonesian
(``domain.md`` section 9; Permenpan RB 29/2022, Pedoman Menteri PANRB 5/2023).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

ONLINE_MEDIA = frozenset({"website", "media_sosial", "sippn", "aplikasi"})
"""Media the evaluator counts as on-line; the others (notice board, print, broadcast, banner) are off-line."""

MEDIA_LABELS = {
    "website": "situs web", "media_sosial": "media sosial", "papan_informasi": "papan informasi",
    "sippn": "SIPPN", "media_cetak": "media cetak", "media_elektronik": "media elektronik",
    "aplikasi": "aplikasi", "banner": "banner/papan reklame",
}

INDICATORS = (
    ("1.a.Ak", "Standar pelayanan sesuai ketentuan"),
    ("2.a.P", "Partisipasi masyarakat dalam penyusunan/perubahan standar"),
    ("3.a.T", "Media publikasi standar pelayanan"),
    ("4.a.K", "Reviu berkala standar pelayanan"),
    ("5.a.K", "Maklumat pelayanan"),
    ("6.a.B", "Survei kepuasan masyarakat sesuai ketentuan"),
    ("7.a.T", "Media publikasi hasil SKM"),
    ("8.a.Ak", "Persentase tindak lanjut hasil SKM"),
    ("9.a.Ak", "Kecepatan tindak lanjut hasil SKM"),
)
"""(code, title) of the nine indicators, in the evaluator's order."""

YEAR_DAYS, TWO_YEARS_DAYS = 365, 730


@dataclass(frozen=True)
class ServiceFact:
    """One service: its name, status, whether all fourteen components are filled, its last review date."""

    nama: str
    status: str
    lengkap: bool
    ditinjau: date | None = None


@dataclass(frozen=True)
class Publication:
    """One publication record: the medium, what it shows (standar|maklumat|skm), the services ([] = all)."""

    media: str
    objek: str
    layanan: tuple[str, ...] = ()


@dataclass(frozen=True)
class SurveyFact:
    """The latest survey: respondents, whether it meets the Permen (sample, report), the follow-up scores."""

    periode: str
    responden: int
    sesuai_ketentuan: bool
    rencana: int = 0
    skor_8a: int = 0
    skor_9a: int = 0


@dataclass(frozen=True)
class Snapshot:
    """What the project holds, as the scoring needs it."""

    services: tuple[ServiceFact, ...] = ()
    decree: bool = False
    unsur: tuple[str, ...] = ()
    """Distinct unsur from outside the unit that attended a discussion (labels)."""
    publications: tuple[Publication, ...] = ()
    maklumat_missing: tuple[str, ...] = ()
    """The Maklumat's required elements the text does not state (labels); empty = compliant."""
    survey: SurveyFact | None = None
    today: date = field(default_factory=date.today)


@dataclass(frozen=True)
class Score:
    """One indicator's self-assessment."""

    kode: str
    judul: str
    skor: int
    ada: str
    kurang: str


def _media_for(snapshot: Snapshot, objek: str, all_services: bool) -> set[str]:
    names = {s.nama for s in snapshot.services}
    out = set()
    for p in snapshot.publications:
        if p.objek != objek:
            continue
        if not all_services or not p.layanan or names <= set(p.layanan):
            out.add(p.media)
    return out


def _labels(media) -> str:
    return ", ".join(sorted(MEDIA_LABELS.get(m, m) for m in media)) or "-"


def _adopted(snapshot: Snapshot) -> bool:
    return bool(snapshot.services) and snapshot.decree and all(s.status == "ditetapkan" for s in snapshot.services)


def _monitored(snapshot: Snapshot) -> bool:
    return any(s.ditinjau for s in snapshot.services) or bool(snapshot.survey and snapshot.survey.responden)


def score_1a(s: Snapshot) -> tuple[int, str, str]:
    n = len(s.services)
    complete = sum(1 for x in s.services if x.lengkap)
    ada = f"{n} jenis pelayanan, {complete} berisi lengkap 14 komponen"
    if not n:
        return 0, "Belum ada jenis pelayanan", "Tambahkan jenis pelayanan dan susun standarnya."
    if complete < n:
        return 1, ada, f"Lengkapi 14 komponen pada {n - complete} jenis pelayanan."
    if not _adopted(s):
        return 2, ada, "Tetapkan semua standar pelayanan dengan keputusan (SK Penetapan)."
    if not s.unsur:
        return 3, ada + "; ditetapkan dengan SK", "Bahas standar bersama masyarakat (FKP) dan catat kehadirannya."
    if not _monitored(s):
        return 4, ada + "; ditetapkan; dibahas bersama masyarakat", \
            "Pantau dan evaluasi penerapannya (survei kepuasan atau kegiatan reviu)."
    return 5, ada + "; ditetapkan; dibahas bersama masyarakat; dipantau dan dievaluasi", "-"


def score_2a(s: Snapshot) -> tuple[int, str, str]:
    n = len(s.unsur)
    ada = ", ".join(s.unsur) if n else "Belum ada unsur masyarakat yang hadir dalam pembahasan"
    if n >= 5:
        return 5, ada, "-"
    return n, ada, f"Libatkan {n + 1 if n < 4 else 'lebih dari 4'} unsur masyarakat yang berbeda dalam pembahasan."


def score_3a(s: Snapshot) -> tuple[int, str, str]:
    full = _media_for(s, "standar", True)
    part = _media_for(s, "standar", False)
    ada = f"Semua layanan: {_labels(full)}; sebagian: {_labels(part - full)}"
    n, sippn = len(full), "sippn" in full
    if sippn and n >= 4:
        return 5, ada, "-"
    if sippn and n >= 2:
        return n + 1, ada, "Publikasikan semua standar pada satu media lagi."
    if n >= 2:
        return 2, ada, "Publikasikan semua standar di SIPPN."
    if part:
        return 1, ada, "Publikasikan semua standar pada sedikitnya dua media."
    return 0, "Belum ada catatan publikasi standar", "Catat publikasi standar di halaman Publikasi beserta buktinya."


def score_4a(s: Snapshot) -> tuple[int, str, str]:
    reviewed = [x.ditinjau for x in s.services if x.ditinjau]
    total = len(s.services)
    if not reviewed:
        return 0, "Belum ada kegiatan reviu", "Lakukan reviu standar (FKP) dan catat di halaman Penerapan."
    ages = [(s.today - d).days for d in reviewed]
    yearly = sum(1 for a in ages if a <= YEAR_DAYS)
    two = sum(1 for a in ages if a <= TWO_YEARS_DAYS)
    ada = f"{len(reviewed)} dari {total} layanan pernah direviu; {yearly} dalam setahun terakhir"
    if yearly == total:
        return 5, ada, "-"
    if yearly:
        return 4, ada, "Reviu semua layanan setiap tahun."
    if two == total:
        return 3, ada, "Reviu standar setiap tahun."
    if two:
        return 2, ada, "Reviu semua layanan sedikitnya setiap dua tahun."
    return 1, ada, "Reviu standar sedikitnya setiap dua tahun."


def score_5a(s: Snapshot) -> tuple[int, str, str]:
    media = _media_for(s, "maklumat", False)
    if not s.services:
        return 0, "Belum ada standar pelayanan", "Susun standar pelayanan beserta Maklumat Pelayanan."
    if not (s.decree and any(x.status == "ditetapkan" for x in s.services)):
        return 1, "Maklumat tersusun, belum ditetapkan", "Tetapkan Maklumat bersama standar (SK Penetapan)."
    if s.maklumat_missing:
        return 2, "Maklumat ditetapkan", "Lengkapi isi Maklumat: " + "; ".join(s.maklumat_missing) + "."
    ada = f"Maklumat ditetapkan dan isinya sesuai; media: {_labels(media)}"
    if not media - ONLINE_MEDIA:
        return 3, ada, "Pasang Maklumat di media luring (papan informasi, media cetak) dan catat buktinya."
    if not media & ONLINE_MEDIA:
        return 4, ada, "Publikasikan Maklumat juga secara daring (situs web, media sosial)."
    return 5, ada, "-"


def score_6a(s: Snapshot) -> tuple[int, str, str]:
    sv = s.survey
    if sv is None or not sv.responden:
        return 0, "Belum ada survei kepuasan dengan responden", "Laksanakan survei kepuasan masyarakat (SKM)."
    media = _media_for(s, "skm", False)
    ada = f"Survei {sv.periode}: {sv.responden} responden; publikasi: {_labels(media)}"
    if not sv.sesuai_ketentuan:
        return 1, ada, "Penuhi jumlah sampel minimal dan isi tanggal laporan SKM (Permenpan RB 14/2017)."
    if not media - ONLINE_MEDIA:
        return 2, ada, "Publikasikan hasil SKM di media luring dan catat buktinya."
    if not media & ONLINE_MEDIA:
        return 3, ada, "Publikasikan hasil SKM juga secara daring."
    if not sv.rencana:
        return 4, ada, "Susun dan laksanakan rencana tindak lanjut hasil SKM."
    return 5, ada, "-"


def score_7a(s: Snapshot) -> tuple[int, str, str]:
    media = _media_for(s, "skm", False)
    n = len(media)
    ada = f"{n} media: {_labels(media)}" if n else "Belum ada catatan publikasi hasil SKM"
    if n >= 5:
        return 5, ada, "-"
    return n, ada, f"Publikasikan hasil SKM pada {n + 1 if n < 4 else 'lebih dari 4'} media."


def score_8a(s: Snapshot) -> tuple[int, str, str]:
    sv = s.survey
    if sv is None or not sv.rencana:
        return 0, "Belum ada rencana tindak lanjut SKM", "Susun rencana tindak lanjut hasil SKM."
    steps = {1: "Laksanakan rencana tindak lanjut.", 2: "Selesaikan sedikitnya 30 % rencana tindak lanjut.",
             3: "Selesaikan lebih dari 80 % rencana tindak lanjut.", 4: "Selesaikan seluruh rencana tindak lanjut."}
    return sv.skor_8a, f"Survei {sv.periode}: {sv.rencana} rencana tindak lanjut", steps.get(sv.skor_8a, "-")


def score_9a(s: Snapshot) -> tuple[int, str, str]:
    sv = s.survey
    if sv is None or not sv.rencana:
        return 0, "Belum ada rencana tindak lanjut SKM", "Susun rencana tindak lanjut dan isi tanggal laporan SKM."
    months = {0: 12, 1: 9, 2: 6, 3: 3, 4: 1}
    kurang = "-" if sv.skor_9a >= 5 else (
        f"Selesaikan seluruh tindak lanjut dalam {months[sv.skor_9a]} bulan sejak laporan SKM.")
    return sv.skor_9a, f"Survei {sv.periode}: skor kecepatan {sv.skor_9a}", kurang


_SCORERS = (score_1a, score_2a, score_3a, score_4a, score_5a, score_6a, score_7a, score_8a, score_9a)


def score_all(snapshot: Snapshot) -> list[Score]:
    """The nine indicators' scores, in the evaluator's order."""
    out = []
    for (kode, judul), scorer in zip(INDICATORS, _SCORERS, strict=True):
        skor, ada, kurang = scorer(snapshot)
        out.append(Score(kode, judul, skor, ada, kurang))
    return out
