"""The choices of the export dialog: documents, formats, layouts, papers and default file names (ui layer).

Plain data and string helpers, kept apart from the dialog so its module stays about widgets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path


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
        "Lampiran keputusan kepala perangkat daerah, siap ditandatangani. Hanya dapat dibuat bila semua "
        "jenis pelayanan yang dipilih sudah lengkap.",
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
PAPERS = (("f4", "F4 (215 × 330 mm)"), ("a4", "A4 (210 × 297 mm)"), ("a3", "A3 (297 × 420 mm)"))
FILE_FILTERS = {"pdf": "Dokumen PDF (*.pdf)", "docx": "Dokumen Word (*.docx)"}
_UNSAFE_NAME = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


def default_file_name(choice: DocumentChoice, unit: str, fmt: str) -> str:
    """A file name safe on Windows, e.g. ``Rancangan Standar Pelayanan - Disdukcapil.pdf``."""
    stem = f"{choice.file_stem} - {unit.strip()}" if unit.strip() else choice.file_stem
    stem = _UNSAFE_NAME.sub("", stem).strip(" .") or choice.file_stem
    return f"{stem[:120]}.{fmt}"


def typed_suffix(text: str) -> str:
    """``"pdf"`` or ``"docx"`` when the typed path ends so (any case), else ""."""
    suffix = Path(text.strip().strip('"')).suffix.lower().lstrip(".")
    return suffix if suffix in FILE_FILTERS else ""
