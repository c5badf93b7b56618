"""ServiceEditorWidget: the guided identification of one service, step by step (UI layer).

Left the steps with their completion marks, centre the step pages, right the regulation's
guidance. Every edit is saved at once through ``ProjectSession.save_service`` and pushed on
the widget's undo stack; the pages only show the working copy and report changes.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QFrame, QListWidgetItem, QMessageBox, QScrollArea, QWidget

from ..domain import roles
from ..domain.components import STEP_KEYS, STEPS, komponen_label
from ..domain.enums import Peran, StatusLayanan
from ..domain.guidance import load_guidance
from ..domain.identification import StepState, status_action_reason, step_states
from ..domain.model import Layanan
from ..domain.roles import NotAllowed
from ..storage.errors import ProjectError
from .dialogs.notes_dialog import add_notes_button
from .dialogs.sop_dialog import add_sop_button
from .dialogs.versions_controls import VersionControls
from .edit_commands import EditComponentCommand, ReplayCounter
from .generated.ui_service_editor import Ui_ServiceEditor
from .pages.registry import create_pages
from .pages.step_page import StepPage
from .pages.tinjauan_page import CALM_STYLE, DRAFT, READY, TinjauanPage, frozen_notice
from .publication_buttons import add_publication_buttons
from .widgets.guidance_view import show_guidance
from .widgets.status_icons import blocked_icon, complete_icon, empty_icon
from .widgets.undo_keys import REDO_KEYS, UNDO_KEYS, cursor_follows_change, route_undo_keys_below

# The banner's style for what went wrong (a refused or failed save); states use CALM_STYLE.
ERROR_STYLE = "background: #fdecea; color: #8c1d18; border: 1px solid #f2b8b5; border-radius: 4px; padding: 6px;"

ROLE_STATE = Qt.ItemDataRole.UserRole + 1
"""Step list item role holding the step's :class:`StepState`."""
STATE_TEXT = {
    StepState.COMPLETE: "Lengkap",
    StepState.BLOCKED: "Ada temuan yang harus diperbaiki",
    StepState.EMPTY: "Belum diisi",
}
GUIDANCE_WIDTH = 270


