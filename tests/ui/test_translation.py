"""Qt's own strings in Indonesian: message boxes, the file and print dialogs, context menus, the print preview."""

import re

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QContextMenuEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from sp_desktop.ui import messages, translation
from sp_desktop.ui.main_window import MainWindow

# Captured at import, before the autouse recorder replaces them: these tests need the real boxes.
_REAL_QUESTION = QMessageBox.question
_REAL_WARNING = QMessageBox.warning

# English words and phrases Qt shows when it has no translation. "OK" is not among them: it is what
# Indonesian Windows and Office show too. "Printer", "Folder" and "Margin" are Indonesian as well.
ENGLISH = {
    "yes", "no", "cancel", "open", "save", "close", "look", "file", "files", "name", "type", "back", "forward",
    "parent", "directory", "directories", "create", "new", "list", "view", "detail", "undo", "redo", "cut", "copy",
    "paste", "delete", "select", "all", "print", "zoom", "fit", "page", "pages", "next", "previous", "first", "last",
    "portrait", "landscape", "show", "size", "date", "modified", "computer", "options", "properties", "copies",
    "collate", "reverse", "color", "grayscale", "selection", "step", "up", "down", "scroll", "top", "bottom",
    "left", "right", "edge", "details", "apply", "reset", "discard", "help", "restore", "defaults", "abort",
    "retry", "ignore", "enter", "value", "recent", "places", "sidebar", "rename", "hidden", "choose", "width",
    "height", "paper", "source", "layout", "custom", "setup", "preview", "output", "location", "local", "write",
    "range", "even", "odd", "facing", "single", "overview", "orientation", "settings", "double", "sided",
    "binding", "long", "short", "off", "current", "drive", "unknown", "link",
}
_WORD = re.compile(r"[A-Za-z]+")


def english_words(texts) -> set[str]:
    found = set()
    for text in texts:
        if "/" in (text or "") or "\\" in (text or ""):
            continue  # a path: the user's own folder names
        plain = (text or "").split("\t")[0].replace("&&", "").replace("&", "")
        found |= {word for word in _WORD.findall(plain) if word.lower() in ENGLISH}
    return found


def shown_texts(root: QWidget) -> list[str]:
    """Every text a user can read in ``root``: labels, buttons, tooltips, actions, lists, headers, title."""
    texts = [root.windowTitle()]
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        texts.append(widget.toolTip())
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QHeaderView) and widget.model() is not None:
            model = widget.model()
            texts += [str(model.headerData(c, widget.orientation()) or "") for c in range(widget.count())]
    for action in root.findChildren(QAction):
        if action.isVisible() and action.text():
            texts += [action.text(), action.toolTip()]
    return texts


@pytest.fixture
def indonesian(qapp):
    translator = translation.install(qapp)
    assert translator is not None, "resources/translations/qt_id.qm is missing: run scripts/build_translations.py"
    yield translator
    translation.uninstall(qapp, translator)


@pytest.fixture
def window(qtbot, app_settings, indonesian, project_file):
    win = MainWindow(app_settings)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    assert win.open_path(project_file)
    dialog = win.controller.identity_dialog
    dialog.ui.members_table_widget.selectRow(0)
    dialog.accept()
    return win


def _when_modal(qtbot, collect, *, popup=False):
    """Run ``collect(widget)`` on the next modal dialog (or popup menu), then close it; returns what it collected."""
    seen: list = []

    def check():
        modal = QApplication.activePopupWidget() if popup else QApplication.activeModalWidget()
        if modal is None:
            QTimer.singleShot(10, check)
            return
        seen.append(collect(modal))
        modal.close()

    QTimer.singleShot(0, check)
    return seen


def test_translation_sets_indonesian_locale_and_qt_file_dialog(indonesian):
    assert QLocale().name() == "id_ID"
    assert QLocale().toString(1234567.5, "f", 1) == "1.234.567,5"
    assert QCoreApplication.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)


