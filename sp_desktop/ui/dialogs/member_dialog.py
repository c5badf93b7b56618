"""Add or edit one member of the Tim Penyusun (ui layer)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from sp_desktop.domain.model import Member
from sp_desktop.ui.generated.ui_member_dialog import Ui_MemberDialog


class MemberDialog(QDialog):
    """A modal form for one member.

    "Simpan" does not close the dialog: it emits ``submitted(Member)`` and the receiver calls
    :meth:`accept` once the change is stored, so a refused change (a second ketua) can be
    corrected in place.

    Args:
        member: the member to edit, or None to add a new one (role preset to anggota).
    """

    submitted = Signal(object)

    def __init__(self, member: Member | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_MemberDialog()
        self.ui.setupUi(self)
        self.setWindowTitle("Ubah anggota tim" if member else "Tambah anggota tim")
        self._ok_button = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self._ok_button.setText("Simpan")
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText("Batal")
        if member is not None:
            self.ui.member_form_widget.set_member(member)
        self._ok_button.setEnabled(self.ui.member_form_widget.is_valid())
        self.ui.member_form_widget.validity_changed.connect(self._on_member_form_widget_validity_changed)
        self.ui.button_box.accepted.connect(self._on_button_box_accepted)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.member_form_widget.ui.nama_line_edit.setFocus()

    def member(self) -> Member:
        """The member as typed."""
        return self.ui.member_form_widget.member()

    def _on_button_box_accepted(self) -> None:
        self.submitted.emit(self.member())

    def _on_member_form_widget_validity_changed(self, valid: bool) -> None:
        self._ok_button.setEnabled(valid)
