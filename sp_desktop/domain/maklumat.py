"""The Maklumat Pelayanan's three required elements, the check of a team's text and its date (domain layer).

Perwali Metro 19/2018 Bab III huruf E and Perwali Bontang 31/2018 Pasal 14 ayat (2) name what a Maklumat
must state; PEKPPP 5.a.K scores a Maklumat that falls short lower (``domain.md`` §2.1 and §9).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .checks import PERINGATAN, Finding
from .model import DEFAULT_MAKLUMAT

RULE_MAKLUMAT = "Perwali Metro 19/2018 Bab III huruf E; Perwali Bontang 31/2018 Pasal 14 ayat (2)"

OLD_DEFAULT_MAKLUMAT = (
    "Dengan ini, kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan yang telah "
    "ditetapkan dan apabila tidak menepati janji ini, kami siap menerima sanksi sesuai peraturan "
    "perundang-undangan yang berlaku."
)
"""The default of earlier versions, which lacks two elements; a project that kept it gets the new default."""


@dataclass(frozen=True)
class Element:
    """One element a Maklumat must state.

    Attributes:
        key: a short identifier.
        label: how the warning names it, in the words of the Perwali.
        patterns: every one of these (regular expressions, on lower-case text) must occur.
    """

    key: str
    label: str
    patterns: tuple[str, ...]

    def found_in(self, normalized: str) -> bool:
        return all(re.search(pattern, normalized) for pattern in self.patterns)


ELEMENTS: tuple[Element, ...] = (
    Element(
        "janji",
        "janji dan kesanggupan melaksanakan pelayanan sesuai standar pelayanan",
        (r"(sanggup|kesanggupan|berjanji|janji)", r"standar\s+pelayanan"),
    ),
    Element(
        "kewajiban",
        "memberikan pelayanan sesuai kewajiban dan melakukan perbaikan secara terus-menerus",
        (r"kewajiban", r"perbaikan", r"(terus[\s-]*menerus|berkelanjutan|berkesinambungan)"),
    ),
    Element(
        "sanksi",
        "kesediaan menerima sanksi dan/atau memberikan kompensasi",
        (r"sanksi", r"kompensasi"),
    ),
)


def _normalize(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip().lower()


def effective_text(text: str | None) -> str:
    """The pledge to print: the team's text, or the default when blank or still the old default."""
    stripped = (text or "").strip()
    if not stripped or stripped == OLD_DEFAULT_MAKLUMAT:
        return DEFAULT_MAKLUMAT
    return stripped


def missing_elements(text: str | None) -> list[Element]:
    """The required elements ``text`` does not state (after :func:`effective_text`)."""
    normalized = _normalize(effective_text(text))
    return [element for element in ELEMENTS if not element.found_in(normalized)]


def warning_text(missing: list[Element]) -> str:
    """One Indonesian sentence naming the missing elements ("" when none is missing)."""
    if not missing:
        return ""
    names = [f"\u201c{element.label}\u201d" for element in missing]
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " dan " + names[-1]
    noun = "unsur" if len(names) == 1 else f"{len(names)} unsur"
    return f"Teks maklumat belum memuat {noun} yang diwajibkan Perwali: {listed}."


def maklumat_findings(text: str | None) -> list[Finding]:
    """A PERINGATAN for a pledge that lacks required elements (komponen ``"maklumat"``), else nothing."""
    message = warning_text(missing_elements(text))
    return [Finding("maklumat", PERINGATAN, message, RULE_MAKLUMAT)] if message else []


def maklumat_date_iso(tanggal_maklumat: str, penetapan: object) -> str:
    """The ISO date the Maklumat carries: its own date, else the recorded penetapan's, else "" (today).

    Args:
        tanggal_maklumat: ``Pengaturan.tanggal_maklumat`` ("" when not set).
        penetapan: ``Project.extra["penetapan"]`` (a dict with ``"tanggal"``) or None.
    """
    own = (tanggal_maklumat or "").strip()
    if own:
        return own
    if isinstance(penetapan, dict):
        tanggal = str(penetapan.get("tanggal") or "").strip()
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", tanggal[:10]):
            return tanggal[:10]
    return ""
