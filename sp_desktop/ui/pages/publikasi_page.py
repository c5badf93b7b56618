"""Publikasi: where each standard, the Maklumat and the survey result are published, with evidence; SIPPN (ui layer)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QSignalBlocker, Qt
from PySide6.QtWidgets import QHeaderView, QListWidgetItem, QStyle, QTableWidgetItem, QWidget

from sp_desktop.domain.formatting import format_date
from sp_desktop.domain.publikasi import (
    MediaPublikasi,
    ObjekPublikasi,
    Publikasi,
    describe,
    is_web_address,
    media_label,
    objek_label,
)
from sp_desktop.services import publikasi as svc
from sp_desktop.services.session import ProjectSession
from sp_desktop.ui.generated.ui_publikasi_page import Ui_PublikasiPage
from sp_desktop.ui.messages import confirm, guarded
from sp_desktop.ui.pages.publikasi_files import PublikasiFiles
from sp_desktop.ui.pages.publikasi_sippn import SippnColumns
from sp_desktop.ui.session_signals import SessionSignals

_TITLE = "Publikasi"
_RELOAD_EVENTS = {"publikasi", "services", "service"}
_GONE_SUFFIX = " (tidak ada lagi di daftar)"
_COLUMNS = ("Media", "Yang dipublikasikan", "Sejak", "Jenis pelayanan", "Alamat")
_BAD_ADDRESS = "Tautan harus diawali https:// atau http://; belum disimpan."


def _sejak_text(p: Publikasi) -> str:
    try:
        return format_date(date.fromisoformat(p.sejak)) if p.sejak else "—"
    except ValueError:
        return p.sejak


class PublikasiPage(QWidget):
    """The publication records in a table, the selected one's form (saved at every edit), its evidence, SIPPN.

    Args:
        session: the open project.
        signals: its change notifications; the page re-reads the records and the services after each change.
    """

    def __init__(self, session: ProjectSession, signals: SessionSignals, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PublikasiPage()
        self.ui.setupUi(self)
        self._session = session
        self._records: list[Publikasi] = []
        self._current: Publikasi | None = None
        self._loading = False
        self._stale = False
        self._services: list[str] = []
        self.files = PublikasiFiles(session, self.ui, self)
        self.sippn = SippnColumns(session, self.ui, self)
        self._setup_widgets()
        self._connect()
        signals.changed.connect(self._on_signals_changed)
        self.reload()

    # -- set-up ----------------------------------------------------------------------------
    def _setup_widgets(self) -> None:
        ui = self.ui
        table = ui.records_table_widget
        table.setColumnCount(len(_COLUMNS))
        table.setHorizontalHeaderLabels(list(_COLUMNS))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((140, 235, 120, 150)):
            header.resizeSection(column, width)
        for media in MediaPublikasi:
            ui.media_combo_box.addItem(media.label, media.value)
        for objek in ObjekPublikasi:
            ui.objek_combo_box.addItem(objek.label, objek.value)
        ui.sejak_date_edit.setMinimumDate(QDate(1945, 8, 17))
        ui.main_splitter.setStretchFactor(0, 3)
        ui.main_splitter.setStretchFactor(1, 2)
        ui.main_splitter.setSizes([620, 460])
        icon = self.style().standardIcon
        ui.add_push_button.setIcon(icon(QStyle.StandardPixmap.SP_FileDialogNewFolder))
        ui.delete_push_button.setIcon(icon(QStyle.StandardPixmap.SP_TrashIcon))
        self.addAction(ui.add_action)
        table.addAction(ui.delete_action)

    def _connect(self) -> None:
        ui = self.ui
        ui.add_push_button.clicked.connect(self._on_add_action_triggered)
        ui.add_action.triggered.connect(self._on_add_action_triggered)
        ui.delete_push_button.clicked.connect(self._on_delete_action_triggered)
        ui.delete_action.triggered.connect(self._on_delete_action_triggered)
        ui.records_table_widget.itemSelectionChanged.connect(self._on_records_selection_changed)
        ui.media_combo_box.activated.connect(self._on_form_edited)
        ui.objek_combo_box.activated.connect(self._on_form_edited)
        ui.alamat_line_edit.textEdited.connect(self._on_form_edited)
        ui.sejak_check_box.toggled.connect(self._on_sejak_check_box_toggled)
        ui.sejak_date_edit.dateChanged.connect(self._on_form_edited)
        ui.semua_check_box.toggled.connect(self._on_semua_check_box_toggled)
        ui.layanan_list_widget.itemChanged.connect(self._on_form_edited)
        ui.keterangan_plain_text_edit.textChanged.connect(self._on_form_edited)

    # -- reading ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Show what the project holds, keeping the selected record."""
        self._stale = False
        self._services = [s.jenis_pelayanan for s in self._session.summaries()]
        self._fill_table()
        current = next((p for p in self._records if self._current and p.id == self._current.id), None)
        if current is None and self._records:
            current = self._records[0]
        self._show(current)
        self.sippn.reload()

    def records(self) -> list[Publikasi]:
        """The records as the table shows them, in order."""
        return list(self._records)

    def selected_record(self) -> Publikasi | None:
        """The record whose form is shown, if any."""
        return self._current

    def _fill_table(self) -> None:
        self._records = svc.records(self._session)
        table = self.ui.records_table_widget
        with QSignalBlocker(table):
            table.setRowCount(len(self._records))
            for row, p in enumerate(self._records):
                texts = (media_label(p.media), objek_label(p.objek), _sejak_text(p),
                         ", ".join(p.layanan) if p.layanan else "Semua", p.alamat)
                for column, text in enumerate(texts):
                    item = QTableWidgetItem(text)
                    item.setToolTip(text)
                    table.setItem(row, column, item)
        count = len(self._records)
        self.ui.empty_label.setText("" if count else (
            "Belum ada catatan publikasi. Klik Tambah publikasi (Ctrl+Shift+N) untuk mencatat tempat Standar "
            "Pelayanan atau Maklumat dipublikasikan."))
        self.ui.empty_label.setVisible(not count)

    def _select_row_of(self, p: Publikasi | None) -> None:
        table = self.ui.records_table_widget
        row = next((i for i, q in enumerate(self._records) if p and q.id == p.id), -1)
        with QSignalBlocker(table):
            table.clearSelection()
            if row >= 0:
                table.selectRow(row)

    # -- the form --------------------------------------------------------------------------
    def _show(self, p: Publikasi | None) -> None:
        self._current = p
        self._select_row_of(p)
        self._load_form(p)

    def _load_form(self, p: Publikasi | None) -> None:
        ui = self.ui
        self._loading = True
        try:
            ui.form_group_box.setEnabled(p is not None)
            ui.delete_push_button.setEnabled(p is not None)
            p = p or Publikasi()
            ui.media_combo_box.setCurrentIndex(max(0, ui.media_combo_box.findData(p.media)))
            ui.objek_combo_box.setCurrentIndex(max(0, ui.objek_combo_box.findData(p.objek)))
            ui.alamat_line_edit.setText(p.alamat)
            ui.alamat_hint_label.setText("")
            ui.alamat_hint_label.setVisible(False)
            try:
                when = date.fromisoformat(p.sejak) if p.sejak else date.today()
            except ValueError:
                when = date.today()
            ui.sejak_check_box.setChecked(bool(p.sejak))
            ui.sejak_date_edit.setDate(QDate(when.year, when.month, when.day))
            ui.sejak_date_edit.setEnabled(bool(p.sejak))
            ui.keterangan_plain_text_edit.setPlainText(p.keterangan)
            ui.semua_check_box.setChecked(not p.layanan)
            self._fill_services(p.layanan)
        finally:
            self._loading = False
        self.files.show_for(self._current)

    def _fill_services(self, chosen: list[str]) -> None:
        widget = self.ui.layanan_list_widget
        widget.clear()
        for name in [*self._services, *(n for n in chosen if n not in self._services)]:
            item = QListWidgetItem(name if name in self._services else name + _GONE_SUFFIX, widget)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name in chosen else Qt.CheckState.Unchecked)
        widget.setEnabled(bool(chosen))

    def _form_record(self) -> Publikasi:
        ui = self.ui
        base = self._current or Publikasi()
        checked = []
        if not ui.semua_check_box.isChecked():
            for row in range(ui.layanan_list_widget.count()):
                item = ui.layanan_list_widget.item(row)
                if item.checkState() == Qt.CheckState.Checked:
                    checked.append(item.data(Qt.ItemDataRole.UserRole))
        alamat = ui.alamat_line_edit.text().strip()
        return Publikasi(
            id=base.id,
            media=ui.media_combo_box.currentData(),
            objek=ui.objek_combo_box.currentData(),
            layanan=checked,
            alamat=alamat if not alamat or is_web_address(alamat) else base.alamat,
            sejak=ui.sejak_date_edit.date().toString("yyyy-MM-dd") if ui.sejak_check_box.isChecked() else "",
            keterangan=ui.keterangan_plain_text_edit.toPlainText(),
            lain=dict(base.lain),
        )

    def _on_form_edited(self, *_args) -> None:
        if self._loading or self._current is None:
            return
        alamat = self.ui.alamat_line_edit.text().strip()
        bad = bool(alamat) and not is_web_address(alamat)
        self.ui.alamat_hint_label.setText(_BAD_ADDRESS if bad else "")
        self.ui.alamat_hint_label.setVisible(bad)
        edited = self._form_record()
        self._current = edited  # before the write: its notification refreshes the table, not this form
        guarded(self, _TITLE, svc.update_record, self._session, edited)

    def _on_sejak_check_box_toggled(self, checked: bool) -> None:
        self.ui.sejak_date_edit.setEnabled(checked)
        self._on_form_edited()

    def _on_semua_check_box_toggled(self, checked: bool) -> None:
        self.ui.layanan_list_widget.setEnabled(not checked)
        self._on_form_edited()

    # -- actions ---------------------------------------------------------------------------
    def add_record(self) -> Publikasi | None:
        """Record a new publication (the standards on the website, since today) and open its form."""
        new = Publikasi(media=MediaPublikasi.WEBSITE.value, objek=ObjekPublikasi.STANDAR.value,
                        sejak=date.today().isoformat())
        stored = guarded(self, "Tambah publikasi", svc.add_record, self._session, new)
        if stored is not None:
            self._current = stored
            self.reload()
            self.ui.media_combo_box.setFocus()
        return stored

    def _on_add_action_triggered(self, *_args) -> None:
        self.add_record()

    def _on_delete_action_triggered(self, *_args) -> None:
        p = self._current
        if p is None:
            return
        if confirm(self, "Hapus publikasi", f"Hapus catatan “{describe(p)}” beserta semua buktinya?"):
            self._current = None
            guarded(self, "Hapus publikasi", svc.delete_record, self._session, p.id)

    def _on_records_selection_changed(self) -> None:
        rows = self.ui.records_table_widget.selectionModel().selectedRows()
        if rows:
            p = self._records[rows[0].row()]
            if self._current is None or p.id != self._current.id:
                self._show(p)

    def _on_signals_changed(self, what: str, _service_id: object) -> None:
        if what not in _RELOAD_EVENTS:
            return
        if not self.isVisible():
            self._stale = True
            return
        if what == "publikasi":
            self._reload_keeping_form()
        else:
            self.reload()

    def _reload_keeping_form(self) -> None:
        # A write from this form: the table follows, the form being typed in stays.
        self._fill_table()
        if self._current is None or not any(p.id == self._current.id for p in self._records):
            self._show(self._records[0] if self._records else None)
        else:
            self._select_row_of(self._current)
        self.sippn.reload()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._stale:
            self.reload()
        super().showEvent(event)
