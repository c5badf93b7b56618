"""`sp-desktop check PROJECT.spdb [--service ID]`: print the review findings (command-line layer).

Without ``--service`` the project's own findings follow, with ``-`` for the service id (the Maklumat's
pledge lacking an element both Perwali require is a PERINGATAN). What adoption still lacks follows each
service's review, as BLOKIR lines with the component ``penetapan`` (domain/penetapan.py).
"""

from __future__ import annotations

from ..domain.checks import check_layanan, has_blocking
from ..domain.maklumat import maklumat_findings
from ..domain.model import Project
from ..domain.penetapan import adoption_findings, service_findings
from .common import project, run_guarded, service_ids

NAME = "check"


def register(sub) -> None:
    p = sub.add_parser(NAME, help="periksa kelengkapan; keluar 1 bila ada temuan yang menghalangi")
    p.add_argument("project", metavar="PROYEK.spdb")
    p.add_argument("--service", type=int, metavar="ID", help="hanya satu layanan")
    p.set_defaults(func=lambda args: run_guarded(_run, args))


def _run(args) -> int:
    blocking = False
    with project(args.project) as session:
        ids = service_ids(session, [args.service] if args.service is not None else None)
        ctx = session.adoption_context()
        services = session.services(ids)
        for lay in services:
            findings = check_layanan(lay) + service_findings(ctx, lay.jenis_pelayanan, lay.status)
            blocking = blocking or has_blocking(findings)
            for f in findings:
                print(f"{lay.id}\t{f.tingkat}\t{f.komponen}\t{f.pesan}")
        if args.service is None:
            whole = Project(layanan=services, pengaturan=session.pengaturan())  # every service: their statuses
            project_findings = maklumat_findings(whole.pengaturan.maklumat_teks) + adoption_findings(whole, ctx=ctx)
            blocking = blocking or has_blocking(project_findings)
            for f in project_findings:
                print(f"-\t{f.tingkat}\t{f.komponen}\t{f.pesan}")
    return 1 if blocking else 0
