"""BiayaPage: the fee, derived from the procedure or stated as a tariff with its basis (UI layer)."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QWidget

from ...domain.derive import effective_biaya, total_unit_cost, total_user_fee
from ...domain.formatting import FREE_OF_CHARGE, format_fee, format_rupiah_words
from ...domain.identification import fee_uraian_problem, stated_fee
from ...domain.model import Layanan
from ..generated.ui_biaya_page import Ui_BiayaPage
from ..widgets.row_delegate import INDONESIAN
from .step_page import StepPage, set_text


class BiayaPage(StepPage):
    """Derived total (biaya None) or a stated Biaya; a free fee's uraian is never left blank."""

    step_key = "biaya"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_BiayaPage()
        self.ui.setupUi(self)
        for spin_box in (self.ui.tarif_spin_box, self.ui.beban_unit_spin_box):
            spin_box.setLocale(INDONESIAN)
        self.ui.uraian_problem_label.hide()
        self.ui.derived_radio_button.clicked.connect(self._on_derived_radio_button_clicked)
        self.ui.stated_radio_button.clicked.connect(self._on_stated_radio_button_clicked)
        self.ui.tarif_spin_box.valueChanged.connect(self._on_tarif_spin_box_value_changed)
        self.ui.uraian_line_edit.textEdited.connect(lambda _t: self._report_stated("uraian"))
        self.ui.dasar_line_edit.textEdited.connect(lambda _t: self._report_stated("dasar"))
        self.ui.beban_unit_spin_box.valueChanged.connect(lambda _v: self._report_stated("beban_unit"))

    def _fill(self, layanan: Layanan) -> None:
        biaya = layanan.biaya
        stated = biaya is not None
        self.ui.stated_radio_button.setChecked(stated)
        self.ui.derived_radio_button.setChecked(not stated)
        self.ui.stated_widget.setEnabled(stated)
        if biaya is None:  # start a stated tariff from what the procedure adds up to
            biaya = stated_fee(total_user_fee(layanan), "", "", total_unit_cost(layanan))
        self.ui.tarif_spin_box.setValue(biaya.tarif)
        self.ui.beban_unit_spin_box.setValue(biaya.beban_unit)
        set_text(self.ui.uraian_line_edit, biaya.uraian)
        set_text(self.ui.dasar_line_edit, biaya.dasar)
        self._update_words()

    def update_derived(self, layanan: Layanan) -> None:
        self.ui.derived_value_label.setText(
            f"Tarif: {format_fee(total_user_fee(layanan))}<br>"
            f"Ditanggung unit: {format_rupiah_words(total_unit_cost(layanan))}"
        )
        effective = effective_biaya(layanan)
        self.ui.effective_value_label.setText(f"<b>{escape(format_fee(effective.tarif, effective.uraian))}</b>")

    def _current(self):
        return stated_fee(
            self.ui.tarif_spin_box.value(), self.ui.uraian_line_edit.text(),
            self.ui.dasar_line_edit.text(), self.ui.beban_unit_spin_box.value(),
        )

    def _update_words(self) -> None:
        tarif = self.ui.tarif_spin_box.value()
        self.ui.tarif_words_label.setText(format_rupiah_words(tarif) if tarif else "(tidak dipungut biaya)")
        problem = fee_uraian_problem(tarif, self.ui.uraian_line_edit.text())
        self.ui.uraian_problem_label.setVisible(problem is not None)
        self.ui.uraian_problem_label.setText(problem or "")

    def _report_stated(self, field: str) -> None:
        self._update_words()
        self._report({"biaya": self._current()}, f"biaya:{field}")

    def _on_tarif_spin_box_value_changed(self, value: int) -> None:
        if value == 0 and not self.ui.uraian_line_edit.text().strip() and not self._filling:
            self.ui.uraian_line_edit.setText(FREE_OF_CHARGE)
        self._report_stated("tarif")

    def _on_derived_radio_button_clicked(self) -> None:
        self.ui.stated_widget.setEnabled(False)
        self._report({"biaya": None})

    def _on_stated_radio_button_clicked(self) -> None:
        self.ui.stated_widget.setEnabled(True)
        self._update_words()
        self._report({"biaya": self._current()})
