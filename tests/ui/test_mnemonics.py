"""Keyboard: Alt+letter mnemonics are unique in every window, and the window's shortcuts work wherever focus is."""

import re
from collections import defaultdict

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QMenuBar, QTabWidget, QWidget

from sp_desktop.domain.components import STEP_KEYS
from sp_desktop.ui.main_window import NAV_INSTANSI, NAV_LAYANAN, NAV_TIM, MainWindow

_MNEMONIC = re.compile(r"&([^&\s])")

# Conflicts inside pages this change does not own; strict, so the entry goes once the form is fixed.
KNOWN_ELSEWHERE: dict[str, str] = {}  # window states whose forms still share a mnemonic (none left)


def mnemonic(text: str) -> str | None:
    found = _MNEMONIC.search((text or "").replace("&&", ""))
    return found.group(1).lower() if found else None


def mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Letter -> what claims it among the menu bar and the widgets on screen in ``window``."""
    claims: dict[str, list[str]] = defaultdict(list)

    def claim(text: str, what: str) -> None:
        letter = mnemonic(text)
        if letter:
            claims[letter].append(f"{what} {text!r}")

    for bar in window.findChildren(QMenuBar):
        for action in bar.actions():
            claim(action.text(), "menu")
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QLabel) and widget.buddy() is not None or isinstance(widget, QAbstractButton):
            claim(widget.text(), type(widget).__name__)
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            claim(widget.title(), "QGroupBox")
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                claim(widget.tabText(index), "tab")
    return claims


def duplicates(window: QWidget) -> dict[str, list[str]]:
    return {letter: claims for letter, claims in mnemonics(window).items() if len(claims) > 1}


def menu_duplicates(menu) -> dict[str, list[str]]:
    claims: dict[str, list[str]] = defaultdict(list)
    for action in menu.actions():
        letter = mnemonic(action.text())
        if letter and action.isVisible():
            claims[letter].append(action.text())
    return {letter: texts for letter, texts in claims.items() if len(texts) > 1}


@pytest.fixture
def window(qtbot, app_settings):
    win = MainWindow(app_settings)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    return win


def open_project(window, project_file):
    assert window.open_path(project_file)
    dialog = window.controller.identity_dialog
    dialog.ui.members_table_widget.selectRow(0)
    dialog.accept()


STATES = ["awal", "instansi", "tim", "daftar layanan", *(f"langkah {key}" for key in STEP_KEYS)]


def _mark(state):
    if state in KNOWN_ELSEWHERE:
        return pytest.param(state, marks=pytest.mark.xfail(strict=True, reason=KNOWN_ELSEWHERE[state]))
    return state


def _go_to(window, project_file, state):
    if state == "awal":
        return
    open_project(window, project_file)
    rows = {"instansi": NAV_INSTANSI, "tim": NAV_TIM}
    if state in rows:
        window.ui.nav_list_widget.setCurrentRow(rows[state])
        return
    window.ui.nav_list_widget.setCurrentRow(NAV_LAYANAN)
    if state.startswith("langkah "):
        page = window.services_page
        page.open_service(window.controller.session.summaries()[0].id)
        page.editor.ui.steps_list_widget.setCurrentRow(STEP_KEYS.index(state.removeprefix("langkah ")))


@pytest.mark.parametrize("state", [_mark(state) for state in STATES])
def test_mnemonics_unique_in_main_window(qtbot, window, project_file, state):
    _go_to(window, project_file, state)
    assert duplicates(window) == {}


def test_mnemonics_help_and_team_claim_different_letters(qtbot, window, project_file):
    _go_to(window, project_file, "tim")
    claims = mnemonics(window)
    assert mnemonic(window.ui.help_menu.title()) != mnemonic(window.team_page.ui.add_push_button.text())
    assert len(claims["t"]) == 1


def test_mnemonics_unique_within_each_menu(qtbot, window, project_file):
    open_project(window, project_file)
    for menu in (window.ui.file_menu, window.ui.edit_menu, window.ui.document_menu, window.ui.help_menu):
        menu.aboutToShow.emit()
        assert menu_duplicates(menu) == {}, menu.title()


def test_mnemonics_unique_in_help_dialog(qtbot, window, project_file):
    open_project(window, project_file)
    dialog = window.open_help(0)
    qtbot.waitUntil(dialog.isVisible)
    assert mnemonics(dialog)["b"] == ["QPushButton '&Buka folder'"]
    assert duplicates(dialog) == {}
    dialog.close()


def test_mnemonics_unique_in_export_dialog(qtbot, window, project_file):
    open_project(window, project_file)
    dialog = window.open_export_dialog()
    qtbot.waitUntil(dialog.isVisible)
    found = duplicates(dialog)
    dialog.close()
    assert found == {}


# -- window-wide shortcuts -------------------------------------------------------------------
def _press(qtbot, key, modifiers):
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, key, modifiers)


def _close_other_windows(window):
    for other in QApplication.topLevelWidgets():
        if other is not window and other.isVisible() and other.isWindow():
            other.close()


def test_shortcut_add_service_works_from_the_left_navigation_and_the_list(qtbot, window, project_file):
    open_project(window, project_file)
    window.activateWindow()
    window.ui.nav_list_widget.setCurrentRow(NAV_INSTANSI)
    window.ui.nav_list_widget.setFocus()
    qtbot.waitUntil(window.ui.nav_list_widget.hasFocus)
    shown = []
    window.services_page.ui.add_action.triggered.connect(lambda: shown.append(True))
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    _press(qtbot, Qt.Key.Key_N, ctrl_shift)
    assert shown == [True]
    assert window.ui.nav_list_widget.currentRow() == NAV_LAYANAN
    _close_other_windows(window)
    table = window.services_page.ui.services_table_view
    window.activateWindow()
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    _press(qtbot, Qt.Key.Key_N, ctrl_shift)  # inside the page as well: one live shortcut, never an ambiguous pair
    assert shown == [True, True]
    _close_other_windows(window)


@pytest.mark.parametrize(("key", "modifier"), [(Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier),
                                               (Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)])
def test_shortcut_next_step_works_after_tab_leaves_the_editor(qtbot, window, project_file, key, modifier):
    open_project(window, project_file)
    window.activateWindow()
    page = window.services_page
    page.open_service(window.controller.session.summaries()[0].id)
    steps = page.editor.ui.steps_list_widget
    steps.setCurrentRow(0)
    _press_inside = page.editor.ui.steps_list_widget
    _press_inside.setFocus()
    qtbot.waitUntil(_press_inside.hasFocus)
    _press(qtbot, key, modifier)
    assert steps.currentRow() == 1  # inside the editor: the editor's own shortcut
    window.ui.nav_list_widget.setFocus()  # where Tab goes after the editor's last field
    qtbot.waitUntil(window.ui.nav_list_widget.hasFocus)
    _press(qtbot, key, modifier)
    assert steps.currentRow() == 2
    page.ui.back_push_button.setFocus()
    qtbot.waitUntil(page.ui.back_push_button.hasFocus)
    _press(qtbot, key, modifier)
    assert steps.currentRow() == 3
    _press(qtbot, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert steps.currentRow() == 2
