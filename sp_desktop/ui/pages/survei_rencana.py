"""The "Rencana" tab of a survey: period, dates, services, population and the proposed sample (ui layer)."""

from __future__ import annotations

from contextlib import contextmanager
from datetime import date

from PySide6.QtCore import QDate, QLocale, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QWidget

from sp_desktop.domain import skm
from sp_desktop.domain.formatting import format_number
from sp_desktop.domain.survei import Survei
from sp_desktop.ui.generated.ui_survei_rencana import Ui_SurveiRencana

INDONESIAN = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
ISO = "yyyy-MM-dd"


def default_period(today: date, taken: set[str]) -> Survei:
    """A new period proposed for ``today``: its semester, named so it differs from those ``taken``."""
    first = today.month <= 6
    name = f"Semester {'I' if first else 'II'} {today.year}"
    mulai, selesai = (f"{today.year}-01-01", f"{today.year}-06-30") if first else \
        (f"{today.year}-07-01", f"{today.year}-12-31")
    candidate, n = name, 2
    while candidate in taken:
        candidate, n = f"{name} ({n})", n + 1
    return Survei(periode=candidate, mulai=mulai, selesai=selesai)


def progress_text(count: int, sample: int) -> str:
    if sample <= 0:
        return f"{format_number(count)} responden (isi populasi untuk melihat sampel minimal)"
    if count >= sample:
        return f"{format_number(count)} dari {format_number(sample)} responden: sampel minimal terpenuhi"
    return f"{format_number(count)} dari {format_number(sample)} responden (kurang {format_number(sample - count)})"


