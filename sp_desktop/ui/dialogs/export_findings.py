"""Which services may go into a Standar Pelayanan for signature, and the box that says which may not (ui layer).

A service qualifies when it is marked "siap dibahas" and has no blocking finding. The box lists each
other service on one line, with a link to the step to complete, and offers to export the rest.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from sp_desktop.domain.components import STEP_KEYS, komponen_label
from sp_desktop.domain.enums import StatusLayanan
from sp_desktop.domain.model import ServiceSummary

READY = StatusLayanan.SIAP_DIBAHAS.value
MAX_NAMED = 3
"""Components named on one line; the rest are counted."""
MAX_LINES = 12
"""Services listed in the box; the rest are counted."""


@dataclass(frozen=True)
class NotReady:
    """One service left out of a Standar for signature and where to complete it."""

    service: ServiceSummary
    step: str
    reason: str


def not_ready(services: list[ServiceSummary]) -> list[NotReady]:
    """The services of ``services`` that cannot go into a Standar for signature, in list order."""
    result = []
    for summary in services:
        missing = sorted(set(summary.missing), key=lambda k: STEP_KEYS.index(k) if k in STEP_KEYS else len(STEP_KEYS))
        if missing:
            names = [komponen_label(k) for k in missing]
            # "; " between them: a component's own name may hold a comma ("Sistem, mekanisme, dan prosedur").
            listed = "; ".join(names[:MAX_NAMED])
            if len(names) > MAX_NAMED:
                listed += f" dan {len(names) - MAX_NAMED} komponen lainnya"
            result.append(NotReady(summary, missing[0], f"belum lengkap: {listed}"))
        elif not StatusLayanan.past_draft(summary.status):
            result.append(NotReady(summary, "tinjauan", "lengkap, tetapi belum ditandai \u201csiap dibahas\u201d"))
    return result


def _line(item: NotReady) -> str:
    name = html.escape(item.service.jenis_pelayanan or "(tanpa nama)")
    return f'<a href="{item.service.id}/{item.step}">{name}</a> \u2014 {html.escape(item.reason)}'


class IncompleteServicesBox(QMessageBox):
    """Says why a Standar for signature cannot be made of the chosen services; opened without blocking.

    Signals:
        step_requested(int, str): a service's link was followed: its id and the step to show.
        export_ready_requested(): "Ekspor hanya … yang siap" was clicked.

    Args:
        parent: the export dialog.
        blocked: the services left out.
        ready_count: how many of the chosen services qualify.
    """

    step_requested = Signal(int, str)
    export_ready_requested = Signal()

    def __init__(self, parent: QWidget, blocked: list[NotReady], ready_count: int):
        super().__init__(QMessageBox.Icon.Warning, "Standar Pelayanan belum dapat dibuat", "",
                         QMessageBox.StandardButton.NoButton, parent)
        self.setObjectName("incomplete_services_message_box")
        total = len(blocked) + ready_count
        lines = [_line(item) for item in blocked[:MAX_LINES]]
        if len(blocked) > MAX_LINES:
            lines.append(f"\u2026 dan {len(blocked) - MAX_LINES} jenis pelayanan lainnya.")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setText(
            f"<p>Standar Pelayanan untuk ditandatangani hanya memuat standar yang lengkap dan sudah ditandai "
            f"siap dibahas. {len(blocked)} dari {total} jenis pelayanan yang dipilih belum:</p>"
            + "<br>".join(lines)
            + "<p>Klik nama layanan untuk membuka langkah yang perlu dilengkapi, atau ekspor Rancangan "
            "Standar Pelayanan untuk dibahas.</p>"
        )
        self.ready_button = None
        if ready_count:
            label = f"&Ekspor hanya {ready_count} layanan yang siap"
            self.ready_button = self.addButton(label, QMessageBox.ButtonRole.AcceptRole)
            self.ready_button.setObjectName("export_ready_push_button")
        self.close_button = self.addButton("&Tutup", QMessageBox.ButtonRole.RejectRole)
        self.close_button.setObjectName("close_push_button")
        self.setDefaultButton(self.close_button)
        self.setEscapeButton(self.close_button)
        self.text_label = self.findChild(QLabel, "qt_msgbox_label")
        self.text_label.setMinimumWidth(560)  # one line per service, not three
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.text_label.setOpenExternalLinks(False)
        self.text_label.linkActivated.connect(self._on_text_label_link_activated)
        self.finished.connect(self._on_finished)

    def _on_text_label_link_activated(self, href: str) -> None:
        service_id, _slash, step = href.partition("/")
        self.done(QMessageBox.StandardButton.Close)
        self.step_requested.emit(int(service_id), step)

    def _on_finished(self, _result: int) -> None:
        if self.ready_button is not None and self.clickedButton() is self.ready_button:
            self.export_ready_requested.emit()
        self.deleteLater()
