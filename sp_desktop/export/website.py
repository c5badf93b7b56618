"""The unit's static website: every file of the folder, built in memory from a project snapshot (export layer).

``index.html`` (the services with a search box), ``layanan/<slug>.html`` per service with its alur as
a PNG, ``maklumat.html``, ``style.css``, ``cari.js`` and the logo. Nothing refers to another host, so
the folder opens from a flash drive and uploads to any web host as it is. Writing the folder (and
refusing to write over anything else) is ``services/website.py``'s job.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from sp_desktop.domain.model import Layanan, Project
from sp_desktop.domain.slugs import unique_slugs

from .errors import ExportCancelled
from .website_assets import SEARCH_JS, STYLE_CSS
from .website_pages import Chart, SurveyFigure, index_page, maklumat_page, service_page

__all__ = ["Chart", "SurveyFigure", "build_site", "service_paths"]

SERVICE_FOLDER = "layanan"
ChartMaker = Callable[[Layanan], "tuple[bytes, str] | None"]
"""Gives a service's alur chart as (PNG bytes, text alternative), or None when it has no chart."""


def service_paths(services: list[Layanan]) -> dict[int, str]:
    """The page of each service by its id, ``layanan/<slug>.html``, slugs made unique in project order.

    The posters' QR codes point at ``<laman>/`` + this path, so both use this one function.
    """
    slugs = unique_slugs(layanan.jenis_pelayanan for layanan in services)
    return {layanan.id: f"{SERVICE_FOLDER}/{slug}.html" for layanan, slug in zip(services, slugs, strict=True)}


def default_chart(layanan: Layanan) -> tuple[bytes, str] | None:
    """The alur chart drawn by ``export.alur`` (imported here only, as Pillow drawing is slow to load)."""
    from .alur import alur_steps, describe, render_alur_png

    steps = alur_steps(layanan)
    if not steps:
        return None
    return render_alur_png(layanan, width_px=1600), describe(steps)


def _logo_file(project: Project) -> tuple[str, bytes] | None:
    logo = project.logo
    if logo is None or not logo.data:
        return None
    return ("logo.jpg" if logo.mime == "image/jpeg" else "logo.png"), logo.data


def build_site(
    project: Project,
    *,
    survey: SurveyFigure | None = None,
    service_surveys: Mapping[int, SurveyFigure] | None = None,
    chart: ChartMaker | None = default_chart,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> dict[str, bytes]:
    """Every file of the website, by its path relative to the folder ("/" separated).

    Args:
        project: The snapshot; its services are published in their order (the caller chooses which
            content: an adopted version rather than a revision still being drafted).
        survey: The unit's latest survey result, shown on the index.
        service_surveys: Each service's own latest result, by service id.
        chart: Draws a service's alur; None leaves the charts out.
        progress: Called with (done, total) after each service page.
        cancelled: Asked between services; True stops the build (``ExportCancelled``).
    """
    service_surveys = service_surveys or {}
    files: dict[str, bytes] = {"style.css": STYLE_CSS.encode("utf-8"), "cari.js": SEARCH_JS.encode("utf-8")}
    logo = _logo_file(project)
    if logo is not None:
        files[logo[0]] = logo[1]
    paths = service_paths(project.layanan)
    total = len(project.layanan)
    for done, layanan in enumerate(project.layanan, start=1):
        if cancelled is not None and cancelled():
            raise ExportCancelled("Ekspor situs dibatalkan.")
        path = paths[layanan.id]
        drawn = chart(layanan) if chart is not None else None
        figure = None
        if drawn is not None:
            png_path = path.removesuffix(".html") + "-alur.png"
            files[png_path] = drawn[0]
            figure = Chart(png_path.rsplit("/", 1)[-1], drawn[1])
        html = service_page(project, layanan, figure, service_surveys.get(layanan.id))
        files[path] = html.encode("utf-8")
        if progress is not None:
            progress(done, total)
    links = [(layanan, paths[layanan.id]) for layanan in project.layanan]
    logo_name = logo[0] if logo else None
    files["index.html"] = index_page(project, links, survey, logo_name).encode("utf-8")
    files["maklumat.html"] = maklumat_page(project, logo_name).encode("utf-8")
    return files
