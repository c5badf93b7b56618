"""The consolidated review report of a :class:`ReviewSet`: its figures, findings and notes (services layer).

Fills ``export.konsolidasi.Konsolidasi`` and writes it as PDF, DOCX or XLSX. The output may not be a unit's
file or the reviewer's notes file (``services/targets.py`` refuses a project file).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ..domain.formatting import format_number
from ..export.konsolidasi import FindingLine, Konsolidasi, UnitLine, write_konsolidasi
from ..storage.errors import ProjectError
from . import targets
from .review_compare import review_checks
from .review_notes import ReviewNotes
from .review_units import PEKPPP_MAX, ReviewError, ReviewSet, UnitData

NOTE_LEVEL = "CATATAN"
"""The ``tingkat`` of a reviewer's note among the findings of the report."""


def _ikm_text(unit: UnitData) -> str:
    if unit.ikm is None:
        return "-"
    text = format_number(round(unit.ikm, 2), 2)
    letter = unit.ikm_mutu.split()[0] if unit.ikm_mutu.strip() else ""  # "A Sangat baik" -> "A"; the XLSX has it whole
    return f"{text} ({letter})" if letter else text


def unit_line(unit: UnitData) -> UnitLine:
    """The figures of one unit as the report prints them."""
    pekppp = "-" if unit.pekppp is None else f"{unit.pekppp}/{PEKPPP_MAX}"
    return UnitLine(unit.unit_name, len(unit.services), unit.complete, unit.discussed, unit.adopted,
                    _ikm_text(unit), pekppp, unit.ikm, unit.pekppp, unit.ikm_mutu, unit.ikm_periode)


def konsolidasi_of(review_set: ReviewSet, notes: ReviewNotes | None = None, penyusun: str = "",
                   today: date | None = None) -> Konsolidasi:
    """The report's content: per unit the figures, then the review checks and the reviewer's notes per service."""
    checks = review_checks(review_set)
    findings: dict[str, list[FindingLine]] = {}
    for unit in review_set.units:
        items = [FindingLine(f.jenis_pelayanan, f.komponen_label, f.tingkat, f.pesan) for f in checks[unit.unit_name]]
        if notes is not None:
            items += [FindingLine(n.jenis_pelayanan, n.komponen_label, NOTE_LEVEL,
                                  (f"{n.judul}: " if n.judul else "") + f"{n.teks} ({n.reviewer})")
                      for n in notes.notes(unit.unit_name)]
        order = {lay.jenis_pelayanan: i for i, lay in enumerate(unit.services)}
        items.sort(key=lambda f: order.get(f.jenis_pelayanan, len(order)))  # stable: checks, then notes
        findings[unit.unit_name] = items
    return Konsolidasi(
        penyusun=penyusun, tanggal=today or date.today(), units=[unit_line(u) for u in review_set.units],
        findings=findings, problems=[(p.path.name, p.reason) for p in review_set.problems],
    )


def write_report(review_set: ReviewSet, out: Path | str, notes: ReviewNotes | None = None, penyusun: str = "",
                 today: date | None = None) -> Path:
    """Write the consolidated report to ``out`` (.pdf, .docx, .xlsx).

    Raises:
        ReviewError: the target is a unit's project file; ``export.errors.ExportError`` for a bad suffix or a
            target that cannot be written.
    """
    out = Path(out)
    try:
        targets.refuse_overwrite(out, [u.path for u in review_set.units if u.kind == "proyek"])
    except ProjectError as exc:
        raise ReviewError(str(exc)) from exc
    return write_konsolidasi(konsolidasi_of(review_set, notes, penyusun, today), out)
