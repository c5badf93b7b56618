"""SopDialog: a service's SOP fields (nomor, dates, keterkaitan, peringatan, pencatatan), "Cetak SOP…" (ui layer)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QToolButton, QWidget

from sp_desktop.domain.roles import NotAllowed
from sp_desktop.domain.sop import SopInfo
from sp_desktop.services import sop as sop_service
from sp_desktop.storage.errors import ProjectError
from sp_desktop.ui.generated.ui_sop_dialog import Ui_SopDialog

LINES = ("nomor", "tanggal_pembuatan", "tanggal_revisi", "tanggal_efektif")
TEXTS = ("keterkaitan", "peringatan", "pencatatan")
DATES = {"tanggal_pembuatan": "Tanggal pembuatan", "tanggal_revisi": "Tanggal revisi",
         "tanggal_efektif": "Tanggal efektif"}


def date_problem(key: str, text: str) -> str | None:
    """Why a typed date cannot be kept (blank is fine), else None."""
    text = text.strip()
    if not text:
        return None
    try:
        date.fromisoformat(text)
        if len(text) == 10:
            return None
    except ValueError:
        pass
    return f"{DATES[key]} '{text}' bukan tanggal yang sah; tulis dalam bentuk TTTT-BB-HH, mis. 2026-03-01."


class SopDialog(QDialog):
    """Edits the SOP fields of one service; "Simpan" stores them, "Cetak SOP…" stores them and prints.

    Args:
        session: the open ``ProjectSession``.
        service_id: the service.
        export: called as ``export(parent, session, kind, service_ids=[id])``; by default
            ``ui.doc_export_action.export_interactively`` (tests pass their own).
    """

    def __init__(self, session, service_id: int, parent: QWidget | None = None, export=None):
        super().__init__(parent)
        self._session = session
        self._service_id = service_id
        self._export = export
        self.ui = Ui_SopDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(f"SOP — {session.service(service_id).jenis_pelayanan}")
        self._info = sop_service.sop_info(session, service_id)
        for key in LINES:
            getattr(self.ui, f"{key}_line_edit").setText(getattr(self._info, key))
        for key in TEXTS:
            getattr(self.ui, f"{key}_text_edit").setPlainText(getattr(self._info, key))
        self.ui.error_label.hide()
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Save).setText("&Simpan")
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText("Batal")
        self.ui.button_box.accepted.connect(self._on_button_box_accepted)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.print_push_button.clicked.connect(self._on_print_push_button_clicked)

    def info(self) -> SopInfo:
        """The fields as typed (unknown stored keys kept)."""
        values = {key: getattr(self.ui, f"{key}_line_edit").text().strip() for key in LINES}
        values |= {key: getattr(self.ui, f"{key}_text_edit").toPlainText().strip() for key in TEXTS}
        return SopInfo(**values, lain=dict(self._info.lain))

    def save(self) -> bool:
        """Store the fields; shows why not and returns False when they cannot be stored."""
        info = self.info()
        problem = next((p for k in DATES if (p := date_problem(k, getattr(info, k)))), None)
        if problem is None:
            try:
                sop_service.save_sop_info(self._session, self._service_id, info)
            except (NotAllowed, ProjectError) as exc:
                problem = str(exc)
        if problem:
            self.ui.error_label.setText(problem)
            self.ui.error_label.show()
            return False
        self.ui.error_label.hide()
        self._info = info
        return True

    def _on_button_box_accepted(self) -> None:
        if self.save():
            self.accept()

    def _on_print_push_button_clicked(self) -> None:
        if not self.save():
            return
        export = self._export
        if export is None:
            from sp_desktop.ui.doc_export_action import export_interactively as export
        export(self, self._session, "sop", service_ids=[self._service_id])


def add_sop_button(editor) -> QToolButton:
    """The "SOP…" button in the service editor's header, beside "Versi…"; it opens the editor's SopDialog."""
    ui = editor.ui
    button = QToolButton(editor)
    button.setObjectName("sop_tool_button")
    button.setText("SOP…")
    button.setToolTip("Isi identitas SOP layanan ini dan cetak rancangan SOP (Permenpan RB 35/2012)")
    ui.header_layout.insertWidget(ui.header_layout.indexOf(ui.guidance_tool_button), button)

    def open_dialog() -> None:
        editor.sop_dialog = SopDialog(editor._session, editor.service_id, editor)
        editor.sop_dialog.setObjectName("sop_dialog")
        editor.sop_dialog.open()

    button.clicked.connect(open_dialog)
    return button
