"""Berkas › Impor dari Word… and Berkas › Impor layanan dari proyek lain… (ui layer).

``install(window)`` is called once by the main window (``main_window.MENU_EXTENSIONS``). Both entries are
enabled only while a project is open; both add drafts, so every member may use them once chosen.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from sp_desktop.ui.messages import inform
from sp_desktop.ui.settings_store import AppSettings

WORD_FILTER = "Dokumen Word (*.docx)"
TITLE = "Impor dari Word"
NOTES_HINT = (" Baris yang tidak dikenali tersimpan sebagai catatan pada layanannya (tombol \u201cCatatan\u201d di "
              "editor layanan).")
AskFile = Callable[[QWidget | None, str, str, str], Path | None]
"""``ask(parent, title, start_folder, filter) -> chosen file or None``; tests pass their own."""


def ask_file(parent: QWidget | None, title: str, start: str, file_filter: str) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(parent, title, start, file_filter)
    return Path(chosen) if chosen else None


def install(window) -> None:
    """Add the two entries to the window's Berkas menu, after "Buka terakhir", enabled with a project open."""
    ui = window.ui
    word = QAction("Impor dari &Word\u2026", window)
    word.setObjectName("word_import_action")
    word.setStatusTip("Baca Standar Pelayanan lama dari berkas Word (.docx) dan tambahkan layanannya sebagai draf")
    other = QAction("Impor layanan dari proyek &lain\u2026", window)
    other.setObjectName("replication_action")
    other.setStatusTip("Salin jenis pelayanan dari proyek unit lain (.spdb) atau berkas SP JSON sebagai draf")
    actions = ui.file_menu.actions()
    anchor = ui.save_copy_action
    before = actions[actions.index(anchor) - 1] if anchor in actions and actions.index(anchor) > 0 else anchor
    ui.file_menu.insertActions(before, [word, other])
    window.word_import_action = word
    window.replication_action = other

    def set_enabled(enabled: bool) -> None:
        word.setEnabled(enabled)
        other.setEnabled(enabled)

    set_enabled(window.controller.session is not None)
    window.controller.opened.connect(lambda: set_enabled(True))
    window.controller.closed.connect(lambda: set_enabled(False))
    word.triggered.connect(lambda: import_word_interactively(window))
    other.triggered.connect(lambda: replicate_interactively(window))


def _start_folder(window) -> tuple[AppSettings, str]:
    settings = getattr(window.controller, "settings", None) or AppSettings(QSettings())
    folder = settings.last_folder()
    return settings, str(folder) if folder else str(Path.home())


def import_word_interactively(window, *, ask: AskFile | None = None, read=None, build=None):
    """Ask for a DOCX, read it, show the preview (window-modal); returns the dialog, or None when nothing to show.

    An unreadable file is explained in a message box (``WordUnreadable.message``) and nothing else happens.
    """
    session = window.controller.session
    if session is None:
        return None
    settings, start = _start_folder(window)
    path = (ask or ask_file)(window, "Pilih Standar Pelayanan lama (Word)", start, WORD_FILTER)
    if path is None:
        return None
    from sp_desktop.services.word_reader import WordUnreadable

    if read is None:
        from sp_desktop.services.word_reader import read_word as read
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        reading = read(path)
    except WordUnreadable as exc:
        QGuiApplication.restoreOverrideCursor()
        QMessageBox.warning(window, TITLE, f"Berkas \u201c{path.name}\u201d tidak dapat dibaca.\n\n{exc.message}")
        return None
    QGuiApplication.restoreOverrideCursor()
    if hasattr(settings, "set_last_folder"):
        settings.set_last_folder(path.parent)
    from sp_desktop.ui.dialogs.word_import_dialog import WordImportDialog

    dialog = WordImportDialog(session, reading, path, window, build=build)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: _after_import(window, dialog.imported_ids, NOTES_HINT))
    window.word_import_dialog = dialog
    dialog.open()
    return dialog


def replicate_interactively(window, *, ask: AskFile | None = None, foreign=None):
    """Show the dialog that copies services from another unit's project or SP JSON file; returns it."""
    session = window.controller.session
    if session is None:
        return None
    from sp_desktop.ui.dialogs.replication_dialog import ReplicationDialog

    settings, start = _start_folder(window)
    dialog = ReplicationDialog(session, window, ask=ask or ask_file, start_folder=start, foreign=foreign)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: _after_import(window, dialog.imported_ids))
    window.replication_dialog = dialog
    dialog.open()
    return dialog


def _after_import(window, ids: list[int], hint: str = "") -> None:
    if not ids:
        return
    from sp_desktop.ui.main_window import NAV_LAYANAN

    window.ui.nav_list_widget.setCurrentRow(NAV_LAYANAN)
    page = window.services_page
    if page is not None and page.is_editor_shown():
        page.show_list()
    inform(window, "Impor selesai", f"{len(ids)} layanan ditambahkan sebagai draf.{hint}")
