"""The texts of the Penerapan page's summaries: standards due for review, and one service's activities (ui layer).

Plain functions over domain values (no widget), so the wording is tested without building the page.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from sp_desktop.domain.formatting import format_date
from sp_desktop.domain.model import ServiceSummary
from sp_desktop.domain.penerapan import JenisKegiatan, Kegiatan, ReviewState, covering

MAX_NAMED = 8
"""How many standards due for review the summary names before "dan N lainnya"."""


def review_summary(stale: Sequence[tuple[ServiceSummary, ReviewState]], any_adopted: bool) -> tuple[str, bool]:
    """The line above the table: which adopted standards are over a year without review.

    Returns:
        ``(text, warning)``; ``warning`` is True when some standard is due for review.
    """
    if not any_adopted:
        return ("Belum ada standar yang ditetapkan. Umur standar dihitung sejak tanggal penetapan; reviu "
                "berkala dinilai setiap tahun (PEKPPP).", False)
    if not stale:
        return ("✓ Semua standar yang sudah ditetapkan ditetapkan atau ditinjau dalam setahun terakhir.", False)
    named = [f"{s.jenis_pelayanan} (terakhir {format_date(state.last)})" for s, state in stale[:MAX_NAMED]]
    more = len(stale) - len(named)
    listed = "; ".join(named) + (f"; dan {more} lainnya" if more > 0 else "")
    return (f"⚠ {len(stale)} standar sudah lebih dari setahun tanpa reviu: {listed}. Catat kegiatan berjenis "
            "“Reviu berkala” untuk layanan itu setelah standarnya ditinjau.", True)


def filter_summary(activities: Sequence[Kegiatan], service: str, state: ReviewState | None) -> str:
    """The line under the filter: how many activities there are (for the chosen service), by kind."""
    shown = covering(activities, service) if service else list(activities)
    if not shown:
        counted = "belum ada kegiatan"
    else:
        by_kind = Counter(k.jenis for k in shown)
        parts = [f"{j.label.lower()} {by_kind[j.value]}" for j in JenisKegiatan if by_kind[j.value]]
        counted = f"{len(shown)} kegiatan ({', '.join(parts)})"
    if not service:
        return f"Seluruh proyek: {counted}."
    line = f"“{service}”: {counted}."
    if state is not None and state.ditetapkan is not None and state.last is not None:
        line += f" Ditetapkan/ditinjau: {format_date(state.last)}."
    elif state is not None:
        line += " Standarnya belum ditetapkan."
    return line
