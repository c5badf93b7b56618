"""`sp-desktop skm-import PROJECT.spdb FILE.csv|FILE.xlsx --period NAME`: import survey responses (command-line layer).

The columns are mapped from their headings (``u1`` … ``u9``, "Unsur 1", "Persyaratan", "JK", "Umur", …).
Every bad row is listed by its row number as the spreadsheet shows it; then nothing is written and the
exit code is 2, unless ``--lewati-baris-salah`` stores the good rows and lists the skipped ones.
"""

from __future__ import annotations

import sys

from ..domain.skm_import import FIELD_LABELS, UNSUR_FIELDS, column_letter, problems_text
from ..services.survei_import import (
    ImportRefused,
    SkmImportError,
    check_file,
    read_layout,
    survey_services,
    write_checked,
)
from .common import CliError, project, run_guarded, service_ids

NAME = "skm-import"
LISTED_ROWS = 100


def register(sub) -> None:
    p = sub.add_parser(NAME, help="impor jawaban Survei Kepuasan Masyarakat dari berkas CSV atau XLSX")
    p.add_argument("project", metavar="PROYEK.spdb")
    p.add_argument("file", metavar="BERKAS", help="berkas .csv atau .xlsx: kolom u1 … u9 dan kolom profil")
    p.add_argument("--period", required=True, metavar="NAMA", help="periode survei, misalnya \"Semester I 2026\"")
    p.add_argument("--service", type=int, metavar="ID", help="semua responden untuk layanan ini")
    p.add_argument("--sheet", metavar="LEMBAR", help="lembar XLSX yang dibaca (bawaan: lembar berisi data)")
    p.add_argument("--header-row", type=int, metavar="N", help="baris judul kolom (bawaan: dicari otomatis)")
    p.add_argument("--lewati-baris-salah", action="store_true",
                   help="impor baris yang benar dan lewati baris yang salah (bawaan: tidak ada yang diimpor)")
    p.set_defaults(func=lambda args: run_guarded(_run, args))


def _mapping_lines(layout) -> list[str]:
    used = [f"{column_letter(i)}={name.upper() if name in UNSUR_FIELDS else FIELD_LABELS[name]}"
            for i, name in enumerate(layout.header.mapping) if name]
    return [f"Kolom: {', '.join(used)}."]


def _run(args) -> int:
    try:
        layout = read_layout(args.file, args.sheet, args.header_row)
    except SkmImportError as exc:
        raise CliError(str(exc)) from exc
    where = f"lembar \u201c{layout.sheet}\u201d, " if layout.sheet else ""
    with project(args.project) as session:
        survei_id = session.survey_id_by_period(args.period)
        if args.service is not None:
            service_ids(session, [args.service])
        try:
            services, fixed = survey_services(session, survei_id, args.service)
            result = check_file(layout, layout.header.mapping, services, fixed)
            print(f"Dibaca {result.rows_read} baris data dari {layout.path.name} ({where}judul kolom pada baris "
                  f"{layout.header.row}).")
            ids = write_checked(session, survei_id, result, args.lewati_baris_salah)
        except ImportRefused as exc:
            if not exc.problems:
                raise CliError(str(exc) + "\n" + "\n".join(_mapping_lines(layout))) from exc
            lines = problems_text(exc.problems, LISTED_ROWS)
            if args.lewati_baris_salah:
                print(f"Galat: tidak ada yang diimpor: semua {len(exc.problems)} baris data salah.", file=sys.stderr)
            else:
                print(f"Galat: {len(exc.problems)} baris salah; tidak ada yang diimpor. Perbaiki baris itu di "
                      "berkasnya, atau jalankan lagi dengan --lewati-baris-salah.", file=sys.stderr)
            print("\n".join(lines), file=sys.stderr)
            return 2
        except SkmImportError as exc:
            raise CliError(str(exc)) from exc
        periode = session.survey_info(survei_id).periode
    print(f"Diimpor {len(ids)} responden ke survei periode \u201c{periode}\u201d.")
    if result.problems:
        print(f"Dilewati {len(result.problems)} baris yang salah:")
        print("\n".join(problems_text(result.problems, LISTED_ROWS)))
    return 0
