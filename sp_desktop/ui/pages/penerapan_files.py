"""The files kept with one penerapan activity, in the page's shared files box (ui layer)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from sp_desktop.services.session import ProjectSession
from sp_desktop.ui.widgets.attachment_box import AttachmentBox, AttachmentKind, size_text

__all__ = ["KegiatanFiles", "size_text"]


class KegiatanFiles(AttachmentBox):
    """The "Berkas bukti" box of the Penerapan page for the activity shown."""

    def __init__(self, session: ProjectSession, ui, page: QWidget):
        kind = AttachmentKind(
            title="Berkas bukti", noun="berkas", owner_noun="kegiatan ini", dialog_title="Pilih berkas bukti",
            dialog_filter="Foto dan dokumen (*.jpg *.jpeg *.png *.pdf *.docx *.doc *.xlsx);;Semua berkas (*)",
            temp_prefix="sp-desktop-berkas-", files=session.kegiatan_files, attach=session.attach_kegiatan_file,
            data=session.kegiatan_file_data, remove=session.remove_kegiatan_file,
        )
        super().__init__(kind, ui, page)