class ServiceEditorWidget(QWidget):
    """Identification of one service's fourteen components as a stepper.

    Keys: Ctrl+PgDown / Alt+Right next step, Ctrl+PgUp / Alt+Left previous step, Ctrl+Z undo,
    Ctrl+Shift+Z (or Ctrl+Y) redo, F1 shows or hides the guidance.

    Args:
        session: the open ``ProjectSession``.
        service_id: the service to edit.
        parent: the Qt parent.

    Attributes:
        undo_stack: this service's edits; the main window may build Edit-menu actions from it.

    Signals:
        status_changed(int): the service's status was changed (argument: its id).
    """

    status_changed = Signal(int)

    def __init__(self, session, service_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self.service_id = service_id
        self._layanan = Layanan()
        self._last_error: str | None = None
        self._refused = False  # the last failed save was refused by a rule, not by the disk
        self.pin_gate = None  # KetuaPinGate, made at the first status change
        self.undo_stack = QUndoStack(self)
        self._replays = ReplayCounter()
        self.ui = Ui_ServiceEditor()
        self.ui.setupUi(self)
        self.ui.banner_label.hide()
        self._icons = {StepState.COMPLETE: complete_icon(), StepState.BLOCKED: blocked_icon(),
                       StepState.EMPTY: empty_icon()}
        self.pages: dict[str, StepPage] = {}
        for number, (step, page) in enumerate(zip(STEPS, create_pages()), start=1):
            self.pages[step.key] = page
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(page)
            self.ui.pages_stacked_widget.addWidget(scroll)
            QListWidgetItem(self._icons[StepState.EMPTY], f"{number}. {step.title}", self.ui.steps_list_widget)
            page.edited.connect(lambda changes, key, s=step.key: self._on_page_edited(s, changes, key))
        self.review.step_requested.connect(self.go_to_step)
        self.review.status_requested.connect(self._on_review_status_requested)
        route_undo_keys_below(self.ui.pages_stacked_widget)
        self._setup_actions()
        self.version_controls = VersionControls(self)
        self.sop_button = add_sop_button(self)
        self.alur_button, self.poster_button = add_publication_buttons(self)
        self.notes_button = add_notes_button(self)  # "Catatan (N)": shown while the service has notes
        self._setup_splitter()
        self.ui.steps_list_widget.currentRowChanged.connect(self._on_steps_list_widget_current_row_changed)
        self.ui.previous_button.clicked.connect(self.ui.previous_action.trigger)
        self.ui.next_button.clicked.connect(self.ui.next_action.trigger)
        self.ui.guidance_tool_button.toggled.connect(self._on_guidance_tool_button_toggled)
        self.setFocusProxy(self.ui.steps_list_widget)
        self.load(service_id)
        self.ui.steps_list_widget.setCurrentRow(0)

    # -- public API ------------------------------------------------------------------------
    @property
    def review(self) -> TinjauanPage:
        """The review page (last step)."""
        return self.pages["tinjauan"]

    def layanan(self) -> Layanan:
        """A copy of the working copy being edited."""
        return self._layanan.copy()

    def load(self, service_id: int) -> None:
        """Show ``service_id`` as stored; clears the undo history."""
        self.service_id = service_id
        self._layanan = self._session.service(service_id)
        self.undo_stack.clear()
        self._last_error = None
        self.ui.banner_label.hide()
        self._refresh_pages()
        self.notes_button.refresh()

    def refresh_access(self) -> None:
        """Re-read who may edit and change status (call after the acting member or status changed).

        A service that became read-only loses its undo history: undoing could no longer be saved.
        """
        self._layanan.status = self._session.service(self.service_id).status
        self._refresh_pages()

    def current_step(self) -> str:
        """The key of the step shown."""
        return STEP_KEYS[max(0, self.ui.steps_list_widget.currentRow())]

    def go_to_step(self, step_key: str) -> None:
        """Show the step ``step_key`` (one of ``components.STEP_KEYS``)."""
        self.ui.steps_list_widget.setCurrentRow(STEP_KEYS.index(step_key))

    def step_state(self, step_key: str) -> StepState:
        """The completion mark shown for ``step_key``."""
        return StepState(self.ui.steps_list_widget.item(STEP_KEYS.index(step_key)).data(ROLE_STATE))

    # -- editing ---------------------------------------------------------------------------
    def _on_page_edited(self, step_key: str, changes: dict[str, Any], merge_key: str | None) -> None:
        before = {name: copy.deepcopy(getattr(self._layanan, name)) for name in changes}
        after = copy.deepcopy(changes)
        if before == after:
            return
        self._assign(after)
        if not self._save(step_key, f"{komponen_label(step_key)} diubah"):
            if not self._refused:
                self._assign(before)  # the disk failed: the page keeps what was typed; the next keystroke tries again
                return
            # Refused by a rule (frozen, role): the screen shows what the file holds, never an edit it did
            # not take. Reloaded on the next turn of the event loop: the page may be inside a model signal now.
            self._layanan = self._session.service(self.service_id)
            QTimer.singleShot(0, self, self._on_save_refused)
            return
        self.undo_stack.push(
            EditComponentCommand(step_key, before, after, merge_key, self._apply_snapshot, self._replays)
        )
        self._refresh_status()

    def _apply_snapshot(self, step_key: str, values: dict[str, Any]) -> None:
        self._assign(copy.deepcopy(values))
        if not self._save(step_key, f"{komponen_label(step_key)} diubah (urungkan/ulangi)"):
            self._layanan = self._session.service(self.service_id)
            # The stack has already moved a step the file did not take, so its history no longer
            # matches what is stored. Drop it once the stack has finished this undo/redo: clearing
            # it now would delete the command that is running.
            QTimer.singleShot(0, self, self._on_undo_refused)
        with cursor_follows_change(self.pages[step_key]):
            self.pages[step_key].show_layanan(self._layanan)
        self.go_to_step(step_key)
        self._refresh_status()

    def _on_save_refused(self) -> None:
        self._layanan = self._session.service(self.service_id)
        message = self._last_error
        self._refresh_pages()
        if message and self.ui.banner_label.isHidden():
            self.ui.banner_label.setText(f"Perubahan terakhir belum tersimpan: {message}")
            self.ui.banner_label.show()

    def _on_undo_refused(self) -> None:
        self.undo_stack.clear()
        self.refresh_access()

    def _assign(self, values: dict[str, Any]) -> None:
        for name, value in values.items():
            setattr(self._layanan, name, value)

    def _save(self, step_key: str, keterangan: str) -> bool:
        try:
            self._session.save_service(self._layanan, step_key, keterangan)
        except (NotAllowed, ProjectError) as error:
            self._refused = isinstance(error, NotAllowed)
            self._show_error(str(error))
            return False
        self._last_error = None
        self.ui.banner_label.hide()
        return True

    def _show_error(self, message: str) -> None:
        self.ui.banner_label.setStyleSheet(ERROR_STYLE)
        self.ui.banner_label.setText(f"Perubahan terakhir belum tersimpan: {message}")
        self.ui.banner_label.show()
        if message != self._last_error:  # one dialog per problem, not one per keystroke
            self._last_error = message
            QMessageBox.warning(self, "Perubahan belum tersimpan", message)

    def _on_review_status_requested(self, target: str) -> None:
        # A status change is the ketua's: when the ketua has a PIN, the gate asks for it first.
        from .dialogs.pin_dialog import KetuaPinGate

        if self.pin_gate is None:
            self.pin_gate = KetuaPinGate(self._session, self)
        self.pin_gate.run(
            "Status tidak dapat diubah", lambda: self._session.set_status(self.service_id, target), self._on_status_set
        )

    def _on_status_set(self, _result: object) -> None:
        self.refresh_access()
        self.status_changed.emit(self.service_id)

    # -- display ---------------------------------------------------------------------------
    def _refresh_pages(self) -> None:
        reason = roles.why_cannot_edit_service(self._session.actor, self._layanan.status)
        if reason is not None:
            # Undo on read-only pages would be refused by the session while the stack still
            # moved, leaving history and file at odds; when editable again, history starts clean.
            self.undo_stack.clear()
        for page in self.pages.values():
            if page is not self.review:
                page.set_read_only(reason is not None)
            page.show_layanan(self._layanan)
        self.ui.banner_label.setVisible(reason is not None)
        if reason is not None and self._layanan.status == StatusLayanan.SIAP_DIBAHAS.value:
            # The freeze is a state, not an error: said calmly, with what comes next.
            actor = self._session.actor
            self.ui.banner_label.setStyleSheet(CALM_STYLE)
            self.ui.banner_label.setText(frozen_notice(actor is not None and actor.peran == Peran.KETUA.value))
        elif reason is not None and self._session.actor is not None and self.version_controls.is_adopted():
            self.ui.banner_label.setStyleSheet(CALM_STYLE)
            self.ui.banner_label.setText(self.version_controls.notice())
        else:
            self.ui.banner_label.setStyleSheet(ERROR_STYLE)
            self.ui.banner_label.setText(reason or "")
        self.version_controls.refresh()
        self._refresh_status()

    def _refresh_status(self) -> None:
        layanan = self._layanan
        findings = self._session.findings(self.service_id)
        for row, state in enumerate(step_states(layanan, findings).values()):
            item = self.ui.steps_list_widget.item(row)
            item.setIcon(self._icons[state])
            item.setData(ROLE_STATE, state)
            item.setToolTip(f"{STEPS[row].title}: {STATE_TEXT[state]}")
        for page in self.pages.values():
            page.update_derived(layanan)
        reasons = {
            target: status_action_reason(
                layanan.status, target, self._session.why_cannot_change_status(self.service_id, target)
            )
            for target in (READY, DRAFT)
        }
        self.review.show_layanan(layanan)
        self.review.show_review(findings, reasons)
        self.ui.title_label.setText(layanan.jenis_pelayanan.strip() or "(jenis pelayanan belum diberi nama)")
        status = layanan.status
        self.ui.status_label.setText(StatusLayanan(status).label if status in StatusLayanan.values() else status)

    def _on_steps_list_widget_current_row_changed(self, row: int) -> None:
        if row < 0:
            return
        self.ui.pages_stacked_widget.setCurrentIndex(row)
        self.ui.step_title_label.setText(f"{row + 1}. {STEPS[row].title}")
        self.ui.position_label.setText(f"Langkah {row + 1} dari {len(STEPS)}")
        self.ui.previous_button.setEnabled(row > 0)
        self.ui.next_button.setEnabled(row < len(STEPS) - 1)
        try:
            inst = self._session.instansi()  # the unit's own city's regulation is quoted first
            guidance = load_guidance(STEP_KEYS[row], kota=inst.kota, pemerintah_daerah=inst.pemerintah_daerah)
            show_guidance(self.ui.guidance_text_browser, guidance)
        except (KeyError, OSError):
            self.ui.guidance_text_browser.setPlainText("Panduan untuk langkah ini belum tersedia.")

    def _step_by(self, delta: int) -> None:
        row = self.ui.steps_list_widget.currentRow() + delta
        if 0 <= row < len(STEPS):
            self.ui.steps_list_widget.setCurrentRow(row)

    # -- set-up ----------------------------------------------------------------------------
    def _setup_actions(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.ui.previous_action.setShortcuts([QKeySequence("Ctrl+PgUp"), QKeySequence("Alt+Left")])
        self.ui.next_action.setShortcuts([QKeySequence("Ctrl+PgDown"), QKeySequence("Alt+Right")])
        self.ui.previous_action.triggered.connect(lambda: self._step_by(-1))
        self.ui.next_action.triggered.connect(lambda: self._step_by(+1))
        self.undo_action = self.undo_stack.createUndoAction(self, "Urungkan")
        self.redo_action = self.undo_stack.createRedoAction(self, "Ulangi")
        self.undo_action.setShortcuts(list(UNDO_KEYS))
        self.redo_action.setShortcuts(list(REDO_KEYS))
        for action in (self.ui.previous_action, self.ui.next_action, self.undo_action, self.redo_action):
            action.setShortcutContext(context)
            self.addAction(action)

    def _setup_splitter(self) -> None:
        splitter = self.ui.main_splitter
        splitter.setCollapsible(2, True)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 660, GUIDANCE_WIDTH])
        splitter.splitterMoved.connect(self._on_main_splitter_splitter_moved)

    def _on_guidance_tool_button_toggled(self, shown: bool) -> None:
        sizes = self.ui.main_splitter.sizes()
        if shown == (sizes[2] > 0):
            return
        width = GUIDANCE_WIDTH if shown else -sizes[2]
        self.ui.main_splitter.setSizes([sizes[0], max(200, sizes[1] - width), max(0, width)])

    def _on_main_splitter_splitter_moved(self, _pos: int, _index: int) -> None:
        shown = self.ui.main_splitter.sizes()[2] > 0
        if shown != self.ui.guidance_tool_button.isChecked():
            self.ui.guidance_tool_button.blockSignals(True)
            self.ui.guidance_tool_button.setChecked(shown)
            self.ui.guidance_tool_button.blockSignals(False)
