"""Apply an agreed input of a discussion to its service through that component's own editor page (ui layer)."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from sp_desktop.domain.components import komponen_label
from sp_desktop.domain.model import Layanan
from sp_desktop.domain.pembahasan import Masukan
from sp_desktop.ui.generated.ui_pembahasan_apply_dialog import Ui_PembahasanApplyDialog
from sp_desktop.ui.pages.registry import create_page


class PembahasanApplyDialog(QDialog):
    """Shows the input and its follow-up above the page of the service editor for its component.

    The page edits a copy of the service; nothing is stored until "Terapkan" (the caller then calls
    ``session.apply_masukan`` with :meth:`changed_service`).

    Args:
        layanan: the service as stored.
        masukan: the agreed input.
        title: the discussion's name ("FGD 23 November 2018").
    """

    def __init__(self, layanan: Layanan, masukan: Masukan, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PembahasanApplyDialog()
        self.ui.setupUi(self)
        self._layanan = copy.deepcopy(layanan)
        self.changes = 0
        self.ui.masukan_label.setText(
            f"Masukan pembahasan {title} untuk {layanan.jenis_pelayanan}:\n\u201c{masukan.masukan}\u201d"
            + (f"\nTindak lanjut: {masukan.tindak_lanjut}" if masukan.tindak_lanjut else "")
        )
        self.ui.component_label.setText(f"Komponen: {komponen_label(masukan.komponen)}")
        self.page = create_page(masukan.komponen, self.ui.editor_container)
        self.ui.editor_layout.addWidget(self.page)
        self.page.show_layanan(self._layanan)
        self.page.edited.connect(self._on_page_edited)
        ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("&Terapkan")
        ok.setEnabled(False)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText("&Batal")
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)

    def changed_service(self) -> Layanan:
        """The service as the page left it."""
        return copy.deepcopy(self._layanan)

    def _on_page_edited(self, changes: dict[str, Any], _merge_key: object) -> None:
        for name, value in changes.items():
            setattr(self._layanan, name, copy.deepcopy(value))
        self.changes += 1
        self.page.update_derived(self._layanan)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
