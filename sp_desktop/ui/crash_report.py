"""Last line of defence: an unexpected error is logged and shown in Indonesian (ui layer).

Expected problems are handled where they happen (``messages.guarded``); this hook is for
bugs, so that a user sees what happened instead of a silent crash, and every change made
before it is already on disk.
"""

from __future__ import annotations

import sys
import threading
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

LOG_NAME = "sp-desktop-galat.log"
_log_lock = threading.Lock()  # the export worker writes from its own thread


def log_path() -> Path:
    """Where unexpected errors are written: beside the default project, in the user's data folder."""
    import platformdirs

    return platformdirs.user_data_path("SP Desktop", appauthor=False) / LOG_NAME


def write_log(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None, log: Path | None = None
) -> Path | None:
    """Append the traceback to the error log (safe from any thread).

    Returns:
        The log written to, or None when the disk refused it.
    """
    log = log or log_path()
    try:
        with _log_lock:
            log.parent.mkdir(parents=True, exist_ok=True)
            with open(log, "a", encoding="utf-8") as fh:
                fh.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n")
                fh.write("".join(traceback.format_exception(exc_type, exc, tb)))
    except OSError:
        return None
    return log


def where_logged(log: Path | None) -> str:
    """The Indonesian sentence telling the user where the technical details went (``write_log``'s result)."""
    if log is None:
        return "Rincian teknis tidak dapat dicatat ke disk."
    return f"Rincian teknis dicatat di {log}. Kirimkan berkas itu kepada pengelola aplikasi."


def report(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None, log: Path | None = None) -> str:
    """Append the traceback to the log and show an Indonesian message; returns the message shown.

    The exception's type and text stay in the log: they are English and mean nothing to the user.
    """
    written = write_log(exc_type, exc, tb, log)
    text = (
        "Terjadi kesalahan yang tidak terduga di SP Desktop. Semua perubahan yang sudah tercatat "
        "\u201cTersimpan\u201d aman di berkas proyek.\n\n" + where_logged(written)
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
