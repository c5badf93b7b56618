"""`sp-desktop list PROJECT.spdb`: one line per service (command-line layer)."""

from __future__ import annotations

from .common import project, run_guarded

NAME = "list"


def register(sub) -> None:
    p = sub.add_parser(NAME, help="daftar layanan: id, status, jenis pelayanan")
    p.add_argument("project", metavar="PROYEK.spdb")
    p.set_defaults(func=lambda args: run_guarded(_run, args))


def _run(args) -> int:
    with project(args.project) as session:
        for lay in session.services():
            print(f"{lay.id}\t{lay.status}\t{lay.jenis_pelayanan}")
    return 0
