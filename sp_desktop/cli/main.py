"""Argument parsing and dispatch of the headless subcommands (command-line layer).

Exit codes are a fixed contract: 0 success, 1 blocking findings, 2 bad usage or bad input.
"""

from __future__ import annotations

import argparse
import sys
from importlib import import_module

from .. import __version__
from .commands import COMMANDS, module_name

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """argparse with Indonesian errors and exit code 2."""

    def error(self, message: str) -> None:  # noqa: D401 - argparse API
        self.print_usage(sys.stderr)
        print(f"Galat: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser of every subcommand, or of ``only`` that one (its module alone is imported)."""
    parser = _Parser(
        prog="sp-desktop",
        description="SP Desktop: menyusun Standar Pelayanan. Tanpa perintah, aplikasi dibuka "
        "(opsional dengan berkas proyek .spdb).",
    )
    parser.add_argument("--version", action="version", version=f"SP Desktop {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="PERINTAH", parser_class=_Parser)
    for command in _registered(only):
        import_module(module_name(command)).register(sub)
    return parser


def _registered(first: str | None) -> tuple[str, ...]:
    """The commands whose modules are imported for a command line starting with ``first``."""
    if first in COMMANDS:
        return (first,)
    return () if first == "--version" else COMMANDS


def _use_utf8_output() -> None:
    """Write UTF-8 whatever the console's code page.

    Redirected output on Windows is encoded with the ANSI code page (cp1252), which cannot
    hold every service name (curly quotes survive, emoji do not); a failed print would end
    in a traceback and exit code 1, which means "blocking findings".
    """
    for stream, errors in ((sys.stdout, "strict"), (sys.stderr, "replace")):
        reconfigure = getattr(stream, "reconfigure", None)  # absent on some replacement streams
        if reconfigure is None:
            continue
        try:
            reconfigure(encoding="utf-8", errors=errors)
        except (OSError, ValueError):  # a stream that cannot change encoding keeps its own
            pass


def run_cli(argv: list[str]) -> int:
    """Parse ``argv`` and run the subcommand; returns the exit code."""
    _use_utf8_output()
    parser = build_parser(argv[0] if argv else None)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    if not getattr(args, "command", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        return args.func(args)
    except KeyboardInterrupt:
        print("Dibatalkan.", file=sys.stderr)
        return EXIT_USAGE
    except Exception as exc:  # noqa: BLE001 - a command never ends in a traceback (exit 1 means findings)
        print(
            f"Galat: terjadi kesalahan tak terduga ({type(exc).__name__}). Berkas proyek tidak diubah oleh perintah "
            "yang gagal; laporkan kejadian ini kepada pengembang.",
            file=sys.stderr,
        )
        return EXIT_USAGE
