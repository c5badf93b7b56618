"""Survei Kepuasan: survey periods in four tabs (plan, responses, results, follow-up) and their documents (ui layer).

Every change goes through the session at once (``services.survei.SurveyActions``); the grid writes
one answer per keystroke, so the page never reloads on its own writes, only on other writers'.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget

from sp_desktop.domain.formatting import format_number
from sp_desktop.domain.roles import NotAllowed
from sp_desktop.domain.survei import Survei
from sp_desktop.storage.errors import ProjectError
from sp_desktop.ui.generated.ui_survei_page import Ui_SurveiPage
from sp_desktop.ui.messages import ConfirmBox, guarded, warn
from sp_desktop.ui.pages.survei_hasil import HasilTab
from sp_desktop.ui.pages.survei_rencana import SurveyPlanTab, default_period
from sp_desktop.ui.pages.survei_responden import RespondenTab
from sp_desktop.ui.pages.survei_tindak_lanjut import FollowUpTab
from sp_desktop.ui.session_signals import SessionSignals

_TITLE = "Survei Kepuasan"
# The document buttons: (ui attribute, catalog kind).
DOCUMENTS = (("kuesioner_push_button", "kuesioner"), ("laporan_push_button", "laporan-skm"),
             ("publikasi_push_button", "publikasi-skm"))


class _OwnWrites:
    """The session, with the page's flag raised during each call, so the page ignores its own notifications."""

    def __init__(self, session, page: SurveiPage):
        self._session = session
        self._page = page

    def __getattr__(self, name: str):
        attr = getattr(self._session, name)
        if not callable(attr):
            return attr

        def call(*args, **kwargs):
            self._page._saving += 1
            try:
                return attr(*args, **kwargs)
            finally:
                self._page._saving -= 1

        return call


