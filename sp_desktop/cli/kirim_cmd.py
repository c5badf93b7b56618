"""`sp-desktop kirim PROJECT.spdb --out PAKET.spx`: a package of the changes since the last exchange (CLI layer)."""

from __future__ import annotations

from pathlib import Path

from ..services.exchange import send_changes
from .common import project, refuse_overwrite, run_guarded

NAME = "kirim"


def register(sub) -> None:
    p = sub.add_parser(NAME, help="buat paket perubahan (.spx) untuk dikirim ke ketua atau anggota tim")
    p.add_argument("project", metavar="PROYEK.spdb", help="berkas proyek")
    p.add_argument("--out", required=True, metavar="PAKET.spx", help="berkas paket yang dibuat")
    p.set_defaults(func=lambda args: run_guarded(_run, args))


def _run(args) -> int:
    out = Path(args.out)
    refuse_overwrite(out, args.project)
    with project(args.project) as session:
        summary = send_changes(session, out)
    print(f"{summary.path}\t{summary.changes} perubahan\t{summary.files} berkas")
    return 0
