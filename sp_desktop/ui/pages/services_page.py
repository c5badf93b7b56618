"""Jenis Pelayanan: the list of services, its housekeeping, and the editor of one service (ui layer)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QLabel, QStyle, QWidget

from sp_desktop.domain.model import Layanan
from sp_desktop.services.session import ProjectSession
from sp_desktop.ui.dialogs.audit_dialog import AuditDialog
from sp_desktop.ui.dialogs.service_name_dialog import ServiceNameDialog
from sp_desktop.ui.dialogs.trash_dialog import TrashDialog
from sp_desktop.ui.generated.ui_services_page import Ui_ServicesPage
from sp_desktop.ui.messages import confirm, guarded
from sp_desktop.ui.models.services_table_model import COLUMN_NAME, ServicesTableModel
from sp_desktop.ui.session_signals import SessionSignals

_LIST_EVENTS = {"services", "service", "status"}


class ServicesPage(QWidget):
    """The services of the project in their order, and the guided editor of the opened one.

    Args:
        session: the open project.
        signals: its change notifications; the list reloads on service changes, and the open
            editor re-reads who may edit when the acting member changes.

    Signals:
        editor_shown(bool): the editor replaced the list (True) or the list came back (False).
    """

    editor_shown = Signal(bool)

    def __init__(self, session: ProjectSession, signals: SessionSignals, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ServicesPage()
        self.ui.setupUi(self)
        self._session = session
        self._list_stale = False
        self._dialog: QDialog | None = None
        self._renaming_id = 0
        self.editor = None  # ServiceEditorWidget, created on first use (keeps start-up light)
        self.model = ServicesTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(COLUMN_NAME)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._setup_view()
        self._setup_actions()
        self.ui.search_line_edit.textChanged.connect(self._on_search_line_edit_text_changed)
        self.ui.back_push_button.clicked.connect(self._on_back_push_button_clicked)
        signals.changed.connect(self._on_signals_changed)
        signals.actor_changed.connect(self._on_signals_actor_changed)
        self.reload()

    def _setup_view(self) -> None:
        view = self.ui.services_table_view
        view.setModel(self.proxy)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMN_NAME, QHeaderView.ResizeMode.Stretch)
        view.activated.connect(self._on_services_table_view_activated)
        view.selectionModel().selectionChanged.connect(self._on_services_table_view_selection_changed)

    def _setup_actions(self) -> None:
        ui = self.ui
        icon = self.style().standardIcon
        pixmaps = QStyle.StandardPixmap
        buttons = (
            (ui.add_tool_button, ui.add_action, pixmaps.SP_FileDialogNewFolder, self._on_add_action_triggered),
            (
                ui.rename_tool_button,
                ui.rename_action,
                pixmaps.SP_FileDialogDetailedView,
                self._on_rename_action_triggered,
            ),
            (
                ui.duplicate_tool_button,
                ui.duplicate_action,
                pixmaps.SP_FileLinkIcon,
                self._on_duplicate_action_triggered,
            ),
            (ui.delete_tool_button, ui.delete_action, pixmaps.SP_TrashIcon, self._on_delete_action_triggered),
            (ui.move_up_tool_button, ui.move_up_action, pixmaps.SP_ArrowUp, self._on_move_up_action_triggered),
            (ui.move_down_tool_button, ui.move_down_action, pixmaps.SP_ArrowDown, self._on_move_down_action_triggered),
            (
                ui.history_tool_button,
                ui.history_action,
                pixmaps.SP_FileDialogContentsView,
                self._on_history_action_triggered,
            ),
            (ui.trash_tool_button, ui.trash_action, pixmaps.SP_DialogDiscardButton, self._on_trash_action_triggered),
        )
        for button, action, pixmap, slot in buttons:
            action.setIcon(icon(pixmap))
            button.setDefaultAction(action)
            action.triggered.connect(slot)
        self.addAction(ui.add_action)
        # Keys that act on the selected row only work in the table, so Del in the search box deletes text.
        ui.services_table_view.addActions(
            [ui.rename_action, ui.duplicate_action, ui.delete_action, ui.move_up_action, ui.move_down_action]
        )
        ui.back_push_button.setIcon(icon(pixmaps.SP_ArrowBack))
        ui.back_push_button.setText("Daftar layanan")

    # -- list ------------------------------------------------------------------------------
    def reload(self) -> None:
        """Show the services as stored, keeping the selected one selected."""
        selected = self.selected_service()
        services = self._session.services()
        self.model.set_services(services)
        self._list_stale = False
        if selected is not None:
            self.select_service(selected.id)
        elif self.proxy.rowCount():
            self.ui.services_table_view.selectRow(0)
        trash_count = len(self._session.trash())
        self.ui.trash_action.setText(f"&Sampah ({trash_count})…" if trash_count else "&Sampah…")
        self._update_empty_label()
        self._update_actions()

    def selected_service(self) -> Layanan | None:
        """The service selected in the list, if any."""
        rows = self.ui.services_table_view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.service_at(self.proxy.mapToSource(rows[0]).row())

    def select_service(self, service_id: int) -> bool:
        """Select the service with ``service_id`` (False when it is not shown)."""
        row = self.model.row_of(service_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        view = self.ui.services_table_view
        view.selectRow(index.row())
        view.scrollTo(index)
        return True

    def _update_empty_label(self) -> None:
        if self.model.rowCount() == 0:
            text = "Belum ada jenis pelayanan. Klik Tambah (Ctrl+Shift+N) untuk mulai."
        elif self.proxy.rowCount() == 0:
            text = "Tidak ada jenis pelayanan yang cocok dengan pencarian."
        else:
            text = ""
        self.ui.empty_label.setText(text)
        self.ui.empty_label.setVisible(bool(text))

    def _update_actions(self) -> None:
        selected = self.selected_service()
        row = self.model.row_of(selected.id) if selected else -1
        ui = self.ui
        for action in (ui.rename_action, ui.duplicate_action, ui.delete_action, ui.history_action):
            action.setEnabled(selected is not None)
        ui.move_up_action.setEnabled(row > 0)
        ui.move_down_action.setEnabled(0 <= row < self.model.rowCount() - 1)

    def _on_search_line_edit_text_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        if self.selected_service() is None and self.proxy.rowCount():
            self.ui.services_table_view.selectRow(0)
        self._update_empty_label()
        self._update_actions()

    def _on_services_table_view_selection_changed(self, *_args) -> None:
        self._update_actions()

    def _on_signals_changed(self, what: str, _service_id: object) -> None:
        if what not in _LIST_EVENTS:
            return
        if self.ui.services_stacked_widget.currentWidget() is self.ui.editor_page and what == "service":
            self._list_stale = True  # typing in the editor: refresh the list once, on the way back
            return
        self.reload()

    def _on_signals_actor_changed(self) -> None:
        # A hidden editor re-reads everything in load() when it is opened next; refreshing it now
        # could ask for a service deleted from the list meanwhile.
        if self.is_editor_shown() and hasattr(self.editor, "refresh_access"):
            self.editor.refresh_access()

    # -- housekeeping ----------------------------------------------------------------------
    def _open_dialog(self, dialog: QDialog) -> QDialog:
        # Dialogs are connected to bound methods only and found again through self._dialog:
        # a lambda capturing this page, held by a deleted dialog's connection, crashes PySide6.
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_dialog_finished)
        self._dialog = dialog
        dialog.open()
        return dialog

    def _on_dialog_finished(self, _result: int) -> None:
        self._dialog = None

    def _on_add_action_triggered(self) -> None:
        dialog = self._open_dialog(ServiceNameDialog(None, self))
        dialog.accepted.connect(self._on_add_dialog_accepted)

    def _on_add_dialog_accepted(self) -> None:
        dialog = self._dialog
        name, klasifikasi = dialog.name(), dialog.klasifikasi()
        layanan = guarded(self, "Tambah jenis pelayanan", self._session.add_service, name, klasifikasi)
        if layanan is not None and not self.select_service(layanan.id):
            self.ui.search_line_edit.clear()
            self.select_service(layanan.id)

    def _on_rename_action_triggered(self) -> None:
        selected = self.selected_service()
        if selected is None:
            return
        self._renaming_id = selected.id
        dialog = self._open_dialog(ServiceNameDialog(selected.jenis_pelayanan, self))
        dialog.accepted.connect(self._on_rename_dialog_accepted)

    def _on_rename_dialog_accepted(self) -> None:
        guarded(self, "Ubah nama", self._session.rename_service, self._renaming_id, self._dialog.name())

    def _on_duplicate_action_triggered(self) -> None:
        selected = self.selected_service()
        if selected is None:
            return
        copy = guarded(self, "Duplikat", self._session.duplicate_service, selected.id)
        if copy is not None:
            self.select_service(copy.id)

    def _on_delete_action_triggered(self) -> None:
        selected = self.selected_service()
        if selected is None:
            return
        question = (
            f"Hapus “{selected.jenis_pelayanan}”?\n\nLayanan dipindahkan ke Sampah dan dapat dipulihkan "
            "sampai proyek ditutup."
        )
        if confirm(self, "Hapus jenis pelayanan", question):
            guarded(self, "Hapus jenis pelayanan", self._session.delete_service, selected.id)

    def _move_selected(self, step: int) -> None:
        selected = self.selected_service()
        if selected is None:
            return
        row = self.model.row_of(selected.id)
        guarded(self, "Ubah urutan", self._session.move_service, selected.id, row + step)
        self.select_service(selected.id)

    def _on_move_up_action_triggered(self) -> None:
        self._move_selected(-1)

    def _on_move_down_action_triggered(self) -> None:
        self._move_selected(+1)

    def _on_history_action_triggered(self) -> None:
        selected = self.selected_service()
        if selected is None:
            return
        self._open_dialog(AuditDialog(selected.jenis_pelayanan, self._session.audit(selected.id), self))

    def _on_trash_action_triggered(self) -> None:
        dialog = self._open_dialog(TrashDialog(self._session, self))
        dialog.restored.connect(self.select_service)

    # -- editor ----------------------------------------------------------------------------
    def _on_services_table_view_activated(self, _index: QModelIndex) -> None:
        selected = self.selected_service()
        if selected is not None:
            self.open_service(selected.id)

    def open_service(self, service_id: int) -> None:
        """Show the guided editor of one service in place of the list."""
        if self.editor is None:
            self.editor = self._create_editor(service_id)
            self.ui.editor_container_layout.addWidget(self.editor)
        elif hasattr(self.editor, "load"):
            self.editor.load(service_id)
        self.ui.services_stacked_widget.setCurrentWidget(self.ui.editor_page)
        self.editor.setFocus()
        self.editor_shown.emit(True)

    def _create_editor(self, service_id: int) -> QWidget:
        try:  # imported here: the editor and its step pages are not needed to show the list
            from sp_desktop.ui.service_editor import ServiceEditorWidget
        except ImportError:
            label = QLabel("Penyunting layanan belum tersedia pada versi ini.", self)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            return label
        editor = ServiceEditorWidget(self._session, service_id, self)
        editor.status_changed.connect(self._on_editor_status_changed)
        return editor

    def show_list(self) -> None:
        """Return from the editor to the list, with the edited service selected."""
        self.ui.services_stacked_widget.setCurrentWidget(self.ui.list_page)
        if self._list_stale:
            self.reload()
        self.ui.services_table_view.setFocus()
        self.editor_shown.emit(False)

    def is_editor_shown(self) -> bool:
        """Whether the editor (rather than the list) is on screen."""
        return self.ui.services_stacked_widget.currentWidget() is self.ui.editor_page

    def _on_back_push_button_clicked(self) -> None:
        self.show_list()

    def _on_editor_status_changed(self, _status: int) -> None:
        self._list_stale = True
