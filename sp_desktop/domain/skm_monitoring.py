"""What the survey screens and reports read about a survey besides its IKM: the period's summary, the
respondent profile's age bands, and the progress of the follow-up plan with the PEKPPP scores it implies
(domain layer; ``domain.md`` §4 and §9, indicators 8.a and 9.a).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

USIA_BANDS = (
    (0, 19, "Di bawah 20 tahun"),
    (20, 29, "20\u201329 tahun"),
    (30, 39, "30\u201339 tahun"),
    (40, 49, "40\u201349 tahun"),
    (50, 59, "50\u201359 tahun"),
    (60, 130, "60 tahun ke atas"),
)
"""The age bands of the respondent profile: (least, most, label)."""
TIDAK_DIISI = "Tidak diisi"
"""The profile's label for a respondent who left a field blank."""

PROFILE_KEYS = ("jenis_kelamin", "usia", "pendidikan", "pekerjaan", "layanan")
"""The groups of :meth:`SurveyActions.profile`, in the order the reports print them."""


def usia_band(usia: int | None) -> str:
    """The band label of an age (``TIDAK_DIISI`` for None)."""
    if usia is None:
        return TIDAK_DIISI
    for least, most, label in USIA_BANDS:
        if least <= usia <= most:
            return label
    return USIA_BANDS[-1][2]


@dataclass(frozen=True)
class SurveiInfo:
    """One survey period as the lists show it: the plan and how many respondents it has so far."""

    id: int
    uid: str
    periode: str
    mulai: str
    selesai: str
    layanan: tuple[str, ...]
    populasi: int
    tanggal_laporan: str
    jumlah_responden: int


@dataclass(frozen=True)
class FollowUpProgress:
    """How far the follow-up plan of one survey has come (PEKPPP 8.a and 9.a).

    Attributes:
        planned, done: the planned actions and those with a completion date.
        percent: done / planned x 100 (0 when nothing is planned), exact to two decimals.
        months: per done action (in plan order) the whole months from ``tanggal_laporan`` to its completion,
            rounded up (a part month counts); None when the report date is not set.
        skor_8a: 0 without a plan; 1 planned, none done; 2 below 30 %; 3 30-80 %; 4 above 80 %; 5 all done.
        skor_9a: with every action done and the report date set, 5/4/3/2/1 when the last was done within
            1/3/6/9/12 months of the report; 0 otherwise (not all done, no report date, or later).
    """

    planned: int
    done: int
    percent: float
    months: tuple[int | None, ...]
    skor_8a: int
    skor_9a: int


def months_between(start: str, end: str) -> int | None:
    """Whole months from ISO date ``start`` to ``end``, a started month counted as one (0 on the same day).

    None when either date is blank or not a date.
    """
    try:
        a, b = date.fromisoformat(start), date.fromisoformat(end)
    except (TypeError, ValueError):
        return None
    months = (b.year - a.year) * 12 + (b.month - a.month)
    if b.day > a.day:
        months += 1
    return max(months, 0)


def _score_8a(planned: int, done: int) -> int:
    if planned == 0:
        return 0
    if done == 0:
        return 1
    if done == planned:
        return 5
    share = done * 100 / planned
    return 2 if share < 30 else 3 if share <= 80 else 4


def _score_9a(planned: int, done: int, months: list[int | None]) -> int:
    if planned == 0 or done < planned or any(m is None for m in months):
        return 0
    slowest = max(m for m in months if m is not None)
    for limit, score in ((1, 5), (3, 4), (6, 3), (9, 2), (12, 1)):
        if slowest <= limit:
            return score
    return 0


def follow_up_progress(tanggal_laporan: str, completions: list[str | None]) -> FollowUpProgress:
    """The progress of a follow-up plan from its actions' completion dates (None = still open)."""
    planned = len(completions)
    finished = [c for c in completions if c]
    months = [months_between(tanggal_laporan, c) if tanggal_laporan else None for c in finished]
    percent = round(len(finished) * 100 / planned, 2) if planned else 0.0
    return FollowUpProgress(planned, len(finished), percent, tuple(months), _score_8a(planned, len(finished)),
                            _score_9a(planned, len(finished), months))
