"""TinjauanPage: the review of one service, its findings and its status buttons (UI layer)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from ...domain.checks import BLOKIR, Finding
from ...domain.components import STEP_KEYS, komponen_label
from ...domain.enums import StatusLayanan
from ...domain.model import Layanan
from ..generated.ui_tinjauan_page import Ui_TinjauanPage
from ..widgets.status_icons import blocked_icon, warning_icon
from .step_page import StepPage

READY = StatusLayanan.SIAP_DIBAHAS.value
DRAFT = StatusLayanan.DRAF.value


class TinjauanPage(StepPage):
    """All findings in one list (double-click or Enter opens the step) and the status actions.

    Signals:
        step_requested(str): the user wants to open the step a finding names.
        status_requested(str): the user pressed "Tandai siap dibahas" or "Buka kembali" (target status).
    """

    step_key = "tinjauan"
    step_requested = Signal(str)
    status_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_TinjauanPage()
        self.ui.setupUi(self)
        self._icons = {BLOKIR: blocked_icon(), "PERINGATAN": warning_icon()}
        table = self.ui.findings_table_widget
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        table.setColumnWidth(0, 170)
        table.setColumnWidth(2, 190)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.itemActivated.connect(self._on_findings_table_widget_item_activated)
        table.itemDoubleClicked.connect(self._on_findings_table_widget_item_activated)
        self.ui.mark_ready_button.clicked.connect(lambda: self.status_requested.emit(READY))
        self.ui.reopen_button.clicked.connect(lambda: self.status_requested.emit(DRAFT))

    def _fill(self, layanan: Layanan) -> None:
        label = StatusLayanan(layanan.status).label if layanan.status in StatusLayanan.values() else layanan.status
        self.ui.status_value_label.setText(f"Status sekarang: <b>{label}</b>")

    def show_review(self, findings: list[Finding], reasons: dict[str, str | None]) -> None:
        """Show ``findings`` and enable each status button unless ``reasons`` says why not.

        Args:
            findings: the service's review findings, in step order.
            reasons: for the targets "siap_dibahas" and "draf", why the change is unavailable, or None.
        """
        table = self.ui.findings_table_widget
        table.setRowCount(len(findings))
        for row, finding in enumerate(findings):
            cells = (komponen_label(finding.komponen), finding.pesan, finding.aturan)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, finding.komponen)
                item.setToolTip(text)
                table.setItem(row, column, item)
            first = table.item(row, 0)
            first.setIcon(self._icons.get(finding.tingkat, self._icons["PERINGATAN"]))
            first.setToolTip("Menghalangi: harus diperbaiki" if finding.tingkat == BLOKIR else "Peringatan")
        blocking = sum(1 for f in findings if f.tingkat == BLOKIR)
        if not findings:
            summary = "Tidak ada temuan: semua komponen sudah terisi dan sesuai aturan."
        else:
            summary = (
                f"{blocking} temuan menghalangi dan {len(findings) - blocking} peringatan. "
                "Klik dua kali atau tekan Enter pada sebuah temuan untuk membuka langkahnya."
            )
        self.ui.summary_label.setText(summary)
        for button, label, target in (
            (self.ui.mark_ready_button, self.ui.mark_ready_reason_label, READY),
            (self.ui.reopen_button, self.ui.reopen_reason_label, DRAFT),
        ):
            reason = reasons.get(target)
            button.setEnabled(reason is None)
            button.setToolTip(reason or "")
            label.setText(reason or "")

    def _on_findings_table_widget_item_activated(self, item: QTableWidgetItem) -> None:
        komponen = item.data(Qt.ItemDataRole.UserRole)
        if komponen in STEP_KEYS:
            self.step_requested.emit(komponen)
