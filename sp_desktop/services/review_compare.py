"""One service across units side by side, and the review checks over every unit at once (services layer).

A service is matched in each unit by :func:`domain.names.name_key`, else by the closest name (typing
differs between units: "Penerbitan Akta Kelahiran" / "Pelayanan Akta Kelahiran"). Durations are read
into days so that the longest time can be named: a day or working day is 1, an hour 1/8 (a working day
has eight), a minute 1/480, a week 7, a month 30; "1 x 24 jam" is one day.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from dataclasses import dataclass, field

from ..domain.checks import check_layanan
from ..domain.components import KOMPONEN, komponen_label
from ..domain.derive import effective_biaya
from ..domain.model import Layanan
from ..domain.names import name_key
from .review_text import component_lines
from .review_units import ReviewSet, UnitData

CLOSE_NAME = 0.82
"""How alike two names must be (difflib ratio of their keys) to count as the same service."""

_DAYS_PER_UNIT = {
    "menit": 1 / 480, "jam": 1 / 8, "hari kerja": 1.0, "hari": 1.0, "minggu": 7.0, "pekan": 7.0, "bulan": 30.0,
    "tahun": 365.0,
}
_STEP_UNIT = {"menit": "menit", "jam": "jam", "hari_kerja": "hari kerja", "hari": "hari"}
_NUMBER = r"(\d+(?:[.,]\d+)?)"
_DAY_BY_HOURS = re.compile(_NUMBER + r"\s*[x×]\s*24\s*jam", re.IGNORECASE)
_DURATION = re.compile(_NUMBER + r"\s*(?:\([^)]*\)\s*)?(hari\s+kerja|hari|jam|menit|minggu|pekan|bulan|tahun)",
                       re.IGNORECASE)


def _number(text: str) -> float:
    return float(text.replace(",", "."))


def duration_days(text: str) -> float | None:
    """The days a written duration amounts to ("14 (empat belas) hari kerja" = 14); None when none is read."""
    total, found = 0.0, False
    rest = text
    for match in _DAY_BY_HOURS.finditer(text):
        total += _number(match.group(1))
        found = True
    rest = _DAY_BY_HOURS.sub(" ", rest)
    for match in _DURATION.finditer(rest):
        unit = " ".join(match.group(2).lower().split())
        total += _number(match.group(1)) * _DAYS_PER_UNIT[unit]
        found = True
    return total if found else None


def service_days(layanan: Layanan) -> float | None:
    """The service's completion time in days: the stated text, else the sum of its steps."""
    stated = layanan.waktu_penyelesaian
    if stated and stated.strip():
        return duration_days(stated)
    total, found = 0.0, False
    for step in layanan.prosedur:
        d = step.durasi
        if d is not None and d.satuan in _STEP_UNIT and isinstance(d.nilai, (int, float)) and d.nilai > 0:
            total += float(d.nilai) * _DAYS_PER_UNIT[_STEP_UNIT[d.satuan]]
            found = True
    return total if found else None


@dataclass(frozen=True)
class ComparisonRow:
    """One component: its text in each unit that has the service; ``same`` when all are alike."""

    komponen: str
    komponen_label: str
    values: dict[str, str]
    same: bool


@dataclass(frozen=True)
class RequirementDiff:
    """A requirement some units ask for and others do not."""

    uraian: str
    ada: tuple[str, ...]
    tidak_ada: tuple[str, ...]


@dataclass
class Comparison:
    """The service ``jenis_pelayanan`` in every unit that has it.

    Attributes:
        units: the units that have it, in the review's order; ``names``: its name in each of them;
            ``missing``: the units that do not.
        rows: the fourteen components, each with the value per unit.
        requirements: the requirements that are in some but not all units.
        days: the time in days per unit (None when it cannot be read); ``longest``: the unit(s) of the longest.
        fees: the fee per unit in rupiah; ``charging``: the units that charge one.
    """

    jenis_pelayanan: str
    units: list[str] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)
    rows: list[ComparisonRow] = field(default_factory=list)
    requirements: list[RequirementDiff] = field(default_factory=list)
    days: dict[str, float | None] = field(default_factory=dict)
    longest: list[str] = field(default_factory=list)
    fees: dict[str, int] = field(default_factory=dict)
    charging: list[str] = field(default_factory=list)


