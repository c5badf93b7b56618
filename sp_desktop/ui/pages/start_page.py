"""The start screen shown when no project is open: new, open, recent files (ui layer)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidgetItem, QStyle, QWidget

from sp_desktop.ui.generated.ui_start_page import Ui_StartPage


class StartPage(QWidget):
    """Offers "Proyek baru…", "Buka proyek…" and the recent files.

    Signals:
        new_requested(), open_requested(): the buttons were clicked.
        recent_activated(Path): a recent file was chosen (double-click or Enter).
    """

    new_requested = Signal()
    open_requested = Signal()
    recent_activated = Signal(Path)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_StartPage()
        self.ui.setupUi(self)
        style = self.style()
        self.ui.new_push_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_FileIcon))
        self.ui.open_push_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_DialogOpenButton))
        self.ui.new_push_button.clicked.connect(self._on_new_push_button_clicked)
        self.ui.open_push_button.clicked.connect(self._on_open_push_button_clicked)
        self.ui.recent_list_widget.itemActivated.connect(self._on_recent_list_widget_item_activated)

    def set_recent_files(self, paths: list[Path]) -> None:
        """Show ``paths`` (newest first): the file name, with the folder as a second line."""
        widget = self.ui.recent_list_widget
        widget.clear()
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        for path in paths:
            item = QListWidgetItem(icon, f"{path.name}\n{path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            widget.addItem(item)
        widget.setVisible(bool(paths))
        self.ui.recent_empty_label.setVisible(not paths)
        if paths:
            widget.setCurrentRow(0)

    def _on_new_push_button_clicked(self) -> None:
        self.new_requested.emit()

    def _on_open_push_button_clicked(self) -> None:
        self.open_requested.emit()

    def _on_recent_list_widget_item_activated(self, item: QListWidgetItem) -> None:
        self.recent_activated.emit(Path(item.data(Qt.ItemDataRole.UserRole)))
