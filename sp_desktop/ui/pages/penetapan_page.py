"""PenetapanPage: the services' adoption statuses, the ketua's status moves, the decree and its documents (ui layer).

The gate is :mod:`sp_desktop.domain.penetapan`; every change goes through the session
(``move_status``, ``record_decree``, ``save_evaluation``, …), ketua-only ones through the PIN gate.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QHeaderView, QWidget

from sp_desktop.domain import penetapan as gate
from sp_desktop.domain.enums import StatusLayanan
from sp_desktop.ui.dialogs.pin_dialog import KetuaPinGate
from sp_desktop.ui.generated.ui_penetapan_page import Ui_PenetapanPage
from sp_desktop.ui.pages.penetapan_decree import DecreeTab
from sp_desktop.ui.pages.penetapan_evaluation import EvaluationTab
from sp_desktop.ui.pages.penetapan_model import COLUMN_NAME, COLUMN_NEXT, COLUMN_STATUS, PenetapanTableModel

ERROR_STYLE = "color: #a33;"
NO_SELECTION = "Pilih layanan pada tabel (Ctrl atau Shift untuk memilih beberapa)."
_EVENTS = {"services", "service", "status", "pengaturan"}
DOCUMENTS = {"sk_penetapan_push_button": "sk-penetapan", "surat_pengantar_push_button": "surat-pengantar",
             "sk_tim_push_button": "sk-tim", "buku_push_button": "buku"}


class PenetapanPage(QWidget):
    """The Penetapan page of the main window.

    Args:
        session: the open project.
        signals: its change notifications; the table follows every status change.
    """

    def __init__(self, session, signals, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PenetapanPage()
        self.ui.setupUi(self)
        self._session = session
        self._rows: list = []  # (ServiceSummary, gaps) as last read
        self.model = PenetapanTableModel(self)
        self.pin_gate = KetuaPinGate(session, self)
        self.decree_tab = DecreeTab(session, self)
        self.evaluation_tab = EvaluationTab(session, self)
        self.ui.tab_widget.addTab(self.decree_tab, "Keputusan penetapan")
        self.ui.tab_widget.addTab(self.evaluation_tab, "Evaluasi dan SK Tim")
        self._setup_table()
        self._buttons = {gate.DIBAHAS: (self.ui.mark_discussed_push_button, "Tandai dibahas"),
                         gate.SIAP_DITETAPKAN: (self.ui.mark_ready_push_button, "Tandai siap ditetapkan"),
                         gate.DRAF: (self.ui.to_draft_push_button, "Kembalikan ke draf")}
        for target, (button, _title) in self._buttons.items():
            button.clicked.connect(lambda _checked=False, t=target: self._on_status_button_clicked(t))
        for name, kind in DOCUMENTS.items():
            getattr(self.ui, name).clicked.connect(lambda _checked=False, k=kind: self._on_document_clicked(k))
        self.decree_tab.record_requested.connect(self._on_decree_tab_record_requested)
        signals.changed.connect(self._on_signals_changed)
        signals.actor_changed.connect(self._on_signals_actor_changed)
        self.reload()

    # -- public ------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the statuses again, keeping the selected services selected."""
        selected = self.selected_ids()
        self._rows = self._session.next_steps()
        self.model.set_rows(self._rows)
        self._select(selected)
        counts = Counter(s.status for s, _gaps in self._rows)
        parts = [f"{counts[v]} {StatusLayanan(v).label.lower()}" for v in StatusLayanan.values() if counts[v]]
        self.ui.summary_label.setText(f"{len(self._rows)} jenis pelayanan: " + ", ".join(parts) + "."
                                      if self._rows else "Belum ada jenis pelayanan.")
        self._update_buttons()
        self.decree_tab.refresh_state()

    def selected_ids(self) -> list[int]:
        """The ids of the selected services, in table order."""
        selection = self.ui.services_table_view.selectionModel()
        return [self.model.service_id(i.row()) for i in sorted(selection.selectedRows(), key=lambda i: i.row())]

    def select_services(self, ids: list[int]) -> None:
        """Select these services in the table (the first becomes current)."""
        self._select(ids)
        self._update_buttons()

    # -- table -------------------------------------------------------------------------------
    def _setup_table(self) -> None:
        view = self.ui.services_table_view
        view.setModel(self.model)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # never measures 2,000 rows
        header.setSectionResizeMode(COLUMN_NEXT, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        view.setColumnWidth(0, 48)
        view.setColumnWidth(COLUMN_NAME, 330)
        view.setColumnWidth(COLUMN_STATUS, 130)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        view.selectionModel().selectionChanged.connect(self._on_selection_changed)

    def _select(self, ids: list[int]) -> None:
        # One selection of row ranges, one signal: 2,000 selected rows stay quick.
        selection = self.ui.services_table_view.selectionModel()
        rows = sorted(r for r in (self.model.row_of(i) for i in ids) if r >= 0)
        ranges = QItemSelection()
        last = self.model.columnCount() - 1
        start = previous = None
        for row in [*rows, None]:
            if start is not None and (row is None or row != previous + 1):
                ranges.select(self.model.index(start, 0), self.model.index(previous, last))
                start = None
            if row is not None and start is None:
                start = row
            previous = row
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        selection.select(ranges, flags)
        if rows:
            selection.setCurrentIndex(self.model.index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate)

    def _reasons(self, target: str, ids: list[int]) -> list[tuple[str, list[str]]]:
        """Per selected service that may not move to ``target``: its name and what it lacks (role aside)."""
        ctx = self._ctx
        wanted = set(ids)
        out = []
        for summary, _gaps in self._rows:
            if summary.id in wanted:
                gaps = gate.move_gaps(ctx, summary.jenis_pelayanan, summary.status, target)
                if gaps:
                    out.append((summary.jenis_pelayanan, gaps))
        return out

    def _update_buttons(self) -> None:
        ids = self.selected_ids()
        self._ctx = self._session.adoption_context()
        role = gate.why_actor_cannot_move(self._session.actor)
        wanted = set(ids)
        statuses = {s.status for s, _gaps in self._rows if s.id in wanted}
        natural = {gate.NEXT.get(status) for status in statuses}
        lines = []
        for target, (button, title) in self._buttons.items():
            blocked = self._reasons(target, ids) if ids else []
            reason = role or (NO_SELECTION if not ids else self._describe(blocked, len(ids) > 1))
            button.setEnabled(reason is None)
            button.setToolTip(reason or "")
            if blocked and role is None and target in natural:
                lines.append(f"<b>{title}</b> belum dapat dilakukan. {self._describe(blocked, len(ids) > 1)}")
        if role:
            lines = [role]
        elif not ids:
            lines = [NO_SELECTION]
        self.ui.reason_label.setText("<br>".join(line.replace("\n", "<br>") for line in lines))
        self.ui.reason_label.setStyleSheet(ERROR_STYLE if lines and ids and not role else "")

    @staticmethod
    def _describe(blocked: list[tuple[str, list[str]]], named: bool) -> str | None:
        if not blocked:
            return None
        if not named:
            return " ".join(blocked[0][1])
        first = "\n".join(f"\u201c{name}\u201d: {' '.join(gaps)}" for name, gaps in blocked[:3])
        more = f"\n… dan {len(blocked) - 3} layanan lain." if len(blocked) > 3 else ""
        return first + more

    # -- slots -------------------------------------------------------------------------------
    def _on_selection_changed(self, *_args) -> None:
        self._update_buttons()

    def _on_status_button_clicked(self, target: str) -> None:
        ids = self.selected_ids()
        title = self._buttons[target][1]
        self.pin_gate.run(title, lambda: self._session.move_status(ids, target))

    def _on_decree_tab_record_requested(self, values: tuple) -> None:
        nomor, tanggal, menimbang, mengingat, tempat = values
        self.pin_gate.run("Catat penetapan",
                          lambda: self._session.record_decree(nomor, tanggal, menimbang, mengingat, tempat),
                          self._on_decree_recorded)

    def _on_decree_recorded(self, _adopted) -> None:
        self.decree_tab.load()

    def _on_document_clicked(self, kind: str) -> None:
        from sp_desktop.ui.doc_export_action import export_interactively  # the export machinery loads on use

        export_interactively(self, self._session, kind)

    def _on_signals_changed(self, what: str, _service_id: object) -> None:
        if what in _EVENTS:
            self.reload()
            self.evaluation_tab.show_state()

    def _on_signals_actor_changed(self) -> None:
        self._update_buttons()
        self.decree_tab.refresh_state()
