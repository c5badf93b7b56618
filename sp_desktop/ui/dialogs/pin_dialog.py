"""The PIN dialog (ask for a PIN, or set/change/remove one's own) and the ketua-PIN gate (ui layer)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from sp_desktop.domain import pin as pins
from sp_desktop.domain.roles import NotAllowed
from sp_desktop.services.identity import PinRequired
from sp_desktop.storage.errors import ProjectError
from sp_desktop.ui.generated.ui_pin_dialog import Ui_PinDialog
from sp_desktop.ui.messages import warn

HELP_TEXT = f"{pins.PROTECTS} {pins.DOES_NOT_PROTECT}"


class PinDialog(QDialog):
    """Asks for a PIN (:meth:`asking`) or for a new one (:meth:`changing`); the caller reads the fields.

    Attributes:
        removing: True when the user chose "Hapus PIN" (change mode) rather than a new PIN.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PinDialog()
        self.ui.setupUi(self)
        self.removing = False
        self._change_mode = False
        self._has_pin = False
        self._ok_button = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText("Batal")
        self.remove_button: QPushButton | None = None
        self.ui.help_label.setText(HELP_TEXT)
        self.ui.error_label.hide()
        self.ui.button_box.accepted.connect(self._on_button_box_accepted)
        self.ui.button_box.rejected.connect(self.reject)
        for field in (self.ui.current_pin_line_edit, self.ui.new_pin_line_edit, self.ui.repeat_pin_line_edit):
            field.textChanged.connect(self._on_field_text_changed)

    @classmethod
    def asking(cls, intro: str, parent: QWidget | None = None) -> PinDialog:
        """A dialog with one PIN field and ``intro`` above it."""
        dialog = cls(parent)
        dialog.setWindowTitle("Masukkan PIN")
        dialog.ui.intro_label.setText(intro)
        dialog.ui.current_pin_label.setText("&PIN")
        for widget in (dialog.ui.new_pin_label, dialog.ui.new_pin_line_edit,
                       dialog.ui.repeat_pin_label, dialog.ui.repeat_pin_line_edit):
            widget.hide()
        dialog._ok_button.setText("Lanjutkan")
        dialog.ui.current_pin_line_edit.setFocus()
        dialog._update_ok()
        dialog.resize(dialog.width(), dialog.sizeHint().height())
        return dialog

    @classmethod
    def changing(cls, name: str, has_pin: bool, parent: QWidget | None = None) -> PinDialog:
        """A dialog to set (no PIN yet), change or remove the PIN of ``name`` (the acting member)."""
        dialog = cls(parent)
        dialog._change_mode, dialog._has_pin = True, has_pin
        dialog.setWindowTitle("Ubah PIN" if has_pin else "Atur PIN")
        dialog.ui.intro_label.setText(
            f"PIN Anda ({name}) diminta setiap kali nama Anda dipilih di \u201cSiapa Anda?\u201d. Bila Anda ketua "
            "tim, PIN ini juga diminta untuk tindakan khusus ketua."
        )
        if not has_pin:
            dialog.ui.current_pin_label.hide()
            dialog.ui.current_pin_line_edit.hide()
            dialog.ui.new_pin_line_edit.setFocus()
        else:
            dialog.remove_button = dialog.ui.button_box.addButton("&Hapus PIN", QDialogButtonBox.ButtonRole.ResetRole)
            dialog.remove_button.clicked.connect(dialog._on_remove_button_clicked)
            dialog.ui.current_pin_line_edit.setFocus()
        dialog._ok_button.setText("Simpan")
        dialog._update_ok()
        dialog.resize(dialog.width(), dialog.sizeHint().height())
        return dialog

    def pin(self) -> str:
        """The PIN typed in ask mode (or the current PIN in change mode)."""
        return self.ui.current_pin_line_edit.text()

    def new_pin(self) -> str | None:
        """The new PIN (change mode), or None when removing."""
        return None if self.removing else self.ui.new_pin_line_edit.text()

    def _problem(self) -> str | None:
        if not self._change_mode:
            return None
        new, repeat = self.ui.new_pin_line_edit.text(), self.ui.repeat_pin_line_edit.text()
        if not new:
            return None
        reason = pins.why_pin_invalid(new)
        if reason is None and repeat and repeat != new:
            reason = "Kedua PIN baru tidak sama."
        return reason

    def _update_ok(self) -> None:
        problem = self._problem()
        self.ui.error_label.setText(problem or "")
        self.ui.error_label.setVisible(problem is not None)
        if self._change_mode:
            new, repeat = self.ui.new_pin_line_edit.text(), self.ui.repeat_pin_line_edit.text()
            current_ok = not self._has_pin or bool(self.pin())
            ready = current_ok and bool(new) and new == repeat and problem is None
        else:
            ready = bool(self.pin())
        self._ok_button.setEnabled(ready)
        if self.remove_button is not None:
            self.remove_button.setEnabled(bool(self.pin()))

    def _on_field_text_changed(self, _text: str) -> None:
        self._update_ok()

    def _on_button_box_accepted(self) -> None:
        if self._ok_button.isEnabled():
            self.accept()

    def _on_remove_button_clicked(self) -> None:
        self.removing = True
        self.accept()


class KetuaPinGate(QObject):
    """Runs a ketua-only session call; when the ketua has a PIN, asks for it and runs the call with it.

    Args:
        session: the open project.
        parent: the widget the dialog and messages belong to.
    """

    def __init__(self, session, parent: QWidget):
        super().__init__(parent)
        self._session = session
        self._parent = parent
        self.dialog: PinDialog | None = None
        self._pending: tuple[str, Callable[[], Any], Callable[[Any], None] | None, QWidget] | None = None

    def run(
        self,
        title: str,
        call: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        over: QWidget | None = None,
    ) -> None:
        """Run ``call`` now, or after the ketua's PIN was given; ``on_done(result)`` follows a success.

        Args:
            title: names the action in a refusal's message box.
            over: the dialog the PIN is asked over (an open modal dialog), else the gate's parent.
        """
        try:
            result = call()
        except PinRequired as required:
            self._ask(title, call, on_done, required, over or self._parent)
            return
        except (NotAllowed, ProjectError) as error:
            warn(over or self._parent, title, str(error))
            return
        if on_done is not None:
            on_done(result)

    def _ask(self, title: str, call, on_done, required: PinRequired, over: QWidget) -> None:
        self._pending = (title, call, on_done, over)
        dialog = PinDialog.asking(f"{required} Masukkan PIN {required.member.nama} untuk melanjutkan.", over)
        dialog.setWindowTitle("PIN ketua")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._on_dialog_accepted)
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        dialog.open()

    def _on_dialog_accepted(self) -> None:
        if self.dialog is None or self._pending is None:
            return
        title, call, on_done, over = self._pending
        try:
            with self._session.ketua_pin(self.dialog.pin()):
                result = call()
        except (NotAllowed, ProjectError) as error:
            warn(over, title, str(error))
            return
        if on_done is not None:
            on_done(result)

    def _on_dialog_finished(self, _result: int) -> None:
        self.dialog = None
        self._pending = None
