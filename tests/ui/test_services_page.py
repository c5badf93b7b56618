import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QHeaderView

from sp_desktop.domain.enums import Klasifikasi, StatusLayanan
from sp_desktop.services.session import ProjectSession
from sp_desktop.ui.dialogs.audit_dialog import AuditDialog
from sp_desktop.ui.dialogs.service_name_dialog import ServiceNameDialog
from sp_desktop.ui.dialogs.trash_dialog import TrashDialog
from sp_desktop.ui.main_window import NAV_LAYANAN, MainWindow
from sp_desktop.ui.models.services_table_model import COLUMN_KELENGKAPAN, COLUMN_KLASIFIKASI, COLUMN_NAME, COLUMN_STATUS
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
    model = page.model
    return [model.data(model.index(row, 1)) for row in range(model.rowCount())]


def accept(qtbot, dialog):
    qtbot.mouseClick(dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_services_page_lists_services_in_order(qtbot, session, signals):
    page = make_page(qtbot, session, signals)
    assert shown_names(page) == NAMES
    completeness = page.model.data(page.model.index(0, 4))
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
    assert page.model.data(page.model.index(3, 4)) == "0/14 komponen"


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


def answer_delete(qtbot, page, view, text):
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    box = page.delete_box
    assert box is not None and box.isVisible()  # window-modal, non-blocking
    qtbot.mouseClick(next(b for b in box.buttons() if b.text().replace("&", "") == text), Qt.MouseButton.LeftButton)
    assert page.delete_box is None


def test_services_page_deletes_then_restores_from_trash(qtbot, session, signals, reopen, message_boxes):
    page = make_page(qtbot, session, signals)
    view = focus_table(qtbot, page, row=1)
    answer_delete(qtbot, page, view, "Batal")
    assert names(reopen()) == NAMES
    focus_table(qtbot, page)
    answer_delete(qtbot, page, view, "Hapus")
    assert message_boxes.shown == []
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
    assert page.model.data(page.model.index(1, 0)) == "2"


def test_services_page_search_filters_as_you_type(qtbot, session, signals):
    page = make_page(qtbot, session, signals)
    qtbot.keyClicks(page.ui.search_line_edit, "KARTU")
    assert shown_names(page) == NAMES[1:]
    qtbot.keyClicks(page.ui.search_line_edit, " keluarga")
    assert shown_names(page) == [NAMES[1]]
    assert page.selected_service().jenis_pelayanan == NAMES[1]
    assert page.model.data(page.model.index(0, 0)) == "2"  # its place in the project, not in the results
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


def _refuse(*_args, **_kwargs):
    raise AssertionError("the list must not decode services or run their review")


def test_services_page_reads_only_summaries(qtbot, session, signals, monkeypatch):
    for name in ("services", "findings", "trash"):
        monkeypatch.setattr(session, name, _refuse)
    page = make_page(qtbot, session, signals)
    assert shown_names(page) == NAMES
    for row, summary in enumerate(session.summaries()):
        assert page.model.data(page.model.index(row, 4)) == f"{14 - len(summary.missing)}/14 komponen"
    qtbot.keyClicks(page.ui.search_line_edit, "kartu")
    assert shown_names(page) == NAMES[1:]
    page.ui.search_line_edit.clear()
    session.add_service("Legalisir Dokumen")  # a write reloads the list
    assert shown_names(page) == [*NAMES, "Legalisir Dokumen"]
    assert page.ui.trash_action.text() == "&Sampah…"


def test_services_page_columns_fit_without_measuring_rows(qtbot, session, signals):
    page = make_page(qtbot, session, signals)
    view = page.ui.services_table_view
    header = view.horizontalHeader()
    # ResizeToContents measures every row at every reload: far too slow for a list of 2,000 services.
    modes = [header.sectionResizeMode(column) for column in range(page.model.columnCount())]
    assert QHeaderView.ResizeMode.ResizeToContents not in modes
    assert header.sectionResizeMode(COLUMN_NAME) == QHeaderView.ResizeMode.Stretch
    widest = {
        COLUMN_KLASIFIKASI: [k.label for k in Klasifikasi],
        COLUMN_STATUS: [s.label for s in StatusLayanan],
        COLUMN_KELENGKAPAN: ["14/14 komponen", "Kelengkapan"],
    }
    for column, texts in widest.items():
        needed = max(view.fontMetrics().horizontalAdvance(text) for text in texts)
        assert header.sectionSize(column) > needed, (column, header.sectionSize(column), needed)


def test_services_page_search_ignores_case_and_spacing_like_import(qtbot, session, signals):
    page = make_page(qtbot, session, signals)
    qtbot.keyClicks(page.ui.search_line_edit, "  kartu   KELUARGA ")
    assert shown_names(page) == [NAMES[1]]


def test_services_page_delete_asks_in_indonesian_that_trash_is_kept_until_emptied(qtbot, session, signals):
    page = make_page(qtbot, session, signals)
    view = focus_table(qtbot, page, row=0)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    box = page.delete_box
    assert box.windowModality() == Qt.WindowModality.WindowModal
    question = box.text()
    assert question.startswith(f"Hapus “{NAMES[0]}”?")
    assert "sampai proyek ditutup" not in question
    assert "sampai Sampah dikosongkan" in question and "juga setelah proyek ditutup" in question
    assert sorted(b.text().replace("&", "") for b in box.buttons()) == ["Batal", "Hapus"]
    assert box.defaultButton().text() == "&Batal"  # Enter never deletes
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert page.delete_box is None and len(session.summaries()) == 3


@pytest.fixture
def main_window(qtbot, app_settings):
    window = MainWindow(app_settings)
    qtbot.addWidget(window)
    window.show()
    return window


def test_main_window_opens_on_services_list_counting_not_decoding(qtbot, main_window, project_file, monkeypatch):
    monkeypatch.setattr(ProjectSession, "services", _refuse)
    assert main_window.open_path(project_file)
    assert main_window.ui.nav_list_widget.currentRow() == NAV_LAYANAN
    page = main_window.services_page
    assert main_window.ui.pages_stacked_widget.currentWidget() is page
    assert shown_names(page) == NAMES
    assert main_window._current_service_ids() == [page.selected_service().id]
