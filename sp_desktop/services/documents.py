"""The documents of the adoption cycle, made from an open session: the one call the CLI and the UI use (services layer).

:func:`export_for_session` reads a snapshot of the project, adds what the document embeds (the
photos of the discussion for the kinds in ``catalog.NEEDS_PHOTOS``) to a
:class:`~sp_desktop.export.catalog.DocRequest`, and has ``render.export_document`` write it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from ..domain.model import Project
from ..domain.pembahasan import all_from_extra
from ..export import catalog
from ..export.catalog import DocRequest
from ..export.errors import ExportError
from . import targets

PHOTO = "foto"
"""The ``jenis`` of a discussion's photo in the attachments store."""


def discussion_owner(discussion_id: str) -> str:
    """The attachments owner key of a discussion (``"pembahasan:<id>"``)."""
    return f"pembahasan:{discussion_id}"


def discussion_count(session) -> int:
    """How many discussions the project has (``--session`` counts them from 1)."""
    return len(all_from_extra(session.repo.extra()))


def export_for_session(
    session,
    kind: str,
    out_path: Path,
    *,
    session_index: int | None = None,
    service_ids: Sequence[int] | None = None,
    paper: str | None = None,
    options: Mapping[str, Any] | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Write the document ``kind`` of the open project to ``out_path`` (DOCX, PDF or XLSX by its suffix).

    Args:
        session: the open ``ProjectSession``.
        kind: a kind of ``catalog.BUILDERS`` (``"berita-acara"``, ``"sk-penetapan"`` …) or one of
            ``render.DOC_KINDS``.
        out_path: the target; never a project file or a file the app holds open.
        session_index: the discussion, 0-based in the file's order; None for the last one.
        service_ids: the services (for the kinds that list services); None for all.
        paper: ``"f4"`` or ``"a4"``; None for the project's setting.
        options: document-specific choices, passed on in ``DocRequest.options``.
        progress, cancelled: as for ``render.export_document`` (the UI runs this off the GUI thread;
            the session is only read before the document is built).

    Returns:
        ``out_path``.

    Raises:
        storage.errors.ProjectError: ``out_path`` would replace a project file.
        ExportError: an unknown kind, suffix or discussion; ``DocumentRefused`` when the rules
            forbid the document (its ``lines`` say what is missing).
    """
    out_path = Path(out_path)
    targets.refuse_overwrite(out_path, [session.path])
    project, request = document_job(session, kind, session_index=session_index, service_ids=service_ids,
                                    paper=paper, options=options)
    return write_document(project, kind, out_path, request, progress=progress, cancelled=cancelled)


def write_document(project: Project, kind: str, out_path: Path, request: DocRequest, *,
                   progress: Callable[[int, int], None] | None = None,
                   cancelled: Callable[[], bool] | None = None) -> Path:
    """Write what :func:`document_job` read: the unit's own Word template (``user_templates.TEMPLATE_OPTION``
    in ``request.options``) filled for a .docx, else the built-in layout. Runs on any thread."""
    from ..export.render import export_document
    from .user_templates import TEMPLATE_OPTION

    template = request.options.get(TEMPLATE_OPTION)
    if template and Path(out_path).suffix.lower() == ".docx":
        from ..export.user_templates import fill_template

        return fill_template(kind, template, project, request, Path(out_path), progress=progress)
    return export_document(project, kind, Path(out_path), request.service_ids, paper=request.paper,
                           progress=progress, cancelled=cancelled, request=request)


def document_job(
    session,
    kind: str,
    *,
    session_index: int | None = None,
    service_ids: Sequence[int] | None = None,
    paper: str | None = None,
    options: Mapping[str, Any] | None = None,
) -> tuple[Project, DocRequest]:
    """The project snapshot and the request of a document, read from ``session`` (on the session's thread).

    Everything the document needs is read here, so that building and writing it may run on
    another thread without touching the database.
    """
    project = session.load_project(None)
    if kind == "daftar-perubahan" and "pasangan" not in (options or {}):
        # The compared contents come from the stored versions (the CLI passes no options).
        options = session.daftar_perubahan_options(list(service_ids) if service_ids is not None else None, options)
    if kind == "rekap-pengaduan":  # the figures of the period (options "mulai"/"selesai", or "periode")
        options = session.rekap_pengaduan_options(options)
    files: dict[int, bytes] = {}
    captions: dict[int, str] = {}
    if kind in catalog.NEEDS_PHOTOS:
        discussion = _discussion(project.extra, session_index)
        if discussion is not None and discussion.id:
            for item in session.repo.attachments(discussion_owner(discussion.id), PHOTO):
                data = session.repo.attachment_data(item.id)
                if data:
                    files[item.id] = data
                    captions[item.id] = item.keterangan
    options = dict(options or {})
    if kind in SURVEY_KINDS:
        options = _survey_options(session, project, kind, options, service_ids)
    from ..export.template_context import KINDS as TEMPLATE_KINDS
    from .user_templates import TEMPLATE_OPTION, stored_data  # the unit's own Word template, for a .docx

    if kind in TEMPLATE_KINDS and (template := stored_data(session, kind)):
        options[TEMPLATE_OPTION] = template
    request = DocRequest(
        service_ids=list(service_ids) if service_ids is not None else None,
        paper=paper,
        session_index=session_index,
        files=files,
        captions=captions,
        options=options,
    )
    return project, request


SURVEY_KINDS = ("kuesioner", "laporan-skm", "publikasi-skm")
"""The documents of a survey period: ``options["survei_id"]`` or ``options["periode"]`` names it."""


def _survey_options(session, project: Project, kind: str, options: dict, service_ids) -> dict:
    """``options`` with the whole survey (``"survei"``), the one service asked for (``"layanan"``) and, for
    the report, the trend up to this period (``"tren"``), as ``export.skm_laporan_common`` reads them."""
    if "survei" in options:
        return options
    survei_id = options.get("survei_id")
    if survei_id is None:
        if not str(options.get("periode") or "").strip():
            raise ExportError("Sebutkan periode survei kepuasan masyarakat (--period NAMA).")
        survei_id = session.survey_id_by_period(str(options["periode"]))
    s = session.survey(int(survei_id))
    options["survei"] = s
    if service_ids is not None and len(service_ids) == 1 and "layanan" not in options:
        options["layanan"] = next((x.jenis_pelayanan for x in project.layanan if x.id == service_ids[0]), "")
    if kind == "laporan-skm":
        options["tren"] = [(info, result) for info, result in session.trend(options.get("layanan") or None)
                           if info.id == int(survei_id) or (result.responden and info.mulai <= s.mulai)]
    return options


def _discussion(extra: dict, index: int | None):
    discussions = all_from_extra(extra)
    if not discussions:
        return None
    if index is None:
        return discussions[-1]
    if not 0 <= index < len(discussions):
        raise ExportError(f"Pembahasan ke-{index + 1} tidak ada; proyek ini memiliki {len(discussions)} pembahasan.")
    return discussions[index]
