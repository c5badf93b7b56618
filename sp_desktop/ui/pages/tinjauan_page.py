"""TinjauanPage: the review of one service, its findings and its status buttons (UI layer)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QMessageBox, QTableWidgetItem, QWidget

from ...domain.checks import BLOKIR, Finding
from ...domain.components import STEP_KEYS, komponen_label
from ...domain.enums import StatusLayanan
from ...domain.model import Layanan
from ..generated.ui_tinjauan_page import Ui_TinjauanPage
from ..messages import ConfirmBox
from ..widgets.status_icons import blocked_icon, warning_icon
from .step_page import StepPage

READY = StatusLayanan.SIAP_DIBAHAS.value
DRAFT = StatusLayanan.DRAF.value

NEXT_STEP = "Cetak Rancangan untuk dibahas — Ctrl+E"
"""What the team does once a standard is ready for discussion (Dokumen › Ekspor dokumen)."""
PAST_NOTICES = {
    StatusLayanan.DIBAHAS.value: "Standar ini sedang dibahas; isinya dikunci. Langkah berikutnya: setelah Berita Acara "
    "dicatat, ketua tim menandainya <b>siap ditetapkan</b> di halaman Penetapan.",
    StatusLayanan.SIAP_DITETAPKAN.value: "Standar ini siap ditetapkan; isinya dikunci. Langkah berikutnya: ketua tim "
    "mencatat <b>nomor dan tanggal keputusan</b> di halaman Penetapan.",
    StatusLayanan.DITETAPKAN.value: "Standar ini sudah ditetapkan dengan keputusan. Perubahan dibuat sebagai "
    "<b>revisi baru</b> (versi berikutnya).",
}
"""What the notice says for each status after "siap dibahas" (the moves are on the Penetapan page)."""
CALM_STYLE = "background: #e7f1ea; color: #1d4d2b; border: 1px solid #b9d9c2; border-radius: 4px; padding: 6px;"
"""A state notice, not an error: the style of ``next_step_label``, for any banner that shows the status."""


def frozen_notice(is_ketua: bool) -> str:
    """The sentence that tells a team member why a siap-dibahas standard cannot be edited, and what is next.

    Args:
        is_ketua: whether the member reading it is the ketua (who may reopen it) or not (who must ask).
    """
    who = (
        "Untuk mengubahnya, buka kembali di langkah Tinjauan."
        if is_ketua
        else "Untuk mengubahnya, minta ketua tim membukanya kembali."
    )
    return f"Standar ini siap dibahas; isinya dikunci selama pembahasan. {who} Langkah berikutnya: {NEXT_STEP}."


class TinjauanPage(StepPage):
    """All findings in one list (double-click or Enter opens the step) and the status actions.

    Signals:
        step_requested(str): the user wants to open the step a finding names.
        status_requested(str): the target status the user chose: "siap_dibahas" once confirmed in
            ``confirm_box``, or "draf" at once ("Buka kembali").

    Attributes:
        confirm_box: the open "Tandai siap dibahas" question (window-modal, not blocking), or None.
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
        self.ui.next_step_label.setStyleSheet(CALM_STYLE)
        self.ui.next_step_label.hide()
        self.confirm_box: QMessageBox | None = None
        self._name = ""
        self.ui.mark_ready_button.clicked.connect(self._on_mark_ready_button_clicked)
        self.ui.reopen_button.clicked.connect(self._on_reopen_button_clicked)

    def _fill(self, layanan: Layanan) -> None:
        label = StatusLayanan(layanan.status).label if layanan.status in StatusLayanan.values() else layanan.status
        self.ui.status_value_label.setText(f"Status sekarang: <b>{label}</b>")
        self._name = layanan.jenis_pelayanan.strip()
        ready = layanan.status == READY
        self.ui.next_step_label.setVisible(ready or layanan.status in PAST_NOTICES)
        if layanan.status in PAST_NOTICES:
            self.ui.next_step_label.setText(PAST_NOTICES[layanan.status])
        if ready:
            self.ui.next_step_label.setText(
                "Isi standar ini dikunci selama pembahasan dengan masyarakat. "
                f"Langkah berikutnya: <b>{NEXT_STEP}</b> (Dokumen › Ekspor dokumen, pilih Rancangan)."
            )

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

    def _on_mark_ready_button_clicked(self) -> None:
        if self.confirm_box is not None:
            return
        name = f"“{self._name}”" if self._name else "standar ini"
        # Tandai is the default: marking can be undone ("Buka kembali").
        box = ConfirmBox(
            self, "Tandai siap dibahas", f"Tandai {name} siap dibahas?", "&Tandai siap dibahas",
            informative="Selama dibahas, isi standar dikunci: tidak seorang pun dapat mengubahnya sampai ketua tim "
            f"membukanya kembali dengan “Buka kembali” di langkah ini.\n\nLangkah berikutnya: {NEXT_STEP}.",
        )
        box.answered.connect(self._on_confirm_box_answered)
        self.confirm_box = box
        box.open()

    def _on_confirm_box_answered(self, confirmed: bool) -> None:
        self.confirm_box = None
        if confirmed:
            self.status_requested.emit(READY)

    def _on_reopen_button_clicked(self) -> None:
        self.status_requested.emit(DRAFT)

    def _on_findings_table_widget_item_activated(self, item: QTableWidgetItem) -> None:
        komponen = item.data(Qt.ItemDataRole.UserRole)
        if komponen in STEP_KEYS:
            self.step_requested.emit(komponen)
