"""Every window and dialog fits an office laptop's screen, comes back at its last size, and lays out small."""

import pytest
from PySide6.QtCore import QRect, QSettings
from PySide6.QtWidgets import QDialog

from sp_desktop.ui.main_window import MainWindow
from sp_desktop.ui.settings_store import AppSettings, WindowMemory, fit_to_screen

TASKBAR = 40
FRAME = (8, 36)  # what a window manager adds; the offscreen platform adds nothing
SCREENS = {"1366x768": (1366, 768), "1280x720": (1280, 720), "1024x600": (1024, 600)}


class FakeScreen:
    """A screen of the given size with a taskbar along its bottom edge."""

    def __init__(self, width, height):
        self._area = QRect(0, 0, width, height - TASKBAR)

    def availableGeometry(self):  # noqa: N802 - Qt's name
        return self._area


def on_screen(widget, size):
    screen = FakeScreen(*size)
    widget.screen = lambda: screen
    return screen.availableGeometry()


def assert_within(widget, area):
    frame = widget.frameGeometry()
    outer = QRect(frame.x(), frame.y(), max(frame.width(), widget.width() + FRAME[0]),
                  max(frame.height(), widget.height() + FRAME[1]))
    assert area.contains(outer), f"{widget.objectName()} {outer} outside {area}"


@pytest.fixture
def memory(qapp, app_settings):
    keeper = WindowMemory(app_settings)
    qapp.installEventFilter(keeper)
    yield keeper
    qapp.removeEventFilter(keeper)
    keeper.deleteLater()


def _main_window(qtbot, settings):
    window = MainWindow(settings)
    qtbot.addWidget(window)
    return window


@pytest.mark.parametrize("screen", ["1366x768", "1280x720"])
def test_window_fit_main_window_opens_maximised_on_a_laptop(qtbot, app_settings, screen):
    window = _main_window(qtbot, app_settings)
    on_screen(window, SCREENS[screen])
    window.show_remembered()
    assert window.isMaximized()


def test_window_fit_main_window_default_size_on_a_large_screen(qtbot, app_settings):
    window = _main_window(qtbot, app_settings)
    area = on_screen(window, (1920, 1080))
    window.show_remembered()
    assert not window.isMaximized()
    assert (window.width(), window.height()) == (1180, 760)
    assert_within(window, area)


def test_window_fit_main_window_lays_out_at_1024x600(qtbot, app_settings, project_file):
    window = _main_window(qtbot, app_settings)
    window.show()
    assert window.open_path(project_file)
    window.controller.identity_dialog.ui.members_table_widget.selectRow(0)
    window.controller.identity_dialog.accept()
    area = on_screen(window, SCREENS["1024x600"])
    for row in range(3):
        window.ui.nav_list_widget.setCurrentRow(row)
        hint = window.minimumSizeHint().expandedTo(window.minimumSize())
        assert hint.width() + FRAME[0] <= area.width() and hint.height() + FRAME[1] <= area.height(), (row, hint)
    window.resize(1180, 760)
    fit_to_screen(window)
    assert_within(window, area)
    assert window.ui.status_bar.geometry().bottom() < window.height()  # the autosave indicator stays visible


def test_window_fit_main_window_remembers_size_and_maximised_state(qtbot, tmp_path, memory, app_settings):
    window = _main_window(qtbot, app_settings)
    on_screen(window, (1920, 1080))
    window.show_remembered()
    # Within the offscreen platform's own 800 x 800 screen, which restoreGeometry keeps a window on.
    window.resize(800, 500)
    window.move(10, 20)
    window.close()
    again = _main_window(qtbot, app_settings)
    on_screen(again, (1920, 1080))
    again.show_remembered()
    assert (again.width(), again.height()) == (800, 500)
    again.showMaximized()
    again.close()
    # A fresh settings object reads what was written, as the next start of the app would.
    reread = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    third = _main_window(qtbot, reread)
    on_screen(third, (1920, 1080))
    third.show_remembered()
    assert third.isMaximized()


