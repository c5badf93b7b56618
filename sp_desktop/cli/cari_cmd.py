"""`sp-desktop cari FOLDER KATA…`: search every unit's services in a folder (command-line layer).

One line per hit: ``<unit>\t<jenis_pelayanan>\t<komponen>`` (the component's label), best first.
Files that cannot be read are named on stderr. Exit 0 (also when nothing is found), 2 on a bad folder.
"""

from __future__ import annotations

import sys

from ..services.review_index import build_index
from ..services.review_units import ReviewError, open_units
from .common import CliError, run_guarded

NAME = "cari"


def register(sub) -> None:
    p = sub.add_parser(NAME, help="cari kata dalam standar pelayanan semua proyek dalam satu folder")
    p.add_argument("folder", metavar="FOLDER")
    p.add_argument("words", nargs="+", metavar="KATA")
    p.add_argument("--batas", type=int, default=200, metavar="N", help="paling banyak N hasil (bawaan 200)")
    p.set_defaults(func=lambda args: run_guarded(_run, args))


def _clean(text: str) -> str:
    return " ".join(text.split())


def _run(args) -> int:
    try:
        review_set = open_units(args.folder)
    except ReviewError as exc:
        raise CliError(str(exc)) from exc
    for problem in review_set.problems:
        print(f"Dilewati: {problem.path.name}: {problem.reason}", file=sys.stderr)
    index = build_index(review_set)
    try:
        for hit in index.search(" ".join(args.words), limit=max(1, args.batas)):
            print(f"{_clean(hit.unit)}\t{_clean(hit.jenis_pelayanan)}\t{hit.komponen_label}")
    finally:
        index.close()
    return 0
