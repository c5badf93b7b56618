"""Dialog that turns a pasted block of text into list items, with a live preview (UI layer)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ...domain.paste import parse_pasted_lines
from ..generated.ui_paste_lines_dialog import Ui_PasteLinesDialog


class PasteLinesDialog(QDialog):
    """Shows the pasted text beside the items it becomes; ``items()`` gives them after OK.

    Args:
        text: the text to start with (usually the clipboard's).
        parent: the widget the dialog belongs to.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PasteLinesDialog()
        self.ui.setupUi(self)
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.source_plain_text_edit.textChanged.connect(self._on_source_plain_text_edit_text_changed)
        self.ui.source_plain_text_edit.setPlainText(text)
        self._on_source_plain_text_edit_text_changed()

    def items(self) -> list[str]:
        """The list items read from the text, numbering removed."""
        return parse_pasted_lines(self.ui.source_plain_text_edit.toPlainText())

    def _on_source_plain_text_edit_text_changed(self) -> None:
        items = self.items()
        self.ui.preview_list_widget.clear()
        self.ui.preview_list_widget.addItems(items)
        self.ui.preview_label.setText(f"Akan ditambahkan ({len(items)} isian):")
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(items))
