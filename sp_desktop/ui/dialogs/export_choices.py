"""The choices of the export dialog: documents, formats, layouts, papers and default file names (ui layer).

Plain data and string helpers, kept apart from the dialog so its module stays about widgets.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sp_desktop.domain.file_names import document_file_name
from sp_desktop.domain.standar_layout import LAYOUT_AB, LAYOUT_SINGLE


@dataclass(frozen=True)
class DocumentChoice:
    """One entry of the document list: what the export layer gets and how the dialog adapts."""

    key: str
    doc_kind: str
    label: str
    hint: str
    file_stem: str
    poster: bool = False

    @property
    def uses_services(self) -> bool:
        return self.doc_kind != "maklumat"


DOCUMENTS: tuple[DocumentChoice, ...] = (
    DocumentChoice(
        "rancangan", "rancangan", "Rancangan Standar Pelayanan",
        "Draf untuk dibahas bersama masyarakat; setiap halaman bertanda RANCANGAN dan isian yang belum "
        "lengkap ditandai.",
        "Rancangan Standar Pelayanan"),
    DocumentChoice(
        "standar", "standar", "Standar Pelayanan (lampiran SK)",
        "Lampiran keputusan kepala perangkat daerah, siap ditandatangani. Hanya memuat standar yang sudah "
        "lengkap dan ditandai siap dibahas.",
        "Standar Pelayanan"),
    DocumentChoice(
        "maklumat", "maklumat", "Maklumat Pelayanan",
        "Janji pelayanan yang ditandatangani kepala perangkat daerah.",
        "Maklumat Pelayanan"),
    DocumentChoice(
        "poster", "maklumat", "Maklumat Pelayanan (poster A3)",
        "Maklumat berhuruf besar untuk dipasang di papan pengumuman tempat pelayanan.",
        "Poster Maklumat Pelayanan", poster=True),
)
FORMATS = (("pdf", "PDF (.pdf)"), ("docx", "Word (.docx)"))
LAYOUTS = (("full", "Lengkap (14 komponen)"), ("brief", "Ringkas (format Perwali Metro)"))
STANDAR_LAYOUTS = ((LAYOUT_AB, "Dua tabel: A dan B"), (LAYOUT_SINGLE, "Satu tabel 1–14 (Perwali Bontang)"))
LAYOUTS_BY_KIND = {"rancangan": LAYOUTS, "standar": STANDAR_LAYOUTS, "maklumat": ()}
PAPERS = (("f4", "F4 (215 × 330 mm)"), ("a4", "A4 (210 × 297 mm)"), ("a3", "A3 (297 × 420 mm)"))
FILE_FILTERS = {"pdf": "Dokumen PDF (*.pdf)", "docx": "Dokumen Word (*.docx)"}


def default_file_name(choice: DocumentChoice, about: str, fmt: str, day: date | None = None) -> str:
    """A file name safe on Windows, e.g. ``Rancangan Standar Pelayanan - Penerbitan Akta Kelahiran - 2026-12-02.pdf``.

    Args:
        choice: the document.
        about: the service's name, "semua layanan", "3 layanan", or the unit for the Maklumat.
        fmt: ``"pdf"`` or ``"docx"``.
        day: the date in the name (today by default).
    """
    return document_file_name(choice.file_stem, about, day or date.today(), fmt)


def typed_suffix(text: str) -> str:
    """``"pdf"`` or ``"docx"`` when the typed path ends so (any case), else ""."""
    suffix = Path(text.strip().strip('"')).suffix.lower().lstrip(".")
    return suffix if suffix in FILE_FILTERS else ""
