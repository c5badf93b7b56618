"""`sp-desktop konsolidasi FOLDER --out LAPORAN.pdf|.docx|.xlsx`: the consolidated review report (command-line layer).

Every project file and SP JSON export directly in FOLDER is read read-only; the files that cannot be read are
named on stderr and in the report's part C. The reviewer's notes in FOLDER (``.catatan-evaluasi.sqlite``)
join the findings when present. Exit 0 when written, 2 on a bad folder or target.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..export.errors import ExportError
from ..services.review_notes import NOTES_FILE, ReviewNotes
from ..services.review_report import write_report
from ..services.review_units import ReviewError, open_units
from .common import CliError, run_guarded

NAME = "konsolidasi"
SUFFIXES = (".pdf", ".docx", ".xlsx")


def register(sub) -> None:
    p = sub.add_parser(NAME, help="laporan konsolidasi evaluasi atas semua proyek dalam satu folder")
    p.add_argument("folder", metavar="FOLDER")
    p.add_argument("--out", required=True, metavar="LAPORAN.pdf", help="berkas tujuan (.pdf, .docx atau .xlsx)")
    p.add_argument("--penyusun", default="", metavar="NAMA", help="nama bagian yang mengevaluasi (judul laporan)")
    p.set_defaults(func=lambda args: run_guarded(_run, args))


def _run(args) -> int:
    out = Path(args.out)
    if out.suffix.lower() not in SUFFIXES:
        raise CliError(f"Laporan harus berakhiran .pdf, .docx atau .xlsx: {out.name}")
    folder = Path(args.folder)
    try:
        review_set = open_units(folder)
        notes = ReviewNotes.in_folder(folder) if (folder / NOTES_FILE).exists() else None
        try:
            write_report(review_set, out, notes, args.penyusun)
        finally:
            if notes is not None:
                notes.close()
    except (ReviewError, ExportError) as exc:
        raise CliError(str(exc)) from exc
    for problem in review_set.problems:
        print(f"Dilewati: {problem.path.name}: {problem.reason}", file=sys.stderr)
    print(f"Laporan ditulis ke {out} ({len(review_set.units)} perangkat daerah, "
          f"{review_set.service_count} jenis pelayanan).")
    return 0
