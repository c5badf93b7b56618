"""The name of a service as written above its table or in its first row (domain layer, for word_layouts).

"I. PELAYANAN AKTA KELAHIRAN", 'Standar Pelayanan "Akta Kelahiran"', "JENIS PELAYANAN : Akta Kelahiran":
the name is what is left once the numbering, the "Standar Pelayanan" title and the quotes are taken off;
a title that names the unit or the document ("PADA DINAS …", "LAMPIRAN …") names no service.
"""

from __future__ import annotations

import re

from .word_import_model import Para
from .word_labels import JENIS_PELAYANAN, recognise_label, section_of

PREFIX = re.compile(r"^\s*\(?(?:\d{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,8})(?:\.\d{1,3})*[.)]\s*")
_NAME_MAX = 150
_STANDAR = re.compile(r"^\s*(?:rancangan\s+)?standar\s+pelayanan\b\s*[:\-\u2013]?\s*", re.IGNORECASE)
_QUOTES = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb"
_GENERIC = ("pada ", "dinas ", "badan ", "kantor ", "pemerintah", "lampiran", "keputusan", "peraturan",
            "nomor", "tentang", "versi", "rancangan", "kabupaten", "kota ", "provinsi", "sekretariat",
            "komponen", "daftar ")
_SMALL_WORDS = frozenset({"dan", "di", "ke", "dari", "atau", "yang", "untuk", "pada", "dengan", "bagi", "serta"})


def clean_name(text: str) -> str:
    """The service name in a title as written ("I. PELAYANAN AKTA KELAHIRAN" -> "Pelayanan Akta Kelahiran",
    'Standar Pelayanan "Akta Kelahiran"' -> "Akta Kelahiran"); "" when it names no service."""
    text = " ".join((text or "").split())
    label, _, rest = text.partition(":")
    if rest.strip() and recognise_label(label) == JENIS_PELAYANAN:
        text = rest.strip()
    text = PREFIX.sub("", text, count=1)
    text = _STANDAR.sub("", text, count=1).strip().strip(_QUOTES).strip(" .:;,-")
    if not text or len(text) > _NAME_MAX or text.casefold().startswith(_GENERIC) or section_of(text):
        return ""
    if recognise_label(text) is not None:
        return ""
    return _title_case(text) if text.isupper() else text


def _title_case(text: str) -> str:
    words = []
    for i, word in enumerate(text.split(" ")):
        low = word.lower()
        if i and low in _SMALL_WORDS:
            words.append(low)
        elif len(word.strip("()[].,;:-/")) <= 3 and word.strip("()[].,;:-/").isalpha():
            words.append(word)  # KTP, KIA, KK: an acronym more often than not
        else:
            words.append(word[:1] + word[1:].lower())
    return " ".join(words)


def name_rank(para: Para) -> tuple[int, str]:
    """How surely a paragraph above a table names its service (0: not at all) and the name."""
    text = para.text.strip()
    label, colon, rest = text.partition(":")
    if colon and rest.strip() and recognise_label(label) == JENIS_PELAYANAN:
        return 3, clean_name(rest)
    name = clean_name(text)
    if not name:
        return 0, ""
    low = text.casefold()
    if _STANDAR.match(text) or any(q in text for q in _QUOTES[:6]) or (
            PREFIX.match(text) and ("pelayanan" in low or "layanan" in low)):
        return 2, name
    if para.heading:
        return 1, name
    return 0, ""


def name_above(paras: list[Para]) -> str:
    """The service name written in the paragraphs above a table ("" when none)."""
    best_rank, best = 0, ""
    for para in paras:
        rank, name = name_rank(para)
        if rank and rank >= best_rank:
            best_rank, best = rank, name
    return best
