"""Jenis Pelayanan: the list of services, its housekeeping, and the editor of one service (ui layer)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QLabel, QMessageBox, QStyle, QWidget

from sp_desktop.domain import roles
from sp_desktop.domain.model import ServiceSummary
from sp_desktop.domain.penerapan import ReviewState
from sp_desktop.services.session import ProjectSession
from sp_desktop.ui.generated.ui_services_page import Ui_ServicesPage
from sp_desktop.ui.messages import ConfirmBox, guarded
from sp_desktop.ui.models.services_table_model import (
    COLUMN_KELENGKAPAN,
    COLUMN_KLASIFIKASI,
    COLUMN_NAME,
    COLUMN_NO,
    COLUMN_STATUS,
    COLUMN_TINJAU,
    KLASIFIKASI_LABELS,
    STATUS_LABELS,
    ServicesTableModel,
    completeness_text,
    review_text,
)
from sp_desktop.ui.session_signals import SessionSignals

# "penerapan" (a review recorded), "penetapan"/"pengaturan" (a decree dated) change the last-review column.
_LIST_EVENTS = {"services", "service", "status", "penerapan", "penetapan", "pengaturan"}
_WIDEST_REVIEW = ReviewState(date(1999, 9, 28), None)  # "⚠ 28 September 1999 · perlu ditinjau"
_CELL_PADDING = 24  # the style's cell margins and focus frame, with room to spare


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
        self._deleting_id = 0
        self.delete_box: QMessageBox | None = None  # the open "Hapus …?" question, if any
        self._tooltips: dict[str, str] = {}  # each gated action's own tooltip, shown while it is allowed
        self.editor = None  # ServiceEditorWidget, created on first use (keeps start-up light)
        self.model = ServicesTableModel(self)  # filters the search itself: no proxy calling Python per row
        self._setup_view()
        self._setup_actions()
        self.ui.search_line_edit.textChanged.connect(self._on_search_line_edit_text_changed)
        self.ui.back_push_button.clicked.connect(self._on_back_push_button_clicked)
        signals.changed.connect(self._on_signals_changed)
        signals.actor_changed.connect(self._on_signals_actor_changed)
        self.reload()

    def _setup_view(self) -> None:
        view = self.ui.services_table_view
        view.setModel(self.model)
        header = view.horizontalHeader()
        # Widths come from the few labels a column can show, not from measuring every row:
        # ResizeToContents would measure all rows of a 2,000-service list at every reload.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLUMN_NAME, QHeaderView.ResizeMode.Stretch)
        self._fit_column(COLUMN_KLASIFIKASI, KLASIFIKASI_LABELS.values())
        self._fit_column(COLUMN_STATUS, STATUS_LABELS.values())
        self._fit_column(COLUMN_KELENGKAPAN, [completeness_text(14), completeness_text(0)])
        self._fit_column(COLUMN_TINJAU, [review_text(_WIDEST_REVIEW, date(2000, 9, 30))[0]])
        self._number_digits = 0
        view.activated.connect(self._on_services_table_view_activated)
        view.selectionModel().selectionChanged.connect(self._on_services_table_view_selection_changed)

    def _fit_column(self, column: int, texts) -> None:
        """Make ``column`` as wide as the widest of ``texts`` or of its header label."""
        view = self.ui.services_table_view
        header = view.horizontalHeader()
        label = str(self.model.headerData(column, Qt.Orientation.Horizontal))
        widest = max((view.fontMetrics().horizontalAdvance(text) for text in texts), default=0)
        header.resizeSection(column, max(widest, header.fontMetrics().horizontalAdvance(label)) + _CELL_PADDING)

    def _fit_number_column(self) -> None:
        digits = len(str(self.model.total_count()))  # "No" is the place in the whole list
        if digits != self._number_digits:
            self._number_digits = digits
            self._fit_column(COLUMN_NO, ["8" * digits])

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
        summaries = self._session.summaries()
        self.model.set_services(summaries, self._session.review_states(summaries))
        self._fit_number_column()
        self._list_stale = False
        if selected is None or not self.select_service(selected.id):
            self._select_first()
        trash_count = self._session.trash_count()
        self.ui.trash_action.setText(f"&Sampah ({trash_count})…" if trash_count else "&Sampah…")
        self._update_empty_label()
        self._update_actions()

    def selected_service(self) -> ServiceSummary | None:
        """The service selected in the list, if any."""
        rows = self.ui.services_table_view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.service_at(rows[0].row())

    def select_service(self, service_id: int) -> bool:
        """Select the service with ``service_id`` (False when it is not shown)."""
        row = self.model.row_of(service_id)
        if row < 0:
            return False
        view = self.ui.services_table_view
        view.selectRow(row)
        view.scrollTo(self.model.index(row, COLUMN_NAME))
        return True

    def _select_first(self) -> None:
        if self.model.rowCount():
            self.ui.services_table_view.selectRow(0)

    def _update_empty_label(self) -> None:
        if self.model.total_count() == 0:
            text = "Belum ada jenis pelayanan. Klik Tambah (Ctrl+Shift+N) untuk mulai."
        elif self.model.rowCount() == 0:
            text = "Tidak ada jenis pelayanan yang cocok dengan pencarian."
        else:
            text = ""
        self.ui.empty_label.setText(text)
        self.ui.empty_label.setVisible(bool(text))

    def _update_actions(self) -> None:
        selected = self.selected_service()
        position = self.model.position_of(selected.id) if selected else -1
        ui = self.ui
        for action in (ui.rename_action, ui.duplicate_action, ui.delete_action, ui.history_action):
            action.setEnabled(selected is not None)
        actor = self._session.actor
        self._gate(ui.delete_action, roles.why_cannot_delete_service(actor, selected.status) if selected else None)
        self._gate(ui.rename_action, roles.why_cannot_edit_service(actor, selected.status) if selected else None)
        ui.move_up_action.setEnabled(position > 0)
        ui.move_down_action.setEnabled(0 <= position < self.model.total_count() - 1)

    def _gate(self, action, reason: str | None) -> None:
        # Renaming is editing and deleting follows the same freeze (domain.roles): the tooltip says why not.
        default = self._tooltips.setdefault(action.objectName(), action.toolTip())
        if reason is not None:
            action.setEnabled(False)
        action.setToolTip(reason or default)

    def _on_search_line_edit_text_changed(self, text: str) -> None:
        selected = self.selected_service()
        self.model.set_filter(text)
        if selected is None or not self.select_service(selected.id):
            self._select_first()
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
        self._update_actions()
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
        from sp_desktop.ui.dialogs.service_name_dialog import ServiceNameDialog  # dialogs load when first used

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
        from sp_desktop.ui.dialogs.service_name_dialog import ServiceNameDialog

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
            f"Hapus “{selected.jenis_pelayanan}”?\n\nLayanan dipindahkan ke Sampah dan tetap di sana, juga setelah "
            "proyek ditutup, sampai Sampah dikosongkan. Dari Sampah layanan dapat dipulihkan beserta riwayatnya."
        )
        box = ConfirmBox(self, "Hapus jenis pelayanan", question, "&Hapus", destructive=True)  # Enter never deletes
        self._deleting_id = selected.id
        self.delete_box = box
        box.answered.connect(self._on_delete_box_answered)
        self._open_dialog(box)

    def _on_delete_box_answered(self, confirmed: bool) -> None:
        self.delete_box = None
        if confirmed:
            guarded(self, "Hapus jenis pelayanan", self._session.delete_service, self._deleting_id)

    def _move_selected(self, step: int) -> None:
        selected = self.selected_service()
        if selected is None:
            return
        position = self.model.position_of(selected.id)
        guarded(self, "Ubah urutan", self._session.move_service, selected.id, position + step)
        self.select_service(selected.id)

    def _on_move_up_action_triggered(self) -> None:
        self._move_selected(-1)

    def _on_move_down_action_triggered(self) -> None:
        self._move_selected(+1)

    def _on_history_action_triggered(self) -> None:
        selected = self.selected_service()
        if selected is None:
            return
        from sp_desktop.ui.dialogs.audit_dialog import AuditDialog

        self._open_dialog(AuditDialog(selected.jenis_pelayanan, self._session.audit(selected.id), self))

    def _on_trash_action_triggered(self) -> None:
        from sp_desktop.ui.dialogs.trash_dialog import TrashDialog

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
