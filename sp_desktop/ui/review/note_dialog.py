"""The small dialog that writes or changes one evaluation note: unit, service, component, text (ui layer)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from sp_desktop.domain.components import KOMPONEN
from sp_desktop.services.review_notes import ReviewNote
from sp_desktop.services.review_text import NAME_KEY, NAME_LABEL
from sp_desktop.services.review_units import ReviewSet
from sp_desktop.ui.messages import warn

WHOLE_SERVICE = "Seluruh layanan"
COMPONENTS: tuple[tuple[str, str], ...] = ((WHOLE_SERVICE, ""), (NAME_LABEL, NAME_KEY),
                                           *((k.label, k.key) for k in KOMPONEN))


class NoteDialog(QDialog):
    """Asks for a new note, or a note's new text and title (unit, service and component then stay).

    Args:
        review_set: the units offered, with their services.
        unit, jenis_pelayanan, komponen: what is chosen at first.
        reviewer: the reviewer's name as last given.
        note: the note being changed, or None for a new one.
    """

    def __init__(self, review_set: ReviewSet, unit: str, jenis_pelayanan: str = "", komponen: str = "",
                 reviewer: str = "", note: ReviewNote | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("review_note_dialog")
        self.setWindowTitle("Ubah catatan evaluasi" if note else "Tambah catatan evaluasi")
        self._set = review_set
        self.note = note
        form = QFormLayout()
        self.unit_combo = QComboBox(self)
        self.unit_combo.setObjectName("note_unit_combo_box")
        for u in review_set.units:
            self.unit_combo.addItem(u.unit_name, u.unit_name)
        self.service_combo = QComboBox(self)
        self.service_combo.setObjectName("note_service_combo_box")
        self.service_combo.setEditable(True)
        self.service_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.service_combo.setMinimumContentsLength(40)
        self.component_combo = QComboBox(self)
        self.component_combo.setObjectName("note_component_combo_box")
        for label, key in COMPONENTS:
            self.component_combo.addItem(label, key)
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("note_title_line_edit")
        self.title_edit.setPlaceholderText("boleh dikosongkan")
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setObjectName("note_text_plain_text_edit")
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setPlaceholderText("Apa yang perlu diperbaiki unit, dan mengapa")
        self.reviewer_edit = QLineEdit(reviewer, self)
        self.reviewer_edit.setObjectName("note_reviewer_line_edit")
        self.reviewer_edit.setPlaceholderText("nama penilai dari Bagian Organisasi")
        form.addRow("&Unit:", self.unit_combo)
        form.addRow("&Jenis pelayanan:", self.service_combo)
        form.addRow("&Komponen:", self.component_combo)
        form.addRow("Ju&dul:", self.title_edit)
        form.addRow("&Isi catatan:", self.text_edit)
        form.addRow("&Penilai:", self.reviewer_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        self.button_box = QDialogButtonBox(self)
        self.save_button = self.button_box.addButton("&Simpan", QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("note_save_push_button")
        self.save_button.setDefault(True)
        cancel = self.button_box.addButton("&Batal", QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("note_cancel_push_button")
        layout.addWidget(self.button_box)
        self.button_box.accepted.connect(self._on_button_box_accepted)
        self.button_box.rejected.connect(self.reject)
        self.unit_combo.currentIndexChanged.connect(self._on_unit_combo_current_index_changed)

        if note is not None:
            unit, jenis_pelayanan, komponen = note.unit, note.jenis_pelayanan, note.komponen
            self.title_edit.setText(note.judul)
            self.text_edit.setPlainText(note.teks)
            self.reviewer_edit.setText(note.reviewer)
        index = self.unit_combo.findData(unit)
        if index < 0 and unit:
            self.unit_combo.addItem(unit, unit)  # a note on a unit no longer in the folder
            index = self.unit_combo.count() - 1
        self.unit_combo.setCurrentIndex(max(index, 0))
        self._on_unit_combo_current_index_changed(self.unit_combo.currentIndex())
        if jenis_pelayanan:
            self.service_combo.setCurrentText(jenis_pelayanan)
        found = self.component_combo.findData(komponen)
        self.component_combo.setCurrentIndex(max(found, 0))
        if note is not None:
            for widget in (self.unit_combo, self.service_combo, self.component_combo, self.reviewer_edit):
                widget.setEnabled(False)  # a note stays where it was written; only its words change
        self.text_edit.setFocus()
        self.resize(620, 420)

    def _on_unit_combo_current_index_changed(self, _index: int) -> None:
        current = self.service_combo.currentText()
        unit = self._set.unit(self.unit_combo.currentData() or "")
        self.service_combo.clear()
        if unit is not None:
            self.service_combo.addItems([s.jenis_pelayanan for s in unit.services])
        if current and self.service_combo.findText(current) >= 0:
            self.service_combo.setCurrentText(current)

    def values(self) -> dict[str, str]:
        """What was entered: ``unit``, ``jenis_pelayanan``, ``komponen``, ``judul``, ``teks``, ``reviewer``."""
        return {
            "unit": self.unit_combo.currentData() or "",
            "jenis_pelayanan": self.service_combo.currentText().strip(),
            "komponen": self.component_combo.currentData() or "",
            "judul": self.title_edit.text().strip(),
            "teks": self.text_edit.toPlainText().strip(),
            "reviewer": self.reviewer_edit.text().strip(),
        }

    def _on_button_box_accepted(self) -> None:
        values = self.values()
        missing = [label for key, label in (("jenis_pelayanan", "jenis pelayanan"), ("teks", "isi catatan"),
                                            ("reviewer", "nama penilai")) if not values[key]]
        if missing:
            warn(self, self.windowTitle(), f"Isi dulu: {', '.join(missing)}.")
            field = {"jenis pelayanan": self.service_combo, "isi catatan": self.text_edit,
                     "nama penilai": self.reviewer_edit}[missing[0]]
            field.setFocus()
            return
        self.accept()
