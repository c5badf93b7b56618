"""Rescue of a damaged project: what can still be read, saved as a new project or as SP JSON (ui layer).

The damaged file is only ever read (``services.rescue.read_damaged``); the dialog shows each
service with the components that could not be read, and writes the rest somewhere else.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QStyle,
    QTreeWidgetItem,
    QWidget,
)

from sp_desktop.ui.generated.ui_rescue_dialog import Ui_RescueDialog
from sp_desktop.ui.messages import guarded

if TYPE_CHECKING:
    from sp_desktop.services.rescue import RescuedService, RescueReport

PROJECT_FILTER = "Proyek SP Desktop (*.spdb);;Semua berkas (*)"
JSON_FILTER = "SP JSON (*.json);;Semua berkas (*)"
INTACT_TEXT = "utuh"


class RescueDialog(QDialog):
    """Shows what a damaged project still holds and saves it anew; the damaged file stays as it is.

    Args:
        report: what ``services.rescue.read_damaged`` read from the damaged file.

    Signals:
        open_requested(object): the :class:`~pathlib.Path` of the new project the user chose to open.
    """

    open_requested = Signal(object)

    def __init__(self, report: RescueReport, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_RescueDialog()
        self.ui.setupUi(self)
        self._report = report
        self.saved_project: Path | None = None
        self.open_box: QMessageBox | None = None
        self._open_button: QAbstractButton | None = None
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Close).setText("Tutup")
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.save_project_push_button.clicked.connect(self._on_save_project_push_button_clicked)
        self.ui.save_json_push_button.clicked.connect(self._on_save_json_push_button_clicked)
        header = self.ui.services_tree_widget.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self._fill()

    # -- contents --------------------------------------------------------------------------
    def _fill(self) -> None:
        report = self._report
        name = report.path.name
        self.ui.intro_label.setText(
            f"<b>Berkas {_html(name)} rusak</b>: sebagian isinya tidak dapat dibaca, sehingga berkas itu tidak "
            "dibuka untuk disunting. Berkas itu tidak diubah dan tidak akan diubah. Di bawah ini tampil apa yang "
            "masih terbaca; simpan sebagai proyek baru untuk melanjutkan pekerjaan, atau sebagai SP JSON."
        )
        self.ui.intro_label.setToolTip(str(report.path))
        self._fill_services()
        others = [p.describe() for p in report.problems if p.bagian != "layanan"] + list(report.notes)
        self.ui.other_list_widget.addItems(others)
        self.ui.other_label.setVisible(bool(others))
        self.ui.other_list_widget.setVisible(bool(others))
        self.ui.status_label.setVisible(False)

    def _fill_services(self) -> None:
        report = self._report
        reasons: dict[int | None, dict[str, str]] = defaultdict(dict)
        for problem in report.problems:
            if problem.bagian == "layanan":
                reasons[problem.service_id].setdefault(problem.komponen, problem.alasan)
        tree = self.ui.services_tree_widget
        icon = self.style().standardIcon
        warning = icon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        intact = icon(QStyle.StandardPixmap.SP_DialogApplyButton)
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        partial = 0
        for rescued in report.services:
            parts = _unreadable_parts(rescued, reasons.get(rescued.layanan.id, {}))
            item = QTreeWidgetItem([rescued.layanan.jenis_pelayanan])
            if parts:
                partial += 1
                item.setIcon(0, warning)
                item.setText(1, f"{len(parts)} bagian tidak terbaca: {', '.join(label for label, _ in parts)}")
                for label, reason in parts:
                    child = QTreeWidgetItem([label, reason])
                    child.setForeground(1, muted)
                    item.addChild(child)
            else:
                item.setIcon(0, intact)
                item.setText(1, INTACT_TEXT)
            tree.addTopLevelItem(item)
            item.setExpanded(bool(parts))
        total = len(report.services)
        if total:
            text = (f"{total} jenis pelayanan terbaca: {total - partial} utuh, {partial} sebagian. Bagian yang tidak "
                    "terbaca dikosongkan pada salinan yang disimpan.")
        else:
            text = "Tidak ada jenis pelayanan yang dapat dibaca dari berkas ini."
        members = len(report.project.tim)
        text += (f" Profil instansi, {members} anggota tim dan pengaturan dokumen ikut disimpan sejauh terbaca; "
                 "riwayat perubahan dan isi Sampah tidak ikut (tetap ada di berkas yang rusak).")
        self.ui.summary_label.setText(text)

    # -- saving ----------------------------------------------------------------------------
    def _ask_target(self, title: str, suffix: str, filters: str, *options) -> Path | None:
        start = self._report.path.with_name(f"{self._report.path.stem} (diselamatkan){suffix}")
        filename, _selected = QFileDialog.getSaveFileName(self, title, str(start), filters, "", *options)
        if not filename:
            return None
        target = Path(filename)
        if target.suffix.lower() != suffix:
            target = target.with_name(target.name + suffix)
        return target

    def _save(self, title: str, save: Callable[..., None], target: Path) -> bool:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            done = guarded(self, title, lambda: save(self._report, target) or True)
        finally:
            QApplication.restoreOverrideCursor()
        return bool(done)

    def _show_status(self, text: str, path: Path) -> None:
        self.ui.status_label.setText(text)
        self.ui.status_label.setToolTip(str(path))
        self.ui.status_label.setVisible(True)

    def _on_save_project_push_button_clicked(self) -> None:
        from sp_desktop.services.rescue import save_as_project

        title = "Simpan sebagai proyek baru"
        # save_as_project never replaces a file, so the file dialog need not ask about overwriting.
        target = self._ask_target(title, ".spdb", PROJECT_FILTER, QFileDialog.Option.DontConfirmOverwrite)
        if target is None or not self._save(title, save_as_project, target):
            return
        self.saved_project = target
        self._show_status(f"Proyek baru disimpan: {target}", target)
        self._offer_to_open(target)

    def _on_save_json_push_button_clicked(self) -> None:
        from sp_desktop.services.rescue import save_as_json

        title = "Simpan sebagai SP JSON"
        target = self._ask_target(title, ".json", JSON_FILTER)
        if target is not None and self._save(title, save_as_json, target):
            self._show_status(f"SP JSON disimpan: {target}", target)

    def _offer_to_open(self, target: Path) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question, "Proyek baru disimpan",
            f"Yang masih terbaca dari {self._report.path.name} disimpan sebagai {target.name}.\n\n"
            "Buka proyek baru itu sekarang?", parent=self,
        )
        self._open_button = box.addButton("&Buka proyek baru", QMessageBox.ButtonRole.AcceptRole)
        later = box.addButton("&Nanti saja", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(self._open_button)
        box.setEscapeButton(later)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._on_open_box_finished)
        self.open_box = box
        box.open()

    def _on_open_box_finished(self, _result: int) -> None:
        box, self.open_box = self.open_box, None
        chosen = box is not None and box.clickedButton() is self._open_button
        self._open_button = None
        if chosen and self.saved_project is not None:
            self.accept()
            self.open_requested.emit(self.saved_project)


def _unreadable_parts(rescued: RescuedService, reasons: dict[str, str]) -> list[tuple[str, str]]:
    """``(component, why)`` for each part of one service that could not be read."""
    parts = [(label, reasons.get(label, "tidak terbaca")) for label in rescued.unreadable]
    named = set(rescued.unreadable)
    parts += [(label, reason) for label, reason in reasons.items() if label not in named]
    return parts


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
