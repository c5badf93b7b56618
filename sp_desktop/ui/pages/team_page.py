"""Tim Penyusun: the team's members, their roles and what the team still lacks (ui layer)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QPushButton, QStyle, QWidget

from sp_desktop.domain.model import Member
from sp_desktop.domain.roles import team_problems
from sp_desktop.services import identity
from sp_desktop.services.session import ProjectSession
from sp_desktop.ui.dialogs.member_dialog import MemberDialog
from sp_desktop.ui.dialogs.pin_dialog import HELP_TEXT, KetuaPinGate, PinDialog
from sp_desktop.ui.generated.ui_team_page import Ui_TeamPage
from sp_desktop.ui.messages import confirm, guarded, inform, warn
from sp_desktop.ui.models.team_table_model import TeamTableModel
from sp_desktop.ui.session_signals import SessionSignals


class TeamPage(QWidget):
    """Lists the team and adds, edits and removes members through the session.

    Args:
        session: the open project.
        signals: its change notifications; the table reloads on "tim".
    """

    def __init__(self, session: ProjectSession, signals: SessionSignals, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_TeamPage()
        self.ui.setupUi(self)
        self._session = session
        self._member_dialog: MemberDialog | None = None
        self.pin_dialog: PinDialog | None = None
        self.pin_gate = KetuaPinGate(session, self)
        # "PIN saya…": each member sets, changes or removes their own PIN (services/identity.py).
        self.pin_push_button = QPushButton("&PIN saya…", self)
        self.pin_push_button.setObjectName("pin_push_button")
        self.pin_push_button.setToolTip(HELP_TEXT)
        self.ui.buttons_layout.addWidget(self.pin_push_button)
        self.pin_push_button.clicked.connect(self._on_pin_push_button_clicked)
        self.model = TeamTableModel(self)
        view = self.ui.members_table_view
        view.setModel(self.model)
        header = view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        view.addAction(self.ui.remove_action)
        style = self.style()
        self.ui.add_push_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_FileDialogNewFolder))
        self.ui.edit_push_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView))
        self.ui.remove_push_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_TrashIcon))
        self.ui.add_push_button.clicked.connect(self._on_add_push_button_clicked)
        self.ui.edit_push_button.clicked.connect(self._on_edit_push_button_clicked)
        self.ui.remove_push_button.clicked.connect(self._on_remove_push_button_clicked)
        self.ui.remove_action.triggered.connect(self._on_remove_push_button_clicked)
        view.doubleClicked.connect(self._on_members_table_view_double_clicked)
        view.selectionModel().selectionChanged.connect(self._on_members_table_view_selection_changed)
        signals.changed.connect(self._on_signals_changed)
        self.reload()

    def reload(self) -> None:
        """Show the team as stored, keeping the selected member selected."""
        selected = self.selected_member()
        members = self._session.members()
        self.model.set_members(members)
        problems = team_problems(members)
        self.ui.problems_label.setText("⚠ " + " ".join(problems) if problems else "")
        self.ui.problems_label.setVisible(bool(problems))
        row = self.model.row_of(selected.id) if selected else -1
        if row < 0 and members:
            row = 0
        if row >= 0:
            self.ui.members_table_view.selectRow(row)
        self._update_buttons()

    def selected_member(self) -> Member | None:
        """The member selected in the table, if any."""
        rows = self.ui.members_table_view.selectionModel().selectedRows()
        return self.model.member_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        has_selection = self.selected_member() is not None
        self.ui.edit_push_button.setEnabled(has_selection)
        self.ui.remove_push_button.setEnabled(has_selection)

    def _open_member_dialog(self, member: Member | None) -> MemberDialog:
        dialog = MemberDialog(member, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submitted.connect(self._on_member_dialog_submitted)
        dialog.finished.connect(self._on_member_dialog_finished)
        self._member_dialog = dialog
        dialog.open()
        return dialog

    def _on_member_dialog_submitted(self, member: Member) -> None:
        # Appointing or replacing the ketua is the ketua's: the gate asks for the ketua's PIN when there is one.
        if member.id:
            title, call = "Ubah anggota", lambda: self._session.update_member(member)
        else:
            title, call = "Tambah anggota", lambda: self._session.add_member(member)
        self.pin_gate.run(title, call, self._on_member_stored, over=self._member_dialog)

    def _on_member_stored(self, _result: object) -> None:
        if self._member_dialog is not None:
            self._member_dialog.accept()

    def _on_member_dialog_finished(self, _result: int) -> None:
        self._member_dialog = None

    def _on_add_push_button_clicked(self) -> None:
        self._open_member_dialog(None)

    def _on_edit_push_button_clicked(self) -> None:
        member = self.selected_member()
        if member is not None:
            self._open_member_dialog(member)

    def _on_members_table_view_double_clicked(self, _index: QModelIndex) -> None:
        self._on_edit_push_button_clicked()

    def _on_remove_push_button_clicked(self) -> None:
        member = self.selected_member()
        if member is None:
            return
        if confirm(self, "Hapus anggota", f"Hapus {member.nama} dari Tim Penyusun?"):
            self.pin_gate.run("Hapus anggota", lambda: self._session.remove_member(member.id))

    def _on_pin_push_button_clicked(self) -> None:
        actor = self._session.actor
        if actor is None:
            warn(self, "PIN saya", "Pilih dulu siapa Anda (Berkas › Ganti pengguna), lalu atur PIN Anda.")
            return
        dialog = PinDialog.changing(actor.nama, identity.has_pin(self._session, actor.id), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._on_pin_dialog_accepted)
        dialog.finished.connect(self._on_pin_dialog_finished)
        self.pin_dialog = dialog
        dialog.open()

    def _on_pin_dialog_accepted(self) -> None:
        dialog = self.pin_dialog
        if dialog is None:
            return
        new_pin, current_pin = dialog.new_pin(), dialog.pin() or None
        done = guarded(self, "PIN saya", lambda: identity.set_own_pin(self._session, new_pin, current_pin) or True)
        if done:
            inform(self, "PIN saya", "PIN dihapus." if dialog.removing else "PIN disimpan.")

    def _on_pin_dialog_finished(self, _result: int) -> None:
        self.pin_dialog = None

    def _on_members_table_view_selection_changed(self, *_args) -> None:
        self._update_buttons()

    def _on_signals_changed(self, what: str, _service_id: object) -> None:
        if what == "tim":
            self.reload()
