"""Bantuan: the user guide, the list of shortcuts, and where the project file is (ui layer).

The texts are Markdown in ``resources/help`` (shipped as ``sp_desktop/_resources/help``), found
like the regulation guidance: installed package data first, then the source checkout.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from string import Template

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from sp_desktop.ui.generated.ui_help_dialog import Ui_HelpDialog

TOPIC_GUIDE, TOPIC_SHORTCUTS, TOPIC_PROJECT_FILE = range(3)
_TOPICS = (("Panduan pengguna", "panduan.md"), ("Pintasan papan ketik", "pintasan.md"),
           ("Lokasi berkas proyek", "berkas_proyek.md"), ("Pembahasan dengan masyarakat", "pembahasan.md"),
           ("Penetapan standar", "penetapan.md"), ("Templat Word", "templat.md"),
           ("Survei kepuasan masyarakat", "survei.md"), ("Pertukaran antarlaptop", "pertukaran.md"),
           ("Tinjauan banyak unit", "tinjauan.md"))
_REPO_HELP_DIR = Path(__file__).resolve().parents[3] / "resources" / "help"


def help_text(name: str) -> str:
    """The Markdown of one help file (``panduan.md``, ``pintasan.md``, …).

    Raises:
        FileNotFoundError: when the file is in neither the installed package nor the checkout.
    """
    try:
        packaged = resources.files("sp_desktop") / "_resources" / "help" / name
        if packaged.is_file():
            return packaged.read_text(encoding="utf-8")
    except (ModuleNotFoundError, TypeError):
        pass
    return (_REPO_HELP_DIR / name).read_text(encoding="utf-8")


class HelpDialog(QDialog):
    """Topics on the left, the chosen text on the right, the project file and "Buka folder" below.

    Args:
        project_path: the open project's file, or None without one.
        default_path: shown when no project is open (the default project's file).
        topic: the topic shown first (``TOPIC_GUIDE``, ``TOPIC_SHORTCUTS`` or ``TOPIC_PROJECT_FILE``).
    """

    def __init__(self, project_path: Path | None, default_path: Path | None = None, topic: int = TOPIC_GUIDE,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_HelpDialog()
        self.ui.setupUi(self)
        self._project_path = Path(project_path) if project_path is not None else None
        self._default_path = default_path
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Close).setText("&Tutup")
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.open_folder_push_button.clicked.connect(self._on_open_folder_push_button_clicked)
        self.ui.topics_list_widget.currentRowChanged.connect(self._on_topics_list_widget_current_row_changed)
        if self._project_path is not None:
            self.ui.project_path_label.setText(str(self._project_path))
            self.ui.project_path_label.setToolTip(str(self._project_path))
        self.ui.open_folder_push_button.setEnabled(self._project_path is not None)
        for title, _name in _TOPICS:
            self.ui.topics_list_widget.addItem(title)
        self.ui.topics_list_widget.setCurrentRow(topic)

    def folder(self) -> Path | None:
        """The folder "Buka folder" opens (None without an open project)."""
        return self._project_path.parent if self._project_path is not None else None

    def _on_topics_list_widget_current_row_changed(self, row: int) -> None:
        if not 0 <= row < len(_TOPICS):
            return
        self.setWindowTitle(f"Bantuan — {_TOPICS[row][0]}")
        try:
            text = help_text(_TOPICS[row][1]) if row != TOPIC_PROJECT_FILE else self._project_file_text()
        except OSError:
            text = "# Bantuan\n\nTeks bantuan ini tidak ditemukan dalam pemasangan aplikasi."
        self.ui.content_text_browser.setMarkdown(text)

    def _project_file_text(self) -> str:
        if self._project_path is None:
            shown = str(self._default_path) if self._default_path is not None else "(tidak diketahui)"
            return Template(help_text("tanpa_proyek.md")).safe_substitute(path=shown)
        return Template(help_text("berkas_proyek.md")).safe_substitute(
            path=str(self._project_path), folder=str(self._project_path.parent))

    def _on_open_folder_push_button_clicked(self) -> None:
        folder = self.folder()
        if folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def show_help(parent: QWidget, project_path: Path | None, topic: int = TOPIC_GUIDE) -> HelpDialog:
    """Open Bantuan (non-modal, deleted when closed) at ``topic`` for the open project (or none)."""
    from sp_desktop.ui.app import default_project_path

    dialog = HelpDialog(project_path, default_project_path(), topic, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
