"""The "Rencana" tab of a discussion: method, date and time, place, the letter, the agenda (ui layer)."""

from __future__ import annotations

from PySide6.QtCore import QDate, QSortFilterProxyModel, Qt, QTime
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from sp_desktop.domain.enums import MetodePembahasan
from sp_desktop.domain.pembahasan import PENANDATANGAN_UNDANGAN, Pembahasan
from sp_desktop.ui.generated.ui_pembahasan_rencana import Ui_PembahasanRencana
from sp_desktop.ui.pages.pembahasan_tab import INDONESIAN, DiscussionTab

SIFAT = ("Biasa", "Segera", "Penting", "Sangat segera")
DEFAULT_START, DEFAULT_END = QTime(9, 0), QTime(12, 0)
ISO = "yyyy-MM-dd"
_TEXTS = (("tempat_line_edit", "tempat"), ("acara_line_edit", "acara"),
          ("nomor_undangan_line_edit", "nomor_undangan"), ("lampiran_line_edit", "lampiran"), ("hal_line_edit", "hal"))


class PlanTab(DiscussionTab):
    """Edits the plan and the invitation letter of a discussion, and which services it discusses.

    The agenda is a checkable list of every service with a filter box (fast at 2,000 services); a
    name on the agenda that no service bears any more (renamed since) stays listed, marked, so it
    can be unticked.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PembahasanRencana()
        self.ui.setupUi(self)
        ui = self.ui
        for metode in MetodePembahasan:
            ui.metode_combo_box.addItem(metode.label, metode.value)
        ui.sifat_combo_box.addItems(SIFAT)
        for value, label in PENANDATANGAN_UNDANGAN.items():
            ui.penandatangan_combo_box.addItem(label, value)
        for edit in (ui.tanggal_date_edit, ui.tanggal_undangan_date_edit):
            edit.setLocale(INDONESIAN)
            edit.setMinimumDate(QDate(2000, 1, 1))
        self.agenda_model = QStandardItemModel(self)
        self.agenda_proxy = QSortFilterProxyModel(self)
        self.agenda_proxy.setSourceModel(self.agenda_model)
        self.agenda_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        ui.agenda_list_view.setModel(self.agenda_proxy)
        self._names: list[str] = []
        for name, attr in _TEXTS:
            getattr(ui, name).textEdited.connect(lambda text, attr=attr: self._on_text_edited(attr, text))
        ui.metode_combo_box.activated.connect(self._on_metode_combo_box_activated)
        ui.penandatangan_combo_box.activated.connect(self._on_penandatangan_combo_box_activated)
        ui.sifat_combo_box.currentTextChanged.connect(self._on_sifat_combo_box_current_text_changed)
        ui.tanggal_check_box.toggled.connect(self._on_tanggal_changed)
        ui.tanggal_date_edit.dateChanged.connect(self._on_tanggal_changed)
        ui.tanggal_undangan_check_box.toggled.connect(self._on_tanggal_undangan_changed)
        ui.tanggal_undangan_date_edit.dateChanged.connect(self._on_tanggal_undangan_changed)
        ui.waktu_check_box.toggled.connect(self._on_waktu_changed)
        ui.mulai_time_edit.timeChanged.connect(self._on_mulai_time_edit_time_changed)
        ui.selesai_time_edit.timeChanged.connect(self._on_waktu_changed)
        ui.agenda_filter_line_edit.textChanged.connect(self.agenda_proxy.setFilterFixedString)
        self.agenda_model.itemChanged.connect(self._on_agenda_model_item_changed)
        ui.agenda_all_push_button.clicked.connect(self._on_agenda_all_push_button_clicked)
        ui.agenda_none_push_button.clicked.connect(self._on_agenda_none_push_button_clicked)

    # -- what is offered -------------------------------------------------------------------
    def set_zone(self, zona: str) -> None:
        self.ui.zona_label.setText(zona)

    def set_services(self, names: list[str]) -> None:
        """The services of the project, in order (the agenda offers these)."""
        self._names = list(names)
        self._rebuild_agenda()

    def _rebuild_agenda(self) -> None:
        chosen = set(self.discussion.layanan)
        known = set(self._names)
        with self.filling():
            self.agenda_model.clear()
            rows = [(n, n) for n in self._names]
            rows += [(n, f"{n} (tidak ada lagi di proyek)") for n in self.discussion.layanan if n not in known]
            for name, text in rows:
                item = QStandardItem(text)
                item.setData(name, Qt.ItemDataRole.UserRole)
                item.setEditable(False)
                item.setCheckable(not self.read_only)
                item.setCheckState(Qt.CheckState.Checked if name in chosen else Qt.CheckState.Unchecked)
                self.agenda_model.appendRow(item)
        self._show_agenda_count()

    def _show_agenda_count(self) -> None:
        count = len(self.discussion.layanan)
        self.ui.agenda_count_label.setText(f"{count} layanan dipilih" if count else "Belum ada layanan dipilih")

    # -- showing ---------------------------------------------------------------------------
    def _fill(self, p: Pembahasan) -> None:
        ui = self.ui
        _select(ui.metode_combo_box, p.metode)
        _select(ui.penandatangan_combo_box, p.penandatangan_undangan)
        for name, attr in _TEXTS:
            _set_text(getattr(ui, name), getattr(p, attr))
        if ui.sifat_combo_box.currentText() != p.sifat:
            ui.sifat_combo_box.setCurrentText(p.sifat)
        _show_date(ui.tanggal_check_box, ui.tanggal_date_edit, p.tanggal)
        _show_date(ui.tanggal_undangan_check_box, ui.tanggal_undangan_date_edit, p.tanggal_undangan)
        has_time = bool(p.mulai or p.selesai)
        ui.waktu_check_box.setChecked(has_time)
        start = QTime.fromString(p.mulai, "HH:mm") if p.mulai else DEFAULT_START
        end = QTime.fromString(p.selesai, "HH:mm") if p.selesai else max(start, DEFAULT_END)
        ui.mulai_time_edit.setTime(start)
        ui.selesai_time_edit.setMinimumTime(start)
        ui.selesai_time_edit.setTime(end)
        self._enable_fields()
        self._rebuild_agenda()

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        for edit in self.findChildren(QLineEdit):
            if edit is not self.ui.agenda_filter_line_edit and edit.parent() is not self.ui.sifat_combo_box:
                edit.setReadOnly(read_only)
        for control in self.findChildren(QComboBox) + self.findChildren(QCheckBox):
            control.setEnabled(not read_only)
        for button in (self.ui.agenda_all_push_button, self.ui.agenda_none_push_button):
            button.setEnabled(not read_only)
        self._enable_fields()
        self._rebuild_agenda()

    def _enable_fields(self) -> None:
        ui = self.ui
        writable = not self.read_only
        ui.tanggal_date_edit.setEnabled(writable and ui.tanggal_check_box.isChecked())
        ui.tanggal_undangan_date_edit.setEnabled(writable and ui.tanggal_undangan_check_box.isChecked())
        for edit in (ui.mulai_time_edit, ui.selesai_time_edit):
            edit.setEnabled(writable and ui.waktu_check_box.isChecked())

    # -- edits -----------------------------------------------------------------------------
    def _on_text_edited(self, attr: str, text: str) -> None:
        setattr(self.discussion, attr, text)
        self._report()

    def _on_metode_combo_box_activated(self, _index: int) -> None:
        self.discussion.metode = self.ui.metode_combo_box.currentData()
        self._report()

    def _on_penandatangan_combo_box_activated(self, _index: int) -> None:
        self.discussion.penandatangan_undangan = self.ui.penandatangan_combo_box.currentData()
        self._report()

    def _on_sifat_combo_box_current_text_changed(self, text: str) -> None:
        if not self._filling and text != self.discussion.sifat:
            self.discussion.sifat = text
            self._report()

    def _on_tanggal_changed(self, *_args) -> None:
        if self._filling:
            return
        self._enable_fields()
        ui = self.ui
        self.discussion.tanggal = ui.tanggal_date_edit.date().toString(ISO) if ui.tanggal_check_box.isChecked() else ""
        self._report()

    def _on_tanggal_undangan_changed(self, *_args) -> None:
        if self._filling:
            return
        self._enable_fields()
        ui = self.ui
        checked = ui.tanggal_undangan_check_box.isChecked()
        self.discussion.tanggal_undangan = ui.tanggal_undangan_date_edit.date().toString(ISO) if checked else ""
        self._report()

    def _on_mulai_time_edit_time_changed(self, start: QTime) -> None:
        # The end follows a start moved past it, so a keystroke never stores an end before the start.
        with self.filling():
            self.ui.selesai_time_edit.setMinimumTime(start)
        self._on_waktu_changed()

    def _on_waktu_changed(self, *_args) -> None:
        if self._filling:
            return
        self._enable_fields()
        ui = self.ui
        if ui.waktu_check_box.isChecked():
            self.discussion.mulai = ui.mulai_time_edit.time().toString("HH:mm")
            self.discussion.selesai = ui.selesai_time_edit.time().toString("HH:mm")
        else:
            self.discussion.mulai = self.discussion.selesai = ""
        self._report()

    def _on_agenda_model_item_changed(self, _item: QStandardItem) -> None:
        if self._filling:
            return
        self.discussion.layanan = self._checked_names()
        self._show_agenda_count()
        self._report()

    def _checked_names(self) -> list[str]:
        model = self.agenda_model
        return [model.item(row).data(Qt.ItemDataRole.UserRole) for row in range(model.rowCount())
                if model.item(row).checkState() == Qt.CheckState.Checked]

    def _check_visible(self, state: Qt.CheckState) -> None:
        proxy = self.agenda_proxy
        with self.filling():
            for row in range(proxy.rowCount()):
                item = self.agenda_model.itemFromIndex(proxy.mapToSource(proxy.index(row, 0)))
                item.setCheckState(state)
        self.discussion.layanan = self._checked_names()
        self._show_agenda_count()
        self._report()

    def _on_agenda_all_push_button_clicked(self) -> None:
        self._check_visible(Qt.CheckState.Checked)

    def _on_agenda_none_push_button_clicked(self) -> None:
        self._check_visible(Qt.CheckState.Unchecked)


def _select(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    if index < 0:
        combo.addItem(value, value)
        index = combo.count() - 1
    combo.setCurrentIndex(index)


def _set_text(edit: QLineEdit, text: str) -> None:
    if edit.text() != text:
        edit.setText(text)
        edit.setCursorPosition(0)


def _show_date(check: QCheckBox, edit, value: str) -> None:
    day = QDate.fromString(value, ISO) if value else QDate()
    check.setChecked(day.isValid())
    edit.setDate(day if day.isValid() else QDate.currentDate())