class SurveyPlanTab(QWidget):
    """Edits the plan of one survey (a :class:`Survei` whose respondent lists are not used here).

    Signals:
        edited(): the user changed :attr:`plan` (the tab's own object, changed in place).
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_SurveiRencana()
        self.ui.setupUi(self)
        self.setLocale(INDONESIAN)
        self.plan = Survei()
        self._count = 0
        self._filling = False
        self._names: list[str] = []
        ui = self.ui
        for edit in (ui.mulai_date_edit, ui.selesai_date_edit, ui.laporan_date_edit):
            edit.setLocale(INDONESIAN)
            edit.setMinimumDate(QDate(2000, 1, 1))
        self.services_model = QStandardItemModel(self)
        self.services_proxy = QSortFilterProxyModel(self)
        self.services_proxy.setSourceModel(self.services_model)
        self.services_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        ui.services_list_view.setModel(self.services_proxy)
        ui.periode_line_edit.textEdited.connect(self._on_periode_line_edit_text_edited)
        ui.mulai_date_edit.dateChanged.connect(self._on_dates_changed)
        ui.selesai_date_edit.dateChanged.connect(self._on_dates_changed)
        ui.laporan_check_box.toggled.connect(self._on_laporan_changed)
        ui.laporan_date_edit.dateChanged.connect(self._on_laporan_changed)
        ui.populasi_spin_box.valueChanged.connect(self._on_populasi_spin_box_value_changed)
        ui.services_filter_line_edit.textChanged.connect(self.services_proxy.setFilterFixedString)
        self.services_model.itemChanged.connect(self._on_services_model_item_changed)

    @contextmanager
    def filling(self):
        previous, self._filling = self._filling, True
        try:
            yield
        finally:
            self._filling = previous

    def _report(self) -> None:
        if not self._filling:
            self.edited.emit()

    # -- showing ---------------------------------------------------------------------------
    def set_services(self, names: list[str]) -> None:
        self._names = list(names)
        self._rebuild_services()

    def show_plan(self, plan: Survei, respondents: int) -> None:
        """Show ``plan``; the tab edits this very object."""
        self.plan = plan
        ui = self.ui
        with self.filling():
            if ui.periode_line_edit.text() != plan.periode:
                ui.periode_line_edit.setText(plan.periode)
            ui.mulai_date_edit.setDate(_qdate(plan.mulai))
            ui.selesai_date_edit.setMinimumDate(QDate(2000, 1, 1))
            ui.selesai_date_edit.setDate(_qdate(plan.selesai))
            ui.laporan_check_box.setChecked(bool(plan.tanggal_laporan))
            ui.laporan_date_edit.setDate(_qdate(plan.tanggal_laporan or plan.selesai))
            ui.laporan_date_edit.setEnabled(bool(plan.tanggal_laporan))
            ui.populasi_spin_box.setValue(plan.populasi)
            self._rebuild_services()
        self.show_count(respondents)

    def show_count(self, respondents: int) -> None:
        """Show the sample against ``respondents`` entered so far."""
        self._count = respondents
        sample = skm.sample_size(self.plan.populasi)
        ui = self.ui
        ui.sample_label.setText(f"{format_number(sample)} responden" if sample else "isi populasi terlebih dahulu")
        ui.sample_progress_bar.setMaximum(max(sample, 1))
        ui.sample_progress_bar.setValue(min(respondents, max(sample, 1)) if sample else 0)
        ui.sample_progress_bar.setFormat(progress_text(respondents, sample))
        ui.sample_progress_bar.setAccessibleDescription(progress_text(respondents, sample))

    def set_read_only(self, read_only: bool) -> None:
        ui = self.ui
        ui.periode_line_edit.setReadOnly(read_only)
        for control in (ui.mulai_date_edit, ui.selesai_date_edit, ui.laporan_date_edit, ui.populasi_spin_box):
            control.setReadOnly(read_only)
        ui.laporan_check_box.setEnabled(not read_only)
        with self.filling():
            for row in range(self.services_model.rowCount()):
                self.services_model.item(row).setCheckable(not read_only)

    def _rebuild_services(self) -> None:
        chosen = set(self.plan.layanan)
        known = set(self._names)
        with self.filling():
            self.services_model.clear()
            rows = [(n, n) for n in self._names]
            rows += [(n, f"{n} (tidak ada lagi di proyek)") for n in self.plan.layanan if n not in known]
            for name, text in rows:
                item = QStandardItem(text)
                item.setData(name, Qt.ItemDataRole.UserRole)
                item.setEditable(False)
                item.setCheckable(True)
                item.setCheckState(Qt.CheckState.Checked if name in chosen else Qt.CheckState.Unchecked)
                self.services_model.appendRow(item)
        self._show_services_count()

    def _show_services_count(self) -> None:
        count = len(self.plan.layanan)
        self.ui.services_count_label.setText(f"{count} layanan dipilih" if count else
                                             "Belum ada layanan dipilih (survei untuk seluruh unit)")

    # -- editing ---------------------------------------------------------------------------
    def _on_periode_line_edit_text_edited(self, text: str) -> None:
        self.plan.periode = text.strip()
        self._report()

    def _on_dates_changed(self, *_args) -> None:
        if self._filling:
            return
        ui = self.ui
        if ui.selesai_date_edit.date() < ui.mulai_date_edit.date():
            with self.filling():
                ui.selesai_date_edit.setDate(ui.mulai_date_edit.date())
        self.plan.mulai = ui.mulai_date_edit.date().toString(ISO)
        self.plan.selesai = ui.selesai_date_edit.date().toString(ISO)
        self._report()

    def _on_laporan_changed(self, *_args) -> None:
        if self._filling:
            return
        ui = self.ui
        ui.laporan_date_edit.setEnabled(ui.laporan_check_box.isChecked())
        self.plan.tanggal_laporan = ui.laporan_date_edit.date().toString(ISO) if ui.laporan_check_box.isChecked() \
            else ""
        self._report()

    def _on_populasi_spin_box_value_changed(self, value: int) -> None:
        if self._filling:
            return
        self.plan.populasi = value
        self.show_count(self._count)
        self._report()

    def _on_services_model_item_changed(self, _item: QStandardItem) -> None:
        if self._filling:
            return
        chosen = []
        for row in range(self.services_model.rowCount()):
            item = self.services_model.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                chosen.append(item.data(Qt.ItemDataRole.UserRole))
        self.plan.layanan = chosen
        self._show_services_count()
        self._report()


def _qdate(value: str) -> QDate:
    found = QDate.fromString(value or "", ISO)
    return found if found.isValid() else QDate.currentDate()
