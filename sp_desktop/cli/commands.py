"""The names of the headless subcommands, importing none of them (command-line layer).

``sp-desktop`` decides between the window and the command line from these names alone: importing every
command module would pull in reportlab, openpyxl and python-docx (about half a second) before the window,
and again before ``--version``. The module of command ``name`` is ``sp_desktop.cli.<name with _>_cmd``.
"""

from __future__ import annotations

COMMANDS = (
    "import", "list", "export-json", "check", "export", "verify", "skm", "skm-import", "site", "sippn", "pekppp",
    "import-docx", "salin", "kirim", "terima", "konsolidasi", "cari",
)
"""In the order ``sp-desktop --help`` lists them."""


def module_name(command: str) -> str:
    """``"skm-import"`` → ``"sp_desktop.cli.skm_import_cmd"``."""
    return f"sp_desktop.cli.{command.replace('-', '_')}_cmd"