def _app_dialogs(window, tmp_path):
    from sp_desktop.ui.dialogs.audit_dialog import AuditDialog
    from sp_desktop.ui.dialogs.export_dialog import ExportDialog
    from sp_desktop.ui.dialogs.help_dialog import HelpDialog
    from sp_desktop.ui.dialogs.identity_dialog import IdentityDialog
    from sp_desktop.ui.dialogs.trash_dialog import TrashDialog
    from sp_desktop.ui.printing import PdfPrintPreviewDialog
    from tests.ui.test_translation import _a_pdf

    session = window.controller.session
    return [
        ExportDialog(session, window, settings=window.controller.settings),
        IdentityDialog(session.members(), None, window),
        HelpDialog(session.path, None, 0, window),
        TrashDialog(session, window),
        AuditDialog("Uji", session.audit(None), window),
        PdfPrintPreviewDialog(_a_pdf(tmp_path), "f4", window),
    ]


@pytest.fixture
def open_window(qtbot, app_settings, project_file):
    window = _main_window(qtbot, app_settings)
    window.show()
    assert window.open_path(project_file)
    window.controller.identity_dialog.ui.members_table_widget.selectRow(0)
    window.controller.identity_dialog.accept()
    return window


@pytest.mark.parametrize("screen", ["1366x768", "1280x720", "1024x600"])
def test_window_fit_dialogs_fit_the_screen_when_shown(qtbot, open_window, memory, tmp_path, screen):
    for dialog in _app_dialogs(open_window, tmp_path):
        dialog.setObjectName(dialog.objectName() or type(dialog).__name__)
        area = on_screen(dialog, SCREENS[screen])
        dialog.show()
        qtbot.waitUntil(dialog.isVisible)
        assert_within(dialog, area)
        hint = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
        assert hint.height() + FRAME[1] <= area.height() and hint.width() + FRAME[0] <= area.width(), (
            dialog.objectName(), hint)
        dialog.close()
        dialog.deleteLater()


def test_window_fit_print_preview_is_no_taller_than_a_laptop_screen(qtbot, open_window, tmp_path):
    from sp_desktop.ui.printing import PdfPrintPreviewDialog
    from tests.ui.test_translation import _a_pdf

    pdf = _a_pdf(tmp_path)
    dialog = PdfPrintPreviewDialog(pdf, "f4", open_window)
    qtbot.addWidget(dialog)
    available = open_window.screen().availableGeometry()
    assert dialog.height() + FRAME[1] <= max(available.height(), 728)
    assert dialog.height() < 760 or available.height() >= 760 + FRAME[1]


def test_window_fit_dialog_comes_back_at_its_last_size(qtbot, open_window, memory):
    from sp_desktop.ui.dialogs.help_dialog import HelpDialog

    first = HelpDialog(None, None, 0, open_window)
    on_screen(first, (1920, 1080))
    first.show()
    first.resize(700, 450)
    first.close()
    first.deleteLater()
    second = HelpDialog(None, None, 0, open_window)
    qtbot.addWidget(second)
    on_screen(second, (1920, 1080))
    second.show()
    assert (second.width(), second.height()) == (700, 450)


def test_window_fit_message_boxes_are_left_alone(qtbot, memory, app_settings):
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Information, "Info", "Teks")
    box.setObjectName("kotak")
    qtbot.addWidget(box)
    box.show()
    box.close()
    assert app_settings.window_geometry("kotak") is None
    assert isinstance(box, QDialog)


def test_window_fit_document_settings_lays_out_at_1024x600(qtbot, open_window):
    dialog = open_window.open_document_settings()
    area = on_screen(dialog, SCREENS["1024x600"])
    hint = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
    dialog.close()
    assert hint.height() + FRAME[1] <= area.height() and hint.width() + FRAME[0] <= area.width(), hint


@pytest.mark.parametrize("screen", ["1366x768", "1280x720"])
def test_window_fit_document_settings_fits_laptops(qtbot, open_window, memory, screen):
    from sp_desktop.ui.dialogs.document_settings_dialog import DocumentSettingsDialog

    dialog = DocumentSettingsDialog(open_window.controller.session, open_window)
    qtbot.addWidget(dialog)
    area = on_screen(dialog, SCREENS[screen])
    dialog.show()
    assert_within(dialog, area)
