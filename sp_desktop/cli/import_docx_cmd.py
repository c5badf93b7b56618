"""`sp-desktop import-docx PROJECT.spdb OLD.docx [--dry-run]`: an old Word standard as drafts (command-line layer).

Prints one line per component found, ``<jenis_pelayanan>\\t<komponen>\\t<number of items>``, and one per row
no component took, ``<jenis_pelayanan>\\t?\\t<label>`` (kept as a note on the service). The document is read
whole before the project is opened: an unreadable file (exit 2) leaves the project untouched, and
``--dry-run`` does not open it at all.
"""

from __future__ import annotations

from pathlib import Path

from .common import CliError, project, run_guarded

NAME = "import-docx"


def register(sub) -> None:
    p = sub.add_parser(NAME, help="impor Standar Pelayanan lama dari dokumen Word (.docx) sebagai draf")
    p.add_argument("project", metavar="PROYEK.spdb", help="berkas proyek; dibuat bila belum ada")
    p.add_argument("docx", metavar="LAMA.docx", help="dokumen Word berisi Standar Pelayanan lama")
    p.add_argument("--dry-run", action="store_true", help="hanya tampilkan yang terbaca; proyek tidak diubah")
    p.set_defaults(func=lambda args: run_guarded(_run, args))


def _field(text: str) -> str:
    # One line, three fields: a tab or line break inside a name or label would break both.
    return " ".join(text.split())


def report_lines(name: str, built, found) -> list[str]:
    """The lines of one service: each component found once in document order, then each unmapped row."""
    from ..domain.components import KOMPONEN_BY_KEY
    from ..services.word_import import item_count

    lines, seen, unknown = [], set(), []
    for row in found.rows:
        if row.komponen is None:
            unknown.append(f"{_field(name)}\t?\t{_field(row.label) or '(tanpa judul)'}")
        elif row.komponen in KOMPONEN_BY_KEY and row.komponen not in seen:
            seen.add(row.komponen)
            lines.append(f"{_field(name)}\t{row.komponen}\t{item_count(built.layanan, row.komponen)}")
    return lines + unknown


def _name(found, built) -> str:
    # A service the document does not name still comes in, under a name saying where it was found.
    name = _field(found.jenis_pelayanan or built.layanan.jenis_pelayanan)
    if name:
        return name
    return f"Layanan tanpa nama ({found.where})" if found.where else "Layanan tanpa nama"


def _run(args) -> int:
    from ..domain.word_build import build_layanan
    from ..services.word_reader import WordUnreadable, read_word

    source = Path(args.docx)
    try:
        reading = read_word(source)
    except WordUnreadable as exc:
        raise CliError(f"{source.name}: {exc.message}") from exc
    builds = [(found, build_layanan(found)) for found in reading.services]
    names = [_name(found, built) for found, built in builds]
    if not args.dry_run:
        with project(args.project, create=True) as session:
            ids = session.import_word([(built, name) for (_found, built), name in zip(builds, names, strict=True)],
                                      source.name)
            names = [lay.jenis_pelayanan for lay in session.services(ids)]
    for (found, built), name in zip(builds, names, strict=True):
        for line in report_lines(name, built, found):
            print(line)
    return 0
