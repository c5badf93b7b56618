"""Penerapan: internalisation, socialisation and review activities, their files, and the review age (ui layer)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QSignalBlocker, Qt
from PySide6.QtWidgets import QHeaderView, QListWidgetItem, QStyle, QWidget

from sp_desktop.domain.formatting import format_date
from sp_desktop.domain.model import ServiceSummary
from sp_desktop.domain.penerapan import MEDIA_SUGGESTIONS, JenisKegiatan, Kegiatan, covering
from sp_desktop.services.session import ProjectSession
from sp_desktop.ui.generated.ui_penerapan_page import Ui_PenerapanPage
from sp_desktop.ui.messages import confirm, guarded
from sp_desktop.ui.models.penerapan_table_model import COLUMN_TANGGAL, PenerapanTableModel
from sp_desktop.ui.pages.penerapan_files import KegiatanFiles
from sp_desktop.ui.pages.penerapan_review import filter_summary, review_summary
from sp_desktop.ui.session_signals import SessionSignals

_TITLE = "Penerapan"
_RELOAD_EVENTS = {"penerapan", "services", "service", "status", "pengaturan", "penetapan"}
_GONE_SUFFIX = " (tidak ada lagi di daftar)"


class PenerapanPage(QWidget):
    """The penerapan activities in a table, the selected one's form (saved at every edit) and its files.

    Args:
        session: the open project.
        signals: its change notifications; the page re-reads the activities, the services and the
            decree after each change (once it is shown again, when hidden).
    """

    def __init__(self, session: ProjectSession, signals: SessionSignals, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PenerapanPage()
        self.ui.setupUi(self)
        self._session = session
        self._current: Kegiatan | None = None
        self._loading = False
        self._stale = False
        self._summaries: list[ServiceSummary] = []
        self._services: list[tuple[str, str]] = []  # (jenis_pelayanan, status) in project order
        self.model = PenerapanTableModel(self)
        self.files = KegiatanFiles(session, self.ui, self)
        self._warning_style = self.ui.review_label.styleSheet()
        self._setup_widgets()
        self._connect()
        signals.changed.connect(self._on_signals_changed)
        self.reload()

    # -- set-up ----------------------------------------------------------------------------
    def _setup_widgets(self) -> None:
        ui = self.ui
        view = ui.kegiatan_table_view
        view.setModel(self.model)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((125, 105, 170, 100)):  # the services' column takes the rest
            header.resizeSection(column, width)
        for jenis in JenisKegiatan:
            ui.jenis_combo_box.addItem(jenis.label, jenis.value)
        ui.media_combo_box.addItems(MEDIA_SUGGESTIONS)
        ui.media_combo_box.setCurrentIndex(-1)
        ui.media_combo_box.lineEdit().setPlaceholderText("Pilih atau ketik media")
        ui.tanggal_date_edit.setMinimumDate(QDate(1945, 8, 17))
        ui.main_splitter.setStretchFactor(0, 3)
        ui.main_splitter.setStretchFactor(1, 2)
        ui.main_splitter.setSizes([660, 440])
        icon = self.style().standardIcon
        ui.add_push_button.setIcon(icon(QStyle.StandardPixmap.SP_FileDialogNewFolder))
        ui.delete_push_button.setIcon(icon(QStyle.StandardPixmap.SP_TrashIcon))
        self.addAction(ui.add_action)
        view.addAction(ui.delete_action)

    def _connect(self) -> None:
        ui = self.ui
        ui.add_push_button.clicked.connect(self._on_add_action_triggered)
        ui.add_action.triggered.connect(self._on_add_action_triggered)
        ui.delete_push_button.clicked.connect(self._on_delete_action_triggered)
        ui.delete_action.triggered.connect(self._on_delete_action_triggered)
        ui.rekap_push_button.clicked.connect(self._on_rekap_push_button_clicked)
        ui.filter_combo_box.activated.connect(self._on_filter_combo_box_activated)
        ui.kegiatan_table_view.selectionModel().selectionChanged.connect(self._on_kegiatan_selection_changed)
        ui.jenis_combo_box.activated.connect(self._on_form_edited)
        ui.tanggal_date_edit.dateChanged.connect(self._on_form_edited)
        ui.sasaran_line_edit.textEdited.connect(self._on_form_edited)
        ui.media_combo_box.lineEdit().textEdited.connect(self._on_form_edited)
        ui.media_combo_box.activated.connect(self._on_form_edited)
        ui.semua_check_box.toggled.connect(self._on_semua_check_box_toggled)
        ui.layanan_list_widget.itemChanged.connect(self._on_form_edited)
        ui.keterangan_plain_text_edit.textChanged.connect(self._on_form_edited)

    # -- reading ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Show what the project holds, keeping the chosen service and the selected activity."""
        self._stale = False
        self._summaries = self._session.summaries()
        self._services = [(s.jenis_pelayanan, s.status) for s in self._summaries]
        activities = self._session.kegiatan_list()
        self._fill_filter()
        chosen = self.filter_service()
        self.model.set_activities(covering(activities, chosen) if chosen else activities)
        current = next((k for k in activities if self._current and k.id == self._current.id), None)
        if current is None and self.model.rowCount():
            current = self.model.kegiatan_at(0)
        self._show(current)
        self._update_summaries(activities)

    def filter_service(self) -> str:
        """The service whose activities are shown, or "" for every activity."""
        return self.ui.filter_combo_box.currentData() or ""

    def _fill_filter(self) -> None:
        combo = self.ui.filter_combo_box
        chosen = self.filter_service()
        with QSignalBlocker(combo):
            combo.clear()
            combo.addItem("Semua kegiatan", "")
            for name, _status in self._services:
                combo.addItem(name, name)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)

    def _update_summaries(self, activities: list[Kegiatan]) -> None:
        today = date.today()
        states = self._session.review_states(self._summaries)
        stale = [(s, states[s.id]) for s in self._summaries if states[s.id].stale(today)]
        text, warning = review_summary(stale, any(state.ditetapkan for state in states.values()))
        label = self.ui.review_label
        label.setText(text)
        label.setStyleSheet(self._warning_style if warning else "padding: 2px 0;")
        chosen = self.filter_service()
        state = next((states[s.id] for s in self._summaries if s.jenis_pelayanan == chosen), None)
        self.ui.filter_summary_label.setText(filter_summary(activities, chosen, state))
        count = self.model.rowCount()
        self.ui.empty_label.setText("" if count else (
            "Belum ada kegiatan untuk jenis pelayanan ini." if chosen else
            "Belum ada kegiatan penerapan. Klik Tambah kegiatan (Ctrl+Shift+N) untuk mencatat yang pertama."))
        self.ui.empty_label.setVisible(not count)

    def selected_kegiatan(self) -> Kegiatan | None:
        """The activity whose form is shown, if any."""
        return self._current

    # -- the form --------------------------------------------------------------------------
    def _show(self, k: Kegiatan | None) -> None:
        """Select ``k`` in the table (when shown there) and load its form."""
        self._current = k
        view = self.ui.kegiatan_table_view
        row = self.model.row_of(k.id) if k else -1
        with QSignalBlocker(view.selectionModel()):
            view.clearSelection()
            if row >= 0:
                view.selectRow(row)
                view.scrollTo(self.model.index(row, COLUMN_TANGGAL))
        self._load_form(k)

    def _load_form(self, k: Kegiatan | None) -> None:
        ui = self.ui
        self._loading = True
        try:
            ui.kegiatan_group_box.setEnabled(k is not None)
            ui.delete_push_button.setEnabled(k is not None)
            k = k or Kegiatan()
            ui.jenis_combo_box.setCurrentIndex(max(0, ui.jenis_combo_box.findData(k.jenis)))
            when = k.date() or date.today()
            ui.tanggal_date_edit.setDate(QDate(when.year, when.month, when.day))
            ui.sasaran_line_edit.setText(k.sasaran)
            ui.media_combo_box.setEditText(k.media)
            ui.keterangan_plain_text_edit.setPlainText(k.keterangan)
            ui.semua_check_box.setChecked(not k.layanan)
            self._fill_services(k.layanan)
        finally:
            self._loading = False
        self.files.show_for(self._current)

    def _fill_services(self, chosen: list[str]) -> None:
        widget = self.ui.layanan_list_widget
        widget.clear()
        names = [name for name, _status in self._services]
        for name in [*names, *(n for n in chosen if n not in names)]:
            item = QListWidgetItem(name if name in names else name + _GONE_SUFFIX, widget)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name in chosen else Qt.CheckState.Unchecked)
        widget.setEnabled(bool(chosen))

    def _form_kegiatan(self) -> Kegiatan:
        ui = self.ui
        base = self._current or Kegiatan()
        checked = []
        if not ui.semua_check_box.isChecked():
            for row in range(ui.layanan_list_widget.count()):
                item = ui.layanan_list_widget.item(row)
                if item.checkState() == Qt.CheckState.Checked:
                    checked.append(item.data(Qt.ItemDataRole.UserRole))
        return Kegiatan(
            id=base.id,
            jenis=ui.jenis_combo_box.currentData(),
            tanggal=ui.tanggal_date_edit.date().toString("yyyy-MM-dd"),
            sasaran=ui.sasaran_line_edit.text(),
            media=ui.media_combo_box.currentText(),
            layanan=checked,
            keterangan=ui.keterangan_plain_text_edit.toPlainText(),
            lain=dict(base.lain),
        )

    def _on_form_edited(self, *_args) -> None:
        if self._loading or self._current is None:
            return
        edited = self._form_kegiatan()
        self._current = edited  # before the write: its notification reloads the table, not this form
        guarded(self, _TITLE, self._session.update_kegiatan, edited)

    def _on_semua_check_box_toggled(self, checked: bool) -> None:
        self.ui.layanan_list_widget.setEnabled(not checked)
        self._on_form_edited()

    # -- actions ---------------------------------------------------------------------------
    def add_kegiatan(self) -> Kegiatan | None:
        """Record a new activity dated today (for the service shown, when one is chosen) and open its form."""
        chosen = self.filter_service()
        new = Kegiatan(jenis=JenisKegiatan.SOSIALISASI.value, tanggal=date.today().isoformat(),
                       layanan=[chosen] if chosen else [])
        stored = guarded(self, "Tambah kegiatan", self._session.add_kegiatan, new)
        if stored is not None:
            self._current = stored
            self.reload()
            self.ui.jenis_combo_box.setFocus()
        return stored

    def _on_add_action_triggered(self, *_args) -> None:
        self.add_kegiatan()

    def _on_delete_action_triggered(self, *_args) -> None:
        k = self._current
        if k is None:
            return
        when = k.date()
        label = f"{JenisKegiatan(k.jenis).label} {format_date(when) if when else k.tanggal}"
        if confirm(self, "Hapus kegiatan", f"Hapus kegiatan “{label}” beserta semua berkas buktinya?"):
            self._current = None
            guarded(self, "Hapus kegiatan", self._session.delete_kegiatan, k.id)

    def _on_rekap_push_button_clicked(self) -> None:
        from sp_desktop.ui.doc_export_action import export_interactively  # the export machinery loads when used

        export_interactively(self, self._session, "rekap-biaya")

    def _on_filter_combo_box_activated(self, _index: int) -> None:
        self.reload()

    def _on_kegiatan_selection_changed(self, *_args) -> None:
        rows = self.ui.kegiatan_table_view.selectionModel().selectedRows()
        if rows:
            k = self.model.kegiatan_at(rows[0].row())
            if self._current is None or k.id != self._current.id:
                self._show(k)

    def _on_signals_changed(self, what: str, _service_id: object) -> None:
        if what not in _RELOAD_EVENTS:
            return
        if not self.isVisible():
            self._stale = True  # typing in the service editor: read once, when this page is shown
            return
        if what == "penerapan":
            self._reload_keeping_form()
        else:
            self.reload()

    def _reload_keeping_form(self) -> None:
        # A write from this form: the table and the summaries follow, the form being typed in stays.
        activities = self._session.kegiatan_list()
        chosen = self.filter_service()
        self.model.set_activities(covering(activities, chosen) if chosen else activities)
        view = self.ui.kegiatan_table_view
        row = self.model.row_of(self._current.id) if self._current else -1
        with QSignalBlocker(view.selectionModel()):
            if row >= 0:
                view.selectRow(row)
        if self._current is not None and not any(k.id == self._current.id for k in activities):
            self._show(self.model.kegiatan_at(0) if self.model.rowCount() else None)
        self._update_summaries(activities)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._stale:
            self.reload()
        super().showEvent(event)
