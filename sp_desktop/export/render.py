"""One entry point for the UI and the CLI: build a document of a kind and write it atomically (export layer)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from sp_desktop.domain.model import Project

from . import catalog
from .atomic import atomic_write
from .blocks import ReportDocument
from .catalog import DocRequest
from .docx_writer import DocxWriter
from .errors import BlockingFindings, DocumentRefused, ExportCancelled, ExportError, RenderFailed
from .pdf_writer import PdfWriter
from .report_model import build_maklumat, build_rancangan, build_standar

__all__ = [
    "BlockingFindings",
    "DocRequest",
    "DocumentRefused",
    "ExportCancelled",
    "ExportError",
    "RenderFailed",
    "DOC_KINDS",
    "build_document",
    "export_document",
]

DOC_KINDS = ("rancangan", "standar", "maklumat")
WRITERS = {".docx": DocxWriter, ".pdf": PdfWriter}
BUILD_SHARE = 10  # percent of the progress bar spent building the model

log = logging.getLogger(__name__)


def build_document(
    project: Project,
    doc_kind: str,
    service_ids: Sequence[int] | None = None,
    layout: str = "full",
    paper: str | None = None,
    poster: bool = False,
    request: DocRequest | None = None,
) -> ReportDocument:
    """The document model of ``doc_kind`` (see ``export_document`` for the arguments)."""
    if doc_kind in catalog.BUILDERS:
        if request is None:
            request = DocRequest(service_ids=service_ids, layout=layout, paper=paper, poster=poster)
        return catalog.resolve(catalog.BUILDERS[doc_kind])(project, request)
    if doc_kind == "rancangan":
        return build_rancangan(project, service_ids, layout, paper)
    if doc_kind == "standar":
        return build_standar(project, service_ids, layout, paper)
    if doc_kind == "maklumat":
        return build_maklumat(project, paper, poster=poster)
    known = ", ".join((*DOC_KINDS, *sorted(catalog.BUILDERS), *sorted(catalog.FILE_WRITERS)))
    raise ExportError(f"Jenis dokumen '{doc_kind}' tidak dikenal; pilih salah satu dari: {known}.")


def export_document(
    project: Project,
    doc_kind: str,
    out_path: Path,
    service_ids: list[int] | None = None,
    layout: str = "full",
    paper: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    poster: bool = False,
    request: DocRequest | None = None,
) -> Path:
    """Build a document and write it to ``out_path`` as DOCX, PDF (or XLSX), chosen by the suffix.

    The file appears complete or not at all: it is written to a temp file in the same folder
    and moved over ``out_path`` at the end. Run it off the GUI thread; reportlab is not
    thread-safe, so run one export at a time.

    Args:
        project: A snapshot of the project (not shared with the GUI while exporting).
        doc_kind: ``"rancangan"``, ``"standar"`` or ``"maklumat"``.
        out_path: Target file ending in ``.docx`` or ``.pdf``.
        service_ids: ``Layanan.id`` values in any order (project order is kept); None for all.
            Ignored for the Maklumat.
        layout: ``"full"`` or ``"brief"`` (Rancangan only).
        paper: ``"f4"``, ``"a4"`` (``"a3"`` for the poster); None for the project's setting.
        progress: Called as ``progress(done, total)`` with ``total`` 100 (a percentage).
        cancelled: Polled during the export; returning True stops it with ExportCancelled.
        poster: For the Maklumat: the A3 notice-board poster.
        request: For the kinds of ``catalog.BUILDERS``: everything the builder is asked (the
            discussion, the files it embeds, options); None builds one from the arguments above.
            ``.xlsx`` is written by ``catalog.XLSX_WRITERS`` for the kinds that have one, ``.png`` by
            ``catalog.IMAGE_WRITERS``.

    Returns:
        ``out_path``.

    Raises:
        BlockingFindings: A Standar Pelayanan was asked for while chosen services have blocking
            findings.
        DocumentRefused: The rules forbid the document for now (its ``lines`` say what is missing).
        ExportCancelled: ``cancelled`` returned True; nothing was written.
        RenderFailed: Content that could not be processed while rendering (a damaged picture).
        ExportError: Unknown suffix, kind, layout or paper; an empty selection; a target that is
            open in another program or a folder that cannot be written.
    """
    out_path = Path(out_path)
    if request is None and (doc_kind in catalog.BUILDERS or doc_kind in catalog.FILE_WRITERS):
        request = DocRequest(service_ids=service_ids, layout=layout, paper=paper, poster=poster)
    suffix = out_path.suffix.lower()
    if suffix == ".xlsx" and doc_kind in catalog.XLSX_WRITERS:
        return _export_xlsx(project, doc_kind, out_path, request, progress, cancelled)
    if suffix in (".pdf", ".docx") and doc_kind in catalog.FILE_WRITERS:  # documents with their own writer (SOP)
        return _export_xlsx(project, doc_kind, out_path, request, progress, cancelled, catalog.FILE_WRITERS)
    if suffix == ".png" and doc_kind in catalog.IMAGE_WRITERS:
        return _export_xlsx(project, doc_kind, out_path, request, progress, cancelled, catalog.IMAGE_WRITERS)
    writer_class = WRITERS.get(suffix)
    if writer_class is None:
        choices = ".docx, .pdf atau .xlsx" if doc_kind in catalog.XLSX_WRITERS else ".docx atau .pdf"
        choices = ".docx, .pdf atau .png" if doc_kind in catalog.IMAGE_WRITERS else choices
        raise ExportError(f"Format berkas '{out_path.suffix or out_path.name}' tidak didukung; pilih {choices}.")

    def report(done: int, total: int) -> None:
        if progress is not None:
            progress(BUILD_SHARE + (100 - BUILD_SHARE) * done // max(total, 1), 100)

    if cancelled is not None and cancelled():
        raise ExportCancelled()
    if progress is not None:
        progress(0, 100)
    doc = build_document(project, doc_kind, service_ids, layout, paper, poster, request)
    if progress is not None:
        progress(BUILD_SHARE, 100)

    def write(temp: Path) -> None:
        try:
            writer_class().write(doc, temp, progress=report, cancelled=cancelled)
        except OSError as exc:
            if exc.errno is not None:
                raise  # a real file-system error (disk full, no permission): atomic_write words it
            # Pillow and reportlab raise OSError without an errno for content they cannot decode;
            # atomic_write would report it as a failed save, in English.
            log.debug("Rendering failed", exc_info=True)
            raise RenderFailed() from exc

    atomic_write(out_path, write)
    if progress is not None:
        progress(100, 100)
    return out_path


def _export_xlsx(project: Project, doc_kind: str, out_path: Path, request: DocRequest | None,
                 progress: Callable[[int, int], None] | None, cancelled: Callable[[], bool] | None,
                 writers: dict[str, str] | None = None) -> Path:
    """Write ``doc_kind`` with its function in ``writers`` (the workbooks of ``catalog.XLSX_WRITERS``), atomically."""
    if cancelled is not None and cancelled():
        raise ExportCancelled()
    if progress is not None:
        progress(0, 100)
    writer = catalog.resolve((catalog.XLSX_WRITERS if writers is None else writers)[doc_kind])
    if writers is catalog.FILE_WRITERS:  # a writer of several formats: it is told the target's, not the temp's
        atomic_write(out_path, lambda temp: writer(project, request or DocRequest(), temp, out_path.suffix))
    else:
        atomic_write(out_path, lambda temp: writer(project, request or DocRequest(), temp))
    if progress is not None:
        progress(100, 100)
    return out_path
