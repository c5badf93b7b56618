"""`sp-desktop export PROJECT.spdb DOC --out PATH …`: write a document (command-line layer)."""

from __future__ import annotations

import sys
from pathlib import Path

from ..domain.components import komponen_label
from ..domain.enums import StatusLayanan
from ..export import catalog
from .common import CliError, project, refuse_overwrite, run_guarded, service_ids

NAME = "export"
BASE_DOCS = ("rancangan", "standar", "maklumat")
DOCS = (*BASE_DOCS, *sorted(catalog.BUILDERS), *sorted(set(catalog.FILE_WRITERS) - set(catalog.BUILDERS)))
"""Every document the command writes: the first three, then each kind of ``catalog.BUILDERS``."""
EXIT_REFUSED = 1
# The layouts each document has; a Standar's "full" (all fourteen components) is the project's own choice.
LAYOUTS = {
    "rancangan": ("full", "brief"),
    "standar": ("ab", "tunggal", "full"),
    "maklumat": (),
}
_LAYOUT_HELP = {
    "rancangan": "full (14 komponen) atau brief (format Perwali Metro)",
    "standar": "ab (tabel A dan B, nomor mulai dari 1) atau tunggal (satu tabel 1\u201314)",
}
SURVEY_DOCS = ("kuesioner", "laporan-skm", "publikasi-skm")
"""The documents of one survey period, named by ``--period``."""
_DOC_NAMES = {"rancangan": "Rancangan Standar Pelayanan", "standar": "Standar Pelayanan",
              "maklumat": "Maklumat Pelayanan"}


def register(sub) -> None:
    p = sub.add_parser(NAME, help="tulis dokumen rancangan, standar, maklumat, dokumen pembahasan dan penetapan "
                                  "(.docx atau .pdf)")
    p.add_argument("project", metavar="PROYEK.spdb")
    p.add_argument("doc", choices=DOCS, metavar="DOK", help=", ".join(DOCS))
    p.add_argument("--out", required=True, metavar="PATH",
                   help="berkas tujuan; .docx atau .pdf (.xlsx untuk " + (", ".join(sorted(catalog.XLSX_WRITERS))
                                                                          or "-") + "; .png untuk "
                        + (", ".join(sorted(catalog.IMAGE_WRITERS)) or "-") + ")")
    p.add_argument("--session", type=int, default=None, metavar="N",
                   help="pembahasan ke-N menurut urutan dalam berkas, mulai dari 1 (bawaan: yang terakhir)")
    p.add_argument("--service", type=int, action="append", metavar="ID", help="layanan (boleh berulang)")
    p.add_argument("--layout", default=None, metavar="TATA_LETAK",
                   help="rancangan: full atau brief; standar: ab atau tunggal (bawaan: pengaturan proyek)")
    p.add_argument("--paper", choices=("f4", "a4", "a3"), default=None,
                   help="ukuran kertas (bawaan: pengaturan proyek; poster: a3 atau a4, bawaan a3)")
    p.add_argument("--period", default=None, metavar="NAMA",
                   help="periode survei kepuasan masyarakat (wajib untuk " + ", ".join(SURVEY_DOCS) + ")")
    p.set_defaults(func=lambda args: run_guarded(_run, args))


def layout_for(doc: str, layout: str | None) -> str:
    """The layout to pass to the export layer; a layout ``doc`` does not have is refused (exit 2)."""
    if layout is None:
        return "full"
    if layout not in LAYOUTS[doc]:
        if not LAYOUTS[doc]:
            raise CliError(f"{_DOC_NAMES[doc]} tidak memiliki pilihan tata letak; hapus --layout {layout}.")
        raise CliError(f"Tata letak '{layout}' tidak ada untuk {_DOC_NAMES[doc]}; pilih {_LAYOUT_HELP[doc]}.")
    return layout


def _not_ready_lines(session, ids) -> tuple[list[str], list[int]]:
    """Tab-separated lines for the chosen services not marked siap dibahas, and the ids of those that are."""
    lines, ready = [], []
    wanted = None if ids is None else set(ids)
    for summary in session.summaries():
        if wanted is not None and summary.id not in wanted:
            continue
        if StatusLayanan.past_draft(summary.status):
            ready.append(summary.id)
        else:
            lines.append(f"{summary.id}\tBLOKIR\ttinjauan\tStandar belum ditandai siap dibahas oleh ketua tim.")
    return lines, ready


def _grouped_message(findings, not_ready: dict[int, str], names: dict[int, str], ready: list[int]) -> str:
    """One line per service (its components named once), then how to export only the services that are ready."""
    by_service: dict[int, list[str]] = {}
    for service_id, finding in findings:
        labels = by_service.setdefault(int(service_id), [])
        label = komponen_label(finding.komponen)
        if label not in labels:
            labels.append(label)
    blocked = list(dict.fromkeys([*by_service, *not_ready]))
    lines = [f"Standar Pelayanan belum dapat dibuat: {len(blocked)} jenis pelayanan belum siap."]
    for service_id in blocked:
        reasons = []
        if service_id in by_service:
            reasons.append("belum lengkap: " + ", ".join(by_service[service_id]))
        if service_id in not_ready:
            reasons.append("belum ditandai siap dibahas")
        lines.append(f"- {names.get(service_id) or '(tanpa nama)'} (id {service_id}): {'; '.join(reasons)}")
    usable = [sid for sid in ready if sid not in by_service]
    if usable:
        options = " ".join(f"--service {sid}" for sid in usable)
        lines.append(f"Ekspor hanya {len(usable)} layanan yang siap dengan {options}, atau ekspor rancangan.")
    else:
        lines.append("Lengkapi isiannya dan tandai siap dibahas di langkah Tinjauan, atau ekspor rancangan.")
    return "\n".join(lines)


