"""`sp-desktop sippn PROJECT.spdb --out FILE.xlsx`: the services as a workbook for SIPPN (command-line layer).

The columns follow the mapping kept in the project (the default when none). A target that is a
project file is refused with exit 2 and nothing is written.
"""

from __future__ import annotations

from pathlib import Path

from .common import CliError, project, run_guarded

NAME = "sippn"


def register(sub) -> None:
    p = sub.add_parser(NAME, help="ekspor jenis layanan ke buku kerja XLSX untuk SIPPN")
    p.add_argument("project", metavar="PROYEK.spdb")
    p.add_argument("--out", required=True, metavar="BERKAS.xlsx", help="buku kerja yang ditulis")
    p.set_defaults(func=lambda args: run_guarded(_run, args))


def _run(args) -> int:
    from ..export.errors import ExportError
    from ..services.publikasi import export_sippn
    from ..storage.errors import ProjectError

    out = Path(args.out)
    if out.suffix.lower() != ".xlsx":
        raise CliError(f"Berkas keluaran harus berakhiran .xlsx: {out}")
    with project(args.project) as session:
        try:
            written = export_sippn(session, out)
            count = session.service_count()
        except (ExportError, ProjectError) as exc:
            raise CliError(str(exc)) from exc
    print(f"Buku kerja SIPPN ditulis ke {written} ({count} jenis layanan).")
    return 0
