"""`sp-desktop export-json PROJECT.spdb --out DATA.json [--service ID]` (command-line layer)."""

from __future__ import annotations

from pathlib import Path

from ..services.transfer import write_sp_json
from ..storage.errors import ProjectError
from .common import CliError, project, refuse_overwrite, run_guarded, service_ids

NAME = "export-json"


def register(sub) -> None:
    p = sub.add_parser(NAME, help="tulis SP JSON dari proyek atau satu layanan")
    p.add_argument("project", metavar="PROYEK.spdb")
    p.add_argument("--out", required=True, metavar="DATA.json", help="berkas tujuan")
    p.add_argument("--service", type=int, metavar="ID", help="hanya satu layanan")
    p.set_defaults(func=lambda args: run_guarded(_run, args))


def _run(args) -> int:
    refuse_overwrite(Path(args.out), args.project)
    with project(args.project) as session:
        ids = service_ids(session, [args.service] if args.service is not None else None)
        data = session.export_document(ids[0] if ids else None)
    try:
        write_sp_json(Path(args.out), data)
    except ProjectError as exc:
        raise CliError(str(exc)) from exc
    return 0
