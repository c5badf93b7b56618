"""`sp-desktop pekppp PROJECT.spdb [--out PACK.zip]`: the PEKPPP self-assessment and evidence pack (cli layer).

Prints ``<indikator>\\t<skor>\\t<what is missing>`` per indicator; with ``--out`` also writes the ZIP
(never over a project file).
"""

from __future__ import annotations

from pathlib import Path

from .common import CliError, project, refuse_overwrite, run_guarded

NAME = "pekppp"


def register(sub) -> None:
    p = sub.add_parser(NAME, help="penilaian mandiri PEKPPP (aspek Kebijakan Pelayanan) dan paket bukti ZIP")
    p.add_argument("project", metavar="PROYEK.spdb")
    p.add_argument("--out", metavar="PAKET.zip", help="tulis paket bukti per indikator ke berkas ZIP ini")
    p.set_defaults(func=lambda args: run_guarded(_run, args))


def _run(args) -> int:
    from ..export.errors import ExportError
    from ..services.pekppp import scores, write_pack

    out = Path(args.out) if args.out else None
    if out is not None:
        if out.suffix.lower() != ".zip":
            raise CliError(f"Paket bukti harus berakhiran .zip: {out}")
        refuse_overwrite(out, args.project)
    with project(args.project) as session:
        for s in scores(session):
            print(f"{s.kode}\t{s.skor}\t{s.kurang}")
        if out is not None:
            try:
                result = write_pack(session, out)
            except ExportError as exc:
                raise CliError(str(exc)) from exc
            print(f"Paket bukti ditulis ke {result.path} ({len(result.files)} berkas, "
                  f"{len(result.missing)} dokumen belum dapat dibuat).")
    return 0
