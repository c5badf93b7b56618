from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from sp_desktop.domain.survei import Responden, Survei
from sp_desktop.ui.models.responden_table_model import FIRST_U, HEADERS, LAST_U, SARAN, RespondenTableModel
from sp_desktop.ui.pages.survei_page import SurveiPage

AKTA = "Penerbitan Akta Kelahiran"


def add_survey(session, respondents=()):
    sid = session.add_survey(Survei(periode="Semester I 2026", mulai="2026-01-01", selesai="2026-06-30",
                                    layanan=[AKTA], populasi=100))
    if respondents:
        session.add_respondents(sid, list(respondents))
    return sid


def answers(session, sid):
    return [r.nilai for _id, r in session.respondents(sid)]


def grid_page(qtbot, session, signals):
    page = SurveiPage(session, signals)
    qtbot.addWidget(page)
    page.resize(1166, 700)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.ui.detail_tab_widget.setCurrentWidget(page.responden_tab)
    view = page.responden_tab.view
    view.setFocus()
    return page, view


def go_to(view, row, column):
    view.setCurrentIndex(view.model().index(row, column))


def test_responden_table_model_passes_the_model_tester(qtmodeltester, session):
    sid = add_survey(session, [Responden(layanan=AKTA, nilai=[4, 3, None, 2, 1, 4, 4, 3, 3], usia=30)])
    model = RespondenTableModel(session, sid, [AKTA])
    qtmodeltester.check(model)
    assert model.rowCount() == 2  # one respondent and the empty row for the next
    assert model.index(0, FIRST_U + 2).data() == ""
    assert model.index(1, 0).data() == "*"


def test_survei_grid_typing_stores_each_answer_and_moves_to_the_next_row(qtbot, session, signals):
    sid = add_survey(session)
    page, view = grid_page(qtbot, session, signals)
    go_to(view, 0, FIRST_U)
    qtbot.keyClicks(view, "432143214")
    assert answers(session, sid) == [[4, 3, 2, 1, 4, 3, 2, 1, 4]]  # the empty row became a respondent
    assert (view.currentIndex().row(), view.currentIndex().column()) == (1, FIRST_U)
    qtbot.keyClicks(view, "11")
    assert answers(session, sid)[1] == [1, 1, None, None, None, None, None, None, None]
    assert view.currentIndex().column() == FIRST_U + 2
    assert page.responden_tab.ui.count_label.text() == "2 responden"
    assert page.plan_tab.ui.sample_progress_bar.value() == 2
    assert session.respondents(sid)[0][1].layanan == AKTA  # the survey's one service


def test_survei_grid_refuses_other_keys_with_a_visible_hint(qtbot, session, signals, message_boxes):
    sid = add_survey(session, [Responden(layanan=AKTA)])
    page, view = grid_page(qtbot, session, signals)
    go_to(view, 0, FIRST_U + 3)
    hint = page.responden_tab.ui.hint_label
    for key in "5a0":
        qtbot.keyClicks(view, key)
        assert "1, 2, 3, atau 4" in hint.text() and "#8a1c1c" in hint.styleSheet()
        assert hint.isVisible()
    assert view.currentIndex().column() == FIRST_U + 3  # did not move
    assert answers(session, sid) == [[None] * 9]
    qtbot.keyClicks(view, "3")
    assert "1, 2, 3, atau 4" not in hint.text()
    assert answers(session, sid)[0][3] == 3
    assert message_boxes.shown == []


def test_survei_grid_backspace_and_delete_clear_the_answer(qtbot, session, signals):
    sid = add_survey(session, [Responden(layanan=AKTA, nilai=[4] * 9)])
    _page, view = grid_page(qtbot, session, signals)
    go_to(view, 0, FIRST_U)
    qtbot.keyClick(view, Qt.Key.Key_Backspace)
    go_to(view, 0, LAST_U)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert answers(session, sid) == [[None, 4, 4, 4, 4, 4, 4, 4, None]]


