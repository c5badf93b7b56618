"""Impor layanan dari proyek lain: copy services of another unit's project or SP JSON file as drafts (ui layer).

The other file is only read (``services.replication.foreign_services``); the chosen services are added by
``session.replicate`` in one transaction, as drafts, version 1, with the source in the audit trail.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sp_desktop.domain.enums import StatusLayanan
from sp_desktop.domain.names import name_key
from sp_desktop.storage.errors import ProjectError
from sp_desktop.ui.messages import guarded, warn

TITLE = "Impor layanan dari proyek lain"
FILE_FILTER = "Proyek SP Desktop atau SP JSON (*.spdb *.json);;Semua berkas (*)"
COLUMN_NAME, COLUMN_STATUS, COLUMN_VERSI, COLUMN_MARK = range(4)
EXISTS_TEXT = "nama sudah ada"
EXISTS_TIP = "Nama ini sudah ada di proyek; salinannya diberi akhiran \u201c(replikasi)\u201d."
_STATUS = {s.value: s.label for s in StatusLayanan}


def _default_foreign():
    from sp_desktop.services.replication import foreign_services

    return foreign_services


class ReplicationDialog(QDialog):
    """Choose a file, tick services, "Impor".

    Args:
        session: the open ``ProjectSession``.
        ask: ``ask(parent, title, start_folder, filter) -> Path | None`` (a file dialog; tests pass their own).
        start_folder: where the file dialog starts.
        foreign: ``services.replication.foreign_services`` (replaceable in tests).

    Attributes:
        imported_ids: the new services' ids once accepted.
    """

    def __init__(self, session, parent: QWidget | None = None, *, ask: Callable | None = None,
                 start_folder: str = "", foreign: Callable | None = None):
        super().__init__(parent)
        self.setObjectName("replication_dialog")
        self.setWindowTitle(TITLE)
        self._session = session
        self._ask = ask
        self._start = start_folder
        self._foreign = foreign or _default_foreign()
        self._path: Path | None = None
        self._existing = {name_key(s.jenis_pelayanan) for s in session.summaries()}
        self.imported_ids: list[int] = []
        self._setup_ui()
        self._update_import_button()
        self.resize(760, 520)

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel("Salin jenis pelayanan yang sudah disusun unit lain (replikasi) dari berkas proyeknya (.spdb) "
                       "atau berkas SP JSON (.json). Berkas itu hanya dibaca. Layanan yang disalin menjadi draf versi "
                       "1 tanpa SK unit asal, dan riwayatnya mencatat dari mana asalnya.", self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QGridLayout()
        file_label = QLabel("&Berkas sumber:", self)
        self.file_line_edit = QLineEdit(self)
        self.file_line_edit.setObjectName("file_line_edit")
        self.file_line_edit.setReadOnly(True)
        self.file_line_edit.setPlaceholderText("belum dipilih")
        file_label.setBuddy(self.file_line_edit)
        self.choose_button = QPushButton("&Pilih berkas\u2026", self)
        self.choose_button.setObjectName("choose_push_button")
        self.choose_button.setAutoDefault(False)
        grid.addWidget(file_label, 0, 0)
        grid.addWidget(self.file_line_edit, 0, 1)
        grid.addWidget(self.choose_button, 0, 2)
        grid.addWidget(QLabel("Unit asal:", self), 1, 0)
        self.unit_label = QLabel("\u2014", self)
        self.unit_label.setObjectName("unit_label")
        self.unit_label.setWordWrap(True)
        grid.addWidget(self.unit_label, 1, 1, 1, 2)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        services_label = QLabel("&Layanan di berkas itu (centang yang akan disalin; Spasi mencentang):", self)
        self.services_table = QTableWidget(0, 4, self)
        self.services_table.setObjectName("services_table_widget")
        self.services_table.setHorizontalHeaderLabels(["Jenis pelayanan", "Status", "Versi", "Keterangan"])
        self.services_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.services_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.services_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.services_table.setTabKeyNavigation(False)
        self.services_table.verticalHeader().hide()
        header = self.services_table.horizontalHeader()
        header.setSectionResizeMode(COLUMN_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COLUMN_STATUS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMN_VERSI, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMN_MARK, QHeaderView.ResizeMode.ResizeToContents)
        services_label.setBuddy(self.services_table)
        layout.addWidget(services_label)
        layout.addWidget(self.services_table, 1)
        self.remarks_label = QLabel(self)
        self.remarks_label.setObjectName("remarks_label")
        self.remarks_label.setWordWrap(True)
        self.remarks_label.hide()
        layout.addWidget(self.remarks_label)
        self.button_box = QDialogButtonBox(self)
        self.import_button = QPushButton("&Impor", self)
        self.import_button.setObjectName("import_push_button")
        self.import_button.setDefault(True)
        self.button_box.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.button_box.addButton("Batal", QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("cancel_push_button")
        layout.addWidget(self.button_box)
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.services_table.itemChanged.connect(self._on_services_table_item_changed)
        self.button_box.accepted.connect(self._on_button_box_accepted)
        self.button_box.rejected.connect(self.reject)

    # -- choosing the file -----------------------------------------------------------------
    def _on_choose_button_clicked(self) -> None:
        if self._ask is None:
            return
        path = self._ask(self, "Pilih proyek atau SP JSON unit lain", self._start, FILE_FILTER)
        if path is not None:
            self.load(Path(path))

    def load(self, path: Path) -> bool:
        """Read the services of ``path``; on failure explain, keep what was shown, return False."""
        try:
            source = self._foreign(path)
        except ProjectError as exc:
            warn(self, TITLE, str(exc))
            return False
        self._path = path
        self.file_line_edit.setText(str(path))
        self.file_line_edit.setToolTip(str(path))
        self.unit_label.setText(source.unit_name)
        table = self.services_table
        table.blockSignals(True)
        table.setRowCount(len(source.services))
        for row, service in enumerate(source.services):
            name = QTableWidgetItem(service.name)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            name.setCheckState(Qt.CheckState.Unchecked)
            exists = name_key(service.name) in self._existing
            name.setToolTip(EXISTS_TIP if exists else "")
            table.setItem(row, COLUMN_NAME, name)
            status = QTableWidgetItem(_STATUS.get(service.status, service.status))
            versi = QTableWidgetItem(str(service.versi))
            versi.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            mark = QTableWidgetItem(EXISTS_TEXT if exists else "")
            mark.setToolTip(EXISTS_TIP if exists else "")
            for column, item in ((COLUMN_STATUS, status), (COLUMN_VERSI, versi), (COLUMN_MARK, mark)):
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                table.setItem(row, column, item)
        table.blockSignals(False)
        remarks = list(getattr(source, "remarks", []))
        if not source.services:
            remarks.insert(0, "Berkas ini tidak memuat jenis pelayanan.")
        self.remarks_label.setText("\n".join(remarks))
        self.remarks_label.setVisible(bool(remarks))
        if source.services:
            table.selectRow(0)
            table.setFocus()
        self._update_import_button()
        return True

    # -- choosing the services -------------------------------------------------------------
    def checked_names(self) -> list[str]:
        """The names ticked, in the file's order."""
        table = self.services_table
        return [table.item(r, COLUMN_NAME).text() for r in range(table.rowCount())
                if table.item(r, COLUMN_NAME).checkState() == Qt.CheckState.Checked]

    def _on_services_table_item_changed(self, _item: QTableWidgetItem) -> None:
        self._update_import_button()

    def _update_import_button(self) -> None:
        count = len(self.checked_names())
        self.import_button.setText(f"&Impor {count} layanan" if count else "&Impor")
        self.import_button.setEnabled(count > 0)

    def _on_button_box_accepted(self) -> None:
        names = self.checked_names()
        if not names or self._path is None:
            return
        ids = guarded(self, TITLE, self._session.replicate, self._path, names)
        if ids is None:
            return
        self.imported_ids = list(ids)
        self.accept()
