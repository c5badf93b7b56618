"""ProjectController: opening, creating, copying and closing project files, and "who am I" (ui layer).

The main window owns one controller and only wires menus to it, so that file handling,
error messages and the identity flow live here rather than in a growing window class. A file
whose content is damaged opens the rescue dialog instead (also at start-up, which opens here too).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from sp_desktop.domain.os_messages import os_reason
from sp_desktop.storage.errors import DamagedContent, ProjectError
from sp_desktop.ui.messages import guarded, inform, warn
from sp_desktop.ui.session_signals import SessionSignals
from sp_desktop.ui.settings_store import AppSettings

PROJECT_FILTER = "Proyek SP Desktop (*.spdb);;Semua berkas (*)"
PROJECT_SUFFIX = ".spdb"
if TYPE_CHECKING:
    from sp_desktop.services.session import ProjectSession
    from sp_desktop.ui.dialogs.identity_dialog import IdentityDialog
    from sp_desktop.ui.dialogs.rescue_dialog import RescueDialog

Opener = Callable[..., "ProjectSession"]


def _open_project(*args, **kwargs) -> ProjectSession:
    # Imported on first use: the window is on screen before sqlite-utils and the domain load.
    from sp_desktop.services.session import open_project

    return open_project(*args, **kwargs)


class ProjectController(QObject):
    """Holds the open :class:`ProjectSession` (at most one) and the flows around it.

    Args:
        settings: recent files and remembered identities.
        window: parent of the file dialogs and message boxes.
        opener: ``open_project``; replaceable in tests.

    Signals:
        opened(): a project was opened; :attr:`session` and :attr:`signals` are set.
        closing(): the project is about to close; drop every widget that holds the session.
        closed(): no project is open any more.
        recent_changed(): the recent files list changed.
        message(str): a short confirmation for the status bar.
    """

    opened = Signal()
    closing = Signal()
    closed = Signal()
    recent_changed = Signal()
    message = Signal(str)

    def __init__(self, settings: AppSettings, window: QWidget, opener: Opener = _open_project):
        super().__init__(window)
        self.settings = settings
        self._window = window
        self._opener = opener
        self.session: ProjectSession | None = None
        self.signals: SessionSignals | None = None
        self.identity_dialog: IdentityDialog | None = None
        self._retry_member: int | None = None  # a wrong PIN was typed for this member: ask again
        self.rescue_dialog: RescueDialog | None = None

    # -- opening ---------------------------------------------------------------------------
    def open_path(self, path: Path, *, create: bool = False) -> bool:
        """Open ``path`` (creating it when ``create``); on failure explain and keep what was open.

        A file whose content cannot all be read opens the :class:`RescueDialog` (window-modal,
        non-blocking) over what was open; the damaged file itself is only read.

        Returns:
            True when ``path`` is now the open project.
        """
        path = Path(path)
        if self.session is not None and _same_file(self.session.path, path):
            return True
        if not create:  # on a share or a synced folder: offer a local copy first
            from sp_desktop.ui.exchange_actions import path_to_open

            path = path_to_open(self._window, path, self.settings)
            if path is None:
                return False
        try:
            session = self._opener(path, create=create, interactive=True)
        except DamagedContent as exc:
            self._offer_rescue(path, exc)
            return False
        except ProjectError as exc:
            warn(self._window, "Proyek tidak dapat dibuka", str(exc))
            return False
        except OSError as exc:
            warn(self._window, "Proyek tidak dapat dibuka", f"Berkas {path} tidak dapat dibuka: {os_reason(exc)}.")
            return False
        self.close_project()
        self.session = session
        self.signals = SessionSignals(session, self)
        self.settings.add_recent(path)
        self.settings.set_last_folder(path.parent)
        self.recent_changed.emit()
        self.opened.emit()
        return True

    def _offer_rescue(self, path: Path, damage: DamagedContent) -> None:
        from sp_desktop.services.rescue import read_damaged
        from sp_desktop.ui.dialogs.rescue_dialog import RescueDialog

        try:
            report = read_damaged(path)
        except ProjectError as exc:
            warn(self._window, "Proyek tidak dapat dibuka", f"{damage}\n\n{exc}")
            return
        except OSError as exc:
            reason = f"Berkas tidak dapat dibaca: {os_reason(exc)}."
            warn(self._window, "Proyek tidak dapat dibuka", f"{damage}\n\n{reason}")
            return
        dialog = RescueDialog(report, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_requested.connect(self._on_rescue_dialog_open_requested)
        dialog.finished.connect(self._on_rescue_dialog_finished)
        self.rescue_dialog = dialog
        dialog.open()

    def _on_rescue_dialog_open_requested(self, path: Path) -> None:
        self.open_path(Path(path))

    def _on_rescue_dialog_finished(self, _result: int) -> None:
        self.rescue_dialog = None

    def new_project(self) -> bool:
        """Ask for a new file name and create the project there."""
        start = Path(self.settings.last_folder() or Path.home()) / f"proyek{PROJECT_SUFFIX}"
        filename, _selected = QFileDialog.getSaveFileName(
            self._window, "Proyek baru", str(start), PROJECT_FILTER, "", QFileDialog.Option.DontConfirmOverwrite
        )
        if not filename:
            return False
        path = Path(filename)
        if path.suffix.lower() != PROJECT_SUFFIX:
            path = path.with_name(path.name + PROJECT_SUFFIX)
        if path.exists():
            warn(
                self._window,
                "Proyek baru",
                f"Berkas {path.name} sudah ada. Pilih nama lain, atau buka berkas itu dengan Berkas › Buka….",
            )
            return False
        return self.open_path(path, create=True)

    def open_with_dialog(self) -> bool:
        """Ask for an existing project file and open it."""
        filename, _selected = QFileDialog.getOpenFileName(
            self._window, "Buka proyek", self.settings.last_folder(), PROJECT_FILTER
        )
        return bool(filename) and self.open_path(Path(filename))

    def open_recent(self, path: Path) -> bool:
        """Open a recent file; a file that no longer exists is removed from the list, with a message."""
        path = Path(path)
        if not path.exists():
            self.settings.remove_recent(path)
            self.recent_changed.emit()
            inform(
                self._window,
                "Berkas terakhir",
                f"Berkas {path} tidak ditemukan lagi (dipindah, diganti nama "
                "atau dihapus), sehingga dihapus dari daftar berkas terakhir.",
            )
            return False
        return self.open_path(path)

    # -- copy and close --------------------------------------------------------------------
    def save_copy(self) -> Path | None:
        """Ask for a target and write a consistent copy of the open project there."""
        if self.session is None:
            return None
        stem = self.session.path.stem
        start = self.session.path.with_name(f"{stem} salinan {datetime.now():%Y-%m-%d}{PROJECT_SUFFIX}")
        filename, _selected = QFileDialog.getSaveFileName(self._window, "Simpan salinan", str(start), PROJECT_FILTER)
        if not filename:
            return None
        target = Path(filename)
        if target.suffix.lower() != PROJECT_SUFFIX:
            target = target.with_name(target.name + PROJECT_SUFFIX)
        if guarded(self._window, "Simpan salinan", lambda: self.session.save_copy(target) or True) is None:
            return None
        self.message.emit(f"Salinan disimpan: {target}")
        return target

    def close_project(self) -> None:
        """Close the open project (if any): pages go first, then the session releases the file."""
        if self.session is None:
            return
        self.closing.emit()
        if self.signals is not None:
            self.signals.detach()
            self.signals.deleteLater()
        self.session.close()
        self.session = None
        self.signals = None
        self.closed.emit()

    # -- who am I --------------------------------------------------------------------------
    def ensure_identity(self) -> IdentityDialog | None:
        """Ask who is working, at every opening: an office PC is often shared.

        The member last chosen for this file on this computer is preselected, never silently reused.

        Returns:
            The dialog (window-modal and non-blocking), or None when no project is open.
        """
        return self.choose_identity()

    def choose_identity(self, preselect: int | None = None) -> IdentityDialog | None:
        """Open "Siapa Anda?" (also from Berkas › Ganti pengguna), ``preselect`` or the last choice selected."""
        session = self.session
        if session is None:
            return None
        current = preselect or (session.actor.id if session.actor else self.settings.remembered_member(session.path))
        from sp_desktop.services.identity import members_with_pin
        from sp_desktop.ui.dialogs.identity_dialog import IdentityDialog  # only for those who see it

        dialog = IdentityDialog(session.members(), current, self._window, with_pin=members_with_pin(session))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Bound methods only: a lambda held by a deleted dialog's connection crashes PySide6.
        dialog.accepted.connect(self._on_identity_dialog_accepted)
        dialog.finished.connect(self._on_identity_dialog_finished)
        self.identity_dialog = dialog
        dialog.open()
        return dialog

    def _on_identity_dialog_finished(self, _result: int) -> None:
        self.identity_dialog = None
        if self._retry_member is not None:
            QTimer.singleShot(0, self, self._on_identity_retry)

    def _on_identity_retry(self) -> None:
        retry, self._retry_member = self._retry_member, None
        if retry is not None and self.session is not None and self.identity_dialog is None:
            self.choose_identity(retry)

    def _on_identity_dialog_accepted(self) -> None:
        session, dialog = self.session, self.identity_dialog
        if session is None or dialog is None:
            return
        if dialog.is_first_member:
            member = guarded(self._window, "Anggota pertama", session.add_member, dialog.new_member())
            member_id = member.id if member is not None else None
        else:
            member_id = dialog.chosen_member_id()
        if member_id is None:
            return
        pin = None if dialog.is_first_member else dialog.chosen_pin()
        if guarded(self._window, "Siapa Anda?", lambda: session.set_actor(member_id, pin) or True):
            self.settings.remember_member(session.path, member_id)
        elif pin is not None:
            self._retry_member = member_id  # a wrong PIN: ask again, the same member preselected



def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False
