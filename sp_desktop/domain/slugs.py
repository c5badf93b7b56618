"""Web-safe names of a service's page: ``layanan/<slug>.html`` of the exported website (domain layer).

One definition, used by the website export and by the posters' QR codes, so that the address
printed on the notice board is the page the website holds. E.g. "Penerbitan Akta Kelahiran (Baru)"
becomes ``penerbitan-akta-kelahiran-baru``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

MAX_SLUG = 80
"""Characters of a slug at most: a readable address, well inside every file system's limit."""
FALLBACK = "layanan"
"""The slug of a name that holds no letter or digit (only emoji or punctuation)."""

_NOT_WORD = re.compile(r"[^a-z0-9]+")


def service_slug(name: str) -> str:
    """The lower-case ASCII slug of a service's name: letters and digits joined by single hyphens.

    Accents are dropped ("é" -> "e"), every other character separates words, the result is cut at
    a hyphen to at most ``MAX_SLUG`` characters; a name without any letter or digit gives
    ``"layanan"``. The same name always gives the same slug.
    """
    ascii_text = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode("ascii")
    slug = _NOT_WORD.sub("-", ascii_text.lower()).strip("-")
    if len(slug) > MAX_SLUG:
        cut = slug[:MAX_SLUG + 1]
        slug = cut[: cut.rfind("-")] if "-" in cut[1:] else slug[:MAX_SLUG]
        slug = slug.strip("-")
    return slug or FALLBACK


def unique_slugs(names: Iterable[str]) -> list[str]:
    """The slug of each name in order; a slug already taken gets ``-2``, ``-3``, … (two services of one name)."""
    taken: set[str] = set()
    out = []
    for name in names:
        base = service_slug(name)
        slug, n = base, 1
        while slug in taken:
            n += 1
            slug = f"{base}-{n}"
        taken.add(slug)
        out.append(slug)
    return out


def service_url(laman: str, slug: str) -> str:
    """The address of a service's page under the unit's web address: ``<laman>/layanan/<slug>.html``.

    A ``laman`` without a scheme ("dukcapil.bontangkota.go.id") gets ``https://``; a trailing ``/``
    is dropped. Returns "" when ``laman`` is empty.
    """
    base = (laman or "").strip().rstrip("/")
    if not base:
        return ""
    if not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", base):
        base = f"https://{base}"
    return f"{base}/layanan/{slug}.html"


def unit_url(laman: str) -> str:
    """The unit's web address with a scheme (``https://`` when none was typed); "" when empty."""
    base = (laman or "").strip()
    if not base:
        return ""
    if not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", base):
        base = f"https://{base}"
    return base
