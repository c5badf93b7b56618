"""The fields of one Tim Penyusun member, shared by the member and identity dialogs (ui layer)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from sp_desktop.domain.enums import Peran
from sp_desktop.domain.formatting import normalize_nip
from sp_desktop.domain.model import Member
from sp_desktop.ui.generated.ui_member_form import Ui_MemberForm
from sp_desktop.ui.nip_feedback import show_nip_feedback


class MemberFormWidget(QWidget):
    """Nama, NIP (with live feedback), jabatan and peran of a member.

    Signals:
        validity_changed(bool): whether the form may be accepted (a name, and a NIP that is
            empty or 18 digits) changed.
    """

    validity_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_MemberForm()
        self.ui.setupUi(self)
        for peran in Peran:
            self.ui.peran_combo_box.addItem(peran.label, peran.value)
        self.set_peran(Peran.ANGGOTA.value)
        self._member_id = 0
        self._valid = False
        self.ui.nama_line_edit.textChanged.connect(self._on_nama_line_edit_text_changed)
        self.ui.nip_line_edit.textChanged.connect(self._on_nip_line_edit_text_changed)
        self._update_validity()

    def set_member(self, member: Member) -> None:
        """Fill the fields from ``member`` (its id is kept for :meth:`member`)."""
        self._member_id = member.id
        self.ui.nama_line_edit.setText(member.nama)
        self.ui.nip_line_edit.setText(member.nip)
        self.ui.jabatan_line_edit.setText(member.jabatan)
        self.set_peran(member.peran)

    def set_peran(self, peran: str) -> None:
        """Preselect a role (``"ketua"``, ``"sekretaris"`` or ``"anggota"``)."""
        index = self.ui.peran_combo_box.findData(peran)
        if index < 0:  # an unknown stored role stays visible rather than silently changing
            self.ui.peran_combo_box.addItem(peran, peran)
            index = self.ui.peran_combo_box.count() - 1
        self.ui.peran_combo_box.setCurrentIndex(index)

    def member(self) -> Member:
        """The member as typed (NIP normalised to bare digits)."""
        return Member(
            nama=self.ui.nama_line_edit.text().strip(),
            nip=normalize_nip(self.ui.nip_line_edit.text()),
            jabatan=self.ui.jabatan_line_edit.text().strip(),
            peran=self.ui.peran_combo_box.currentData(),
            id=self._member_id,
        )

    def is_valid(self) -> bool:
        """Whether the form may be accepted."""
        return self._valid

    def _on_nama_line_edit_text_changed(self, _text: str) -> None:
        self._update_validity()

    def _on_nip_line_edit_text_changed(self, _text: str) -> None:
        self._update_validity()

    def _update_validity(self) -> None:
        nip_ok = show_nip_feedback(self.ui.nip_feedback_label, self.ui.nip_line_edit.text(), optional=True)
        valid = nip_ok and bool(self.ui.nama_line_edit.text().strip())
        if valid != self._valid:
            self._valid = valid
            self.validity_changed.emit(valid)
