"""The service editor's version controls: "Versi…" in its header and "Buat revisi" beside its banner (ui layer).

Built in code, not in forms/service_editor.ui, so the editor's form stays as it is: the editor makes
one :class:`VersionControls` and calls :meth:`refresh` whenever the service or its status changes.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QToolButton, QWidget

from sp_desktop.domain.enums import Peran, StatusLayanan

REVISION_HINT_KETUA = "Untuk mengubahnya, buat revisi: versi berikutnya dimulai sebagai draf."
REVISION_HINT_MEMBER = "Untuk mengubahnya, minta ketua tim membuat revisi (versi berikutnya)."


def adopted_notice(versi: int, is_ketua: bool) -> str:
    """The banner of an adopted ("ditetapkan") standard, naming its version and what to do to change it."""
    hint = REVISION_HINT_KETUA if is_ketua else REVISION_HINT_MEMBER
    return f"Standar ini sudah ditetapkan (versi {versi}); isinya tidak diubah di tempat. {hint}"


class VersionControls:
    """The "Versi…" button and the "Buat revisi" button of one service editor."""

    def __init__(self, editor) -> None:
        self._editor = editor
        ui = editor.ui
        self.versions_button = QToolButton(editor)
        self.versions_button.setObjectName("versions_tool_button")
        self.versions_button.setText("Versi…")
        self.versions_button.setToolTip("Lihat versi yang ditetapkan, sidiknya, dan perbedaan antarversi")
        ui.header_layout.insertWidget(ui.header_layout.indexOf(ui.guidance_tool_button), self.versions_button)
        self.revision_button = QPushButton("Buat &revisi", editor)
        self.revision_button.setObjectName("revision_push_button")
        self.revision_button.setToolTip("Buka versi berikutnya sebagai draf; versi yang ditetapkan tetap tersimpan "
                                        "dan dapat dicetak (khusus ketua tim)")
        self.revision_button.hide()
        index = ui.editor_layout.indexOf(ui.banner_label)
        ui.editor_layout.removeWidget(ui.banner_label)
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(ui.banner_label, 1)
        row.addWidget(self.revision_button)
        ui.editor_layout.insertLayout(index, row)
        self.versions_button.clicked.connect(self.open_versions)
        self.revision_button.clicked.connect(self.start_revision)
        self.dialog: QWidget | None = None

    def is_adopted(self) -> bool:
        return self._editor._layanan.status == StatusLayanan.DITETAPKAN.value

    def notice(self) -> str:
        actor = self._editor._session.actor
        return adopted_notice(self._editor._layanan.versi, actor is not None and actor.peran == Peran.KETUA.value)

    def refresh(self) -> None:
        actor = self._editor._session.actor
        self.revision_button.setVisible(self.is_adopted())
        self.revision_button.setEnabled(actor is not None and actor.peran == Peran.KETUA.value)

    def open_versions(self) -> None:
        from .versions_dialog import VersionsDialog

        self.dialog = VersionsDialog(self._editor._session, self._editor.service_id, self._editor)
        self.dialog.setObjectName("versions_dialog")
        self.dialog.open()

    def start_revision(self) -> None:
        from .pin_dialog import KetuaPinGate

        editor = self._editor
        if editor.pin_gate is None:
            editor.pin_gate = KetuaPinGate(editor._session, editor)
        editor.pin_gate.run("Revisi tidak dapat dibuat", lambda: editor._session.start_revision(editor.service_id),
                            self._on_revised)

    def _on_revised(self, _result: object) -> None:
        editor = self._editor
        editor.load(editor.service_id)
        editor.status_changed.emit(editor.service_id)
