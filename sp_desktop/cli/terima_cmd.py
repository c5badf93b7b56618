"""`sp-desktop terima PROJECT.spdb PAKET.spx`: merge a package into the project (command-line layer).

Exit 0: everything merged; 1: conflicts remain, one line each ``<jenis_pelayanan>\\t<komponen>\\t<from whom>``;
2: a bad, foreign or damaged package (nothing changed).
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..services.exchange import open_conflicts, receive_package
from .common import project, run_guarded

NAME = "terima"
EXIT_CONFLICTS = 1


def register(sub) -> None:
    p = sub.add_parser(NAME, help="terima paket perubahan (.spx) ke proyek; konflik dicetak satu per baris")
    p.add_argument("project", metavar="PROYEK.spdb", help="berkas proyek")
    p.add_argument("package", metavar="PAKET.spx", help="paket dari anggota atau ketua tim")
    p.set_defaults(func=lambda args: run_guarded(_run, args))


def _run(args) -> int:
    with project(args.project) as session:
        result = receive_package(session, Path(args.package))
        remaining = open_conflicts(session)
    for line in result.refused:
        print(f"Catatan: {line}", file=sys.stderr)
    for conflict in remaining:
        print(f"{conflict.layanan or '-'}\t{conflict.komponen_label}\t{conflict.theirs_by}")
    if remaining:
        print(f"{len(remaining)} konflik perlu diselesaikan di aplikasi (menu Pertukaran).", file=sys.stderr)
        return EXIT_CONFLICTS
    return 0
