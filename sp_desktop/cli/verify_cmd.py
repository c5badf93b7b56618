"""`sp-desktop verify PROJECT.spdb FINGERPRINT`: which adopted version a printed standard is (command-line layer).

The fingerprint is the code printed small in the footer of an adopted Standar Pelayanan
("Sidik versi 2: 3F2A-91C0-7D4E"); capitals, dashes and spaces do not matter, and the first
digits are enough when they name one version.
"""

from __future__ import annotations

import sys

from ..domain.fingerprint import looks_like_fingerprint
from ..domain.formatting.dates import format_date
from .common import fail, project, run_guarded

NAME = "verify"
EXIT_NOT_FOUND = 1


def register(sub) -> None:
    p = sub.add_parser(NAME, help="cari versi standar yang ditetapkan dari sidiknya (kode di kaki halaman)")
    p.add_argument("project", metavar="PROYEK.spdb")
    p.add_argument("sidik", metavar="SIDIK", help="sidik versi, mis. 3F2A-91C0-7D4E (boleh sebagian awalnya)")
    p.set_defaults(func=lambda args: run_guarded(_run, args))


def _decree(nomor: str, tanggal: str) -> str:
    if not nomor:
        return "keputusan belum tercatat"
    if not tanggal:
        return f"keputusan nomor {nomor}"
    try:
        from datetime import date

        shown = format_date(date.fromisoformat(tanggal))
    except ValueError:
        shown = tanggal
    return f"keputusan nomor {nomor} tanggal {shown}"


def _run(args) -> int:
    if not looks_like_fingerprint(args.sidik):
        return fail(f"'{args.sidik}' bukan sidik versi; sidik terdiri atas 12 angka/huruf A-F, "
                    "misalnya 3F2A-91C0-7D4E.")
    with project(args.project) as session:
        matches = session.find_version(args.sidik)
    if not matches:
        print(f"Sidik {args.sidik} tidak ditemukan di proyek ini: tidak ada versi standar yang ditetapkan "
              "dengan sidik itu.", file=sys.stderr)
        return EXIT_NOT_FOUND
    for match in matches:
        v = match.versi
        state = "berlaku" if match.current else "sudah diganti revisi"
        print(f"{v.sidik}\t{match.jenis_pelayanan}\tversi {v.versi} ({state})\t{_decree(v.nomor_sk, v.tanggal_sk)}")
    return 0
