"""The "Ekspor SIPPN" tab of the Publikasi page: the column mapping and the XLSX export (ui layer)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSignalBlocker, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QHeaderView, QTableWidgetItem, QWidget

from sp_desktop.domain import sippn
from sp_desktop.domain.file_names import safe_part
from sp_desktop.domain.roles import NotAllowed
from sp_desktop.export.errors import ExportError
from sp_desktop.services import publikasi as svc
from sp_desktop.services.session import ProjectSession
from sp_desktop.storage.errors import ProjectError
from sp_desktop.ui.messages import warn

_TITLE = "Ekspor SIPPN"
_HEADINGS = ("Isi dari aplikasi", "Judul kolom di SIPPN")


class SippnColumns(QObject):
    """Shows the mapping as a table (tick to include, double-click a heading to rename) and exports.

    Args:
        session: the open project.
        ui: the page's generated form (its ``kolom_table_widget`` and SIPPN buttons).
        page: the page, parent of the dialogs and message boxes.
    """

    def __init__(self, session: ProjectSession, ui, page: QWidget):
        super().__init__(page)
        self._session = session
        self._ui = ui
        self._page = page
        self._saving = False
        table = ui.kolom_table_widget
        table.setColumnCount(len(_HEADINGS))
        table.setHorizontalHeaderLabels(list(_HEADINGS))
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().resizeSection(0, 300)
        table.itemChanged.connect(self._on_kolom_table_widget_item_changed)
        ui.default_columns_push_button.clicked.connect(self._on_default_columns_push_button_clicked)
        ui.export_sippn_push_button.clicked.connect(self._on_export_sippn_push_button_clicked)

    def reload(self) -> None:
        """Show the mapping the project keeps (not while this table is saving its own edit)."""
        if self._saving:
            return
        table = self._ui.kolom_table_widget
        columns = svc.sippn_columns(self._session)
        with QSignalBlocker(table):
            table.setRowCount(len(columns))
            for row, c in enumerate(columns):
                field = QTableWidgetItem(sippn.FIELD_LABELS[c.bidang])
                field.setData(Qt.ItemDataRole.UserRole, c.bidang)
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
                field.setFlags(flags)
                field.setCheckState(Qt.CheckState.Checked if c.aktif else Qt.CheckState.Unchecked)
                table.setItem(row, 0, field)
                table.setItem(row, 1, QTableWidgetItem(c.judul))

    def columns(self) -> list[sippn.Kolom]:
        """The mapping as the table shows it."""
        table = self._ui.kolom_table_widget
        out = []
        for row in range(table.rowCount()):
            field, heading = table.item(row, 0), table.item(row, 1)
            out.append(sippn.Kolom(field.data(Qt.ItemDataRole.UserRole), heading.text() if heading else "",
                                   field.checkState() == Qt.CheckState.Checked))
        return out

    def _save(self, columns: list[sippn.Kolom]) -> None:
        self._saving = True
        try:
            svc.save_sippn_columns(self._session, columns)
        except (NotAllowed, ProjectError) as exc:
            self._saving = False
            warn(self._page, _TITLE, str(exc))
            self.reload()  # refused (a blank heading): show what is kept
        finally:
            self._saving = False

    def export_to(self, target: Path) -> Path | None:
        """Write the workbook to ``target``; returns the path written, or None (the reason shown)."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            written = svc.export_sippn(self._session, target)
        except (ExportError, ProjectError) as exc:
            self._ui.sippn_result_label.setText("")
            warn(self._page, _TITLE, str(exc))
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        count = self._session.service_count()
        self._ui.sippn_result_label.setText(f"Buku kerja SIPPN ({count} jenis pelayanan) tersimpan di {written}.")
        return written

    def _on_kolom_table_widget_item_changed(self, _item: QTableWidgetItem) -> None:
        self._save(self.columns())

    def _on_default_columns_push_button_clicked(self) -> None:
        self._save(list(sippn.DEFAULT_COLUMNS))
        self.reload()

    def _on_export_sippn_push_button_clicked(self) -> None:
        unit = safe_part(self._session.instansi().singkatan or self._session.instansi().nama)[:60]
        proposed = self._session.path.parent / (f"SIPPN {unit}.xlsx" if unit else "SIPPN.xlsx")
        name, _chosen = QFileDialog.getSaveFileName(self._page, "Simpan buku kerja SIPPN", str(proposed),
                                                    "Buku kerja Excel (*.xlsx)")
        if name:
            path = Path(name)
            self.export_to(path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx"))
