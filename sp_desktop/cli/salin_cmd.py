"""`sp-desktop salin PROJECT.spdb --out COPY.spdb`: a project file for a member's laptop (command-line layer)."""

from __future__ import annotations

from pathlib import Path

from ..services.exchange import copy_for_member
from .common import project, refuse_overwrite, run_guarded

NAME = "salin"


def register(sub) -> None:
    p = sub.add_parser(NAME, help="buat salinan proyek untuk laptop anggota tim (untuk bertukar perubahan)")
    p.add_argument("project", metavar="PROYEK.spdb", help="berkas proyek")
    p.add_argument("--out", required=True, metavar="SALINAN.spdb", help="berkas salinan yang dibuat")
    p.add_argument("--anggota", default=None, metavar="NAMA", help="nama anggota tim pemilik salinan")
    p.set_defaults(func=lambda args: run_guarded(_run, args))


def _run(args) -> int:
    out = Path(args.out)
    refuse_overwrite(out, args.project)
    with project(args.project) as session:
        copy_for_member(session, out, args.anggota)
    print(out)
    return 0
