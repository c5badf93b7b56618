"""What the survey documents share: the survey asked for, its respondents, its period and figures (export layer).

The services layer puts the whole :class:`~sp_desktop.domain.survei.Survei` into
``DocRequest.options["survei"]`` (and, for the report, the trend across periods into
``options["tren"]``: ``(SurveiInfo, IkmResult)`` pairs ordered by start date).
"""

from __future__ import annotations

from fractions import Fraction

from sp_desktop.domain import skm
from sp_desktop.domain.formatting.dates import format_date
from sp_desktop.domain.model import Project
from sp_desktop.domain.survei import Responden, Survei

from .blocks import PageSetup
from .catalog import DocRequest
from .errors import ExportError
from .parts import BLANK, iso_date, page_setup, paper_of, unit_with_region
from .skm_chart import figure

SURVEY_OPTION = "survei"
TREND_OPTION = "tren"
SERVICE_OPTION = "layanan"
"""``options["layanan"]``: the name of one service; the documents then count only its respondents."""


def survey(request: DocRequest) -> Survei:
    """The survey the document is about.

    Raises:
        ExportError: when the caller did not name one (the CLI's ``--period``, the page's survey).
    """
    found = request.options.get(SURVEY_OPTION)
    if not isinstance(found, Survei):
        raise ExportError("Pilih periode survei kepuasan masyarakat lebih dahulu (di halaman Survei Kepuasan, "
                          "atau dengan --period NAMA di baris perintah).")
    return found


def service(request: DocRequest) -> str:
    """The one service the document is restricted to, or "" for the whole unit."""
    return str(request.options.get(SERVICE_OPTION) or "").strip()


def respondents(request: DocRequest) -> list[Responden]:
    """The survey's respondents, those of ``service(request)`` only when one is named."""
    name = service(request)
    items = survey(request).responden
    return [r for r in items if r.layanan.strip() == name] if name else list(items)


def result(items: list[Responden]) -> skm.IkmResult:
    """The IKM of ``items`` (exact; see ``domain.skm.compute``)."""
    return skm.compute(r.nilai for r in items)


def page(project: Project, request: DocRequest) -> PageSetup:
    return page_setup(project, paper_of(project, request.paper))


def period_dates(s: Survei) -> str:
    """``"1 Januari 2026 s.d. 30 Juni 2026"`` (dotted blanks for a date not set)."""
    start, end = iso_date(s.mulai, default_today=False), iso_date(s.selesai, default_today=False)
    return f"{format_date(start) if start else BLANK} s.d. {format_date(end) if end else BLANK}"


def period_line(s: Survei) -> str:
    """``"Semester I 2026 (1 Januari 2026 s.d. 30 Juni 2026)"``."""
    return f"{s.periode.strip() or BLANK} ({period_dates(s)})"


def unit(project: Project) -> str:
    return unit_with_region(project)


def ikm_text(r: skm.IkmResult) -> str:
    """``"91,48"`` (the converted IKM, two decimals), or "-" while an unsur has no answer."""
    return figure(r.konversi)


def mutu_text(r: skm.IkmResult) -> str:
    """``"A (Sangat baik)"`` or "-"."""
    return f"{r.mutu[0]} ({r.mutu[1]})" if r.mutu else "-"


def percent(part: int, whole: int) -> str:
    """``"45,50 %"`` (two decimals, comma)."""
    return f"{figure(Fraction(100 * part, whole) if whole else Fraction(0))} %"
