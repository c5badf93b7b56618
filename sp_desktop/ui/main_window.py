"""The main window: menus, navigation, status bar; pages and file handling are delegated (ui layer)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QStyle, QWidget

from sp_desktop import __version__
from sp_desktop.domain.enums import Peran
from sp_desktop.ui.generated.ui_main_window import Ui_MainWindow
from sp_desktop.ui.pages.start_page import StartPage
from sp_desktop.ui.project_actions import ProjectController
from sp_desktop.ui.settings_store import AppSettings

APP_NAME = "SP Desktop"
_PERAN_LABELS = {p.value: p.label for p in Peran}
NAV_INSTANSI, NAV_TIM, NAV_LAYANAN = range(3)


class MainWindow(QMainWindow):
    """Shows the start screen or the open project's pages.

    Args:
        settings: what the app remembers (recent files, identities).
        controller: the project controller; created here when not given (tests may inject one).
    """

    def __init__(
        self, settings: AppSettings, controller: ProjectController | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.controller = controller or ProjectController(settings, self)
        self.start_page = StartPage(self)
        self.ui.start_container_layout.addWidget(self.start_page)
        self._pages: dict[int, QWidget] = {}
        self._saved_label = QLabel(self)
        self._actor_label = QLabel(self)
        self.ui.status_bar.addPermanentWidget(self._actor_label)
        self.ui.status_bar.addPermanentWidget(self._saved_label)
        self._set_icons()
        self._connect()
        self._show_start()

    # -- wiring ----------------------------------------------------------------------------
    def _set_icons(self) -> None:
        icon = self.style().standardIcon
        pixmaps = QStyle.StandardPixmap
        for row, pixmap in enumerate((pixmaps.SP_DirHomeIcon, pixmaps.SP_DirLinkIcon, pixmaps.SP_FileDialogListView)):
            self.ui.nav_list_widget.item(row).setIcon(icon(pixmap))
        self.ui.new_action.setIcon(icon(pixmaps.SP_FileIcon))
        self.ui.open_action.setIcon(icon(pixmaps.SP_DialogOpenButton))
        self.ui.save_copy_action.setIcon(icon(pixmaps.SP_DialogSaveButton))
        self.ui.close_action.setIcon(icon(pixmaps.SP_DialogCloseButton))

    def _connect(self) -> None:
        ui, controller = self.ui, self.controller
        ui.new_action.triggered.connect(self._on_new_action_triggered)
        ui.open_action.triggered.connect(self._on_open_action_triggered)
        ui.save_copy_action.triggered.connect(self._on_save_copy_action_triggered)
        ui.switch_user_action.triggered.connect(self._on_switch_user_action_triggered)
        ui.close_action.triggered.connect(self._on_close_action_triggered)
        ui.quit_action.triggered.connect(self.close)
        ui.about_action.triggered.connect(self._on_about_action_triggered)
        ui.export_action.triggered.connect(self._on_export_action_triggered)
        ui.print_action.triggered.connect(self._on_print_action_triggered)
        ui.document_settings_action.triggered.connect(self._on_document_settings_action_triggered)
        ui.edit_menu.aboutToShow.connect(self._on_edit_menu_about_to_show)
        ui.recent_menu.aboutToShow.connect(self._on_recent_menu_about_to_show)
        ui.recent_menu.triggered.connect(self._on_recent_menu_triggered)
        self.rebuild_recent_menu()
        ui.nav_list_widget.currentRowChanged.connect(self._on_nav_list_widget_current_row_changed)
        self.start_page.new_requested.connect(self._on_new_action_triggered)
        self.start_page.open_requested.connect(self._on_open_action_triggered)
        self.start_page.recent_activated.connect(controller.open_recent)
        controller.opened.connect(self._on_controller_opened)
        controller.closing.connect(self._on_controller_closing)
        controller.closed.connect(self._show_start)
        controller.recent_changed.connect(self._on_controller_recent_changed)
        controller.message.connect(self._on_controller_message)

    # -- public ----------------------------------------------------------------------------
    def open_path(self, path: Path, *, create: bool = False) -> bool:
        """Open a project file (see :meth:`ProjectController.open_path`)."""
        return self.controller.open_path(path, create=create)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.controller.close_project()
        super().closeEvent(event)

    # -- project life cycle ----------------------------------------------------------------
    # Pages are built (and their modules imported) when first shown: start-up builds one, not three.
    @property
    def instansi_page(self):
        """The Profil Instansi page of the open project (None without one)."""
        return self._page(NAV_INSTANSI)

    @property
    def team_page(self):
        """The Tim Penyusun page of the open project (None without one)."""
        return self._page(NAV_TIM)

    @property
    def services_page(self):
        """The Jenis Pelayanan page of the open project (None without one)."""
        return self._page(NAV_LAYANAN)

    def _page(self, row: int) -> QWidget | None:
        session, signals = self.controller.session, self.controller.signals
        if session is None:
            return None
        if row not in self._pages:
            if row == NAV_INSTANSI:
                from sp_desktop.ui.pages.instansi_page import InstansiPage

                page = InstansiPage(session, self)
            elif row == NAV_TIM:
                from sp_desktop.ui.pages.team_page import TeamPage

                page = TeamPage(session, signals, self)
            else:
                from sp_desktop.ui.pages.services_page import ServicesPage

                page = ServicesPage(session, signals, self)
            self.ui.pages_stacked_widget.addWidget(page)
            self._pages[row] = page
        return self._pages[row]

    def _on_controller_opened(self) -> None:
        session, signals = self.controller.session, self.controller.signals
        signals.saved.connect(self._on_signals_saved)
        signals.actor_changed.connect(self._on_signals_actor_changed)
        row = NAV_LAYANAN if session.service_count() else NAV_INSTANSI
        if self.ui.nav_list_widget.currentRow() == row:
            self._on_nav_list_widget_current_row_changed(row)
        else:
            self.ui.nav_list_widget.setCurrentRow(row)
        self.ui.main_stacked_widget.setCurrentWidget(self.ui.workspace_widget)
        self.setWindowTitle(f"{session.path.name} — {APP_NAME}")
        self._saved_label.setText("Tersimpan otomatis")
        self._set_project_actions_enabled(True)
        self._on_signals_actor_changed()
        self.controller.ensure_identity()

    def _on_controller_closing(self) -> None:
        for page in self._pages.values():
            self.ui.pages_stacked_widget.removeWidget(page)
            page.deleteLater()
        self._pages.clear()

    def _show_start(self) -> None:
        self.start_page.set_recent_files(self.controller.settings.recent_files())
        self.ui.main_stacked_widget.setCurrentWidget(self.ui.start_container_widget)
        self.setWindowTitle(APP_NAME)
        self._saved_label.clear()
        self._actor_label.clear()
        self._set_project_actions_enabled(False)

    def _set_project_actions_enabled(self, enabled: bool) -> None:
        for action in (self.ui.save_copy_action, self.ui.switch_user_action, self.ui.close_action,
                       self.ui.export_action, self.ui.print_action, self.ui.document_settings_action):
            action.setEnabled(enabled)
        self._on_edit_menu_about_to_show()

    # -- status bar ------------------------------------------------------------------------
    def _on_signals_saved(self, when: datetime | None) -> None:
        self._saved_label.setText(f"Tersimpan {(when or datetime.now()):%H:%M:%S}")

    def _on_signals_actor_changed(self) -> None:
        session = self.controller.session
        actor = session.actor if session else None
        if actor is None:
            self._actor_label.setText("Anda: belum dipilih (Berkas › Ganti pengguna)")
        else:
            self._actor_label.setText(f"Anda: {actor.nama} ({_PERAN_LABELS.get(actor.peran, actor.peran)})")
        # Every change is recorded under a member, so the pages are read-only until one is chosen.
        self.ui.pages_stacked_widget.setEnabled(actor is not None)

    def _on_controller_message(self, text: str) -> None:
        self.ui.status_bar.showMessage(text, 8000)

    # -- documents and editing ------------------------------------------------------------------
    def _current_service_ids(self) -> list[int] | None:
        page = self._pages.get(NAV_LAYANAN)
        if page is None:
            return None
        if page.is_editor_shown() and page.editor is not None:
            return [page.editor.service_id]
        selected = page.selected_service()
        return [selected.id] if selected is not None else None

    def open_export_dialog(self, *, for_print: bool = False):
        """Show the export dialog for the open project (preselecting the current service)."""
        if self.controller.session is None:
            return None
        from sp_desktop.ui.dialogs.export_dialog import ExportDialog

        dialog = ExportDialog(self.controller.session, self, initial_services=self._current_service_ids(),
                              settings=self.controller.settings)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if for_print:
            dialog.ui.print_push_button.setDefault(True)
            dialog.ui.print_push_button.setFocus()
        dialog.open()
        return dialog

    def open_document_settings(self):
        """Show the document settings of the open project."""
        if self.controller.session is None:
            return None
        from sp_desktop.ui.dialogs.document_settings_dialog import DocumentSettingsDialog

        dialog = DocumentSettingsDialog(self.controller.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _on_export_action_triggered(self) -> None:
        self.open_export_dialog()

    def _on_print_action_triggered(self) -> None:
        self.open_export_dialog(for_print=True)

    def _on_document_settings_action_triggered(self) -> None:
        self.open_document_settings()

    def _on_edit_menu_about_to_show(self) -> None:
        # The editor owns its undo stack; its actions are shown here while it is on screen.
        menu = self.ui.edit_menu
        menu.clear()
        page = self._pages.get(NAV_LAYANAN)
        if page is not None and page.is_editor_shown() and page.editor is not None:
            menu.addAction(page.editor.undo_action)
            menu.addAction(page.editor.redo_action)
            return
        for text in ("Urungkan", "Ulangi"):
            placeholder = menu.addAction(text)
            placeholder.setEnabled(False)
            placeholder.setToolTip("Buka satu jenis pelayanan untuk mengurungkan perubahannya.")

    # -- menus -----------------------------------------------------------------------------
    def _on_new_action_triggered(self) -> None:
        self.controller.new_project()

    def _on_open_action_triggered(self) -> None:
        self.controller.open_with_dialog()

    def _on_save_copy_action_triggered(self) -> None:
        self.controller.save_copy()

    def _on_switch_user_action_triggered(self) -> None:
        self.controller.choose_identity()

    def _on_close_action_triggered(self) -> None:
        self.controller.close_project()

    def _on_about_action_triggered(self) -> None:
        QMessageBox.about(
            self,
            f"Tentang {APP_NAME}",
            f"<b>{APP_NAME}</b> {__version__}<br>Menyusun, membahas, menetapkan, dan memelihara Standar Pelayanan "
            "dan Maklumat Pelayanan perangkat daerah.",
        )

    def _on_recent_menu_about_to_show(self) -> None:
        self.rebuild_recent_menu()

    def rebuild_recent_menu(self) -> None:
        """Fill Berkas › Berkas terakhir from the settings (numbered, newest first)."""
        menu = self.ui.recent_menu
        menu.clear()
        paths = self.controller.settings.recent_files()
        for number, path in enumerate(paths, start=1):
            action = QAction(f"&{number} {path.name.replace('&', '&&')}", menu)
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.setData(str(path))
            menu.addAction(action)
        if not paths:
            empty = menu.addAction("(kosong)")
            empty.setEnabled(False)

    def _on_recent_menu_triggered(self, action: QAction) -> None:
        if action.data():
            self.controller.open_recent(Path(action.data()))

    def _on_controller_recent_changed(self) -> None:
        self.rebuild_recent_menu()
        if self.controller.session is None:
            self.start_page.set_recent_files(self.controller.settings.recent_files())

    def _on_nav_list_widget_current_row_changed(self, row: int) -> None:
        page = self._page(row) if row in (NAV_INSTANSI, NAV_TIM, NAV_LAYANAN) else None
        if page is not None:
            self.ui.pages_stacked_widget.setCurrentWidget(page)
