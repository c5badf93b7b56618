"""The fingerprint (sidik) of an adopted standard: a short code printed on it that names its content (domain layer).

The code is the SHA-256 of the service's canonical SP JSON LAYANAN object (keys sorted, UTF-8, no
whitespace; storage id, order, status and version number are not part of it), cut to 12 hexadecimal
digits and shown in three groups: ``3F2A-91C0-7D4E``. Since SP JSON keeps text verbatim, the same
content gives the same code on any laptop, before and after ``export-json`` / ``import``.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

from .model import Layanan

DIGITS = 12
"""Hexadecimal digits of the code: 48 bits, enough to tell a project's versions apart."""
GROUP = 4


def canonical_text(data: dict[str, Any]) -> str:
    """The canonical JSON text of a LAYANAN object (sorted keys, no spaces, Unicode kept)."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def fingerprint_of_dict(data: dict[str, Any]) -> str:
    """The fingerprint of a LAYANAN object as written by ``sp_json.layanan_to_dict``."""
    digest = hashlib.sha256(canonical_text(data).encode("utf-8")).hexdigest()[:DIGITS].upper()
    return "-".join(digest[i:i + GROUP] for i in range(0, DIGITS, GROUP))


def fingerprint(layanan: Layanan) -> str:
    """The fingerprint of ``layanan``'s content, e.g. ``"3F2A-91C0-7D4E"``."""
    from .sp_json import layanan_to_dict  # the codec loads with the first fingerprint, not at start-up

    return fingerprint_of_dict(layanan_to_dict(layanan))


def normalize(code: str) -> str:
    """A typed code reduced to its digits: capitals, no dashes or spaces (``"3f2a 91c0"`` -> ``"3F2A91C0"``)."""
    return re.sub(r"[\s\-–—.]", "", code).upper()


def looks_like_fingerprint(code: str) -> bool:
    """True when ``code`` is a non-empty run of at most 12 hexadecimal digits (dashes and spaces ignored)."""
    digits = normalize(code)
    return 0 < len(digits) <= DIGITS and all(c in "0123456789ABCDEF" for c in digits)


def sidik_note(services: list[Layanan]) -> str:
    """The fingerprint line of a printed Standar: ``"Sidik versi 2: 3F2A-91C0-7D4E"``, or "" for drafts.

    Only adopted ("ditetapkan") content carries one; with several services each adopted one is
    named by its Lampiran number (I, II, …) as the document numbers them.
    """
    adopted = [(i, lay) for i, lay in enumerate(services) if lay.status == "ditetapkan"]
    if not adopted:
        return ""
    if len(services) == 1:
        lay = services[0]
        return f"Sidik versi {lay.versi}: {fingerprint(lay)}"
    return "Sidik " + "; ".join(f"Lampiran {i + 1} versi {lay.versi}: {fingerprint(lay)}" for i, lay in adopted)