class SurveiPage(QWidget):
    """Lists the survey periods and edits the selected one.

    Args:
        session: the open project.
        signals: its change notifications.
    """

    def __init__(self, session, signals: SessionSignals, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_SurveiPage()
        self.ui.setupUi(self)
        self._session = session
        self._saving = 0
        self.store = _OwnWrites(session, self)
        self._surveys: list = []
        self.remove_box: ConfirmBox | None = None
        self.plan_tab = SurveyPlanTab(self)
        self.responden_tab = RespondenTab(self.store, session, self)
        self.hasil_tab = HasilTab(self.store, self)
        self.follow_up_tab = FollowUpTab(self.store, self)
        tabs = self.ui.detail_tab_widget
        for tab, label in ((self.plan_tab, "&1 Rencana"), (self.responden_tab, "&2 Responden"),
                           (self.hasil_tab, "&3 Hasil"), (self.follow_up_tab, "&4 Tindak lanjut")):
            tabs.addTab(tab, label)
        self.ui.read_only_label.setVisible(False)
        tabs.currentChanged.connect(self._on_detail_tab_widget_current_changed)
        self.plan_tab.edited.connect(self._on_plan_tab_edited)
        self.responden_tab.answers_changed.connect(self._on_responden_tab_answers_changed)
        self.ui.period_combo_box.currentIndexChanged.connect(self._on_period_combo_box_current_index_changed)
        self.ui.add_period_push_button.clicked.connect(self._on_add_period_push_button_clicked)
        self.ui.remove_period_push_button.clicked.connect(self._on_remove_period_push_button_clicked)
        for name, kind in DOCUMENTS:
            getattr(self.ui, name).clicked.connect(lambda _checked=False, kind=kind: self.export_document(kind))
        signals.changed.connect(self._on_signals_changed)
        self.reload()

    # -- loading ---------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        """Show what the file holds, keeping the selected period (or selecting ``select_id``)."""
        keep = self.current_id() if select_id is None else select_id
        self._surveys = self._session.surveys()
        self.plan_tab.set_services(self._service_names())
        combo = self.ui.period_combo_box
        combo.blockSignals(True)
        combo.clear()
        for info in self._surveys:
            combo.addItem(info.periode or "(tanpa nama)", info.id)
        found = combo.findData(keep) if keep is not None else -1
        combo.setCurrentIndex(found if found >= 0 else len(self._surveys) - 1)
        combo.blockSignals(False)
        self._show_current()

    def _service_names(self) -> list[str]:
        return [s.jenis_pelayanan for s in self._session.summaries()]

    def current_id(self) -> int | None:
        return self.ui.period_combo_box.currentData()

    def current(self):
        sid = self.current_id()
        return next((s for s in self._surveys if s.id == sid), None)

    def _surveyed_services(self, info) -> list[str]:
        return list(info.layanan) if info.layanan else self._service_names()

    def _show_current(self) -> None:
        info = self.current()
        self.ui.empty_label.setVisible(info is None)
        self.ui.detail_tab_widget.setVisible(info is not None)
        self.ui.documents_group_box.setVisible(info is not None)
        self.ui.remove_period_push_button.setEnabled(info is not None)
        if info is None:
            self.responden_tab.set_survey(None, [])
            self.hasil_tab.set_survey(None, [])
            self.follow_up_tab.set_survey(None)
            return
        plan = Survei(periode=info.periode, mulai=info.mulai, selesai=info.selesai, layanan=list(info.layanan),
                      populasi=info.populasi, id=info.uid, tanggal_laporan=info.tanggal_laporan)
        self.plan_tab.show_plan(plan, info.jumlah_responden)
        services = self._surveyed_services(info)
        self.responden_tab.set_survey(info.id, services)
        self.hasil_tab.set_survey(info.id, services)
        self.follow_up_tab.set_survey(info.id)
        self._refresh_visible()

    def _refresh_visible(self) -> None:
        current = self.ui.detail_tab_widget.currentWidget()
        if current is self.hasil_tab and self.hasil_tab.stale:
            self.hasil_tab.refresh()
        elif current is self.follow_up_tab:
            self.follow_up_tab.refresh()

    # -- editing ---------------------------------------------------------------------------
    def _on_plan_tab_edited(self) -> None:
        sid = self.current_id()
        if sid is None:
            return
        plan = self.plan_tab.plan
        try:
            self.store.update_survey_plan(sid, plan)
        except (NotAllowed, ProjectError) as exc:
            warn(self, _TITLE, str(exc))
            self.reload(sid)  # refused: show what the file holds, never an edit it did not take
            return
        combo = self.ui.period_combo_box
        combo.setItemText(combo.currentIndex(), plan.periode or "(tanpa nama)")
        self._surveys = self._session.surveys()
        info = self.current()
        if info is not None:
            services = self._surveyed_services(info)
            if self.responden_tab.model is not None:
                self.responden_tab.model.services = services
            self.hasil_tab.set_survey(info.id, services)
            self.follow_up_tab.refresh()

    def _on_responden_tab_answers_changed(self) -> None:
        model = self.responden_tab.model
        self.plan_tab.show_count(model.respondent_count() if model is not None else 0)
        self.hasil_tab.stale = True

    def _on_detail_tab_widget_current_changed(self, _index: int) -> None:
        self._refresh_visible()

    def _on_period_combo_box_current_index_changed(self, _index: int) -> None:
        self._show_current()

    def _on_add_period_push_button_clicked(self) -> None:
        plan = default_period(date.today(), {s.periode for s in self._surveys})
        plan.layanan = self._service_names()[:1] if len(self._service_names()) == 1 else []
        new_id = guarded(self, "Tambah periode", self.store.add_survey, plan)
        if new_id is not None:
            self.reload(new_id)
            self.ui.detail_tab_widget.setCurrentWidget(self.plan_tab)
            self.plan_tab.ui.periode_line_edit.setFocus()
            self.plan_tab.ui.periode_line_edit.selectAll()

    def _on_remove_period_push_button_clicked(self) -> None:
        info = self.current()
        if info is None:
            return
        count = info.jumlah_responden
        box = ConfirmBox(self, "Hapus periode", f"Hapus survei \u201c{info.periode}\u201d?", "&Hapus",
                         informative=f"{format_number(count)} jawaban responden dan rencana tindak lanjutnya ikut "
                                     "terhapus. Tindakan ini tidak dapat diurungkan.", destructive=True)
        box.setObjectName("delete_survey_message_box")
        box.answered.connect(self._on_remove_box_answered)
        self.remove_box = box
        box.open()

    def _on_remove_box_answered(self, yes: bool) -> None:
        self.remove_box = None
        info = self.current()
        if yes and info is not None:
            guarded(self, "Hapus periode", self.store.delete_survey, info.id)
            self.reload()

    # -- documents -------------------------------------------------------------------------
    def export_document(self, kind: str) -> None:
        """Write a document of the selected survey (Kuesioner, Laporan SKM, Publikasi)."""
        sid = self.current_id()
        if sid is None:
            return
        from sp_desktop.ui.doc_export_action import export_interactively  # the export plumbing loads on demand

        export_interactively(self, self._session, kind, options={"survei_id": sid})

    # -- notifications ---------------------------------------------------------------------
    def _on_signals_changed(self, what: str, _service_id: object) -> None:
        if self._saving:
            return
        if what == "survei":
            self.reload()
        elif what == "services":
            self.reload()
