"""The "Peserta" tab: invitees and walk-ins, who attended, and how many groups from outside the unit came (ui layer)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from sp_desktop.domain.pembahasan import Pembahasan, Peserta, missing_groups, outside_unsur
from sp_desktop.ui.generated.ui_pembahasan_peserta import Ui_PembahasanPeserta
from sp_desktop.ui.models.peserta_table_model import PesertaTableModel
from sp_desktop.ui.pages.pembahasan_tab import DiscussionTab


def counts_text(p: Pembahasan) -> str:
    """The PEKPPP 2.a.P count of distinct unsur from outside the unit, and the head count."""
    invited, attended = len(outside_unsur(p)), len(outside_unsur(p, attended_only=True))
    hadir = len(p.hadir())
    walk_ins = sum(1 for x in p.peserta if not x.diundang)
    people = f"Peserta: {len(p.peserta)} orang, {hadir} hadir"
    if walk_ins:
        people += f" ({walk_ins} datang langsung)"
    return f"Unsur dari luar unit: diundang {invited}, hadir {attended}.  {people}."


def missing_text(p: Pembahasan) -> str:
    """The warning naming each group the regulations name that nobody represents ("" when none is missing)."""
    missing = missing_groups(p)
    if not missing:
        return ""
    return "\u26a0 Belum ada peserta dari unsur: " + "; ".join(missing) + "."


class PesertaTab(DiscussionTab):
    """The participants' table (edited in place, keyboard only if wished) and the counters above it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PembahasanPeserta()
        self.ui.setupUi(self)
        self.model = PesertaTableModel(self)
        self.ui.peserta_list_widget.set_model(self.model)
        self.ui.peserta_list_widget.view.setAccessibleName("Daftar peserta")
        self.model.rows_edited.connect(self._on_model_rows_edited)
        self.ui.walk_in_push_button.clicked.connect(self._on_walk_in_push_button_clicked)

    def _fill(self, p: Pembahasan) -> None:
        self.model.set_items(p.peserta)
        self._show_counts()

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.model.checks_enabled = not read_only
        self.ui.peserta_list_widget.set_read_only(read_only)
        self.ui.walk_in_push_button.setEnabled(not read_only)

    def _show_counts(self) -> None:
        p = self.discussion
        self.ui.counts_label.setText(counts_text(p))
        warning = missing_text(p)
        self.ui.missing_label.setText(warning)
        self.ui.missing_label.setVisible(bool(warning))

    def _on_model_rows_edited(self, _key: object) -> None:
        self.discussion.peserta = self.model.items()
        self._show_counts()
        self._report()

    def _on_walk_in_push_button_clicked(self) -> None:
        """A row for someone who came without an invitation: attended, not invited; its name is edited at once."""
        widget = self.ui.peserta_list_widget
        row = self.model.rowCount()
        self.model.insert_items(row, [Peserta(diundang=False, hadir=True)])
        widget.select_row(row)
        view = widget.view
        view.setFocus()
        view.edit(view.currentIndex())
