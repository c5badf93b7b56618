from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from sp_desktop.ui.dialogs.audit_dialog import AuditDialog
from sp_desktop.ui.dialogs.service_name_dialog import ServiceNameDialog
from sp_desktop.ui.dialogs.trash_dialog import TrashDialog
from sp_desktop.ui.pages.services_page import ServicesPage

CTRL = Qt.KeyboardModifier.ControlModifier
NAMES = ["Penerbitan Akta Kelahiran", "Penerbitan Kartu Keluarga", "Penerbitan Kartu Identitas Anak (KIA)"]


def make_page(qtbot, session, signals):
    page = ServicesPage(session, signals)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    page.activateWindow()
    return page


def focus_table(qtbot, page, row=None):
    view = page.ui.services_table_view
    if row is not None:
        view.selectRow(row)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    return view


def names(project):
    return [s.jenis_pelayanan for s in project.layanan]


def shown_names(page):
    proxy = page.proxy
    return [proxy.data(proxy.index(row, 1)) for row in range(proxy.rowCount())]


def accept(qtbot, dialog):
    qtbot.mouseClick(dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_services_page_lists_services_in_order(qtbot, session, signals):
    page = make_page(qtbot, session, signals)
    assert shown_names(page) == NAMES
    completeness = page.proxy.data(page.proxy.index(0, 4))
    assert completeness.endswith("/14 komponen")
    assert page.selected_service().jenis_pelayanan == NAMES[0]
    assert not page.ui.move_up_action.isEnabled() and page.ui.move_down_action.isEnabled()


def test_services_page_adds_service_with_klasifikasi(qtbot, session, signals, reopen):
    page = make_page(qtbot, session, signals)
    focus_table(qtbot, page)
    qtbot.keyClick(page.ui.services_table_view, Qt.Key.Key_N, CTRL | Qt.KeyboardModifier.ShiftModifier)
    dialog = page.findChild(ServiceNameDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.ui.name_line_edit, "Penerbitan Surat Pindah")
    combo = dialog.ui.klasifikasi_combo_box
    combo.setCurrentIndex(combo.findData("jasa"))
    accept(qtbot, dialog)
    project = reopen()
    assert names(project)[-1] == "Penerbitan Surat Pindah"
    assert project.layanan[-1].klasifikasi == "jasa"
    assert page.selected_service().jenis_pelayanan == "Penerbitan Surat Pindah"
    assert page.proxy.data(page.proxy.index(3, 4)) == "0/14 komponen"


def test_service_name_dialog_needs_a_name(qtbot):
    dialog = ServiceNameDialog(None)
    qtbot.addWidget(dialog)
    ok = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.ui.name_line_edit, "   ")
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.ui.name_line_edit, "Legalisir")
    assert ok.isEnabled() and dialog.name() == "Legalisir"


def test_services_page_renames_with_f2(qtbot, session, signals, reopen):
    page = make_page(qtbot, session, signals)
    view = focus_table(qtbot, page, row=1)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    dialog = page.findChild(ServiceNameDialog)
    assert dialog.ui.name_line_edit.text() == NAMES[1]
    assert not dialog.ui.klasifikasi_combo_box.isVisible()
    qtbot.keyClicks(dialog.ui.name_line_edit, "Penerbitan KK Baru")  # the old name is selected: typing replaces it
    accept(qtbot, dialog)
    assert names(reopen())[1] == "Penerbitan KK Baru"
    assert shown_names(page)[1] == "Penerbitan KK Baru"


def test_services_page_duplicates_with_ctrl_d(qtbot, session, signals, reopen):
    page = make_page(qtbot, session, signals)
    view = focus_table(qtbot, page, row=0)
    qtbot.keyClick(view, Qt.Key.Key_D, CTRL)
    assert names(reopen())[:2] == [NAMES[0], f"Salinan dari {NAMES[0]}"]
    assert page.selected_service().jenis_pelayanan == f"Salinan dari {NAMES[0]}"


