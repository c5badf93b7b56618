""" "Siapa Anda?": pick yourself from the team, or add the first member of an empty team (ui layer)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableWidgetItem, QWidget

from sp_desktop.domain.enums import Peran
from sp_desktop.domain.model import Member
from sp_desktop.ui.generated.ui_identity_dialog import Ui_IdentityDialog

_PERAN_LABELS = {p.value: p.label for p in Peran}


class IdentityDialog(QDialog):
    """Chooses the acting member; the caller reads the result after ``accepted``.

    With members, the dialog lists them (nama, jabatan, peran) and :meth:`chosen_member_id`
    is the selected one. With an empty team, it shows the member form with the role preset
    to ketua and :meth:`new_member` is what was typed.

    A member who set a PIN is chosen with it: the PIN field shows while that member is selected,
    and :meth:`chosen_pin` is what was typed (the session checks it).

    Args:
        members: the team.
        current_id: the member to preselect (the acting or remembered one), if any.
        with_pin: the ids of the members who have a PIN.
    """

    def __init__(
        self,
        members: list[Member],
        current_id: int | None = None,
        parent: QWidget | None = None,
        *,
        with_pin: set[int] | frozenset[int] = frozenset(),
    ):
        super().__init__(parent)
        self.ui = Ui_IdentityDialog()
        self.ui.setupUi(self)
        self._members = list(members)
        self._with_pin = set(with_pin)
        self.ui.pin_help_label.setText(
            "PIN (bila diatur di Tim Penyusun › PIN saya) mencegah rekan kerja bekerja atas nama Anda secara "
            "keliru; PIN tidak melindungi berkas proyek yang disalin orang lain."
        )
        self._ok_button = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText("Nanti saja")
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        if self._members:
            self._show_members(current_id)
        else:
            self._show_first_member_form()

    @property
    def is_first_member(self) -> bool:
        """True when the team is empty and the dialog asks for the first member."""
        return not self._members

    def chosen_member_id(self) -> int | None:
        """The selected member's id (None when the team is empty or nothing is selected)."""
        rows = self.ui.members_table_widget.selectionModel().selectedRows()
        if self.is_first_member or not rows:
            return None
        return self._members[rows[0].row()].id

    def chosen_pin(self) -> str | None:
        """The PIN typed for the selected member, or None when that member has no PIN."""
        member_id = self.chosen_member_id()
        return self.ui.pin_line_edit.text() if member_id in self._with_pin else None

    def new_member(self) -> Member:
        """The first member as typed (only meaningful when :attr:`is_first_member`)."""
        return self.ui.member_form_widget.member()

    def _show_members(self, current_id: int | None) -> None:
        self.ui.pages_stacked_widget.setCurrentWidget(self.ui.choose_page)
        self._ok_button.setText("Saya orangnya")
        table = self.ui.members_table_widget
        table.setRowCount(len(self._members))
        for row, member in enumerate(self._members):
            for column, text in enumerate((member.nama, member.jabatan, _PERAN_LABELS.get(member.peran, member.peran))):
                table.setItem(row, column, QTableWidgetItem(text))
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        ids = [m.id for m in self._members]
        table.selectRow(ids.index(current_id) if current_id in ids else 0)
        table.selectionModel().selectionChanged.connect(self._on_members_table_widget_selection_changed)
        table.doubleClicked.connect(self._on_members_table_widget_double_clicked)
        self.ui.pin_line_edit.textChanged.connect(self._on_pin_line_edit_text_changed)
        self._update_pin_field()
        # The preselected member has a PIN (or was just refused one): the PIN is what is typed next.
        (self.ui.pin_line_edit if self.chosen_member_id() in self._with_pin else table).setFocus()

    def _show_first_member_form(self) -> None:
        # Without the (unused) member list the stack, and so the dialog, shrinks to the form.
        self.ui.pages_stacked_widget.removeWidget(self.ui.choose_page)
        self.ui.choose_page.hide()
        self.ui.pages_stacked_widget.setCurrentWidget(self.ui.first_member_page)
        self.setWindowTitle("Anggota pertama Tim Penyusun")
        self._ok_button.setText("Simpan")
        form = self.ui.member_form_widget
        form.set_peran(Peran.KETUA.value)
        self._ok_button.setEnabled(form.is_valid())
        form.validity_changed.connect(self._ok_button.setEnabled)
        form.ui.nama_line_edit.setFocus()
        self.resize(self.width(), self.sizeHint().height())

    def _update_pin_field(self) -> None:
        needs_pin = self.chosen_member_id() in self._with_pin
        self.ui.pin_label.setVisible(needs_pin)
        self.ui.pin_line_edit.setVisible(needs_pin)
        if not needs_pin:
            self.ui.pin_line_edit.clear()
        self._ok_button.setEnabled(
            self.chosen_member_id() is not None and (not needs_pin or bool(self.ui.pin_line_edit.text()))
        )

    def _on_members_table_widget_selection_changed(self, *_args) -> None:
        self._update_pin_field()
        if self.chosen_member_id() in self._with_pin:
            self.ui.pin_line_edit.setFocus()

    def _on_pin_line_edit_text_changed(self, _text: str) -> None:
        self._update_pin_field()

    def _on_members_table_widget_double_clicked(self, _index) -> None:
        if self._ok_button.isEnabled():
            self.accept()
        else:
            self.ui.pin_line_edit.setFocus()
