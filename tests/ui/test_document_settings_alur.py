"""The alur pelayanan options of the document settings dialog: one for the Standar, one for the Rancangan."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from sp_desktop.ui.dialogs.document_settings_dialog import DocumentSettingsDialog

LEFT = Qt.MouseButton.LeftButton


def _open(qtbot, session) -> DocumentSettingsDialog:
    dialog = DocumentSettingsDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _toggle(qtbot, check_box) -> None:
    check_box.ensurePolished()
    qtbot.mouseClick(check_box, LEFT, pos=QPoint(8, check_box.height() // 2))


def test_alur_options_are_saved_and_shown_again(qtbot, session):
    dialog = _open(qtbot, session)
    ui = dialog.ui
    assert not ui.alur_standar_check_box.isChecked() and not ui.alur_rancangan_check_box.isChecked()
    assert "alur pelayanan" in ui.alur_standar_check_box.text().replace("&", "")

    _toggle(qtbot, ui.alur_standar_check_box)
    qtbot.mouseClick(ui.button_box.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = session.pengaturan()
    assert stored.alur_di_standar is True and stored.alur_di_rancangan is False

    again = _open(qtbot, session)
    assert again.ui.alur_standar_check_box.isChecked()
    _toggle(qtbot, again.ui.alur_rancangan_check_box)
    _toggle(qtbot, again.ui.alur_standar_check_box)
    qtbot.mouseClick(again.ui.button_box.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    stored = session.pengaturan()
    assert stored.alur_di_standar is False and stored.alur_di_rancangan is True
