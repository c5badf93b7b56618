"""Profil Instansi: the unit, its logo and its head; every edit is saved at once (ui layer)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QFileDialog, QFormLayout, QLabel, QWidget

from sp_desktop.domain.enums import ZonaWaktu
from sp_desktop.domain.formatting import GOLONGAN, normalize_golongan, normalize_nip, pangkat_for
from sp_desktop.domain.model import Instansi
from sp_desktop.domain.os_messages import os_reason
from sp_desktop.services.session import ProjectSession
from sp_desktop.ui.generated.ui_instansi_page import Ui_InstansiPage
from sp_desktop.ui.messages import guarded, warn
from sp_desktop.ui.nip_feedback import show_nip_feedback
from sp_desktop.ui.session_signals import SessionSignals

LOGO_PREVIEW_SIZE = 164
_TITLE = "Profil Instansi"

# Line edits that map one-to-one onto a text field: (ui attribute, "instansi" or "kepala", field name).
_TEXT_FIELDS = (
    ("pemerintah_daerah_line_edit", "instansi", "pemerintah_daerah"),
    ("nama_line_edit", "instansi", "nama"),
    ("singkatan_line_edit", "instansi", "singkatan"),
    ("alamat_line_edit", "instansi", "alamat"),
    ("telepon_line_edit", "instansi", "telepon"),
    ("email_line_edit", "instansi", "email"),
    ("laman_line_edit", "instansi", "laman"),
    ("kota_line_edit", "instansi", "kota"),
    ("kepala_nama_line_edit", "kepala", "nama"),
    ("kepala_jabatan_line_edit", "kepala", "jabatan"),
)


def _widen_labels(form: QFormLayout) -> None:
    """Give every label of ``form`` the width of the widest one, plus a space.

    A label is laid out at its size hint, which measures the text with its kerning; drawing the
    mnemonic underline splits the text (the "T" of "&Telepon" loses its kerning with the "e"), so
    the last letter was cut off. The spare width costs nothing: the column is as wide anyway.
    """
    labels = [
        item.widget()
        for row in range(form.rowCount())
        if (item := form.itemAt(row, QFormLayout.ItemRole.LabelRole)) is not None and isinstance(item.widget(), QLabel)
    ]
    if labels:
        widest = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(widest + label.fontMetrics().horizontalAdvance(" "))


class InstansiPage(QWidget):
    """Edits the project's :class:`Instansi` and logo through the session (autosave per keystroke).

    Args:
        session: the open project.
        signals: its change signals; with them the page follows a profile changed elsewhere.
    """

    def __init__(self, session: ProjectSession, signals: SessionSignals | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_InstansiPage()
        self.ui.setupUi(self)
        self._session = session
        self._instansi = Instansi()
        for form in (self.ui.instansi_form_layout, self.ui.kepala_form_layout):
            _widen_labels(form)
        for zona in ZonaWaktu:
            self.ui.zona_waktu_combo_box.addItem(zona.label, zona.value)
        self.ui.kepala_golongan_combo_box.addItem("— belum dipilih / bukan PNS —", "")
        for golongan, pangkat in GOLONGAN:
            self.ui.kepala_golongan_combo_box.addItem(f"{golongan}  {pangkat}", golongan)
        for name, _part, _field in _TEXT_FIELDS:
            edit = getattr(self.ui, name)
            edit.textEdited.connect(lambda text, name=name: self._on_text_field_text_edited(name, text))
        self.ui.kepala_nip_line_edit.textEdited.connect(self._on_kepala_nip_line_edit_text_edited)
        self.ui.zona_waktu_combo_box.activated.connect(self._on_zona_waktu_combo_box_activated)
        self.ui.kepala_golongan_combo_box.activated.connect(self._on_kepala_golongan_combo_box_activated)
        self.ui.choose_logo_push_button.clicked.connect(self._on_choose_logo_push_button_clicked)
        self.ui.clear_logo_push_button.clicked.connect(self._on_clear_logo_push_button_clicked)
        if signals is not None:
            signals.changed.connect(self._on_signals_changed)
        self.reload()

    # -- loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Show what the project file holds (after opening or an import)."""
        self._instansi = self._session.instansi()
        for name, part, field in _TEXT_FIELDS:
            source = self._instansi if part == "instansi" else self._instansi.kepala
            getattr(self.ui, name).setText(getattr(source, field))
        self._select_data(self.ui.zona_waktu_combo_box, self._instansi.zona_waktu)
        kepala = self._instansi.kepala
        self.ui.kepala_nip_line_edit.setText(kepala.nip)
        show_nip_feedback(self.ui.kepala_nip_feedback_label, kepala.nip, optional=False, autosave=True)
        self._select_data(self.ui.kepala_golongan_combo_box, normalize_golongan(kepala.golongan) or kepala.golongan)
        self.ui.kepala_pangkat_line_edit.setText(kepala.pangkat)
        self._show_logo()

    @staticmethod
    def _select_data(combo, value: str) -> None:
        index = combo.findData(value)
        if index < 0:  # a stored value this version does not list stays visible and unchanged
            combo.addItem(value, value)
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    def _show_logo(self) -> None:
        logo = self._session.logo()
        pixmap = QPixmap()
        if logo is not None:
            pixmap.loadFromData(logo.data)
        label = self.ui.logo_preview_label
        if pixmap.isNull():
            label.setPixmap(QPixmap())
            label.setText("Belum ada logo")
        else:
            label.setPixmap(
                pixmap.scaled(
                    LOGO_PREVIEW_SIZE,
                    LOGO_PREVIEW_SIZE,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        self.ui.clear_logo_push_button.setEnabled(logo is not None)

    def _on_signals_changed(self, what: str, _service_id: object) -> None:
        # The page saves its whole Instansi at every keystroke: a profile changed elsewhere (a received package,
        # a resolved conflict, an import) must replace its copy first. Its own saves leave the two equal.
        if what == "instansi" and self._session.instansi() != self._instansi:
            self.reload()
        elif what == "logo":
            self._show_logo()

    # -- edits -----------------------------------------------------------------------------
    def _save(self) -> None:
        guarded(self, _TITLE, self._session.save_instansi, self._instansi)

    def _on_text_field_text_edited(self, name: str, text: str) -> None:
        part, field = next((p, f) for n, p, f in _TEXT_FIELDS if n == name)
        setattr(self._instansi if part == "instansi" else self._instansi.kepala, field, text)
        self._save()

    def _on_kepala_nip_line_edit_text_edited(self, text: str) -> None:
        # A NIP with errors (not 18 digits yet) is not stored; warnings never refuse.
        if show_nip_feedback(self.ui.kepala_nip_feedback_label, text, optional=False, autosave=True):
            self._instansi.kepala.nip = normalize_nip(text)
            self._save()

    def _on_zona_waktu_combo_box_activated(self, _index: int) -> None:
        self._instansi.zona_waktu = self.ui.zona_waktu_combo_box.currentData()
        self._save()

    def _on_kepala_golongan_combo_box_activated(self, _index: int) -> None:
        golongan = self.ui.kepala_golongan_combo_box.currentData()
        pangkat = pangkat_for(golongan) or ("" if not golongan else self._instansi.kepala.pangkat)
        self._instansi.kepala.golongan = golongan
        self._instansi.kepala.pangkat = pangkat
        self.ui.kepala_pangkat_line_edit.setText(pangkat)
        self._save()

    def _on_choose_logo_push_button_clicked(self) -> None:
        filename, _filter = QFileDialog.getOpenFileName(
            self, "Pilih logo", "", "Gambar PNG atau JPG (*.png *.jpg *.jpeg);;Semua berkas (*)"
        )
        if filename:
            self.load_logo_file(Path(filename))

    def load_logo_file(self, path: Path) -> bool:
        """Store the image at ``path`` as the logo; explain in a message box when it is unusable."""
        try:
            data = path.read_bytes()
        except OSError as exc:
            warn(self, "Logo", f"Berkas {path.name} tidak dapat dibaca: {os_reason(exc)}.")
            return False
        if QImage.fromData(data).isNull():
            warn(self, "Logo", f"Berkas {path.name} bukan gambar PNG atau JPG yang dapat dibaca. Pilih berkas lain.")
            return False
        mime = "image/png" if data.startswith(b"\x89PNG") else "image/jpeg"
        stored = guarded(self, "Logo", lambda: self._session.set_logo(data, mime) or True)
        self._show_logo()
        return bool(stored)

    def _on_clear_logo_push_button_clicked(self) -> None:
        guarded(self, "Logo", self._session.clear_logo)
        self._show_logo()
