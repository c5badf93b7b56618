"""Pengaduan Masuk: the complaints log with its filters, the complaint form and the period's summary (ui layer).

Filters run in SQL through the session (``complaints(...)``), so the table of 10,000 complaints
follows each keystroke of the search box. The form saves with "Simpan" (Ctrl+Enter); a refusal
(a closed complaint without its closing date, a date before receipt) is shown under the form.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QWidget

from sp_desktop.domain.components import KOMPONEN
from sp_desktop.domain.formatting import format_number
from sp_desktop.domain.roles import NotAllowed
from sp_desktop.domain.survei import STATUS_PENGADUAN
from sp_desktop.storage.errors import ProjectError
from sp_desktop.ui.generated.ui_pengaduan_masuk_page import Ui_PengaduanMasukPage
from sp_desktop.ui.messages import confirm, guarded
from sp_desktop.ui.models.pengaduan_masuk_model import COLUMN_RINGKASAN, PengaduanMasukTableModel
from sp_desktop.ui.pages.pengaduan_masuk_form import NO_COMPONENT, ComplaintForm, SaveKeys, qdate
from sp_desktop.ui.pages.pengaduan_masuk_summary import summary_html

_TITLE = "Pengaduan Masuk"
_EVENTS = {"pengaduan_masuk", "services", "service", "survei"}
ALL = "__semua__"
CUSTOM = "__sendiri__"
_SEARCH_DELAY_MS = 150


class PengaduanMasukPage(QWidget):
    """The complaints log of the main window.

    Args:
        session: the open project.
        signals: its change notifications; the page re-reads after each change of the log, the
            services or the survey periods (once it is shown again, when hidden).
    """

    def __init__(self, session, signals, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PengaduanMasukPage()
        self.ui.setupUi(self)
        self._session = session
        self._row_id: int | None = None
        self._stale = False
        self.model = PengaduanMasukTableModel(self)
        self.form = ComplaintForm(session, self.ui)
        self._search_timer = QTimer(self, singleShot=True, interval=_SEARCH_DELAY_MS)
        self._setup_widgets()
        self._connect()
        signals.changed.connect(self._on_signals_changed)
        self.reload()
        self.new_complaint(focus=False)

    # -- set-up ----------------------------------------------------------------------------
    def _setup_widgets(self) -> None:
        ui = self.ui
        view = ui.complaints_table_view
        view.setModel(self.model)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # never measures 10,000 rows
        header.setSectionResizeMode(COLUMN_RINGKASAN, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((128, 178, 92, 128, 160, 66, 122)):
            if column != COLUMN_RINGKASAN:
                header.resizeSection(column, width)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        ui.komponen_filter_combo_box.addItem("Semua komponen", None)
        ui.komponen_filter_combo_box.addItem(NO_COMPONENT, "")
        for k in KOMPONEN:
            ui.komponen_filter_combo_box.addItem(k.label, k.key)
        ui.status_filter_combo_box.addItem("Semua status", None)
        for key, label in STATUS_PENGADUAN.items():
            ui.status_filter_combo_box.addItem(label, key)
        today = QDate.currentDate()
        ui.mulai_date_edit.setDate(QDate(today.year(), 1, 1))
        ui.selesai_date_edit.setDate(today)
        ui.page_layout.setStretch(4, 1)  # the splitter takes the height
        ui.main_splitter.setStretchFactor(0, 3)
        ui.main_splitter.setStretchFactor(1, 2)
        ui.main_splitter.setSizes([930, 400])
        for edit in (ui.ringkasan_plain_text_edit, ui.tindak_lanjut_plain_text_edit):
            edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * 6 + 12)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self.save)
        self._save_keys = SaveKeys(self.save, self)
        for edit in (ui.ringkasan_plain_text_edit, ui.tindak_lanjut_plain_text_edit):
            edit.installEventFilter(self._save_keys)  # a text box would take Ctrl+Enter as a new line
        QShortcut(QKeySequence("Ctrl+Shift+N"), self, self.new_complaint)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, ui.search_line_edit.setFocus)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), view, self.delete_selected)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)

    def _connect(self) -> None:
        ui = self.ui
        ui.add_push_button.clicked.connect(self._on_add_push_button_clicked)
        ui.delete_push_button.clicked.connect(self.delete_selected)
        ui.save_push_button.clicked.connect(self.save)
        ui.rekap_push_button.clicked.connect(self._on_rekap_push_button_clicked)
        ui.period_combo_box.activated.connect(self._on_period_combo_box_activated)
        ui.mulai_date_edit.dateChanged.connect(self._on_filter_changed)
        ui.selesai_date_edit.dateChanged.connect(self._on_filter_changed)
        for combo in (ui.layanan_filter_combo_box, ui.komponen_filter_combo_box, ui.status_filter_combo_box):
            combo.currentIndexChanged.connect(self._on_filter_changed)
        ui.search_line_edit.textChanged.connect(self._search_timer.start)
        self._search_timer.timeout.connect(self.apply_filters)
        ui.complaints_table_view.selectionModel().currentRowChanged.connect(self._on_complaints_current_row_changed)

    # -- reading ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the services and the survey periods for the choices, then the complaints."""
        self._stale = False
        names = [s.jenis_pelayanan for s in self._session.summaries()]
        self.form.set_services(names)
        self._fill_layanan_filter(names)
        self._fill_periods()
        self.apply_filters()

    def _fill_layanan_filter(self, names: list[str]) -> None:
        combo = self.ui.layanan_filter_combo_box
        chosen = combo.currentData()
        with QSignalBlocker(combo):
            combo.clear()
            combo.addItem("Semua jenis pelayanan", None)
            for name in names:
                combo.addItem(name, name)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)

    def _fill_periods(self) -> None:
        combo = self.ui.period_combo_box
        chosen = combo.currentData()
        with QSignalBlocker(combo):
            combo.clear()
            combo.addItem("Semua tanggal", ALL)
            for info in self._session.surveys():
                if info.mulai and info.selesai:
                    combo.addItem(info.periode, (info.periode, info.mulai, info.selesai))
            combo.addItem("Tanggal sendiri…", CUSTOM)
            index = combo.findData(chosen) if chosen is not None else 0
            combo.setCurrentIndex(max(0, index))
        self._sync_period_dates()

    def period(self) -> tuple[str | None, str | None, str]:
        """The period shown: ``(mulai, selesai, name)``; None dates for the whole log."""
        data = self.ui.period_combo_box.currentData()
        if data == CUSTOM:
            return (self.ui.mulai_date_edit.date().toString("yyyy-MM-dd"),
                    self.ui.selesai_date_edit.date().toString("yyyy-MM-dd"), "")
        if isinstance(data, tuple):
            return data[1], data[2], data[0]
        return None, None, ""

    def _sync_period_dates(self) -> None:
        ui = self.ui
        data = ui.period_combo_box.currentData()
        custom = data == CUSTOM
        for edit in (ui.mulai_date_edit, ui.selesai_date_edit):
            edit.setEnabled(custom)
        ui.mulai_date_edit.setVisible(data != ALL)
        ui.selesai_date_edit.setVisible(data != ALL)
        ui.until_label.setVisible(data != ALL)
        if isinstance(data, tuple):
            with QSignalBlocker(ui.mulai_date_edit), QSignalBlocker(ui.selesai_date_edit):
                ui.mulai_date_edit.setDate(qdate(data[1]))
                ui.selesai_date_edit.setDate(qdate(data[2]))

    def apply_filters(self) -> None:
        """Show the complaints the filters select, and the period's summary."""
        ui = self.ui
        mulai, selesai, _name = self.period()
        layanan = ui.layanan_filter_combo_box.currentData()
        rows = self._session.complaints(mulai, selesai, layanan, ui.komponen_filter_combo_box.currentData(),
                                        ui.status_filter_combo_box.currentData(), ui.search_line_edit.text() or None)
        self.model.set_rows(rows)
        total = self._session.complaint_count()
        ui.count_label.setText(f"{format_number(len(rows))} dari {format_number(total)} pengaduan")
        ui.empty_label.setText("" if rows else (
            "Tidak ada pengaduan yang cocok dengan saringan." if total else
            "Belum ada pengaduan. Isi formulir di kanan lalu tekan Simpan (Ctrl+Enter)."))
        ui.empty_label.setVisible(not rows)
        ui.summary_label.setText(summary_html(self._session.complaint_summary(mulai, selesai, layanan)))
        self._select_row(self._row_id)

    def _select_row(self, row_id: int | None) -> None:
        view = self.ui.complaints_table_view
        row = self.model.row_of(row_id) if row_id is not None else -1
        with QSignalBlocker(view.selectionModel()):
            view.clearSelection()
            if row >= 0:
                view.selectRow(row)
                view.scrollTo(self.model.index(row, 0))
        self.ui.delete_push_button.setEnabled(row_id is not None)

    # -- the form --------------------------------------------------------------------------
    def new_complaint(self, focus: bool = True) -> None:
        """An empty form for a complaint received today (about the filtered service, when one is)."""
        self._row_id = None
        self.ui.form_group_box.setTitle("Pengaduan baru")
        self.form.load(None, self.ui.layanan_filter_combo_box.currentData() or "")
        self._select_row(None)
        if focus:
            self.ui.tanggal_date_edit.setFocus()

    def open_complaint(self, row_id: int) -> None:
        """Load a stored complaint into the form."""
        record = guarded(self, _TITLE, self._session.complaint, row_id)
        if record is None:
            return
        self._row_id = row_id
        self.ui.form_group_box.setTitle("Ubah pengaduan")
        self.form.load(record)
        self.ui.delete_push_button.setEnabled(True)

    def save(self) -> int | None:
        """Store what the form says (new or changed); returns the row id, or None when refused."""
        record = self.form.record()
        try:
            if self._row_id is None:
                self._row_id = self._session.add_complaint(record)
            else:
                self._session.update_complaint(self._row_id, record)
        except (NotAllowed, ProjectError) as error:
            self.ui.error_label.setText(str(error))
            return None
        self.ui.error_label.clear()
        self.ui.form_group_box.setTitle("Ubah pengaduan")
        self.apply_filters()
        return self._row_id

    def delete_selected(self) -> None:
        if self._row_id is None:
            return
        record = self.form.record()
        what = " ".join(record.ringkasan.split())[:60] or "tanpa ringkasan"
        if confirm(self, "Hapus pengaduan", f"Hapus pengaduan “{what}”?"):
            row_id, self._row_id = self._row_id, None
            if guarded(self, "Hapus pengaduan", self._session.delete_complaint, row_id) is None:
                self.new_complaint(focus=False)

    # -- slots -----------------------------------------------------------------------------
    def _on_add_push_button_clicked(self) -> None:
        self.new_complaint()

    def _on_rekap_push_button_clicked(self) -> None:
        from sp_desktop.ui.doc_export_action import export_interactively  # the export machinery loads on use

        mulai, selesai, name = self.period()
        options = {"mulai": mulai, "selesai": selesai, "periode": name,
                   "layanan": self.ui.layanan_filter_combo_box.currentData()}
        export_interactively(self, self._session, "rekap-pengaduan", options=options)

    def _on_period_combo_box_activated(self, _index: int) -> None:
        self._sync_period_dates()
        self.apply_filters()

    def _on_filter_changed(self, *_args) -> None:
        self.apply_filters()

    def _on_complaints_current_row_changed(self, current, _previous) -> None:
        if current.isValid():
            self.open_complaint(self.model.row_id(current.row()))

    def _on_signals_changed(self, what: str, _service_id: object) -> None:
        if what not in _EVENTS:
            return
        if not self.isVisible():
            self._stale = True
            return
        if what == "pengaduan_masuk":
            self.apply_filters()
        else:
            self.reload()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._stale:
            self.reload()
        super().showEvent(event)
