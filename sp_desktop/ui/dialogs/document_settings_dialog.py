"""The "Pengaturan Dokumen" dialog: paper, margins, font, draft and Maklumat details, the decree shown (ui layer).

The dialog edits a copy of the project's :class:`~sp_desktop.domain.model.Pengaturan` and writes it
through the session only when "Simpan" is clicked and the values are acceptable. The decree's number
and date are shown read-only: the ketua records them on the Penetapan page, where the adoption gate is.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QAbstractSpinBox, QCheckBox, QDateEdit, QDialog, QDialogButtonBox, QWidget

from sp_desktop.domain.maklumat import effective_text, missing_elements, warning_text
from sp_desktop.domain.model import DEFAULT_MAKLUMAT, Pengaturan
from sp_desktop.domain.standar_layout import DEFAULT_ORDER, DESCRIPTIONS, layout_of
from sp_desktop.domain.standar_layout import LAYOUTS as STANDAR_LAYOUTS
from sp_desktop.domain.standar_layout import ORDERS as COMPONENT_ORDERS
from sp_desktop.export.blocks import PAPER_MM
from sp_desktop.services.session import ProjectSession
from sp_desktop.ui.generated.ui_document_settings_dialog import Ui_DocumentSettingsDialog
from sp_desktop.ui.messages import guarded
from sp_desktop.ui.nip_feedback import ERROR_COLOR

INDONESIAN = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
PAPERS = (("f4", "F4 (215 × 330 mm)"), ("a4", "A4 (210 × 297 mm)"))
PAGE_NUMBERS = (
    ("tata_naskah", "Tata naskah: “- 2 -” di tengah atas"),
    ("x_dari_y", "“Halaman 2 dari 5” di kanan bawah"),
)
MIN_TEXT_WIDTH_MM = 100.0
EARLIEST_DATE = QDate(1990, 1, 1)
LATEST_DATE = QDate(2100, 12, 31)
BLANK_PLEDGE_MESSAGE = "Teks maklumat wajib diisi: tulis janji pelayanan unit Anda, atau pakai teks baku."
DECREE_POINTER = "Nomor dan tanggal keputusan dicatat ketua tim di halaman Penetapan."


def _mm(value: float) -> str:
    """A length in Indonesian notation without a useless ",0" (``165``, ``162,5``)."""
    text = INDONESIAN.toString(float(value), "f", 1)
    return text[:-2] if text.endswith(",0") else text


class DocumentSettingsDialog(QDialog):
    """Edits the document settings, and shows the Keputusan that adopted the standards.

    "Simpan" checks the values in place (a pledge text is required, the margins must leave at
    least 100 mm of text width on the chosen paper), then stores what changed and closes. The
    decree is read-only here (recorded on the Penetapan page, which moves the services with it).
    A refusal of the session (no member chosen, a file that cannot be written) is shown in a
    message box and the dialog stays open with everything as typed.

    Args:
        session: the open project.
        parent: the owning window.
    """

    def __init__(self, session: ProjectSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_DocumentSettingsDialog()
        self.ui.setupUi(self)
        self.setLocale(INDONESIAN)  # month names and decimal commas in every child widget
        self._session = session
        self._stored = session.pengaturan()
        self._stored_penetapan = self._penetapan_pair(session.penetapan())
        self._save_button = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self._save_button.setText("Simpan")
        self._save_button.setDefault(True)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText("Batal")
        for key, label in PAPERS:
            self.ui.paper_combo_box.addItem(label, key)
        for key, label in PAGE_NUMBERS:
            self.ui.page_number_combo_box.addItem(label, key)
        self._fill_standar_choices()
        for edit in self._date_edits():
            edit.setDateRange(EARLIEST_DATE, LATEST_DATE)
        self._align_left_column_labels()
        self._load()
        self._connect()
        self._update_text_area()
        self._update_restore_button()
        self._update_maklumat_elements()
        self._show_maklumat_default_date()
        self.ui.paper_combo_box.setFocus()

    # -- public ------------------------------------------------------------------------------
    def pengaturan(self) -> Pengaturan:
        """The settings as typed (fields this dialog does not show keep their stored value)."""
        ui = self.ui
        return dataclasses.replace(
            self._stored,
            maklumat_teks=ui.maklumat_plain_text_edit.toPlainText().strip(),
            kertas=ui.paper_combo_box.currentData(),
            margin_mm=self._margins(),
            ukuran_huruf=ui.font_size_spin_box.value(),
            versi_rancangan=ui.versi_line_edit.text().strip(),
            tanggal_rancangan=self._date_value(ui.rancangan_today_check_box, ui.tanggal_rancangan_date_edit),
            tanggal_maklumat=self._date_value(ui.maklumat_today_check_box, ui.tanggal_maklumat_date_edit),
            tata_letak_standar=ui.standar_layout_combo_box.currentData(),
            urutan_komponen=ui.urutan_komponen_combo_box.currentData(),
            nomor_halaman=ui.page_number_combo_box.currentData(),
            alur_di_standar=ui.alur_standar_check_box.isChecked(),
            alur_di_rancangan=ui.alur_rancangan_check_box.isChecked(),
        )

    def penetapan(self) -> tuple[str, str]:
        """The decree as typed: ``(nomor, ISO tanggal)``, or ``("", "")`` when not adopted yet."""
        if self.ui.belum_ditetapkan_check_box.isChecked():
            return "", ""
        return self.ui.nomor_line_edit.text().strip(), self.ui.tanggal_penetapan_date_edit.date().toString(
            Qt.DateFormat.ISODate
        )

    def text_width_mm(self) -> float:
        """The width left for text between the left and right margins on the chosen paper."""
        width, _height = PAPER_MM[self.ui.paper_combo_box.currentData()]
        _top, right, _bottom, left = self._margins()
        return width - left - right

    # -- loading -----------------------------------------------------------------------------
    def _load(self) -> None:
        ui, p = self.ui, self._stored
        ui.paper_combo_box.setCurrentIndex(max(0, ui.paper_combo_box.findData(p.kertas)))
        spins = (ui.margin_top_spin_box, ui.margin_right_spin_box, ui.margin_bottom_spin_box, ui.margin_left_spin_box)
        for spin, value in zip(spins, p.margin_mm):
            spin.setValue(value)
        ui.font_size_spin_box.setValue(p.ukuran_huruf)
        ui.page_number_combo_box.setCurrentIndex(max(0, ui.page_number_combo_box.findData(p.nomor_halaman)))
        ui.versi_line_edit.setText(p.versi_rancangan)
        self._load_date(ui.rancangan_today_check_box, ui.tanggal_rancangan_date_edit, p.tanggal_rancangan)
        self._load_date(ui.maklumat_today_check_box, ui.tanggal_maklumat_date_edit, p.tanggal_maklumat)
        ui.maklumat_plain_text_edit.setPlainText(effective_text(p.maklumat_teks))  # the old default: the new one
        self._load_standar_choices(p)
        ui.alur_standar_check_box.setChecked(p.alur_di_standar is True)
        ui.alur_rancangan_check_box.setChecked(p.alur_di_rancangan is True)
        nomor, tanggal = self._stored_penetapan
        ui.nomor_line_edit.setText(nomor)
        adopted = QDate.fromString(tanggal, Qt.DateFormat.ISODate)
        ui.tanggal_penetapan_date_edit.setDate(adopted if adopted.isValid() else QDate.currentDate())
        ui.belum_ditetapkan_check_box.setChecked(not (nomor or tanggal))
        self._on_belum_ditetapkan_check_box_toggled(ui.belum_ditetapkan_check_box.isChecked())
        self._show_decree_read_only()

    def _show_decree_read_only(self) -> None:
        ui = self.ui
        ui.belum_ditetapkan_check_box.setEnabled(False)
        ui.nomor_line_edit.setReadOnly(True)
        ui.tanggal_penetapan_date_edit.setReadOnly(True)
        ui.tanggal_penetapan_date_edit.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        ui.penetapan_problem_label.setText(DECREE_POINTER)
        ui.penetapan_problem_label.setStyleSheet("color: palette(placeholder-text);")
        ui.penetapan_problem_label.show()

    @staticmethod
    def _load_date(today_check: QCheckBox, edit: QDateEdit, iso: str) -> None:
        date = QDate.fromString(iso, Qt.DateFormat.ISODate) if iso else QDate()
        edit.setDate(date if date.isValid() else QDate.currentDate())
        today_check.setChecked(not date.isValid())
        edit.setEnabled(date.isValid())

    def _fill_standar_choices(self) -> None:
        for key, label in STANDAR_LAYOUTS:
            self.ui.standar_layout_combo_box.addItem(label, key)
        for key, (label, _keys) in COMPONENT_ORDERS.items():
            self.ui.urutan_komponen_combo_box.addItem(label, key)
        for combo in (self.ui.standar_layout_combo_box, self.ui.urutan_komponen_combo_box):
            for index in range(combo.count()):
                combo.setItemData(index, DESCRIPTIONS.get(combo.itemData(index), ""), Qt.ItemDataRole.ToolTipRole)

    def _load_standar_choices(self, p: Pengaturan) -> None:
        ui = self.ui
        ui.standar_layout_combo_box.setCurrentIndex(ui.standar_layout_combo_box.findData(layout_of(p.tata_letak_standar)))
        order = p.urutan_komponen if p.urutan_komponen in COMPONENT_ORDERS else DEFAULT_ORDER
        ui.urutan_komponen_combo_box.setCurrentIndex(ui.urutan_komponen_combo_box.findData(order))

    @staticmethod
    def _penetapan_pair(value: dict | None) -> tuple[str, str]:
        return (str(value.get("nomor", "")), str(value.get("tanggal", ""))) if value else ("", "")

    def _connect(self) -> None:
        ui = self.ui
        ui.button_box.accepted.connect(self._on_button_box_accepted)
        ui.button_box.rejected.connect(self.reject)
        ui.paper_combo_box.currentIndexChanged.connect(self._update_text_area)
        for spin in (
            ui.margin_right_spin_box,
            ui.margin_left_spin_box,
            ui.margin_top_spin_box,
            ui.margin_bottom_spin_box,
        ):
            spin.valueChanged.connect(self._update_text_area)
        ui.rancangan_today_check_box.toggled.connect(self._on_rancangan_today_check_box_toggled)
        ui.maklumat_today_check_box.toggled.connect(self._on_maklumat_today_check_box_toggled)
        ui.belum_ditetapkan_check_box.toggled.connect(self._on_belum_ditetapkan_check_box_toggled)
        ui.maklumat_plain_text_edit.textChanged.connect(self._on_maklumat_plain_text_edit_text_changed)
        ui.tanggal_penetapan_date_edit.dateChanged.connect(self._show_maklumat_default_date)
        ui.belum_ditetapkan_check_box.toggled.connect(self._show_maklumat_default_date)
        ui.restore_default_push_button.clicked.connect(self._on_restore_default_push_button_clicked)

    # -- slots -------------------------------------------------------------------------------
    def _on_button_box_accepted(self) -> None:
        if not self._validate():
            return
        if guarded(self, "Simpan pengaturan dokumen", self._store):
            self.accept()

    def _on_rancangan_today_check_box_toggled(self, checked: bool) -> None:
        self._follow_today(checked, self.ui.tanggal_rancangan_date_edit)

    def _on_maklumat_today_check_box_toggled(self, checked: bool) -> None:
        self._follow_today(checked, self.ui.tanggal_maklumat_date_edit)
        self._show_maklumat_default_date()

    def _show_maklumat_default_date(self, *_args) -> None:
        """While the Maklumat has no date of its own, show the one it gets: the decree's, else today."""
        ui = self.ui
        if ui.maklumat_today_check_box.isChecked():
            adopted = not ui.belum_ditetapkan_check_box.isChecked()
            ui.tanggal_maklumat_date_edit.setDate(ui.tanggal_penetapan_date_edit.date() if adopted
                                                  else QDate.currentDate())

    def _on_belum_ditetapkan_check_box_toggled(self, checked: bool) -> None:
        # The number stays in the field, so unchecking brings it back; while checked, the decree is removed.
        for widget in (
            self.ui.nomor_label,
            self.ui.nomor_line_edit,
            self.ui.tanggal_penetapan_label,
            self.ui.tanggal_penetapan_date_edit,
        ):
            widget.setEnabled(not checked)

    def _on_maklumat_plain_text_edit_text_changed(self) -> None:
        if self.ui.maklumat_plain_text_edit.toPlainText().strip():
            self.ui.maklumat_problem_label.clear()
        self._update_restore_button()
        self._update_maklumat_elements()

    def _update_maklumat_elements(self) -> None:
        """Name the elements both Perwali require that the typed pledge lacks (a warning: it may still be saved)."""
        text = self.ui.maklumat_plain_text_edit.toPlainText()
        warning = warning_text(missing_elements(text)) if text.strip() else ""
        self.ui.maklumat_elements_label.setText(f"Peringatan: {warning}" if warning else "")
        self.ui.maklumat_elements_label.setVisible(bool(warning))

    def _on_restore_default_push_button_clicked(self) -> None:
        # Through a cursor rather than setPlainText, so that Ctrl+Z brings the team's own text back.
        edit = self.ui.maklumat_plain_text_edit
        cursor = edit.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(DEFAULT_MAKLUMAT)
        edit.setFocus()

    # -- helpers -----------------------------------------------------------------------------
    def _align_left_column_labels(self) -> None:
        # Three form layouts are stacked in the left column; equal label widths make their fields line up.
        ui = self.ui
        labels = (
            ui.paper_label,
            ui.margin_label,
            ui.font_size_label,
            ui.versi_label,
            ui.tanggal_rancangan_label,
            ui.nomor_label,
            ui.tanggal_penetapan_label,
            ui.standar_layout_label,
            ui.urutan_komponen_label,
        )
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(width)

    def _date_edits(self) -> tuple[QDateEdit, ...]:
        ui = self.ui
        return ui.tanggal_rancangan_date_edit, ui.tanggal_maklumat_date_edit, ui.tanggal_penetapan_date_edit

    def _margins(self) -> tuple[float, float, float, float]:
        ui = self.ui
        return (
            ui.margin_top_spin_box.value(),
            ui.margin_right_spin_box.value(),
            ui.margin_bottom_spin_box.value(),
            ui.margin_left_spin_box.value(),
        )

    @staticmethod
    def _date_value(today_check: QCheckBox, edit: QDateEdit) -> str:
        return "" if today_check.isChecked() else edit.date().toString(Qt.DateFormat.ISODate)

    @staticmethod
    def _follow_today(checked: bool, edit: QDateEdit) -> None:
        if checked:
            edit.setDate(QDate.currentDate())
        edit.setEnabled(not checked)

    def _update_text_area(self) -> None:
        width, height = PAPER_MM[self.ui.paper_combo_box.currentData()]
        top, _right, bottom, _left = self._margins()
        text_width = self.text_width_mm()
        label = self.ui.text_area_label
        if text_width < MIN_TEXT_WIDTH_MM:
            label.setText(
                f"Bidang tulis hanya {_mm(text_width)}\u00a0mm (minimal {_mm(MIN_TEXT_WIDTH_MM)}\u00a0mm). "
                "Perkecil margin kiri atau kanan."
            )
            label.setStyleSheet(f"color: {ERROR_COLOR};")
        else:
            label.setText(f"Bidang tulis {_mm(text_width)} × {_mm(height - top - bottom)}\u00a0mm")
            label.setStyleSheet("color: palette(placeholder-text);")

    def _update_restore_button(self) -> None:
        is_default = self.ui.maklumat_plain_text_edit.toPlainText().strip() == DEFAULT_MAKLUMAT
        self.ui.restore_default_push_button.setEnabled(not is_default)

    def _validate(self) -> bool:
        """Show every problem in place and focus the first in tab order; True when there is none."""
        ui = self.ui
        problems: list[QWidget] = []
        self._update_text_area()
        if self.text_width_mm() < MIN_TEXT_WIDTH_MM:
            problems.append(ui.margin_right_spin_box)
        if not ui.maklumat_plain_text_edit.toPlainText().strip():
            ui.maklumat_problem_label.setText(BLANK_PLEDGE_MESSAGE)
            problems.append(ui.maklumat_plain_text_edit)
        if problems:
            problems[0].setFocus()
        return not problems

    def _store(self) -> bool:
        """Write what changed, in one transaction; the session's refusals propagate to :func:`guarded`."""
        pengaturan = self.pengaturan()
        if pengaturan != self._stored:  # the decree is not written here: its other keys stay as recorded
            self._session.save_pengaturan(pengaturan)
            self._stored = pengaturan
        return True