def _run(args) -> int:
    from ..export.errors import BlockingFindings, ExportError
    from ..export.render import export_document

    if args.doc not in BASE_DOCS:
        return _run_cycle_doc(args)
    if args.session is not None:
        raise CliError(f"--session hanya berlaku untuk {', '.join(sorted(catalog.BUILDERS))}; hapus --session.")
    if args.period is not None:
        raise CliError(f"--period tidak berlaku untuk {_DOC_NAMES[args.doc]}; hapus --period.")
    out = Path(args.out)
    if out.suffix.lower() not in (".docx", ".pdf"):
        raise CliError(f"Akhiran berkas {out.name} harus .docx atau .pdf.")
    layout = layout_for(args.doc, args.layout)
    refuse_overwrite(out, args.project)
    with project(args.project) as session:
        ids = service_ids(session, args.service)
        snapshot = session.load_project(ids)
        not_ready, ready = _not_ready_lines(session, ids) if args.doc == "standar" else ([], [])
    paper = args.paper or snapshot.pengaturan.kertas
    names = {layanan.id: layanan.jenis_pelayanan for layanan in snapshot.layanan}
    findings = []
    if not not_ready:
        try:
            export_document(snapshot, args.doc, out, ids, layout, paper)
            return 0
        except BlockingFindings as exc:
            findings = exc.findings
        except ExportError as exc:
            raise CliError(str(exc)) from exc
    else:
        # A Standar for signature is made only of standards marked siap dibahas; report their findings too.
        from ..domain.checks import BLOKIR, check_layanan

        findings = [(layanan.id, f) for layanan in snapshot.layanan for f in check_layanan(layanan)
                    if f.tingkat == BLOKIR]
    draft = {int(line.split("\t", 1)[0]): line for line in not_ready}
    print(f"Galat: {_grouped_message(findings, draft, names, ready)}", file=sys.stderr)
    for service_id, finding in findings:
        print(f"{service_id}\t{finding.tingkat}\t{finding.komponen}\t{finding.pesan}")
    for line in not_ready:
        print(line)
    return 1


def _run_cycle_doc(args) -> int:
    """A document of ``catalog.BUILDERS``: the discussion by ``--session``, the format by the suffix."""
    from ..export.errors import DocumentRefused, ExportError
    from ..services.documents import discussion_count, export_for_session

    out = Path(args.out)
    suffixes = (".docx", ".pdf", ".xlsx") if args.doc in catalog.XLSX_WRITERS else (".docx", ".pdf")
    suffixes = (*suffixes, ".png") if args.doc in catalog.IMAGE_WRITERS else suffixes
    if out.suffix.lower() not in suffixes:
        raise CliError(f"Akhiran berkas {out.name} harus {' atau '.join(suffixes)}.")
    if args.layout is not None:
        raise CliError(f"Dokumen {args.doc} tidak memiliki pilihan tata letak; hapus --layout {args.layout}.")
    refuse_overwrite(out, args.project)
    with project(args.project) as session:
        index = None
        if args.session is not None:
            count = discussion_count(session)
            if not 1 <= args.session <= count:
                have = f"hanya ada {count} pembahasan" if count else "belum ada pembahasan"
                raise CliError(f"Pembahasan ke-{args.session} tidak ada; {have} di proyek ini.")
            index = args.session - 1
        ids = service_ids(session, args.service)
        options = _period_options(session, args)
        try:
            export_for_session(session, args.doc, out, session_index=index, service_ids=ids, paper=args.paper,
                               options=options)
        except DocumentRefused as exc:
            print("Galat: " + "\n".join(exc.lines), file=sys.stderr)
            return EXIT_REFUSED
        except ExportError as exc:
            raise CliError(str(exc)) from exc
    return 0


def _period_options(session, args) -> dict:
    """``{"periode": NAMA}`` from ``--period``; a survey document without it is refused naming the periods."""
    if args.period is not None:
        if args.doc not in (*SURVEY_DOCS, "rekap-pengaduan"):
            raise CliError(f"--period tidak berlaku untuk {args.doc}; hapus --period.")
        return {"periode": args.period}
    if args.doc in SURVEY_DOCS:
        periods = [info.periode for info in session.surveys()]
        have = ("periode yang ada: " + ", ".join(f"\"{name}\"" for name in periods)) if periods else \
            "belum ada survei di proyek ini"
        raise CliError(f"Dokumen {args.doc} memerlukan --period NAMA; {have}.")
    return {}
