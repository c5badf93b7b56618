"""Last line of defence: an unexpected error is logged and shown in Indonesian (ui layer).

Expected problems are handled where they happen (``messages.guarded``); this hook is for
bugs, so that a user sees what happened instead of a silent crash, and every change made
before it is already on disk.
"""

from __future__ import annotations

import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

LOG_NAME = "sp-desktop-galat.log"


def log_path() -> Path:
    """Where unexpected errors are written: beside the default project, in the user's data folder."""
    import platformdirs

    return platformdirs.user_data_path("SP Desktop", appauthor=False) / LOG_NAME


def report(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None, log: Path | None = None) -> str:
    """Append the traceback to the log and show an Indonesian message; returns the message shown."""
    log = log or log_path()
    written = True
    try:
        log.parent.mkdir(parents=True, exist_ok=True)
        with open(log, "a", encoding="utf-8") as fh:
            fh.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n")
            fh.write("".join(traceback.format_exception(exc_type, exc, tb)))
    except OSError:
        written = False
    text = (
        "Terjadi kesalahan yang tidak terduga di SP Desktop. Semua perubahan yang sudah tercatat "
        "\u201cTersimpan\u201d aman di berkas proyek.\n\n"
        f"Keterangan: {exc_type.__name__}: {exc}\n\n"
        + (f"Rincian teknis dicatat di {log}. Kirimkan berkas itu kepada pengelola aplikasi."
           if written else "Rincian teknis tidak dapat dicatat ke disk.")
    )
    if QApplication.instance() is not None:
        QMessageBox.critical(QApplication.activeWindow(), "Kesalahan tak terduga", text)
    else:
        print(text, file=sys.stderr)
    return text


def install() -> None:
    """Route uncaught exceptions (including those escaping Qt slots) to :func:`report`."""

    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        report(exc_type, exc, tb)

    sys.excepthook = hook