def match_service(unit: UnitData, jenis_pelayanan: str) -> Layanan | None:
    """The unit's service of that name, else the one of the closest name (at least :data:`CLOSE_NAME`)."""
    exact = unit.service(jenis_pelayanan)
    if exact is not None:
        return exact
    key = name_key(jenis_pelayanan)
    best, best_ratio = None, CLOSE_NAME
    for lay in unit.services:
        ratio = difflib.SequenceMatcher(None, key, name_key(lay.jenis_pelayanan)).ratio()
        if ratio >= best_ratio:
            best, best_ratio = lay, ratio
    return best


def service_names(review_set: ReviewSet) -> list[tuple[str, int]]:
    """Each service name across the units (as first written) with how many units have it, most shared first."""
    first: dict[str, str] = {}
    counts: Counter[str] = Counter()
    for unit in review_set.units:
        for key in {name_key(s.jenis_pelayanan): s.jenis_pelayanan for s in unit.services}.items():
            first.setdefault(key[0], key[1])
            counts[key[0]] += 1
    return sorted(((first[k], n) for k, n in counts.items()), key=lambda x: (-x[1], name_key(x[0])))


def compare(review_set: ReviewSet, jenis_pelayanan: str) -> Comparison:
    """The service across the units of ``review_set`` (see :class:`Comparison`)."""
    result = Comparison(jenis_pelayanan)
    found: dict[str, Layanan] = {}
    for unit in review_set.units:
        lay = match_service(unit, jenis_pelayanan)
        if lay is None:
            result.missing.append(unit.unit_name)
            continue
        found[unit.unit_name] = lay
        result.units.append(unit.unit_name)
        result.names[unit.unit_name] = lay.jenis_pelayanan
    for k in KOMPONEN:
        values = {u: "\n".join(component_lines(lay, k.key)) for u, lay in found.items()}
        alike = len({" ".join(v.casefold().split()) for v in values.values()}) <= 1
        result.rows.append(ComparisonRow(k.key, k.label, values, alike))
    result.requirements = _requirement_diffs(found)
    result.days = {u: service_days(lay) for u, lay in found.items()}
    known = [d for d in result.days.values() if d is not None]
    if known:
        top = max(known)
        result.longest = [u for u, d in result.days.items() if d == top]
    for u, lay in found.items():
        result.fees[u] = effective_biaya(lay).tarif
    result.charging = [u for u, tarif in result.fees.items() if tarif > 0]
    return result


def _requirement_diffs(found: dict[str, Layanan]) -> list[RequirementDiff]:
    text: dict[str, str] = {}
    holders: dict[str, list[str]] = {}
    for unit, lay in found.items():
        for p in lay.persyaratan:
            key = name_key(p.uraian)
            if not key:
                continue
            text.setdefault(key, p.uraian.strip())
            if unit not in holders.setdefault(key, []):
                holders[key].append(unit)
    out = []
    for key, units in holders.items():
        if len(units) < len(found):
            out.append(RequirementDiff(text[key], tuple(units), tuple(u for u in found if u not in units)))
    return out


@dataclass(frozen=True)
class UnitFinding:
    """A review finding of one service of a unit (``domain.checks.Finding`` with the service's name)."""

    jenis_pelayanan: str
    komponen: str
    komponen_label: str
    tingkat: str
    pesan: str
    aturan: str


def review_checks(review_set: ReviewSet) -> dict[str, list[UnitFinding]]:
    """The findings of ``domain.checks.check_layanan`` for every service, per unit name (in the units' order)."""
    return {
        unit.unit_name: [
            UnitFinding(lay.jenis_pelayanan, f.komponen, komponen_label(f.komponen), f.tingkat, f.pesan, f.aturan)
            for lay in unit.services
            for f in check_layanan(lay)
        ]
        for unit in review_set.units
    }
