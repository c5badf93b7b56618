"""`sp-desktop skm PROJECT.spdb --period NAME [--service ID]`: the survey's figures (command-line layer).

Prints ``U<n>\\t<NRR>`` per unsur and a last line ``IKM\\t<value>\\t<mutu>``, with comma decimals and two
places (``IKM\\t91,48\\tA``): the converted index (x25), computed exactly and rounded only here. Exit 2 for
an unknown period or service (the message names the periods there are), 1 when the period has no
respondents yet or an unsur has no answer at all (the index needs all nine).
"""

from __future__ import annotations

import sys

from ..domain.formatting import format_number
from ..domain.skm import round_half_up
from .common import project, run_guarded, service_ids

NAME = "skm"
EXIT_NO_RESULT = 1


def register(sub) -> None:
    p = sub.add_parser(NAME, help="hasil Survei Kepuasan Masyarakat: NRR per unsur dan IKM satu periode")
    p.add_argument("project", metavar="PROYEK.spdb")
    p.add_argument("--period", required=True, metavar="NAMA", help="periode survei, misalnya \"Semester I 2026\"")
    p.add_argument("--service", type=int, metavar="ID", help="hanya responden satu layanan")
    p.set_defaults(func=lambda args: run_guarded(_run, args))


def _shown(value) -> str:
    return format_number(float(round_half_up(value)), 2)


def _run(args) -> int:
    with project(args.project) as session:
        survei_id = session.survey_id_by_period(args.period)
        layanan = None
        if args.service is not None:
            service_ids(session, [args.service])
            layanan = session.service(args.service).jenis_pelayanan
        result = session.results(survei_id, layanan)
        periode = session.survey_info(survei_id).periode
    whom = f" untuk layanan “{layanan}”" if layanan else ""
    if result.responden == 0:
        print(f"Survei periode “{periode}” belum memiliki responden{whom}; IKM belum dapat dihitung.",
              file=sys.stderr)
        return EXIT_NO_RESULT
    for u in result.unsur:
        print(f"U{u.nomor}\t{_shown(u.nrr) if u.nrr is not None else '-'}")
    if result.ikm is None:
        missing = ", ".join(f"U{u.nomor}" for u in result.unsur if u.nrr is None)
        print(f"IKM belum dapat dihitung: {missing} belum dijawab satu responden pun{whom}.", file=sys.stderr)
        return EXIT_NO_RESULT
    mutu, _kinerja = result.mutu
    print(f"IKM\t{_shown(result.konversi)}\t{mutu}")
    return 0
