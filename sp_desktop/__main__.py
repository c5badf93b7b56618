"""Entry point: `sp-desktop [FILE.spdb]` opens the app; `sp-desktop <command> …` runs headless."""

from __future__ import annotations

import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    """Dispatch to the command line when a subcommand is named, else start the GUI."""
    args = list(sys.argv[1:] if argv is None else argv)
    from .cli.commands import COMMANDS

    if args and (args[0] in COMMANDS or args[0] in ("-h", "--help", "--version")):
        return _cli(args)
    if len(args) > 1:
        return _cli(args)
    from .ui.app import run_gui

    return run_gui(Path(args[0]) if args else None)


def _cli(args: list[str]) -> int:
    from .cli.main import run_cli

    return run_cli(args)


if __name__ == "__main__":
    raise SystemExit(main())
