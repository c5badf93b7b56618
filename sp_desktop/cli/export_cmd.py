"""`sp-desktop export PROJECT.spdb DOC --out PATH …`: write a document (command-line layer)."""

from __future__ import annotations

import sys
from pathlib import Path

from .common import CliError, project, refuse_overwrite, run_guarded, service_ids

NAME = "export"
DOCS = ("rancangan", "standar", "maklumat")


def register(sub) -> None:
    p = sub.add_parser(NAME, help="tulis dokumen rancangan, standar atau maklumat (.docx atau .pdf)")
    p.add_argument("project", metavar="PROYEK.spdb")
    p.add_argument("doc", choices=DOCS, metavar="DOK", help="rancangan, standar atau maklumat")
    p.add_argument("--out", required=True, metavar="PATH", help="berkas tujuan; .docx atau .pdf")
    p.add_argument("--service", type=int, action="append", metavar="ID", help="layanan (boleh berulang)")
    p.add_argument("--layout", choices=("full", "brief"), default="full", help="tata letak rancangan")
    p.add_argument("--paper", choices=("f4", "a4"), default=None, help="ukuran kertas (bawaan: pengaturan proyek)")
    p.set_defaults(func=lambda args: run_guarded(_run, args))


def _run(args) -> int:
    from ..export.errors import BlockingFindings, ExportError
    from ..export.render import export_document

    out = Path(args.out)
    if out.suffix.lower() not in (".docx", ".pdf"):
        raise CliError(f"Akhiran berkas {out.name} harus .docx atau .pdf.")
    refuse_overwrite(out, args.project)
    with project(args.project) as session:
        ids = service_ids(session, args.service)
        snapshot = session.load_project(ids)
    paper = args.paper or snapshot.pengaturan.kertas
    try:
        export_document(snapshot, args.doc, out, ids, args.layout, paper)
    except BlockingFindings as exc:
        print(f"Galat: {exc}", file=sys.stderr)
        for service_id, finding in exc.findings:
            print(f"{service_id}\t{finding.tingkat}\t{finding.komponen}\t{finding.pesan}")
        return 1
    except ExportError as exc:
        raise CliError(str(exc)) from exc
    return 0
