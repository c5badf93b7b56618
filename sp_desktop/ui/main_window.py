"""The main window: menus, navigation, status bar; pages and file handling are delegated (ui layer)."""

from __future__ import annotations

import html
from datetime import datetime
from importlib import import_module
from importlib.util import find_spec
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QSizePolicy, QStyle, QWidget

from sp_desktop import __version__, build_label, program_folder
from sp_desktop.domain.enums import Peran
from sp_desktop.ui.generated.ui_main_window import Ui_MainWindow
from sp_desktop.ui.pages.start_page import StartPage
from sp_desktop.ui.project_actions import ProjectController
from sp_desktop.ui.settings_store import AppSettings, show_remembered

APP_NAME = "SP Desktop"
_PERAN_LABELS = {p.value: p.label for p in Peran}
NAV_INSTANSI, NAV_TIM, NAV_LAYANAN = range(3)
# The pages of the later stretches of the cycle, after Jenis Pelayanan in this order: the label in the
# navigation, the module under sp_desktop.ui.pages and its class, built as ``Class(session, signals, parent)``.
CYCLE_PAGES = (
    ("Pembahasan", "pembahasan_page", "PembahasanPage"),
    ("Penetapan", "penetapan_page", "PenetapanPage"),
    ("Penerapan", "penerapan_page", "PenerapanPage"),
    ("Survei Kepuasan", "survei_page", "SurveiPage"),
    ("Pengaduan Masuk", "pengaduan_masuk_page", "PengaduanMasukPage"),
    ("Evaluasi", "evaluasi_page", "EvaluasiPage"),
    ("Publikasi", "publikasi_page", "PublikasiPage"),
    ("Evaluasi PEKPPP", "pekppp_page", "PekpppPage"),
)
# Menu entries that live in modules of their own (the Word import, the exchange between laptops): each
# module under sp_desktop.ui, when present, has ``install(window)`` adding its actions to this window's menus.
MENU_EXTENSIONS = ("word_import_action", "exchange_actions", "review_actions")
DEFAULT_SIZE = (1180, 760)


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
        self._path_label = QLabel(self)  # the project's full path: elided here, whole in its tooltip
        self._path_label.setObjectName("project_path_label")
        self._path_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.ui.status_bar.addWidget(self._path_label, 1)
        self.ui.status_bar.addPermanentWidget(self._actor_label)
        self.ui.status_bar.addPermanentWidget(self._saved_label)
        self._edit_placeholders = self._make_edit_placeholders()
        self._add_cycle_pages()
        self._set_icons()
        self._setup_window_shortcuts()
        self._connect()
        self._install_menu_extensions()
        self._show_start()

    # -- wiring ----------------------------------------------------------------------------
    def _add_cycle_pages(self) -> None:
        self._cycle_pages: dict[int, tuple[str, str]] = {}
        for label, module, cls in CYCLE_PAGES:
            if find_spec(f"sp_desktop.ui.pages.{module}") is None:
                continue
            self._cycle_pages[self.ui.nav_list_widget.count()] = (module, cls)
            self.ui.nav_list_widget.addItem(label)

    def _install_menu_extensions(self) -> None:
        for module in MENU_EXTENSIONS:
            if find_spec(f"sp_desktop.ui.{module}") is not None:
                import_module(f"sp_desktop.ui.{module}").install(self)

    def _set_icons(self) -> None:
        icon = self.style().standardIcon
        pixmaps = QStyle.StandardPixmap
        for row, pixmap in enumerate((pixmaps.SP_DirHomeIcon, pixmaps.SP_DirLinkIcon, pixmaps.SP_FileDialogListView,
                                      pixmaps.SP_MessageBoxQuestion, pixmaps.SP_DialogApplyButton,
                                      pixmaps.SP_BrowserReload, pixmaps.SP_FileDialogDetailedView,
                                      pixmaps.SP_MessageBoxWarning, pixmaps.SP_FileDialogContentsView)):
            if row < self.ui.nav_list_widget.count():
                self.ui.nav_list_widget.item(row).setIcon(icon(pixmap))
        self.ui.new_action.setIcon(icon(pixmaps.SP_FileIcon))
        self.ui.open_action.setIcon(icon(pixmaps.SP_DialogOpenButton))
        self.ui.save_copy_action.setIcon(icon(pixmaps.SP_DialogSaveButton))
        self.ui.close_action.setIcon(icon(pixmaps.SP_DialogCloseButton))

    def _make_edit_placeholders(self) -> list[QAction]:
        placeholders = []
        for text in ("Urungkan", "Ulangi"):
            placeholder = QAction(text, self)
            placeholder.setEnabled(False)
            placeholder.setToolTip("Buka satu jenis pelayanan untuk mengurungkan perubahannya.")
            placeholders.append(placeholder)
        return placeholders

    def _setup_window_shortcuts(self) -> None:
        # The pages' own shortcuts only work while focus is inside them; these window-wide twins take
        # over while focus is elsewhere (the left navigation, the list beside the editor), and are
        # disabled while focus is inside, so one key never has two live shortcuts (Qt would fire neither).
        self.ui.next_step_action.setShortcuts([QKeySequence("Ctrl+PgDown"), QKeySequence("Alt+Right")])
        self.ui.previous_step_action.setShortcuts([QKeySequence("Ctrl+PgUp")])
        for action in (self.ui.add_service_action, self.ui.next_step_action, self.ui.previous_step_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setEnabled(False)
            self.addAction(action)
        QApplication.instance().focusChanged.connect(self._on_app_focus_changed)

    def _connect(self) -> None:
        ui, controller = self.ui, self.controller
        ui.new_action.triggered.connect(self._on_new_action_triggered)
        ui.open_action.triggered.connect(self._on_open_action_triggered)
        ui.save_copy_action.triggered.connect(self._on_save_copy_action_triggered)
        ui.switch_user_action.triggered.connect(self._on_switch_user_action_triggered)
        ui.close_action.triggered.connect(self._on_close_action_triggered)
        ui.quit_action.triggered.connect(self.close)
        ui.about_action.triggered.connect(self._on_about_action_triggered)
        ui.guide_action.triggered.connect(self._on_guide_action_triggered)
        ui.shortcuts_action.triggered.connect(self._on_shortcuts_action_triggered)
        ui.project_file_action.triggered.connect(self._on_project_file_action_triggered)
        ui.add_service_action.triggered.connect(self._on_add_service_action_triggered)
        ui.next_step_action.triggered.connect(self._on_next_step_action_triggered)
        ui.previous_step_action.triggered.connect(self._on_previous_step_action_triggered)
        ui.export_action.triggered.connect(self._on_export_action_triggered)
        ui.print_action.triggered.connect(self._on_print_action_triggered)
        ui.document_settings_action.triggered.connect(self._on_document_settings_action_triggered)
        self.templates_action = QAction("&Templat Word\u2026", self)  # the unit's own letter format (Word)
        self.templates_action.setObjectName("templates_action")
        self.templates_action.setStatusTip("Simpan, ubah dan muat templat Word untuk undangan, berita acara dan SK")
        ui.document_menu.addAction(self.templates_action)
        self.templates_action.triggered.connect(self._on_templates_action_triggered)
        self.site_action = QAction("&Situs web\u2026", self)  # the static website of every service (issue 10)
        self.site_action.setObjectName("site_action")
        self.site_action.setStatusTip("Ekspor situs web statis: daftar layanan, halaman tiap layanan dan Maklumat")
        ui.document_menu.addAction(self.site_action)
        self.site_action.triggered.connect(self._on_site_action_triggered)
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

    def show_remembered(self) -> None:
        """Show the window as last closed, or fitted to the screen (see ``settings_store.show_remembered``)."""
        show_remembered(self, self.controller.settings, DEFAULT_SIZE)

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

                page = InstansiPage(session, signals, self)
            elif row == NAV_TIM:
                from sp_desktop.ui.pages.team_page import TeamPage

                page = TeamPage(session, signals, self)
            elif row in self._cycle_pages:
                module, cls = self._cycle_pages[row]
                page = getattr(import_module(f"sp_desktop.ui.pages.{module}"), cls)(session, signals, self)
            else:
                from sp_desktop.ui.pages.services_page import ServicesPage

                page = ServicesPage(session, signals, self)
                # Ctrl+Shift+N is the window's (add_service_action), wherever focus is.
                page.ui.add_action.setShortcut(QKeySequence())
                page.editor_shown.connect(self._on_services_page_editor_shown)
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
        self.setWindowFilePath(str(session.path))
        self._path_label.setText(str(session.path))
        self._path_label.setToolTip(f"Berkas proyek: {session.path}")
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
        self.setWindowFilePath("")
        self._path_label.clear()
        self._path_label.setToolTip("")
        self._saved_label.clear()
        self._actor_label.clear()
        self._set_project_actions_enabled(False)

    def _set_project_actions_enabled(self, enabled: bool) -> None:
        for action in (self.ui.save_copy_action, self.ui.switch_user_action, self.ui.close_action,
                       self.ui.export_action, self.ui.print_action, self.ui.document_settings_action,
                       self.templates_action, self.site_action):
            action.setEnabled(enabled)
        self._on_edit_menu_about_to_show()
        self._update_window_shortcuts()

    # -- status bar ------------------------------------------------------------------------
    def _on_signals_saved(self, when: datetime | None) -> None:
        # The one save indicator of the app, in the period-separated Indonesian time style.
        self._saved_label.setText(f"Tersimpan pukul {(when or datetime.now()):%H.%M.%S}")

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
        dialog.step_requested.connect(self.open_service_step)
        if for_print:
            dialog.ui.print_push_button.setDefault(True)
            dialog.ui.print_push_button.setFocus()
        dialog.open()
        return dialog

    def open_service_step(self, service_id: int, step_key: str) -> None:
        """Show one service's editor at ``step_key`` (a link in the export dialog's refusal)."""
        if self.controller.session is None:
            return
        self.ui.nav_list_widget.setCurrentRow(NAV_LAYANAN)
        page = self.services_page
        page.open_service(service_id)
        if page.editor is not None and hasattr(page.editor, "go_to_step"):
            page.editor.go_to_step(step_key)

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

    def _on_templates_action_triggered(self) -> None:
        if self.controller.session is None:
            return
        from sp_desktop.ui.dialogs.templates_dialog import TemplatesDialog

        dialog = TemplatesDialog(self.controller.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _on_site_action_triggered(self) -> None:
        if self.controller.session is None:
            return
        from sp_desktop.ui.website_action import export_site_interactively

        export_site_interactively(self, self.controller.session, settings=self.controller.settings)

    def _on_edit_menu_about_to_show(self) -> None:
        # The editor owns its undo stack; its actions are shown here while it is on screen. The menu never
        # owns what it shows: QMenu.clear() would delete the editor's actions (PySide hands them to the menu)
        # and the placeholders, so the actions are only removed and added again.
        menu = self.ui.edit_menu
        for action in menu.actions():
            menu.removeAction(action)
        page = self._pages.get(NAV_LAYANAN)
        if page is not None and page.is_editor_shown() and page.editor is not None:
            menu.addActions([page.editor.undo_action, page.editor.redo_action])
        else:
            menu.addActions(self._edit_placeholders)

    # -- window-wide shortcuts -------------------------------------------------------------
    def _on_services_page_editor_shown(self, _shown: bool) -> None:
        self._update_window_shortcuts()

    def _on_app_focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        self._update_window_shortcuts()

    def _update_window_shortcuts(self) -> None:
        focus = QApplication.focusWidget()
        page = self._pages.get(NAV_LAYANAN)
        editor = page.editor if page is not None and page.is_editor_shown() else None
        # The editor's own actions answer while focus is inside it (they are WidgetWithChildrenShortcut).
        outside_editor = editor is not None and not (focus is not None and editor.isAncestorOf(focus))
        self.ui.next_step_action.setEnabled(outside_editor)
        self.ui.previous_step_action.setEnabled(outside_editor)
        self.ui.add_service_action.setEnabled(self.controller.session is not None)

    def _on_add_service_action_triggered(self) -> None:
        if self.controller.session is None or not self.ui.pages_stacked_widget.isEnabled():
            return
        self.ui.nav_list_widget.setCurrentRow(NAV_LAYANAN)
        page = self.services_page
        if page.is_editor_shown():
            page.show_list()
        page.ui.add_action.trigger()

    def _step_editor(self, action_name: str) -> None:
        page = self._pages.get(NAV_LAYANAN)
        if page is not None and page.is_editor_shown() and page.editor is not None:
            getattr(page.editor.ui, action_name).trigger()

    def _on_next_step_action_triggered(self) -> None:
        self._step_editor("next_action")

    def _on_previous_step_action_triggered(self) -> None:
        self._step_editor("previous_action")

    # -- help ------------------------------------------------------------------------------
    def open_help(self, topic: int = 0):
        """Show Bantuan at ``topic``: 0 the user guide, 1 the shortcuts, 2 where the project file is."""
        from sp_desktop.ui.dialogs.help_dialog import show_help

        session = self.controller.session
        return show_help(self, session.path if session is not None else None, topic)

    def _on_guide_action_triggered(self) -> None:
        self.open_help(0)

    def _on_shortcuts_action_triggered(self) -> None:
        self.open_help(1)

    def _on_project_file_action_triggered(self) -> None:
        self.open_help(2)

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
        # Window-modal and open(), not exec(): the version and the build stay readable (and testable)
        # while the event loop runs; the box deletes itself when closed.
        box = QMessageBox(QMessageBox.Icon.Information, f"Tentang {APP_NAME}",
                          f"<b>{APP_NAME}</b> versi {__version__}<br>Menyusun, membahas, menetapkan, dan memelihara "
                          f"Standar Pelayanan dan Maklumat Pelayanan perangkat daerah.<br><br>{build_label()}<br>"
                          f"Folder program: {html.escape(program_folder())}", parent=self)
        box.setObjectName("about_box")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

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
        page = self._page(row) if 0 <= row < self.ui.nav_list_widget.count() else None
        if page is not None:
            self.ui.pages_stacked_widget.setCurrentWidget(page)