def test_translation_app_message_boxes_speak_indonesian(qtbot, window, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", _REAL_QUESTION)
    monkeypatch.setattr(QMessageBox, "warning", _REAL_WARNING)
    seen = _when_modal(qtbot, lambda box: (shown_texts(box), [b.text() for b in box.buttons()]))
    assert messages.confirm(window, "Hapus", "Hapus baris ini?") is False
    texts, buttons = seen[0]
    assert sorted(buttons) == ["&Tidak", "&Ya"]
    assert not english_words(texts)
    seen = _when_modal(qtbot, lambda box: [b.text() for b in box.buttons()])
    messages.warn(window, "Peringatan", "Berkas tidak dapat dibaca.")
    assert seen[0] == ["OK"]


def test_translation_every_standard_button_is_indonesian(qtbot, indonesian):
    button = QDialogButtonBox.StandardButton
    box = QDialogButtonBox(
        button.Ok | button.Cancel | button.Yes | button.No | button.Close | button.Save | button.Open | button.Apply
        | button.Reset | button.Help | button.Discard | button.RestoreDefaults
    )
    qtbot.addWidget(box)
    texts = [button.text() for button in box.buttons()]
    assert {"Batal", "&Ya", "&Tidak", "Tutup", "Simpan", "Buka"} <= set(texts)
    assert not english_words(texts)


def test_translation_app_file_dialog_is_qt_own_and_indonesian(qtbot, window):
    seen = _when_modal(qtbot, lambda dialog: (type(dialog).__name__, shown_texts(dialog)))
    window.ui.open_action.trigger()
    kind, texts = seen[0]
    assert kind == "QFileDialog"
    joined = "\n".join(texts)
    assert "&Lihat di:" in joined and "&Nama berkas:" in joined and "&Jenis berkas:" in joined
    assert not english_words(texts), english_words(texts)


def test_translation_file_dialog_context_menu_is_indonesian(qtbot, window):
    from PySide6.QtWidgets import QFileDialog, QListView

    dialog = QFileDialog(window, "Simpan dokumen sebagai")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    qtbot.waitUntil(dialog.isVisible)
    view = dialog.findChild(QListView, "listView")
    seen = _when_modal(qtbot, lambda menu: [a.text() for a in menu.actions()], popup=True)
    view.customContextMenuRequested.emit(QPoint(1, 1))
    qtbot.waitUntil(lambda: bool(seen))
    assert "Tampilkan berkas &tersembunyi" in seen[0]
    assert not english_words(seen[0])
    dialog.close()


def test_translation_line_edit_context_menu_is_indonesian(qtbot, window):
    edit = window.services_page.ui.search_line_edit
    qtbot.keyClicks(edit, "akta")
    menu = edit.createStandardContextMenu()
    texts = [action.text().split("\t")[0] for action in menu.actions() if not action.isSeparator()]
    menu.deleteLater()
    assert texts[:2] == ["&Urungkan", "U&langi"] and "&Salin" in texts and "Pilih semua" in texts
    assert not english_words(texts)


def test_translation_spin_box_context_menu_is_indonesian(qtbot, window):
    dialog = window.open_document_settings()
    qtbot.waitUntil(dialog.isVisible)
    spin = dialog.ui.margin_top_spin_box
    seen = _when_modal(qtbot, lambda menu: [a.text() for a in menu.actions()], popup=True)
    point = QPoint(4, 4)
    QApplication.sendEvent(spin, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, spin.mapToGlobal(point)))
    qtbot.waitUntil(lambda: bool(seen))
    assert "&Naikkan" in seen[0]
    assert not english_words(seen[0])
    assert not english_words(shown_texts(dialog)), english_words(shown_texts(dialog))
    dialog.close()


def _a_pdf(tmp_path):
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "contoh.pdf"
    canvas = Canvas(str(path))
    for number in (1, 2):
        canvas.drawString(72, 720, f"Halaman {number}")
        canvas.showPage()
    canvas.save()
    return path


def test_translation_print_preview_toolbar_is_indonesian(qtbot, window, tmp_path):
    from sp_desktop.ui.printing import open_print_preview

    dialog = open_print_preview(_a_pdf(tmp_path), "f4", window)
    qtbot.waitUntil(dialog.isVisible)
    tips = [action.toolTip() or action.text() for action in dialog.findChildren(QAction) if action.text()]
    assert "Halaman berikutnya" in tips and "Perbesar" in tips and "Cetak" in tips
    assert not english_words(shown_texts(dialog)), english_words(shown_texts(dialog))
    dialog.close()


def test_translation_print_dialog_is_indonesian(qtbot, window, tmp_path):
    from sp_desktop.ui.printing import print_pdf

    def collect(dialog):
        for button in dialog.findChildren(QAbstractButton):
            if button.text().startswith("&Pilihan"):
                button.click()  # the options half, with the page range and copies
        return shown_texts(dialog)

    seen = _when_modal(qtbot, collect)
    assert print_pdf(_a_pdf(tmp_path), "f4", window) is False
    assert not english_words(seen[0]), english_words(seen[0])


def test_translation_help_and_app_dialogs_are_indonesian(qtbot, window):
    export = window.open_export_dialog()
    qtbot.waitUntil(export.isVisible)
    assert not english_words(shown_texts(export)), english_words(shown_texts(export))
    export.close()
    help_dialog = window.open_help(0)
    qtbot.waitUntil(help_dialog.isVisible)
    assert not english_words(shown_texts(help_dialog))
    help_dialog.close()
