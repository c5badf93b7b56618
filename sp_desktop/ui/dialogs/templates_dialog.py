"""Dokumen › Templat Word: save the built-in layout as a Word template, load the unit's own, list its fields (ui layer).

The template lives in the project file (``services/user_templates.py``); a template that cannot be
used is refused with the reason, and nothing is stored.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from sp_desktop.domain.roles import NotAllowed
from sp_desktop.export.errors import ExportError
from sp_desktop.export.template_context import KINDS
from sp_desktop.services import user_templates as ut
from sp_desktop.storage.errors import ProjectError
from sp_desktop.ui.dialogs.export_naming import default_export_folder
from sp_desktop.ui.generated.ui_templates_dialog import Ui_TemplatesDialog
from sp_desktop.ui.settings_store import AppSettings

FILTER = "Dokumen Word (*.docx)"
AskOpen = Callable[[QWidget, str, Path], Path | None]
AskSave = Callable[[QWidget, str, Path], Path | None]
"""``ask(parent, title, proposed) -> chosen path or None``; tests pass their own."""


def _ask_open(parent: QWidget, title: str, folder: Path) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, title, str(folder), f"{FILTER};;Semua berkas (*)")
    return Path(name) if name else None


def _ask_save(parent: QWidget, title: str, proposed: Path) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, title, str(proposed), FILTER)
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".docx" else path.with_name(path.name + ".docx")


class TemplatesDialog(QDialog):
    """One kind at a time: its state (built-in or the unit's file), the actions, and the table of fields.

    Signals:
        changed(str): the kind whose template was loaded or removed.
    """

    changed = Signal(str)

    def __init__(self, session, parent: QWidget | None = None, *, kind: str = "undangan",
                 ask_open: AskOpen | None = None, ask_save: AskSave | None = None,
                 settings: AppSettings | None = None):
        super().__init__(parent)
        self.ui = Ui_TemplatesDialog()
        self.ui.setupUi(self)
        self._session = session
        self._ask_open = ask_open or _ask_open
        self._ask_save = ask_save or _ask_save
        self._settings = settings or AppSettings(QSettings())
        self.message_box: QMessageBox | None = None
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Close).setText("Tutup")
        for key, title in KINDS.items():
            self.ui.kind_combo_box.addItem(title, key)
        header = self.ui.fields_table_widget.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.kind_combo_box.currentIndexChanged.connect(self._on_kind_combo_box_current_index_changed)
        self.ui.save_builtin_push_button.clicked.connect(self._on_save_builtin_push_button_clicked)
        self.ui.save_current_push_button.clicked.connect(self._on_save_current_push_button_clicked)
        self.ui.load_push_button.clicked.connect(self._on_load_push_button_clicked)
        self.ui.reset_push_button.clicked.connect(self._on_reset_push_button_clicked)
        self.ui.kind_combo_box.setCurrentIndex(max(self.ui.kind_combo_box.findData(kind), 0))
        self.reload()

    @property
    def kind(self) -> str:
        return self.ui.kind_combo_box.currentData()

    def reload(self) -> None:
        """Show the state of the chosen kind and its fields with this project's values."""
        item = ut.stored(self._session, self.kind)
        if item is None:
            self.ui.status_label.setText("Memakai tata letak bawaan.")
        else:
            when = _when(item.waktu)
            self.ui.status_label.setText(f"Memakai templat \u201c{item.nama}\u201d, dimuat oleh {item.pelaku}{when}.")
        self.ui.save_current_push_button.setEnabled(item is not None)
        self.ui.reset_push_button.setEnabled(item is not None)
        rows = ut.field_rows(self._session, self.kind)
        table = self.ui.fields_table_widget
        table.setRowCount(len(rows))
        for n, row in enumerate(rows):
            for column, text in enumerate((row.tag, row.keterangan, row.contoh)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                table.setItem(n, column, cell)

    def _folder(self) -> Path:
        return default_export_folder(self._settings.last_folder())

    def _on_kind_combo_box_current_index_changed(self, _index: int) -> None:
        self.reload()

    def _on_save_builtin_push_button_clicked(self) -> None:
        title = KINDS[self.kind]
        path = self._ask_save(self, f"Simpan templat {title}", self._folder() / f"Templat {title}.docx")
        if path is None:
            return
        try:
            path.write_bytes(ut.builtin_template(self._session, self.kind))
        except (OSError, ExportError) as exc:
            self._show(QMessageBox.Icon.Warning, "Templat tidak disimpan", _os_text(exc, path))
            return
        self._settings.set_last_folder(path.parent)
        self._show(QMessageBox.Icon.Information, "Templat disimpan",
                   f"Tata letak bawaan {title} tersimpan sebagai \u201c{path.name}\u201d di {path.parent}. Ubah di "
                   "Word, lalu klik \u201cMuat templat\u2026\u201d.")

    def _on_save_current_push_button_clicked(self) -> None:
        item = ut.stored(self._session, self.kind)
        data = ut.stored_data(self._session, self.kind)
        if item is None or data is None:
            return
        path = self._ask_save(self, f"Simpan templat {KINDS[self.kind]}", self._folder() / item.nama)
        if path is None:
            return
        try:
            path.write_bytes(data)
        except OSError as exc:
            self._show(QMessageBox.Icon.Warning, "Templat tidak disimpan", _os_text(exc, path))

    def _on_load_push_button_clicked(self) -> None:
        title = KINDS[self.kind]
        path = self._ask_open(self, f"Muat templat {title}", self._folder())
        if path is None:
            return
        try:
            data = path.read_bytes()
            ut.load_template(self._session, self.kind, path.name, data)
        except (ExportError, NotAllowed, ProjectError) as exc:
            self._show(QMessageBox.Icon.Warning, "Templat ditolak", str(exc))
            return
        except OSError as exc:
            self._show(QMessageBox.Icon.Warning, "Templat ditolak", _os_text(exc, path))
            return
        self._settings.set_last_folder(path.parent)
        self.reload()
        self.changed.emit(self.kind)
        self._show(QMessageBox.Icon.Information, "Templat dimuat",
                   f"Ekspor Word {title} kini memakai \u201c{path.name}\u201d.")

    def _on_reset_push_button_clicked(self) -> None:
        try:
            removed = ut.reset_template(self._session, self.kind)
        except (NotAllowed, ProjectError) as exc:
            self._show(QMessageBox.Icon.Warning, "Templat tidak dihapus", str(exc))
            return
        if removed:
            self.reload()
            self.changed.emit(self.kind)

    def _show(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        """A window-modal message that does not block (object name ``templates_message_box``)."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.button(QMessageBox.StandardButton.Ok).setText("OK")
        box.setObjectName("templates_message_box")
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message_box = box
        box.open()


def _when(text: str) -> str:
    try:
        return f" pada {datetime.fromisoformat(text):%d-%m-%Y %H.%M}"
    except ValueError:
        return ""


def _os_text(exc: Exception, path: Path) -> str:
    if isinstance(exc, OSError):
        reason = exc.strerror or exc
        return f"Berkas \u201c{path.name}\u201d tidak dapat dibaca atau ditulis di {path.parent}: {reason}."
    return str(exc)
