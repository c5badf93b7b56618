"""The evidence files of one publication record (owner ``"publikasi:<id>"``), in the shared files box (ui layer)."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QWidget

from sp_desktop.services import publikasi as svc
from sp_desktop.services.session import ProjectSession
from sp_desktop.ui.widgets.attachment_box import AttachmentBox, AttachmentKind


class PublikasiFiles(AttachmentBox):
    """The "Bukti" box of the Publikasi page for the record shown."""

    def __init__(self, session: ProjectSession, ui, page: QWidget):
        kind = AttachmentKind(
            title="Bukti publikasi", noun="bukti", owner_noun="publikasi ini", dialog_title="Pilih bukti publikasi",
            dialog_filter="Foto dan dokumen (*.jpg *.jpeg *.png *.pdf);;Semua berkas (*)",
            temp_prefix="sp-desktop-bukti-", files=partial(svc.evidence, session),
            attach=partial(svc.attach_evidence, session), data=partial(svc.evidence_data, session),
            remove=partial(svc.remove_evidence, session),
        )
        super().__init__(kind, ui, page)
