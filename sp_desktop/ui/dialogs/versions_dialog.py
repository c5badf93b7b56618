"""The versions of one service: adopted versions with their decree and fingerprint, and the differences (ui layer).

Opened from the service editor ("Versi…"). Two versions chosen in the "Semula" / "Menjadi" boxes
are compared side by side, component by component (``domain.diff``); the comparison is exported as a
Daftar Perubahan, and the Standar Pelayanan of any version is printed with its fingerprint.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QMessageBox, QTableWidgetItem, QWidget

from sp_desktop.domain import fingerprint as fp
from sp_desktop.domain.diff import HAPUS, JENIS_LABEL, TAMBAH
from sp_desktop.domain.formatting import format_date
from sp_desktop.ui.generated.ui_versions_dialog import Ui_VersionsDialog
from sp_desktop.ui.messages import guarded

if TYPE_CHECKING:
    from sp_desktop.services.session import ProjectSession

COL_VERSI, COL_STATE, COL_NOMOR, COL_TANGGAL, COL_SIDIK = range(5)
NOT_YET, REMOVED = "(belum ada)", "(dihapus)"
SAME_TEXT = "Kedua versi sama isinya."

AskPath = Callable[[QWidget | None, str, Path, list[str]], "Path | None"]


def _date_text(iso: str) -> str:
    try:
        return format_date(date.fromisoformat(iso))
    except (TypeError, ValueError):
        return iso or "–"


class VersionsDialog(QDialog):
    """Lists a service's versions, compares two of them and exports or prints them.

    Args:
        session: the open project; service_id: the service shown.
        ask_path: replaces the save dialogs (tests).
    """

    def __init__(self, session: ProjectSession, service_id: int, parent: QWidget | None = None,
                 ask_path: AskPath | None = None):
        super().__init__(parent)
        self.ui = Ui_VersionsDialog()
        self.ui.setupUi(self)
        self._session, self._service_id, self._ask_path = session, service_id, ask_path
        self.result_box: QMessageBox | None = None
        name = session.service(service_id).jenis_pelayanan
        self.setWindowTitle(f"Versi standar – {name}")
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Close).setText("Tutup")
        self.ui.button_box.rejected.connect(self.reject)
        header = self.ui.versions_table_widget.horizontalHeader()
        header.setSectionResizeMode(COL_NOMOR, QHeaderView.ResizeMode.Stretch)
        for column in (COL_VERSI, COL_STATE, COL_TANGGAL, COL_SIDIK):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        diff_header = self.ui.diff_table_widget.horizontalHeader()
        diff_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        diff_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        diff_header.resizeSection(1, 230)
        diff_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        diff_header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self._fill_versions()
        self.ui.from_combo_box.currentIndexChanged.connect(self._show_diff)
        self.ui.to_combo_box.currentIndexChanged.connect(self._show_diff)
        self.ui.versions_table_widget.itemSelectionChanged.connect(self._update_buttons)
        self.ui.export_push_button.clicked.connect(self._export)
        self.ui.print_push_button.clicked.connect(self._print)
        self._show_diff()
        self._update_buttons()

    # -- filling ---------------------------------------------------------------------------
    def _fill_versions(self) -> None:
        s, sid = self._session, self._service_id
        stored = {v.versi: v for v in s.versions(sid)}
        current = s.service(sid)
        self._choices = s.version_choices(sid)
        table = self.ui.versions_table_widget
        table.setRowCount(len(self._choices))
        for row, (versi, _label) in enumerate(self._choices):
            info = stored.get(versi)
            if info is not None:
                state = "Ditetapkan, berlaku" if versi == current.versi else "Ditetapkan, sudah direvisi"
                cells = (str(versi), state, info.nomor_sk or "–", _date_text(info.tanggal_sk), info.sidik)
            else:
                cells = (str(versi), "Draf revisi (isi sekarang)", "–", "–", "– (belum ditetapkan)")
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        for box in (self.ui.from_combo_box, self.ui.to_combo_box):
            box.blockSignals(True)
            box.clear()
            for versi, label in self._choices:
                box.addItem(label, versi)
            box.blockSignals(False)
        last = len(self._choices) - 1
        self.ui.from_combo_box.setCurrentIndex(max(0, last - 1))
        self.ui.to_combo_box.setCurrentIndex(last)
        if self._choices:
            table.selectRow(last)

    def _show_diff(self, *_args) -> None:
        a, b = self.ui.from_combo_box.currentData(), self.ui.to_combo_box.currentData()
        table = self.ui.diff_table_widget
        if a is None or b is None:
            table.setRowCount(0)
            return
        diff = guarded(self, "Bandingkan versi", self._session.diff_versions, self._service_id, a, b)
        if diff is None:
            return
        table.setRowCount(len(diff.changes))
        for row, change in enumerate(diff.changes):
            semula = NOT_YET if change.jenis == TAMBAH else change.semula
            menjadi = REMOVED if change.jenis == HAPUS else change.menjadi
            cells = (f"{row + 1}.", f"{change.label}\n({JENIS_LABEL[change.jenis].lower()})", semula, menjadi)
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        table.resizeRowsToContents()
        if a == b or diff.unchanged:
            self.ui.summary_label.setText(SAME_TEXT)
        else:
            count = len(diff.komponen_changed())
            self.ui.summary_label.setText(f"{len(diff.changes)} perbedaan pada {count} komponen.")
        self._update_buttons()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.ui.diff_table_widget.resizeRowsToContents()  # wrapped text follows the columns' width

    def _update_buttons(self) -> None:
        a, b = self.ui.from_combo_box.currentData(), self.ui.to_combo_box.currentData()
        self.ui.export_push_button.setEnabled(a is not None and b is not None and a != b)
        self.ui.print_push_button.setEnabled(self._selected_versi() is not None)

    def _selected_versi(self) -> int | None:
        rows = self.ui.versions_table_widget.selectionModel().selectedRows()
        return self._choices[rows[0].row()][0] if rows else None

    # -- actions -----------------------------------------------------------------------------
    def _export(self, *_args) -> None:
        from sp_desktop.ui.doc_export_action import export_interactively

        a, b = self.ui.from_combo_box.currentData(), self.ui.to_combo_box.currentData()
        options = guarded(self, "Daftar Perubahan", self._session.daftar_perubahan_options,
                          options={"service_ids": [self._service_id], "from": a, "to": b})
        if options is None:
            return
        export_interactively(self, self._session, "daftar-perubahan", service_ids=[self._service_id],
                             options=options, ask_path=self._ask_path)

    def _print(self, *_args) -> None:
        from sp_desktop.ui.doc_export_action import ask_save_path
        from sp_desktop.ui.workers import ExportJob, ExportWorker

        versi = self._selected_versi()
        if versi is None:
            return
        lay = guarded(self, "Cetak Standar", self._session.version_content, self._service_id, versi)
        if lay is None:
            return
        project = self._session.load_project([self._service_id])
        project.layanan = [lay]
        stored = next((v for v in self._session.versions(self._service_id) if v.versi == versi), None)
        if stored is not None and stored.nomor_sk:  # the Lampiran names the decree that adopted this version
            project.extra["penetapan"] = {**(project.extra.get("penetapan") or {}), "nomor": stored.nomor_sk,
                                          "tanggal": stored.tanggal_sk}
        short = fp.normalize(fp.fingerprint(lay))[:4] if lay.status == "ditetapkan" else "draf"
        proposed = Path.home() / f"Standar Pelayanan - {lay.jenis_pelayanan[:60]} - versi {versi} ({short}).pdf"
        path = (self._ask_path or ask_save_path)(self, f"Simpan Standar versi {versi}", proposed, ["pdf", "docx"])
        if path is None:
            return
        self._worker = ExportWorker(ExportJob(project, "standar", Path(path), (self._service_id,)), parent=self)
        self._printed_versi = versi
        # Bound methods: the worker outlives a dialog closed mid-export, and a lambda would reach the deleted one.
        self._worker.finished.connect(self._on_print_finished)
        self._worker.failed.connect(self._on_print_failed)
        self._worker.start()

    def _on_print_finished(self, out: str) -> None:
        self._report(f"Standar versi {self._printed_versi} tersimpan sebagai \u201c{Path(out).name}\u201d di "
                     f"{Path(out).parent}.")

    def _on_print_failed(self, message: str) -> None:
        self._report(message, warning=True)

    def _report(self, text: str, warning: bool = False) -> None:
        icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
        self.result_box = QMessageBox(icon, "Cetak Standar", text, QMessageBox.StandardButton.Ok, self)
        self.result_box.setObjectName("versions_result_message_box")
        self.result_box.open()