def test_services_page_deletes_then_restores_from_trash(qtbot, session, signals, reopen, message_boxes):
    page = make_page(qtbot, session, signals)
    view = focus_table(qtbot, page, row=1)
    message_boxes.answer = message_boxes.answer.No
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert names(reopen()) == NAMES
    message_boxes.answer = message_boxes.answer.Yes
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert message_boxes.kinds() == ["question", "question"]
    assert "Sampah" in message_boxes.texts()[-1]
    assert names(reopen()) == [NAMES[0], NAMES[2]]
    assert page.ui.trash_action.text() == "&Sampah (1)…"

    qtbot.mouseClick(page.ui.trash_tool_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(TrashDialog)
    assert dialog.ui.trash_table_widget.item(0, 0).text() == NAMES[1]
    assert dialog.ui.trash_table_widget.item(0, 2).text() == "Ir. BUDI SANTOSO, M.T."
    qtbot.mouseClick(dialog.ui.restore_push_button, Qt.MouseButton.LeftButton)
    assert dialog.ui.trash_table_widget.rowCount() == 0
    assert not dialog.ui.restore_push_button.isEnabled()
    dialog.reject()
    assert names(reopen()) == NAMES
    assert page.selected_service().jenis_pelayanan == NAMES[1]


def test_services_page_reorders_with_ctrl_arrows(qtbot, session, signals, reopen):
    page = make_page(qtbot, session, signals)
    view = focus_table(qtbot, page, row=0)
    qtbot.keyClick(view, Qt.Key.Key_Down, CTRL)
    assert names(reopen()) == [NAMES[1], NAMES[0], NAMES[2]]
    qtbot.keyClick(view, Qt.Key.Key_Down, CTRL)
    assert names(reopen()) == [NAMES[1], NAMES[2], NAMES[0]]
    assert not page.ui.move_down_action.isEnabled()
    qtbot.keyClick(view, Qt.Key.Key_Up, CTRL)
    assert names(reopen()) == [NAMES[1], NAMES[0], NAMES[2]]
    assert page.proxy.data(page.proxy.index(1, 0)) == "2"


def test_services_page_search_filters_as_you_type(qtbot, session, signals):
    page = make_page(qtbot, session, signals)
    qtbot.keyClicks(page.ui.search_line_edit, "KARTU")
    assert shown_names(page) == NAMES[1:]
    qtbot.keyClicks(page.ui.search_line_edit, " keluarga")
    assert shown_names(page) == [NAMES[1]]
    assert page.selected_service().jenis_pelayanan == NAMES[1]
    qtbot.keyClicks(page.ui.search_line_edit, "x")
    assert shown_names(page) == []
    assert page.ui.empty_label.isVisible()
    assert not page.ui.rename_action.isEnabled()
    page.ui.search_line_edit.clear()
    assert shown_names(page) == NAMES


def test_services_page_delete_key_in_search_box_edits_text(qtbot, session, signals, reopen):
    page = make_page(qtbot, session, signals)
    search = page.ui.search_line_edit
    qtbot.keyClicks(search, "akta")
    search.setCursorPosition(0)
    qtbot.keyClick(search, Qt.Key.Key_Delete)
    assert search.text() == "kta"
    assert names(reopen()) == NAMES


def test_services_page_history_shows_audit_trail(qtbot, session, signals):
    page = make_page(qtbot, session, signals)
    session.rename_service(page.selected_service().id, "Akta Kelahiran")
    qtbot.mouseClick(page.ui.history_tool_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(AuditDialog)
    table = dialog.ui.audit_table_widget
    assert table.columnCount() == 5
    assert table.rowCount() >= 2
    assert table.item(0, 1).text() == "Ir. BUDI SANTOSO, M.T."
    assert table.item(0, 2).text() == "Ubah"
    assert table.item(0, 3).text() == "Jenis pelayanan & klasifikasi"
    assert "Akta Kelahiran" in table.item(0, 4).text()
    dialog.reject()


def test_services_page_enter_opens_editor_and_back_returns(qtbot, session, signals):
    page = make_page(qtbot, session, signals)
    view = focus_table(qtbot, page, row=2)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert page.is_editor_shown()
    assert type(page.editor).__name__ == "ServiceEditorWidget"
    assert page.editor.service_id == session.services()[2].id
    qtbot.mouseClick(page.ui.back_push_button, Qt.MouseButton.LeftButton)
    assert not page.is_editor_shown()
    focus_table(qtbot, page, row=0)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert page.editor.service_id == session.services()[0].id
    page.show_list()
