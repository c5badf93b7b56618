"""Name (and, for a new service, klasifikasi) of a jenis pelayanan (ui layer)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from sp_desktop.domain.enums import Klasifikasi
from sp_desktop.ui.generated.ui_service_name_dialog import Ui_ServiceNameDialog


class ServiceNameDialog(QDialog):
    """Asks for a service name; the klasifikasi combo is shown only when adding.

    Args:
        name: the current name when renaming, None when adding a service.
    """

    def __init__(self, name: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ServiceNameDialog()
        self.ui.setupUi(self)
        adding = name is None
        self.setWindowTitle("Tambah jenis pelayanan" if adding else "Ubah nama jenis pelayanan")
        for klasifikasi in Klasifikasi:
            self.ui.klasifikasi_combo_box.addItem(klasifikasi.label, klasifikasi.value)
        self.ui.klasifikasi_combo_box.setCurrentIndex(
            self.ui.klasifikasi_combo_box.findData(Klasifikasi.ADMINISTRATIF.value)
        )
        self.ui.klasifikasi_label.setVisible(adding)
        self.ui.klasifikasi_combo_box.setVisible(adding)
        self._ok_button = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self._ok_button.setText("Tambah" if adding else "Simpan")
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText("Batal")
        self.ui.name_line_edit.setText(name or "")
        self.ui.name_line_edit.selectAll()
        self._ok_button.setEnabled(bool(self.name()))
        self.ui.name_line_edit.textChanged.connect(self._on_name_line_edit_text_changed)
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)

    def name(self) -> str:
        """The typed name without surrounding spaces."""
        return self.ui.name_line_edit.text().strip()

    def klasifikasi(self) -> str:
        """The chosen klasifikasi value (``"administratif"`` unless changed)."""
        return self.ui.klasifikasi_combo_box.currentData()

    def _on_name_line_edit_text_changed(self, _text: str) -> None:
        self._ok_button.setEnabled(bool(self.name()))
