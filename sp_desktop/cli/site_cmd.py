"""`sp-desktop site PROJECT.spdb --out FOLDER`: the unit's static website (command-line layer).

The folder may be absent, empty, or hold a previous site export of this project; anything else is
refused with exit 2 and nothing is written.
"""

from __future__ import annotations

from pathlib import Path

from .common import CliError, project, run_guarded

NAME = "site"


def register(sub) -> None:
    p = sub.add_parser(NAME, help="ekspor situs web statis (daftar layanan, halaman tiap layanan, Maklumat)")
    p.add_argument("project", metavar="PROYEK.spdb")
    p.add_argument("--out", required=True, metavar="FOLDER",
                   help="folder situs: belum ada, kosong, atau situs proyek ini yang dulu diekspor")
    p.set_defaults(func=lambda args: run_guarded(_run, args))


def _run(args) -> int:
    from ..export.errors import ExportError
    from ..services.website import export_site

    with project(args.project) as session:
        try:
            result = export_site(session, Path(args.out))
        except ExportError as exc:
            raise CliError(str(exc)) from exc
    print(f"Situs web ditulis ke {result.folder} ({result.pages} halaman, {result.files} berkas).")
    return 0
