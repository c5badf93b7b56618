"""Pembahasan: the discussions of the draft with the public, each in four tabs, saved at every edit (ui layer)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from sp_desktop.domain.enums import MetodePembahasan
from sp_desktop.domain.pembahasan import Pembahasan, title
from sp_desktop.services.session import ProjectSession
from sp_desktop.ui.dialogs.pembahasan_apply_dialog import PembahasanApplyDialog
from sp_desktop.ui.generated.ui_pembahasan_page import Ui_PembahasanPage
from sp_desktop.ui.messages import confirm, guarded, warn
from sp_desktop.ui.pages.pembahasan_lampiran import LampiranTab
from sp_desktop.ui.pages.pembahasan_masukan import MasukanTab
from sp_desktop.ui.pages.pembahasan_peserta import PesertaTab
from sp_desktop.ui.pages.pembahasan_rencana import PlanTab
from sp_desktop.ui.session_signals import SessionSignals

_TITLE = "Pembahasan"
_SHORT = {"fgd": "FGD", "public_hearing": "Dengar pendapat", "fkp": "Forum konsultasi publik"}
# The document buttons: (ui attribute, catalog kind).
DOCUMENTS = (("undangan_push_button", "undangan"), ("daftar_hadir_push_button", "daftar-hadir"),
             ("berita_acara_push_button", "berita-acara"), ("laporan_push_button", "laporan-pembahasan"))


def _list_date(value: str) -> str:
    try:
        return date.fromisoformat(value).strftime("%d-%m-%Y") if value else "belum ditentukan"
    except ValueError:
        return value


class PembahasanPage(QWidget):
    """Lists the discussions and edits the selected one; every change goes through the session at once.

    Args:
        session: the open project.
        signals: its change notifications (services renamed or imported, the acting member changed).
    """

    def __init__(self, session: ProjectSession, signals: SessionSignals, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PembahasanPage()
        self.ui.setupUi(self)
        self._session = session
        self._discussions: list[Pembahasan] = []
        self._saving = False
        self.apply_dialog: PembahasanApplyDialog | None = None
        self._apply_target: tuple[str, int] | None = None
        self.plan_tab = PlanTab(self)
        self.peserta_tab = PesertaTab(self)
        self.masukan_tab = MasukanTab(self)
        self.lampiran_tab = LampiranTab(session, self)
        tabs = self.ui.detail_tab_widget
        for tab, label in ((self.plan_tab, "&1 Rencana"), (self.peserta_tab, "&2 Peserta"),
                           (self.masukan_tab, "&3 Masukan"), (self.lampiran_tab, "&4 Notulen && foto")):
            tabs.addTab(tab, label)
            tab.edited.connect(self._on_tab_edited)
        table = self.ui.discussions_table_widget
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels(["Tanggal", "Metode", "Tempat", "Peserta"])
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().setVisible(False)
        self.ui.main_splitter.setStretchFactor(0, 1)
        self.ui.main_splitter.setStretchFactor(1, 3)
        self.ui.main_splitter.setSizes([250, 900])
        table.currentCellChanged.connect(self._on_discussions_table_widget_current_cell_changed)
        self.ui.add_push_button.clicked.connect(self._on_add_push_button_clicked)
        self.ui.duplicate_push_button.clicked.connect(self._on_duplicate_push_button_clicked)
        self.ui.remove_push_button.clicked.connect(self._on_remove_push_button_clicked)
        self.masukan_tab.apply_requested.connect(self._on_masukan_tab_apply_requested)
        self.lampiran_tab.files_changed.connect(self._on_lampiran_tab_files_changed)
        for name, kind in DOCUMENTS:
            getattr(self.ui, name).clicked.connect(lambda _checked=False, kind=kind: self.export_document(kind))
        self.ui.rancangan_push_button.clicked.connect(self._on_rancangan_push_button_clicked)
        signals.changed.connect(self._on_signals_changed)
        signals.actor_changed.connect(self._on_signals_actor_changed)
        self.reload()

    # -- loading ---------------------------------------------------------------------------
    def reload(self, row: int | None = None) -> None:
        """Show what the file holds, keeping the selected discussion (or selecting ``row``)."""
        keep = self.current_row() if row is None else row
        self._discussions = self._session.discussions()
        names = [s.jenis_pelayanan for s in self._session.summaries()]
        self.plan_tab.set_services(names)
        self.masukan_tab.set_services(names)
        self.plan_tab.set_zone(self._session.instansi().zona_waktu)
        table = self.ui.discussions_table_widget
        table.blockSignals(True)
        table.setRowCount(len(self._discussions))
        for i, p in enumerate(self._discussions):
            self._show_row(i, p)
        table.blockSignals(False)
        keep = min(keep, len(self._discussions) - 1) if keep >= 0 else len(self._discussions) - 1
        if keep >= 0:
            table.setCurrentCell(keep, 0)
        self._show_current()
        self._apply_role()

    def _show_row(self, i: int, p: Pembahasan) -> None:
        metode = _SHORT.get(p.metode, p.metode)
        values = (_list_date(p.tanggal), metode, p.tempat or "—", f"{len(p.hadir())}/{len(p.peserta)}")
        tips = ("", MetodePembahasan(p.metode).label if p.metode in MetodePembahasan.values() else p.metode,
                p.tempat, "hadir / tercatat")
        for column, (text, tip) in enumerate(zip(values, tips)):
            item = QTableWidgetItem(text)
            item.setToolTip(tip or text)
            self.ui.discussions_table_widget.setItem(i, column, item)

    def current_row(self) -> int:
        return self.ui.discussions_table_widget.currentRow()

    def current(self) -> Pembahasan | None:
        row = self.current_row()
        return self._discussions[row] if 0 <= row < len(self._discussions) else None

    def _show_current(self) -> None:
        p = self.current()
        self.ui.empty_label.setVisible(p is None)
        self.ui.detail_tab_widget.setVisible(p is not None)
        self.ui.documents_group_box.setVisible(p is not None)
        if p is not None:
            for tab in self._tabs():
                tab.show_discussion(p)
        self._update_buttons()

    def _tabs(self):
        return (self.plan_tab, self.peserta_tab, self.masukan_tab, self.lampiran_tab)

    def _apply_role(self) -> None:
        reason = self._session.why_cannot_edit_discussions()
        self.ui.read_only_label.setText(f"Hanya dapat dibaca: {reason}" if reason else "")
        self.ui.read_only_label.setVisible(reason is not None)
        for tab in self._tabs():
            tab.set_read_only(reason is not None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        writable = self._session.why_cannot_edit_discussions() is None
        selected = self.current() is not None
        self.ui.add_push_button.setEnabled(writable)
        self.ui.duplicate_push_button.setEnabled(writable and selected)
        self.ui.remove_push_button.setEnabled(writable and selected)

    # -- saving ----------------------------------------------------------------------------
    def _on_tab_edited(self) -> None:
        p, row = self.current(), self.current_row()
        if p is None:
            return
        self._saving = True
        try:
            stored = guarded(self, _TITLE, self._session.update_discussion, p)
        finally:
            self._saving = False
        if stored is None:  # refused: show what the file holds, never an edit it did not take
            self.reload(row)
            return
        self._show_row(row, p)
        if self.sender() is self.plan_tab:
            self.masukan_tab.offer_services()
        if self.sender() is self.peserta_tab:
            self.lampiran_tab.refresh_signers()

    # -- the list --------------------------------------------------------------------------
    def _on_discussions_table_widget_current_cell_changed(self, *_args) -> None:
        self._show_current()

    def _on_add_push_button_clicked(self) -> None:
        inst = self._session.instansi()
        stored = guarded(self, "Tambah pembahasan", self._session.add_discussion,
                         Pembahasan(tempat="", penandatangan_undangan="kepala" if inst.kepala.nama else "ketua"))
        if stored is not None:
            self.reload(len(self._session.discussions()) - 1)
            self.ui.detail_tab_widget.setCurrentWidget(self.plan_tab)
            self.plan_tab.ui.metode_combo_box.setFocus()

    def _on_duplicate_push_button_clicked(self) -> None:
        p, row = self.current(), self.current_row()
        if p is not None and guarded(self, "Putaran lanjutan", self._session.duplicate_discussion, p.id) is not None:
            self.reload(row + 1)

    def _on_remove_push_button_clicked(self) -> None:
        p, row = self.current(), self.current_row()
        if p is None:
            return
        files = len(self._session.discussion_attachments(p.id))
        extra = f" beserta {files} foto/berkasnya" if files else ""
        if confirm(self, "Hapus pembahasan", f"Hapus pembahasan {title(p)}{extra}? Tindakan ini tidak dapat "
                                             "diurungkan."):
            guarded(self, "Hapus pembahasan", self._session.delete_discussion, p.id)
            self.reload(max(0, row - 1))

    def _on_lampiran_tab_files_changed(self) -> None:
        self.reload(self.current_row())

    # -- applying an input -----------------------------------------------------------------
    def _on_masukan_tab_apply_requested(self, index: int) -> None:
        p = self.current()
        if p is None or not 0 <= index < len(p.masukan):
            return
        m = p.masukan[index]
        found = next((s for s in self._session.summaries() if s.jenis_pelayanan == m.layanan), None)
        if found is None:
            warn(self, "Terapkan masukan", f"Layanan \u201c{m.layanan}\u201d tidak ada di proyek ini.")
            return
        dialog = PembahasanApplyDialog(self._session.service(found.id), m, title(p), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._on_apply_dialog_accepted)
        dialog.finished.connect(self._on_apply_dialog_finished)
        self.apply_dialog = dialog
        self._apply_target = (p.id, index)
        dialog.open()

    def _on_apply_dialog_accepted(self) -> None:
        dialog, target = self.apply_dialog, self._apply_target
        if dialog is None or target is None:
            return
        self._saving = True
        try:
            guarded(self, "Terapkan masukan", self._session.apply_masukan, target[0], target[1],
                    dialog.changed_service())
        finally:
            self._saving = False
        self.reload(self.current_row())

    def _on_apply_dialog_finished(self, _result: int) -> None:
        self.apply_dialog = None
        self._apply_target = None

    # -- documents -------------------------------------------------------------------------
    def export_document(self, kind: str) -> None:
        """Write a document of the selected discussion (Undangan, Daftar Hadir, Berita Acara, Laporan)."""
        row = self.current_row()
        if row < 0:
            return
        from sp_desktop.ui.doc_export_action import export_interactively  # the export plumbing loads on demand

        export_interactively(self, self._session, kind, session_index=row)

    def _on_rancangan_push_button_clicked(self) -> None:
        p = self.current()
        if p is None:
            return
        ids = [s.id for s in self._session.summaries() if s.jenis_pelayanan in set(p.layanan)]
        if not ids:
            warn(self, "Rancangan", "Pilih dulu layanan yang dibahas di tab Rencana.")
            return
        from sp_desktop.ui.dialogs.export_dialog import ExportDialog

        dialog = ExportDialog(self._session, self, initial_services=ids)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.export_dialog = dialog
        dialog.open()

    # -- notifications ---------------------------------------------------------------------
    def _on_signals_changed(self, what: str, _service_id: object) -> None:
        if self._saving:
            return
        if what in ("services", "pembahasan"):
            self.reload()
        elif what == "instansi":
            self.plan_tab.set_zone(self._session.instansi().zona_waktu)

    def _on_signals_actor_changed(self) -> None:
        self._apply_role()
