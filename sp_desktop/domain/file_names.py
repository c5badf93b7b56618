"""File names for exported documents: the document, its subject and the date, safe on Windows (domain layer).

E.g. ``Rancangan Standar Pelayanan - Penerbitan Akta Kelahiran - 2026-12-02.docx``.
"""

from __future__ import annotations

import re
from datetime import date

ALL_SERVICES = "semua layanan"
MAX_STEM = 120
"""Characters of a name before its suffix: well inside Windows' 255 per name and leaves room for the folder."""

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$", re.IGNORECASE)
_SEPARATOR = " - "


def safe_part(text: str) -> str:
    """``text`` without the characters Windows refuses in a name, spaces collapsed, no dots or spaces at its ends."""
    cleaned = _UNSAFE.sub(" ", text or "")
    cleaned = re.sub(r"\s+", " ", cleaned).strip(" .")
    return cleaned


def subject(service_names: list[str] | None, total: int) -> str:
    """What a document is about, for its name.

    Args:
        service_names: the chosen services' names; None when every service is exported.
        total: how many services the project has.

    Returns:
        The one service's name, "semua layanan" for all of them, else "N layanan".
    """
    if service_names is None or (total > 1 and len(service_names) == total):
        return ALL_SERVICES
    if len(service_names) == 1:
        return service_names[0]
    return f"{len(service_names)} layanan"


def document_file_name(title: str, about: str, day: date, suffix: str, max_stem: int = MAX_STEM) -> str:
    """``<title> - <about> - <YYYY-MM-DD>.<suffix>``, safe on Windows and at most ``max_stem`` before the suffix.

    A long ``about`` is shortened (never the title or the date); an empty one is left out. A name
    Windows reserves (CON, NUL, COM1, …) cannot result, since the title always comes first.
    """
    head = safe_part(title) or "Dokumen"
    tail = day.isoformat()
    room = max_stem - len(head) - len(tail) - 2 * len(_SEPARATOR)
    middle = safe_part(about)
    if len(middle) > room:
        middle = middle[: max(room - 1, 0)].rstrip(" .-") + "\u2026" if room > 1 else ""
    stem = _SEPARATOR.join(part for part in (head, middle, tail) if part)
    if _RESERVED.match(stem):  # pragma: no cover - only with a title such as "CON"
        stem = f"_{stem}"
    return f"{stem[:max_stem]}.{suffix.lstrip('.')}"


def numbered_name(name: str, number: int) -> str:
    """``name`` with `` (number)`` before its suffix, as a file manager names a second copy."""
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        return f"{name} ({number})"
    return f"{stem} ({number}).{suffix}"


CYCLE_TITLES: dict[str, str] = {
    "undangan": "Undangan Pembahasan",
    "daftar-hadir": "Daftar Hadir Pembahasan",
    "berita-acara": "Berita Acara Pembahasan",
    "laporan-pembahasan": "Laporan Pelaksanaan Pembahasan",
    "sk-penetapan": "SK Penetapan Standar Pelayanan",
    "sk-tim": "SK Tim Penyusun Standar Pelayanan",
    "surat-pengantar": "Surat Pengantar Evaluasi SK Penetapan",
    "buku": "Buku Standar Pelayanan",
    "daftar-perubahan": "Daftar Perubahan Standar Pelayanan",
    "rekap-biaya": "Rekapitulasi Biaya dan Tarif Pelayanan",
    "kuesioner": "Kuesioner Survei Kepuasan Masyarakat",
    "laporan-skm": "Laporan Survei Kepuasan Masyarakat",
    "publikasi-skm": "Hasil Survei Kepuasan Masyarakat",
    "rekap-pengaduan": "Rekapitulasi Pengaduan Masuk",
    "alur": "Alur Pelayanan",
    "poster": "Poster Standar Pelayanan",
    "sop": "SOP Administrasi Pemerintahan",
}
"""The title in the proposed file name of each document of the adoption cycle (by its kind, as in
``export.catalog.BUILDERS``); every title is already safe in a file name (no "/" as in "Biaya/Tarif")."""


def cycle_file_name(kind: str, about: str, day: date, suffix: str) -> str:
    """The proposed name of a cycle document, e.g. ``Berita Acara Pembahasan - Dinas X - 2026-12-02.pdf``."""
    title = CYCLE_TITLES.get(kind) or kind.replace("-", " ").title()
    return document_file_name(title, about, day, suffix)