def test_survei_grid_profile_cells_edit_with_the_keyboard(qtbot, session, signals):
    sid = add_survey(session, [Responden(layanan=AKTA, nilai=[4] * 9)])
    _page, view = grid_page(qtbot, session, signals)
    for column, text in ((HEADERS.index("Usia"), "34"), (HEADERS.index("Tanggal"), "17-08-2026"),
                         (SARAN, "Antrean lebih tertib")):
        go_to(view, 0, column)
        qtbot.keyClicks(view, text[0])  # the first key opens the editor with it
        qtbot.waitUntil(lambda: view.state() == view.State.EditingState)
        editor = QApplication.focusWidget()
        qtbot.keyClicks(editor, text[1:])
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: view.state() != view.State.EditingState)  # the delegate commits queued
    item = session.respondents(sid)[0][1]
    assert (item.usia, item.tanggal, item.saran) == (34, "2026-08-17", "Antrean lebih tertib")
    assert view.model().index(0, HEADERS.index("Tanggal")).data() == "17-08-2026"


def test_survei_grid_pastes_a_spreadsheet_block_over_rows_and_past_the_end(qtbot, session, signals):
    sid = add_survey(session, [Responden(layanan=AKTA, nilai=[1] * 9)])
    page, view = grid_page(qtbot, session, signals)
    QApplication.clipboard().setText("4\t4\t3\t3\t4\t4\t3\t3\t4\tRamah\r\n"
                                     "3\t3\t3\t3\t3\t3\t3\t3\t3\t\r\n"
                                     "2\t\t2\t2\t2\t2\t2\t2\t2\tLambat\r\n")
    go_to(view, 0, FIRST_U)
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    stored = session.respondents(sid)
    assert [r.nilai for _id, r in stored] == [[4, 4, 3, 3, 4, 4, 3, 3, 4], [3] * 9,
                                             [2, None, 2, 2, 2, 2, 2, 2, 2]]
    assert [r.saran for _id, r in stored] == ["Ramah", "", "Lambat"]
    assert view.model().rowCount() == 4
    assert page.responden_tab.ui.count_label.text() == "3 responden"


def test_survei_grid_paste_with_a_bad_value_names_it_and_writes_nothing(qtbot, session, signals, message_boxes):
    sid = add_survey(session, [Responden(layanan=AKTA, nilai=[1] * 9)])
    page, view = grid_page(qtbot, session, signals)
    QApplication.clipboard().setText("L\t40\tSMA\tSwasta\t4\t4\n"
                                     "P\t33\tS1\tPNS\t4\t7\n")
    go_to(view, 0, HEADERS.index("Jenis kelamin"))
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    hint = page.responden_tab.ui.hint_label.text()
    assert "Baris 2, kolom U2" in hint and "\u201c7\u201d" in hint and "Tidak ada yang ditempel" in hint
    assert answers(session, sid) == [[1] * 9]
    assert session.respondents(sid)[0][1].jenis_kelamin is None
    assert view.model().rowCount() == 2
    assert message_boxes.shown == []


def test_survei_grid_deletes_the_selected_rows_after_confirmation(qtbot, session, signals):
    sid = add_survey(session, [Responden(layanan=AKTA, nilai=[n] * 9) for n in (1, 2, 3, 4)])
    page, view = grid_page(qtbot, session, signals)
    model = view.model()
    selection = view.selectionModel()
    selection.select(model.index(1, FIRST_U), selection.SelectionFlag.ClearAndSelect)
    selection.select(model.index(2, FIRST_U + 4), selection.SelectionFlag.Select)
    tab = page.responden_tab
    qtbot.mouseClick(tab.ui.delete_rows_push_button, Qt.MouseButton.LeftButton)
    box = tab.delete_box
    assert "2 responden (baris 2, 3)" in box.text()
    with qtbot.waitSignal(box.answered):
        qtbot.mouseClick(box.confirm_button, Qt.MouseButton.LeftButton)
    assert answers(session, sid) == [[1] * 9, [4] * 9]
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["1", "2", "*"]


def test_survei_grid_keeps_everything_when_deletion_is_cancelled(qtbot, session, signals):
    sid = add_survey(session, [Responden(layanan=AKTA, nilai=[2] * 9)])
    page, view = grid_page(qtbot, session, signals)
    go_to(view, 0, FIRST_U)
    qtbot.mouseClick(page.responden_tab.ui.delete_rows_push_button, Qt.MouseButton.LeftButton)
    box = page.responden_tab.delete_box
    with qtbot.waitSignal(box.answered):
        box.reject()
    assert answers(session, sid) == [[2] * 9]
