"""SP Desktop: write, discuss, adopt and maintain Standar Pelayanan.

``__version__`` is the one place the version is written: ``sp-desktop --version``, the Tentang box,
the package metadata, the .deb and the Windows installer all read it from here.
"""

import sys

__version__ = "0.1.0"


def is_frozen() -> bool:
    """True when this process runs from a built package (PyInstaller sets ``sys.frozen``)."""
    return bool(getattr(sys, "frozen", False))


def build_label() -> str:
    """How this copy runs, in the user's words (shown in Tentang): the installed package or the source."""
    if is_frozen():
        return "Paket terpasang (PyInstaller)"
    return "Dijalankan dari kode sumber"


def program_folder() -> str:
    """The folder the program runs from (the install folder when frozen), never where projects live."""
    from pathlib import Path

    if is_frozen():
        return str(Path(sys.executable).resolve().parent)
    return str(Path(__file__).resolve().parent)
