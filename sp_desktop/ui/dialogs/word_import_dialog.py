"""The preview of an old Word standard before anything is written: services, row mapping, what was read (ui layer).

Left the services found (include, name as it will be saved, layout, "nama sudah ada"), right the rows of
the selected one: the label as written, the component it goes to (a combo the team can correct) and what
was parsed from the cell, re-built at once when the combo changes. Nothing is written before "Impor N
layanan"; then ``session.import_word`` writes every chosen service as a draft in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sp_desktop.domain.components import KOMPONEN
from sp_desktop.domain.names import name_key
from sp_desktop.ui.messages import guarded, warn

if TYPE_CHECKING:
    from sp_desktop.domain.word_build import BuiltService
    from sp_desktop.domain.word_import_model import FoundService, WordReading

Builder = Callable[..., "BuiltService"]
"""``build(found, mapping) -> BuiltService`` (``domain.word_build.build_layanan``); tests may pass their own."""

TITLE = "Impor dari Word"
UNKNOWN_TEXT = "Tidak dikenali (disimpan sebagai catatan)"
# The choices of a row's combo: the fourteen components in the order of the printed table, the name, a note.
CHOICES: tuple[tuple[str | None, str], ...] = (
    tuple((k.key, k.label) for k in KOMPONEN) + (("jenis_pelayanan", "Jenis pelayanan"), (None, UNKNOWN_TEXT))
)
COLUMN_NAME, COLUMN_LAYOUT, COLUMN_MARK = range(3)
COLUMN_LABEL, COLUMN_KOMPONEN, COLUMN_PARSED = range(3)
EXISTS_TEXT = "nama sudah ada"
DEFAULT_SIZE = (1280, 720)  # fitted to a smaller screen (1366×768 leaves about 1326×680)
EXISTS_TIP = "Jenis pelayanan dengan nama ini sudah ada di proyek; yang diimpor diberi akhiran \u201c(impor)\u201d."


def _default_builder() -> Builder:
    from sp_desktop.domain.word_build import build_layanan

    return build_layanan


class _Choice:
    """What the team decided for one service found: included, its name, the row mapping."""

    def __init__(self, found: FoundService):
        self.found = found
        self.include = True
        self.name = found.jenis_pelayanan.strip()
        self.mapping: dict[int, str | None] = {i: row.komponen for i, row in enumerate(found.rows)}
        self.built: BuiltService | None = None


class WordImportDialog(QDialog):
    """Shows what was found in one Word file and imports the chosen services as drafts on "Impor N layanan".

    Args:
        session: the open ``ProjectSession``.
        reading: what ``services.word_reader.read_word`` found.
        source: the file it came from (its name goes in the audit trail and in the notes).
        build: ``domain.word_build.build_layanan`` (replaceable in tests).

    Attributes:
        imported_ids: the ids of the services written, after the dialog was accepted.
    """

    def __init__(self, session, reading: WordReading, source: Path | str, parent: QWidget | None = None,
                 *, build: Builder | None = None):
        super().__init__(parent)
        self.setObjectName("word_import_dialog")
        self.setWindowTitle(f"{TITLE} \u2014 {Path(source).name}")
        self._session = session
        self._source = Path(source).name
        self._build = build or _default_builder()
        self._choices = [_Choice(found) for found in reading.services]
        self._existing = {name_key(s.jenis_pelayanan) for s in session.summaries()}
        self._current = -1
        self._filling = False
        self.imported_ids: list[int] = []
        self._setup_ui(reading)
        self._fill_services()
        if self._choices:
            self.services_table.selectRow(0)
        self._update_import_button()
        self._fit_to_screen()

    def _fit_to_screen(self) -> None:
        screen = (self.parentWidget() or self).screen()
        area = screen.availableGeometry() if screen is not None else None
        width, height = DEFAULT_SIZE
        if area is not None:
            width, height = min(width, area.width() - 40), min(height, area.height() - 60)
        self.resize(width, height)

    # -- layout ----------------------------------------------------------------------------
    def _setup_ui(self, reading: WordReading) -> None:
        layout = QVBoxLayout(self)
        count = len(self._choices)
        intro = QLabel(
            f"Ditemukan {count} jenis pelayanan dalam berkas \u201c{self._source}\u201d. Periksa komponen tiap baris, "
            "betulkan yang salah, lalu pilih Impor. Belum ada yang disimpan sebelum itu; baris yang tidak dikenali "
            "disimpan sebagai catatan pada layanannya, dan layanan yang diimpor berstatus draf.", self)
        intro.setWordWrap(True)
        intro.setObjectName("intro_label")
        layout.addWidget(intro)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("word_import_splitter")
        splitter.setChildrenCollapsible(False)
        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        services_label = QLabel("&Jenis pelayanan yang ditemukan (centang untuk diimpor; nama dapat diubah):", left)
        services_label.setWordWrap(True)
        self.services_table = QTableWidget(0, 3, left)
        self.services_table.setObjectName("services_table_widget")
        self.services_table.setHorizontalHeaderLabels(["Nama jenis pelayanan", "Tata letak", "Keterangan"])
        self.services_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.services_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.services_table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                            | QAbstractItemView.EditTrigger.EditKeyPressed
                                            | QAbstractItemView.EditTrigger.SelectedClicked)
        self.services_table.setWordWrap(True)
        self.services_table.verticalHeader().hide()
        header = self.services_table.horizontalHeader()
        header.setSectionResizeMode(COLUMN_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COLUMN_LAYOUT, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLUMN_MARK, QHeaderView.ResizeMode.ResizeToContents)
        self.services_table.setColumnWidth(COLUMN_LAYOUT, 130)
        services_label.setBuddy(self.services_table)
        hint = QLabel("Spasi: centang/hapus centang \u00b7 F2: ubah nama", left)
        hint.setObjectName("services_hint_label")
        remarks_label = QLabel("&Catatan pembacaan berkas:", left)
        self.remarks_edit = QPlainTextEdit(left)
        self.remarks_edit.setObjectName("remarks_plain_text_edit")
        self.remarks_edit.setReadOnly(True)
        self.remarks_edit.setPlainText("\n".join(reading.remarks) or "Tidak ada bagian berkas yang dilewati.")
        self.remarks_edit.setMaximumHeight(120)
        self.remarks_edit.setTabChangesFocus(True)
        remarks_label.setBuddy(self.remarks_edit)
        left_layout.addWidget(services_label)
        left_layout.addWidget(self.services_table, 1)
        left_layout.addWidget(hint)
        left_layout.addWidget(remarks_label)
        left_layout.addWidget(self.remarks_edit)

        right = QWidget(splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_label = QLabel("&Baris dokumen dan komponennya:", right)
        self.rows_label.setWordWrap(True)
        self.rows_table = QTableWidget(0, 3, right)
        self.rows_table.setObjectName("rows_table_widget")
        self.rows_table.setHorizontalHeaderLabels(["Judul baris (tertulis)", "Komponen", "Hasil pembacaan"])
        self.rows_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rows_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rows_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows_table.setWordWrap(True)
        self.rows_table.setTabKeyNavigation(False)
        self.rows_table.verticalHeader().hide()
        rows_header = self.rows_table.horizontalHeader()
        rows_header.setSectionResizeMode(COLUMN_LABEL, QHeaderView.ResizeMode.Interactive)
        rows_header.setSectionResizeMode(COLUMN_KOMPONEN, QHeaderView.ResizeMode.Interactive)
        rows_header.setSectionResizeMode(COLUMN_PARSED, QHeaderView.ResizeMode.Stretch)
        self.rows_table.setColumnWidth(COLUMN_LABEL, 190)
        longest = max(self.fontMetrics().horizontalAdvance(text) for _key, text in CHOICES)
        self.rows_table.setColumnWidth(COLUMN_KOMPONEN, longest + 48)  # the text, the arrow, the margins
        self.rows_label.setBuddy(self.rows_table)
        rows_header.sectionResized.connect(self._on_rows_header_section_resized)
        right_layout.addWidget(self.rows_label)
        right_layout.addWidget(self.rows_table, 1)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([430, 900])
        layout.addWidget(splitter, 1)

        buttons = QHBoxLayout()
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("summary_label")
        self.button_box = QDialogButtonBox(self)
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("import_push_button")
        self.import_button.setDefault(True)
        self.button_box.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.button_box.addButton("Batal", QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("cancel_push_button")
        buttons.addWidget(self.summary_label, 1)
        buttons.addWidget(self.button_box)
        layout.addLayout(buttons)

        self.button_box.accepted.connect(self._on_button_box_accepted)
        self.button_box.rejected.connect(self.reject)
        self.services_table.itemSelectionChanged.connect(self._on_services_table_item_selection_changed)
        self.services_table.itemChanged.connect(self._on_services_table_item_changed)

    # -- services --------------------------------------------------------------------------
    def _fill_services(self) -> None:
        self._filling = True
        table = self.services_table
        table.setRowCount(len(self._choices))
        for row, choice in enumerate(self._choices):
            name = QTableWidgetItem(choice.name)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
                          | Qt.ItemFlag.ItemIsUserCheckable)
            name.setCheckState(Qt.CheckState.Checked if choice.include else Qt.CheckState.Unchecked)
            name.setToolTip(choice.found.where and f"Ditemukan di {choice.found.where}")
            table.setItem(row, COLUMN_NAME, name)
            layout = QTableWidgetItem(choice.found.layout)
            layout.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            layout.setToolTip(choice.found.layout)
            table.setItem(row, COLUMN_LAYOUT, layout)
            mark = QTableWidgetItem()
            mark.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            table.setItem(row, COLUMN_MARK, mark)
            self._update_mark(row)
        table.resizeRowsToContents()
        self._filling = False

    def _update_mark(self, row: int) -> None:
        choice = self._choices[row]
        item = self.services_table.item(row, COLUMN_MARK)
        names = [name_key(c.name) for c in self._choices if c.include]
        if not choice.name:
            item.setText("nama kosong")
            item.setToolTip("Isi nama jenis pelayanan (F2) sebelum mengimpor.")
        elif name_key(choice.name) in self._existing or names.count(name_key(choice.name)) > 1:
            item.setText(EXISTS_TEXT)
            item.setToolTip(EXISTS_TIP)
        else:
            item.setText("")
            item.setToolTip("")

    def _on_services_table_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != COLUMN_NAME:
            return
        choice = self._choices[item.row()]
        choice.include = item.checkState() == Qt.CheckState.Checked
        choice.name = " ".join(item.text().split())
        self._filling = True
        for row in range(len(self._choices)):
            self._update_mark(row)
        self._filling = False
        if item.row() == self._current:
            self._show_rows_title()
        self._update_import_button()

    def _on_services_table_item_selection_changed(self) -> None:
        rows = self.services_table.selectionModel().selectedRows()
        if rows:
            self.show_service(rows[0].row())

    def _update_import_button(self) -> None:
        chosen = [c for c in self._choices if c.include]
        self.import_button.setText(f"&Impor {len(chosen)} layanan")
        self.import_button.setEnabled(bool(chosen))
        rows = sum(len(c.found.rows) for c in chosen)
        notes = sum(1 for c in chosen for key in c.mapping.values() if key is None)
        self.summary_label.setText(f"{len(chosen)} dari {len(self._choices)} layanan dipilih \u00b7 {rows} baris, "
                                   f"{notes} di antaranya disimpan sebagai catatan")

    # -- rows of one service ---------------------------------------------------------------
    def show_service(self, index: int) -> None:
        """Show the rows of the ``index``-th service found."""
        self._current = index
        choice = self._choices[index]
        self._show_rows_title()
        table = self.rows_table
        table.setRowCount(len(choice.found.rows))
        for row, found_row in enumerate(choice.found.rows):
            label = QTableWidgetItem(found_row.label or "(tanpa judul)")
            label.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            label.setToolTip(found_row.where and f"{found_row.label} \u2014 {found_row.where}")
            table.setItem(row, COLUMN_LABEL, label)
            holder = QWidget(table)  # keeps the combo its own height in a tall row
            holder_layout = QVBoxLayout(holder)
            holder_layout.setContentsMargins(2, 2, 2, 2)
            combo = QComboBox(holder)
            holder_layout.addWidget(combo, 0, Qt.AlignmentFlag.AlignTop)
            combo.setObjectName(f"komponen_combo_box_{row}")
            combo.setAccessibleName(f"Komponen untuk baris {found_row.label}")
            for key, text in CHOICES:
                combo.addItem(text, key)
            combo.setCurrentIndex(self._choice_index(choice.mapping.get(row)))
            combo.currentIndexChanged.connect(lambda _i, r=row, c=combo: self._on_komponen_changed(r, c))
            table.setCellWidget(row, COLUMN_KOMPONEN, holder)
            parsed = QTableWidgetItem()
            parsed.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            table.setItem(row, COLUMN_PARSED, parsed)
        # Tab goes from the rows list through each row's combo to the buttons (new widgets join the chain last).
        chain = [table] + [self.combo(r) for r in range(table.rowCount())] + [self.import_button]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)
        self._rebuild(choice)

    def _show_rows_title(self) -> None:
        choice = self._choices[self._current]
        self.rows_label.setText(f"&Baris dokumen \u201c{choice.name or '(tanpa nama)'}\u201d dan komponennya "
                                "(ubah komponen bila salah):")

    @staticmethod
    def _choice_index(key: str | None) -> int:
        keys = [k for k, _text in CHOICES]
        return keys.index(key) if key in keys else len(CHOICES) - 1

    def _on_komponen_changed(self, row: int, combo: QComboBox) -> None:
        choice = self._choices[self._current]
        choice.mapping[row] = combo.currentData()
        self._rebuild(choice)
        self._update_import_button()

    def _rebuild(self, choice: _Choice) -> None:
        choice.built = self._build(choice.found, dict(choice.mapping))
        previews = {p.index: p for p in choice.built.previews}
        for row in range(self.rows_table.rowCount()):
            preview = previews.get(row)
            key = choice.mapping.get(row)
            if key is None:
                text = "Disimpan sebagai catatan pada layanan:\n" + _shorten(choice.found.rows[row].text)
            elif preview is None or not preview.items:
                text = "(tidak ada isi yang terbaca)"
            else:
                text = "\n".join(preview.items)
            item = self.rows_table.item(row, COLUMN_PARSED)
            item.setText(text)
            item.setToolTip(text if len(text) < 2000 else text[:2000] + "\u2026")
        self.rows_table.resizeRowsToContents()

    def _on_rows_header_section_resized(self, *_args) -> None:
        self.rows_table.resizeRowsToContents()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.rows_table.resizeRowsToContents()
        self.services_table.resizeRowsToContents()

    def parsed_text(self, row: int) -> str:
        """What the "Hasil pembacaan" column shows for ``row`` of the selected service."""
        return self.rows_table.item(row, COLUMN_PARSED).text()

    def combo(self, row: int) -> QComboBox:
        """The component combo of ``row`` of the selected service."""
        return self.rows_table.cellWidget(row, COLUMN_KOMPONEN).findChild(QComboBox)

    # -- confirm ---------------------------------------------------------------------------
    def _on_button_box_accepted(self) -> None:
        chosen = [c for c in self._choices if c.include]
        if not chosen:
            return
        blank = [i for i, c in enumerate(self._choices) if c.include and not c.name]
        if blank:
            warn(self, TITLE, "Setiap jenis pelayanan yang diimpor perlu nama. Isi nama yang masih kosong (F2) "
                              "atau hapus centangnya.")
            self.services_table.selectRow(blank[0])
            self.services_table.setFocus()
            return
        builds = []
        for choice in chosen:
            if choice.built is None:
                choice.built = self._build(choice.found, dict(choice.mapping))
            builds.append((choice.built, choice.name))
        ids = guarded(self, TITLE, self._session.import_word, builds, self._source)
        if ids is None:
            return
        self.imported_ids = list(ids)
        self.accept()


def _shorten(text: str, limit: int = 400) -> str:
    text = text.strip() or "(kosong)"
    return text if len(text) <= limit else text[:limit].rstrip() + "\u2026"
