"""The "Notulen & foto" tab: the Berita Acara's number and signer, the minutes, photos and notulen files (ui layer)."""

from __future__ import annotations

import mimetypes
import tempfile
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QFileDialog, QInputDialog, QListWidgetItem, QStyle, QWidget

from sp_desktop.domain.os_messages import os_reason
from sp_desktop.domain.pembahasan import Pembahasan
from sp_desktop.services.pembahasan import FOTO
from sp_desktop.ui.file_actions import open_file
from sp_desktop.ui.generated.ui_pembahasan_lampiran import Ui_PembahasanLampiran
from sp_desktop.ui.messages import confirm, guarded, warn
from sp_desktop.ui.pages.pembahasan_tab import DiscussionTab

THUMB = QSize(96, 72)
_TITLE = "Lampiran pembahasan"
PHOTO_FILTER = "Foto (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff);;Semua berkas (*)"


class LampiranTab(DiscussionTab):
    """Notes typed in (saved with the discussion) and files stored at once through the session.

    Signals:
        files_changed(): a photo or file was added, captioned or removed (the page refreshes; the first
            file of an imported discussion gives it an id).
    """

    files_changed = Signal()

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PembahasanLampiran()
        self.ui.setupUi(self)
        self._session = session
        self.caption_dialog: QInputDialog | None = None
        ui = self.ui
        ui.attachments_list_widget.setIconSize(THUMB)
        ui.notulen_plain_text_edit.textChanged.connect(self._on_notulen_plain_text_edit_text_changed)
        ui.nomor_berita_acara_line_edit.textEdited.connect(self._on_nomor_berita_acara_line_edit_text_edited)
        ui.penandatangan_masyarakat_combo_box.editTextChanged.connect(self._on_penandatangan_edit_text_changed)
        ui.add_photo_push_button.clicked.connect(self._on_add_photo_push_button_clicked)
        ui.add_file_push_button.clicked.connect(self._on_add_file_push_button_clicked)
        ui.caption_push_button.clicked.connect(self._on_caption_push_button_clicked)
        ui.open_push_button.clicked.connect(self._on_open_push_button_clicked)
        ui.remove_attachment_push_button.clicked.connect(self._on_remove_attachment_push_button_clicked)
        ui.attachments_list_widget.itemActivated.connect(self._on_open_push_button_clicked)
        ui.attachments_list_widget.currentRowChanged.connect(self._update_buttons)

    # -- showing ---------------------------------------------------------------------------
    def _fill(self, p: Pembahasan) -> None:
        ui = self.ui
        if ui.notulen_plain_text_edit.toPlainText() != p.notulen:
            ui.notulen_plain_text_edit.setPlainText(p.notulen)
        if ui.nomor_berita_acara_line_edit.text() != p.nomor_berita_acara:
            ui.nomor_berita_acara_line_edit.setText(p.nomor_berita_acara)
        self._fill_signers(p)
        self.show_files()

    def refresh_signers(self) -> None:
        """Offer the attending participants from outside the unit as the public's signer (after attendance changed)."""
        with self.filling():
            self._fill_signers(self.discussion)

    def _fill_signers(self, p: Pembahasan) -> None:
        combo = self.ui.penandatangan_masyarakat_combo_box
        combo.clear()
        combo.addItems([x.nama for x in p.peserta if x.hadir and x.dari_luar and x.nama.strip()])
        combo.setEditText(p.penandatangan_masyarakat)

    def show_files(self) -> None:
        """List the discussion's photos (as thumbnails) and files."""
        widget = self.ui.attachments_list_widget
        row = widget.currentRow()
        widget.clear()
        file_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        for att in self._session.discussion_attachments(self.discussion.id):
            icon = file_icon
            if att.jenis == FOTO:
                pixmap = QPixmap()
                pixmap.loadFromData(self._session.discussion_attachment_data(att.id))
                if not pixmap.isNull():
                    icon = QIcon(pixmap.scaled(THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                                               Qt.TransformationMode.SmoothTransformation))
            kind = "Foto" if att.jenis == FOTO else "Notulen"
            text = f"{kind}: {att.nama}" + (f"\n{att.keterangan}" if att.keterangan else "")
            item = QListWidgetItem(icon, text)
            item.setData(Qt.ItemDataRole.UserRole, att.id)
            item.setToolTip(text)
            widget.addItem(item)
        if widget.count():
            widget.setCurrentRow(min(max(row, 0), widget.count() - 1))
        self._update_buttons()

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        ui = self.ui
        ui.notulen_plain_text_edit.setReadOnly(read_only)
        ui.nomor_berita_acara_line_edit.setReadOnly(read_only)
        ui.penandatangan_masyarakat_combo_box.setEnabled(not read_only)
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        ui = self.ui
        selected = self.selected_attachment() is not None
        writable = not self.read_only
        ui.add_photo_push_button.setEnabled(writable)
        ui.add_file_push_button.setEnabled(writable)
        ui.caption_push_button.setEnabled(writable and selected)
        ui.remove_attachment_push_button.setEnabled(writable and selected)
        ui.open_push_button.setEnabled(selected)

    def selected_attachment(self) -> int | None:
        item = self.ui.attachments_list_widget.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    # -- typed fields ----------------------------------------------------------------------
    def _on_notulen_plain_text_edit_text_changed(self) -> None:
        text = self.ui.notulen_plain_text_edit.toPlainText()
        if not self._filling and text != self.discussion.notulen:
            self.discussion.notulen = text
            self._report()

    def _on_nomor_berita_acara_line_edit_text_edited(self, text: str) -> None:
        self.discussion.nomor_berita_acara = text
        self._report()

    def _on_penandatangan_edit_text_changed(self, text: str) -> None:
        if not self._filling and text != self.discussion.penandatangan_masyarakat:
            self.discussion.penandatangan_masyarakat = text
            self._report()

    # -- files -----------------------------------------------------------------------------
    def add_files(self, paths: list[Path], photo: bool) -> int:
        """Store each file (as a photo when ``photo``); a refused one is named in a message. Returns how many."""
        stored = 0
        for path in paths:
            try:
                data = path.read_bytes()
            except OSError as exc:
                warn(self, _TITLE, f"Berkas {path.name} tidak dapat dibaca: {os_reason(exc)}.")
                continue
            discussion_id = self._session.discussions()[self._row()].id  # fresh: the first file may give it an id
            if photo:
                done = guarded(self, _TITLE, self._session.add_discussion_photo, discussion_id, path.name, data)
            else:
                mime = mimetypes.guess_type(path.name)[0] or ""
                done = guarded(self, _TITLE, self._session.add_discussion_file, discussion_id, path.name, data, mime)
            stored += done is not None
        if stored:
            self.files_changed.emit()
        return stored

    def _row(self) -> int:
        ids = [p.id for p in self._session.discussions()]
        return ids.index(self.discussion.id) if self.discussion.id in ids else 0

    def _on_add_photo_push_button_clicked(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(self, "Tambah foto pembahasan", "", PHOTO_FILTER)
        if names:
            self.add_files([Path(n) for n in names], photo=True)

    def _on_add_file_push_button_clicked(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(self, "Tambah berkas notulen", "", "Semua berkas (*)")
        if names:
            self.add_files([Path(n) for n in names], photo=False)

    def _on_caption_push_button_clicked(self) -> None:
        att_id = self.selected_attachment()
        if att_id is None:
            return
        current = next((a.keterangan for a in self._session.discussion_attachments(self.discussion.id)
                        if a.id == att_id), "")
        dialog = QInputDialog(self)
        dialog.setWindowTitle("Keterangan lampiran")
        dialog.setLabelText("&Keterangan (dicetak di bawah foto pada laporan):")
        dialog.setTextValue(current)
        dialog.setOkButtonText("Simpan")
        dialog.setCancelButtonText("Batal")
        dialog.setProperty("attachment_id", att_id)
        dialog.textValueSelected.connect(self._on_caption_dialog_text_value_selected)
        dialog.finished.connect(self._on_caption_dialog_finished)
        self.caption_dialog = dialog
        dialog.open()

    def _on_caption_dialog_text_value_selected(self, text: str) -> None:
        dialog = self.caption_dialog
        if dialog is not None:
            guarded(self, _TITLE, self._session.set_discussion_attachment_caption, dialog.property("attachment_id"),
                    text.strip())
        self.show_files()

    def _on_caption_dialog_finished(self, _result: int) -> None:
        if self.caption_dialog is not None:
            self.caption_dialog.deleteLater()
        self.caption_dialog = None

    def _on_remove_attachment_push_button_clicked(self) -> None:
        att_id = self.selected_attachment()
        item = self.ui.attachments_list_widget.currentItem()
        if att_id is None or item is None:
            return
        name = item.text().split("\n")[0]
        if confirm(self, "Hapus lampiran", f"Hapus {name} dari pembahasan ini?"):
            guarded(self, _TITLE, self._session.remove_discussion_attachment, att_id)
            self.files_changed.emit()

    def _on_open_push_button_clicked(self, *_args) -> None:
        att_id = self.selected_attachment()
        if att_id is None:
            return
        att = next((a for a in self._session.discussion_attachments(self.discussion.id) if a.id == att_id), None)
        data = guarded(self, _TITLE, self._session.discussion_attachment_data, att_id)
        if att is None or data is None:
            return
        try:
            folder = Path(tempfile.mkdtemp(prefix="sp-desktop-lampiran-"))
            target = folder / Path(att.nama).name
            target.write_bytes(data)
        except OSError as exc:
            warn(self, _TITLE, f"Lampiran tidak dapat disiapkan untuk dibuka: {os_reason(exc)}.")
            return
        if not open_file(target):
            warn(self, _TITLE, f"Tidak ada program untuk membuka {att.nama} di komputer ini.")
