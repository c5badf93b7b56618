"""The Pertukaran menu: copies for members, sending and receiving changes, conflicts, receipts (ui layer).

``install(window)`` is called once by the main window (``main_window.MENU_EXTENSIONS``). The file and member
questions are module functions (``ask_member``, ``ask_save_file``, ``ask_open_file``, ``ask_shared_folder``),
so tests replace them. ``path_to_open`` is the shared-folder warning asked before a project opens.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMenu, QMessageBox, QSizePolicy, QSpacerItem, QWidget

from sp_desktop.storage.errors import ProjectError
from sp_desktop.ui.busy import while_busy
from sp_desktop.ui.messages import guarded, inform, warn
from sp_desktop.ui.settings_store import AppSettings

PACKAGE_SUFFIX = ".spx"
PACKAGE_FILTER = "Paket perubahan SP Desktop (*.spx)"
PROJECT_SUFFIX = ".spdb"
PROJECT_FILTER = "Proyek SP Desktop (*.spdb)"
LOCAL, KEEP = "lokal", "tetap"
SHARED_TITLE = "Proyek di folder bersama"
# No Alt letter: each of P-e-r-t-u-k-a-n is already taken on some page of the window (tests/ui/test_mnemonics.py).
MENU_TITLE = "Pertukaran"


# -- questions (replaced in tests) -----------------------------------------------------------
def member_input_dialog(parent: QWidget | None, names: list[str]) -> QInputDialog:
    """The "for whom" question, with Indonesian buttons (not yet shown)."""
    dialog = QInputDialog(parent)
    dialog.setObjectName("copy_member_input_dialog")
    dialog.setWindowTitle("Salin untuk anggota")
    dialog.setLabelText("Salinan proyek ini untuk laptop anggota tim:")
    dialog.setComboBoxItems(names)
    dialog.setComboBoxEditable(False)
    dialog.setOkButtonText("&Lanjut")
    dialog.setCancelButtonText("&Batal")
    dialog.resize(420, dialog.sizeHint().height())
    return dialog


def ask_member(parent: QWidget | None, names: list[str]) -> str | None:
    """Ask which member the copy is for; None when cancelled."""
    dialog = member_input_dialog(parent, names)
    try:
        return dialog.textValue() if dialog.exec() == QDialog.DialogCode.Accepted.value else None
    finally:
        dialog.deleteLater()


def ask_save_file(parent: QWidget | None, title: str, start: Path, file_filter: str) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(start), file_filter)
    return Path(chosen) if chosen else None


def ask_open_file(parent: QWidget | None, title: str, start: Path, file_filter: str) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(parent, title, str(start), file_filter)
    return Path(chosen) if chosen else None


def shared_folder_box(parent: QWidget | None, path: Path, reason: str) -> QMessageBox:
    """The warning before opening a project on a share, with its three buttons (not yet shown)."""
    box = QMessageBox(QMessageBox.Icon.Warning, SHARED_TITLE, reason, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("shared_folder_message_box")
    box.setInformativeText(f"Berkas: {path}")
    local = box.addButton("Kerjakan &salinan lokal", QMessageBox.ButtonRole.AcceptRole)
    local.setObjectName("local_copy_push_button")
    keep = box.addButton("&Tetap buka", QMessageBox.ButtonRole.DestructiveRole)
    keep.setObjectName("keep_open_push_button")
    cancel = box.addButton("&Batal", QMessageBox.ButtonRole.RejectRole)
    cancel.setObjectName("cancel_push_button")
    box.setDefaultButton(local)
    box.setEscapeButton(cancel)
    grid = box.layout()  # QMessageBox keeps its text narrow: a spacer makes room for the long reason
    grid.addItem(QSpacerItem(560, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed), grid.rowCount(), 0, 1,
                 grid.columnCount())
    return box


def ask_shared_folder(parent: QWidget | None, path: Path, reason: str) -> str | None:
    """``LOCAL``, ``KEEP`` or None (cancelled)."""
    box = shared_folder_box(parent, path, reason)
    try:
        box.exec()
        return {"local_copy_push_button": LOCAL, "keep_open_push_button": KEEP}.get(
            box.clickedButton().objectName() if box.clickedButton() is not None else "")
    finally:
        box.deleteLater()


def path_to_open(parent: QWidget | None, path: Path, settings: AppSettings | None = None) -> Path | None:
    """The file to open for ``path``: itself, a fresh local copy when it lies on a share, or None (cancelled).

    The shared folder of a local copy is remembered in ``settings``: sending then proposes the member's
    mailbox there (``kotak-<nama>``) and receiving that folder.
    """
    from sp_desktop.storage import shared_folder

    if not path.is_file():
        return path  # opening explains a missing file itself
    reason = shared_folder.shared_folder_risk(path)
    if reason is None:
        return path
    choice = ask_shared_folder(parent, path, reason)
    if choice == KEEP:
        return path
    if choice != LOCAL:
        return None
    try:
        copy = shared_folder.make_local_copy(path)
    except (OSError, sqlite3.Error, ProjectError) as exc:
        warn(parent, "Salinan lokal", f"Salinan lokal dari {path.name} tidak dapat dibuat: {exc}")
        return None
    if settings is not None:
        settings.set_shared_folder(copy, path.parent)
    inform(parent, "Salinan lokal", f"Salinan lokal dibuat:\n{copy}\n\nKerjakan di salinan ini; berkas di folder "
                                    "bersama jangan dibuka lagi, sebab salinan ini menggantikannya. Perubahan Anda "
                                    f"dipertukarkan lewat folder {path.parent}: Pertukaran › Kirim perubahan… "
                                    "menyimpan paket Anda di kotak Anda di sana (kotak-<nama>), Terima perubahan… "
                                    "membuka folder itu. Anggota lain jangan membuat salinan lokal dari berkas yang "
                                    "sama: berikan mereka salinan lewat Pertukaran › Salin untuk anggota.")
    return copy


# -- the menu ---------------------------------------------------------------------------------
def install(window) -> None:
    """Add the Pertukaran menu before Bantuan; its entries work while a project is open."""
    window.exchange_menu = ExchangeMenu(window)


def leave_editor(window) -> None:
    """Back from the service editor to the list: the editor saves its whole Layanan, so it must reread."""
    page = getattr(window, "services_page", None)
    if page is not None and page.is_editor_shown():
        page.show_list()


def _with_suffix(path: Path, suffix: str) -> Path:
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


class ExchangeMenu(QObject):
    """The menu, its actions and the dialogs it opens (``conflict_dialog``, ``receipts_dialog``)."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.controller = window.controller
        self.conflict_dialog = None
        self.receipts_dialog = None
        self._undo_id: int | None = None
        self.menu = QMenu(MENU_TITLE, window)
        self.menu.setObjectName("exchange_menu")
        window.ui.menu_bar.insertMenu(window.ui.help_menu.menuAction(), self.menu)
        add = self._add
        self.copy_action = add("Salin untuk &anggota\u2026", "copy_for_member_action", self.copy_for_member,
                               "Buat berkas proyek untuk laptop anggota tim, yang nanti bertukar perubahan")
        self.send_action = add("&Kirim perubahan\u2026", "send_changes_action", self.send_changes,
                               "Simpan perubahan sejak pertukaran terakhir dalam paket (.spx)")
        self.receive_action = add("&Terima perubahan\u2026", "receive_changes_action", self.receive_changes,
                                  "Gabungkan paket perubahan (.spx) dari anggota atau ketua tim")
        self.menu.addSeparator()
        self.conflicts_action = add("K&onflik (0)\u2026", "conflicts_action", self.show_conflicts,
                                    "Bagian yang diubah di dua laptop: pilih nilai yang dipakai")
        self.receipts_action = add("&Riwayat penerimaan\u2026", "receipts_action", self.show_receipts,
                                   "Paket yang sudah diterima; penerimaan dapat dibatalkan")
        self.controller.opened.connect(self._on_controller_opened)
        self.controller.closed.connect(self._on_controller_closed)
        self._set_enabled(self.controller.session is not None)

    def _add(self, text: str, name: str, slot, tip: str) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.menu.addAction(action)
        return action

    @property
    def session(self):
        return self.controller.session

    # -- state -------------------------------------------------------------------------------
    def _set_enabled(self, enabled: bool) -> None:
        for action in (self.copy_action, self.send_action, self.receive_action, self.receipts_action):
            action.setEnabled(enabled)
        self.refresh_conflicts()

    def _on_controller_opened(self) -> None:
        if self.controller.signals is not None:
            self.controller.signals.changed.connect(self._on_signals_changed)
        self._set_enabled(True)

    def _on_controller_closed(self) -> None:
        self._set_enabled(False)

    def _on_signals_changed(self, what: str, _service_id: object) -> None:
        if what == "services":
            self.refresh_conflicts()

    def refresh_conflicts(self) -> int:
        """Show the number of open conflicts in the menu entry (disabled when none); returns it."""
        count = 0
        if self.session is not None:
            # The count alone, from the storage layer: this runs at every opening and after every change, and
            # the exchange services (apsw, the package code) are imported only when an exchange is made.
            from sp_desktop.storage.exchange_store import open_conflict_count

            count = open_conflict_count(self.session.db)
        self.conflicts_action.setText(f"K&onflik ({count})\u2026")
        self.conflicts_action.setEnabled(count > 0)
        return count

    def _settings(self) -> AppSettings:
        return getattr(self.controller, "settings", None) or AppSettings(QSettings())

    def _start_folder(self) -> Path:
        folder = self._settings().last_folder()
        if folder:
            return Path(folder)
        return self.session.path.parent if self.session is not None else Path.home()

    def _shared_folder(self) -> Path | None:
        """The shared folder this file (a local copy) exchanges through, or None."""
        return self._settings().shared_folder_of(self.session.path) if self.session is not None else None

    def _mailbox(self, member: str) -> Path:
        """Where a package is proposed: the member's mailbox in the shared folder, else the last folder."""
        shared = self._shared_folder()
        if shared is not None and shared.is_dir():
            from sp_desktop.storage.shared_folder import mailbox

            try:
                return mailbox(shared, member)
            except OSError:
                pass  # the share is read-only or gone: the last folder instead
        return self._start_folder()

    def _remember(self, path: Path) -> None:
        self._settings().set_last_folder(path.parent)

    # -- copy, send, receive -------------------------------------------------------------------
    def copy_for_member(self) -> Path | None:
        """Ask for the member and the target file, write the copy; returns its path."""
        session = self.session
        if session is None:
            return None
        title = "Salin untuk anggota"
        names = [m.nama for m in session.members() if m.nama and (session.actor is None or m.id != session.actor.id)]
        if not names:
            warn(self.window, title, "Belum ada anggota tim lain. Tambahkan dulu anggota di halaman Tim Penyusun.")
            return None
        member = ask_member(self.window, names)
        if not member:
            return None
        start = self._start_folder() / f"{session.path.stem} - {member}{PROJECT_SUFFIX}"
        target = ask_save_file(self.window, f"Simpan salinan untuk {member}", start, PROJECT_FILTER)
        if target is None:
            return None
        target = _with_suffix(target, PROJECT_SUFFIX)
        from sp_desktop.services.exchange import copy_for_member

        written = guarded(self.window, title, while_busy, copy_for_member, session, target, member)
        if written is None:
            return None
        self._remember(written)
        inform(self.window, title, f"Salinan untuk {member} tersimpan:\n{written}\n\nBerikan berkas ini kepada "
                                   f"{member}. Perubahan selanjutnya dipertukarkan dengan Kirim perubahan… dan "
                                   "Terima perubahan….")
        return written

    def send_changes(self):
        """Ask where to save the package, write it and say what it holds; returns the SendSummary."""
        session = self.session
        if session is None:
            return None
        who = session.actor.nama if session.actor is not None else "anggota"
        start = self._mailbox(who) / f"perubahan {who} {datetime.now():%Y-%m-%d %H.%M}{PACKAGE_SUFFIX}"
        target = ask_save_file(self.window, "Kirim perubahan", start, PACKAGE_FILTER)
        if target is None:
            return None
        from sp_desktop.services.exchange import send_changes

        summary = guarded(self.window, "Kirim perubahan", while_busy, send_changes, session,
                          _with_suffix(target, PACKAGE_SUFFIX))
        if summary is None:
            return None
        self._remember(summary.path)
        inform(self.window, "Kirim perubahan", f"Paket tersimpan: {summary.path}\n\nIsinya {summary.changes} "
                                               f"perubahan dan {summary.files} berkas lampiran. Kirimkan paket ini "
                                               "ke anggota tim (lewat flashdisk, surel, atau folder bersama).")
        return summary

    def receive_changes(self):
        """Ask for a package, merge it and report; opens the conflict dialog when some remain. Returns the result."""
        session = self.session
        if session is None:
            return None
        shared = self._shared_folder()
        start = shared if shared is not None and shared.is_dir() else self._start_folder()
        path = ask_open_file(self.window, "Terima perubahan", start, PACKAGE_FILTER)
        if path is None:
            return None
        from sp_desktop.services.exchange import receive_package

        leave_editor(self.window)
        result = guarded(self.window, "Paket tidak diterima", while_busy, receive_package, session, path)
        if result is None:
            return None
        self._remember(path)
        count = self.refresh_conflicts()
        if result.kind == "catatan_evaluasi":
            text = f"Catatan evaluasi dari paket {path.name} diterima: {result.applied} catatan."
        else:
            text = (f"Paket {path.name} diterima: {result.applied} perubahan diterapkan, "
                    f"{len(result.conflicts)} konflik.")
        if result.refused:
            text += "\n\nCatatan:\n" + "\n".join(f"• {line}" for line in result.refused)
        if count:
            text += "\n\nBagian yang diubah di kedua laptop perlu Anda pilih sekarang."
        inform(self.window, "Terima perubahan", text)
        if count:
            self.show_conflicts()
        return result

    # -- conflicts ---------------------------------------------------------------------------------
    def show_conflicts(self):
        """Open (or raise) the conflict dialog; returns it."""
        if self.session is None:
            return None
        if self.conflict_dialog is not None:
            self.conflict_dialog.raise_()
            return self.conflict_dialog
        from sp_desktop.ui.dialogs.conflict_dialog import ConflictDialog

        dialog = ConflictDialog(self.session, self.window)
        dialog.resolved.connect(self._on_conflict_dialog_resolved)
        dialog.finished.connect(self._on_conflict_dialog_finished)
        self.conflict_dialog = self._open_window_modal(dialog)
        return dialog

    def _open_window_modal(self, dialog: QDialog) -> QDialog:
        """Show ``dialog`` window-modal; it is deleted when closed, and closed with the project."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.controller.closing.connect(dialog.close)
        dialog.open()
        return dialog

    def _on_conflict_dialog_resolved(self) -> None:
        leave_editor(self.window)
        self.refresh_conflicts()

    def _on_conflict_dialog_finished(self, _result: int) -> None:
        self.conflict_dialog = None

    # -- receipts ----------------------------------------------------------------------------------
    def show_receipts(self):
        """Open the list of receipts; undoing one closes it, then the project is reopened. Returns it."""
        if self.session is None:
            return None
        from sp_desktop.ui.dialogs.receipts_dialog import ReceiptsDialog

        dialog = ReceiptsDialog(self.session, self.window)
        dialog.undo_requested.connect(self._on_receipts_dialog_undo_requested)
        dialog.finished.connect(self._on_receipts_dialog_finished)
        self.receipts_dialog = self._open_window_modal(dialog)
        return dialog

    def _on_receipts_dialog_finished(self, _result: int) -> None:
        self.receipts_dialog = None

    def _on_receipts_dialog_undo_requested(self, receipt_id: int) -> None:
        self._undo_id = receipt_id
        QTimer.singleShot(0, self, self._on_undo_timer)  # after the dialog has closed

    def _on_undo_timer(self) -> None:
        receipt_id, self._undo_id = self._undo_id, None
        if receipt_id is not None:
            from sp_desktop.ui.dialogs.receipts_dialog import undo_and_reopen

            undo_and_reopen(self.window, receipt_id)
