"""`sp-desktop import PROJECT.spdb DATA.json`: bring SP JSON into a project (command-line layer)."""

from __future__ import annotations

from pathlib import Path

from ..domain.os_messages import os_reason
from ..domain.sp_json import SpJsonError, load_json_bytes, parse_document
from .common import CliError, project, run_guarded

NAME = "import"


def register(sub) -> None:
    p = sub.add_parser(NAME, help="impor berkas SP JSON (proyek atau satu layanan) ke proyek")
    p.add_argument("project", metavar="PROYEK.spdb", help="berkas proyek; dibuat bila belum ada")
    p.add_argument("data", metavar="DATA.json", help="berkas SP JSON")
    p.set_defaults(func=lambda args: run_guarded(_run, args))


def _run(args) -> int:
    source = Path(args.data)
    try:
        raw = source.read_bytes()
    except OSError as exc:
        raise CliError(f"Berkas {source} tidak dapat dibaca: {os_reason(exc)}.") from exc
    try:
        data = load_json_bytes(raw)
        parse_document(data)  # validate before the project file is created or touched
    except SpJsonError as exc:
        raise CliError(f"{source.name}: {exc}") from exc
    with project(args.project, create=True) as session:
        try:
            services = session.import_document(data)
        except SpJsonError as exc:
            raise CliError(f"{source.name}: {exc}") from exc
    for lay in services:
        print(f"{lay.id}\t{lay.jenis_pelayanan}")
    return 0
