"""Export layer: document models of the Rancangan, Standar Pelayanan and Maklumat, written as DOCX or PDF.

Imports the domain only (never PySide6 or storage); see ``render.export_document``.
"""

from .errors import BlockingFindings, ExportCancelled, ExportError

__all__ = ["DOC_KINDS", "BlockingFindings", "ExportCancelled", "ExportError", "build_document", "export_document"]


def __getattr__(name: str):
    # reportlab and python-docx take about 0.3 s to import: load them on first use, not when the
    # GUI merely imports the error classes at start-up.
    if name in ("DOC_KINDS", "build_document", "export_document"):
        from . import render

        return getattr(render, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
