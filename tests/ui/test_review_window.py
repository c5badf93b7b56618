"""The reviewer's window over many units (ui/review_actions.py, ui/review/): real widgets on real unit files."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QMessageBox

from sp_desktop.services.review_notes import ReviewNotes, receive_review_file
from sp_desktop.services.session import open_project
from sp_desktop.ui import review_actions
from sp_desktop.ui.review import window as review_window_module
from sp_desktop.ui.review.compare_tab import DIFFERENT, NOTABLE
from sp_desktop.ui.review.window import ReviewWindow
from tests.ui.test_main_window import window  # noqa: F401 - fixture
from tests.ui.test_mnemonics import duplicates, menu_duplicates
from tests.ui.test_translation import english_words, shown_texts
from tests.unit.review_fixtures import AKTA, make_unit, service

UTARA, SELATAN, BARAT = "Kecamatan Bontang Utara", "Kecamatan Bontang Selatan", "Kecamatan Bontang Barat"
KK = "Penerbitan Kartu Keluarga"
REVIEWER = "Rina Evaluator"


def make_units(folder):
    """Three kecamatan: Utara asks one more requirement and takes longest, Selatan charges, Barat lacks Akta."""

    def utara(data):
        akta = service(data, AKTA)
        akta["waktu_penyelesaian"] = "14 (empat belas) hari kerja"
        akta["persyaratan"].append({"uraian": "Surat pengantar RT", "tahap": "awal"})

    def selatan(data):
        akta = service(data, AKTA)
        akta["biaya"] = {"tarif": 25000, "uraian": "", "dasar": "Perda 1/2020", "beban_unit": 0}
        akta["persyaratan"] = akta["persyaratan"][1:]

    def barat(data):
        data["layanan"] = [x for x in data["layanan"] if x["jenis_pelayanan"] != AKTA]
        service(data, KK)["produk"] = []

    folder.mkdir(exist_ok=True)
    paths = [make_unit(folder, "1-utara.spdb", UTARA, utara, ikm_answers=3),
             make_unit(folder, "2-selatan.spdb", SELATAN, selatan),
             make_unit(folder, "3-barat.spdb", BARAT, barat)]
    return paths


@pytest.fixture
def units(tmp_path):
    folder = tmp_path / "unit"
    return folder, make_units(folder)




@pytest.fixture
def saves(monkeypatch):
    """Where the review window's save dialogs answer (set ``answers.append(path)`` before the click)."""
    answers = []
    asked = []

    def ask(_parent, title, proposed, file_filter):
        asked.append((title, proposed, file_filter))
        return answers.pop(0) if answers else None

    monkeypatch.setattr(review_window_module, "ask_save_path", ask)
    return answers, asked


def open_review(qtbot, window, folder, monkeypatch) -> ReviewWindow:  # noqa: F811
    """Trigger "Tinjau banyak unit…" with the folder chosen, and wait until the folder is read."""
    monkeypatch.setattr(review_actions, "ask_folder", lambda _parent, _title, _start: folder)
    window.review_action.trigger()
    review = window.review_window
    assert isinstance(review, ReviewWindow) and review.isVisible()
    qtbot.waitUntil(lambda: not review.is_busy(), timeout=20000)
    return review


def add_note(qtbot, review, unit, jenis, komponen_label, text, reviewer=REVIEWER):
    tab = review.notes_tab
    review.tabs.setCurrentWidget(tab)
    tab.choose_unit(unit)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = tab.note_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.service_combo.setCurrentText(jenis)
    dialog.component_combo.setCurrentIndex(dialog.component_combo.findText(komponen_label))
    dialog.text_edit.setPlainText(text)
    if reviewer is not None:
        dialog.reviewer_edit.setText(reviewer)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert tab.note_dialog is None


def notes_on_disk(folder):
    with ReviewNotes.in_folder(folder) as notes:
        return notes.notes()


def test_review_action_is_enabled_without_a_project_and_has_its_own_letter(window):  # noqa: F811
    action = window.review_action
    assert action.isEnabled() and window.controller.session is None
    menu = window.findChild(QMenu, "exchange_menu")
    assert menu.actions()[-1] is action
    assert action.text().replace("&", "") == "Tinjau banyak unit\u2026" and "&" in action.text()
    menu.aboutToShow.emit()
    assert menu_duplicates(menu) == {}


def test_review_opens_the_folder_off_the_gui_thread_and_lists_units_and_damaged_files(
        qtbot, window, units, monkeypatch, app_settings):  # noqa: F811
    folder, paths = units
    (folder / "rusak.spdb").write_bytes(paths[0].read_bytes()[:3000])
    (folder / "salah.json").write_text("{ bukan json", encoding="utf-8")
    review = open_review(qtbot, window, folder, monkeypatch)
    assert review.windowTitle() == f"Tinjauan Standar Pelayanan \u2013 {folder}"
    assert app_settings.last_folder() == str(folder)
    table = review.units_tab.units_table
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == [UTARA, SELATAN, BARAT]
    assert [table.item(0, c).text() for c in range(8)] == [UTARA, "1-utara.spdb", "3", "3", "0", "0",
                                                            "75,00 (C)", table.item(0, 7).text()]
    assert table.item(0, 7).text().endswith("/45") and table.item(2, 2).text() == "2"
    problems = review.units_tab.problems_table
    reasons = {problems.item(r, 0).text(): problems.item(r, 1).text() for r in range(problems.rowCount())}
    assert set(reasons) == {"rusak.spdb", "salah.json"}
    assert "rusak" in reasons["rusak.spdb"] and "SP JSON" in reasons["salah.json"]
    assert review.units_tab.problems_table.isVisibleTo(review)
    assert "3 unit" in review.status_label.text() and "2 berkas tidak dapat dibuka" in review.status_label.text()
    review.close()


def test_a_folder_that_is_gone_is_told_in_indonesian(qtbot, window, tmp_path, monkeypatch, message_boxes):  # noqa: F811
    review = open_review(qtbot, window, tmp_path / "tidak-ada", monkeypatch)
    qtbot.waitUntil(lambda: bool(message_boxes.shown))
    assert message_boxes.kinds() == ["warning"] and "tidak ditemukan" in message_boxes.texts()[0]
    assert not review.tabs.isEnabled() and "tidak ditemukan" in review.status_label.text()
    review.close()


def test_search_as_one_types_and_a_hit_opens_a_note_on_its_component(qtbot, window, units, monkeypatch):  # noqa: F811
    folder, _paths = units
    review = open_review(qtbot, window, folder, monkeypatch)
    review.activateWindow()
    qtbot.waitUntil(review.isActiveWindow)
    qtbot.keyClick(review, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # Ctrl+F: the search box
    tab = review.search_tab
    assert review.tabs.currentWidget() is tab and tab.search_edit.hasFocus()
    qtbot.keyClicks(tab.search_edit, "pengantar rt")
    assert tab.hits_table.rowCount() == 0  # debounced: nothing searched while typing
    assert tab._timer.isActive()
    qtbot.waitUntil(lambda: tab.hits_table.rowCount() > 0)
    hits = tab.hits_table
    rows = [[hits.item(r, c).text() for c in range(4)] for r in range(hits.rowCount())]
    assert rows == [[UTARA, AKTA, "Persyaratan", rows[0][3]]]
    assert "[pengantar] [RT]" in rows[0][3]
    assert "1 hasil" in tab.count_label.text()
    hits.setFocus()
    hits.setCurrentCell(0, 0)
    qtbot.keyClick(hits, Qt.Key.Key_Return)
    assert review.tabs.currentWidget() is review.notes_tab
    dialog = review.notes_tab.note_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.values()["unit"] == UTARA and dialog.values()["jenis_pelayanan"] == AKTA
    assert dialog.values()["komponen"] == "persyaratan"
    dialog.reject()
    tab.search_edit.clear()
    qtbot.keyClicks(tab.search_edit, "zzzqqq")
    qtbot.waitUntil(lambda: "Tidak ada" in tab.count_label.text())
    assert tab.hits_table.rowCount() == 0
    review.close()


def test_compare_shows_a_column_per_unit_and_highlights_differences(qtbot, window, units, monkeypatch):  # noqa: F811
    folder, _paths = units
    review = open_review(qtbot, window, folder, monkeypatch)
    review.tabs.setCurrentWidget(review.compare_tab)
    tab = review.compare_tab
    combo = tab.service_combo
    assert combo.count() == 3 and combo.itemText(combo.findData(AKTA)) == f"{AKTA} (2 unit)"
    combo.setCurrentIndex(combo.findData(AKTA))
    grid = tab.grid
    assert [grid.horizontalHeaderItem(c).text() for c in range(grid.columnCount())] == [UTARA, SELATAN]
    labels = [grid.verticalHeaderItem(r).text().replace("\n", " ") for r in range(grid.rowCount())]
    assert labels[0] == "Nama di unit" and len(labels) == 15
    persyaratan, waktu, biaya = (labels.index(x) for x in ("Persyaratan", "Jangka waktu penyelesaian", "Biaya/tarif"))
    dasar = labels.index("Dasar hukum")
    assert "Surat pengantar RT" in grid.item(persyaratan, 0).text()
    assert "Surat pengantar RT" not in grid.item(persyaratan, 1).text()
    assert grid.item(persyaratan, 1).background().color() == DIFFERENT
    assert grid.item(dasar, 0).background().style() == Qt.BrushStyle.NoBrush  # alike in both
    assert grid.item(waktu, 0).background().color() == NOTABLE  # the longest time
    assert grid.item(biaya, 1).background().color() == NOTABLE and "Rp25.000" in grid.item(biaya, 1).text()
    summary = tab.summary.toPlainText()
    assert f"Tidak ada di: {BARAT}" in summary and "Waktu terlama: Kecamatan Bontang Utara (14 hari)" in summary
    assert "Surat pengantar RT \u2013 hanya diminta oleh Kecamatan Bontang Utara" in summary
    combo.setCurrentIndex(combo.findData(KK))
    assert grid.columnCount() == 3
    review.close()


def test_checks_per_unit(qtbot, window, units, monkeypatch):  # noqa: F811
    folder, _paths = units
    review = open_review(qtbot, window, folder, monkeypatch)
    tab = review.checks_tab
    review.tabs.setCurrentWidget(tab)
    table = tab.table
    found = [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]
    assert [BARAT, KK, "Produk pelayanan", "Wajib diperbaiki"] in found
    assert all(row[0] == BARAT for row in found)
    tab.choose(UTARA)
    assert table.rowCount() == 0 and "Tidak ada temuan" in tab.count_label.text()
    tab.choose(BARAT)
    assert table.rowCount() == len(found) and "wajib diperbaiki" in tab.count_label.text()
    review.close()


def test_notes_are_added_changed_and_deleted_in_the_reviewers_file(qtbot, window, units, monkeypatch):  # noqa: F811
    folder, _paths = units
    review = open_review(qtbot, window, folder, monkeypatch)
    add_note(qtbot, review, SELATAN, AKTA, "Biaya/tarif", "Dasar tarif belum disebut lengkap.")
    [note] = notes_on_disk(folder)
    assert (note.unit, note.jenis_pelayanan, note.komponen, note.teks, note.reviewer) == (
        SELATAN, AKTA, "biaya", "Dasar tarif belum disebut lengkap.", REVIEWER)
    tab = review.notes_tab
    assert tab.table.rowCount() == 1 and tab.table.item(0, 1).text() == "Biaya/tarif"
    assert tab.current_unit() == SELATAN

    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)  # the reviewer's name is offered again
    assert tab.note_dialog.reviewer_edit.text() == REVIEWER
    assert duplicates(tab.note_dialog) == {} and not english_words(shown_texts(tab.note_dialog))
    tab.note_dialog.reject()

    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    dialog = tab.note_dialog
    assert not dialog.unit_combo.isEnabled() and dialog.text_edit.toPlainText() == note.teks
    dialog.text_edit.setPlainText("Sebutkan Perda 1/2020 pasal berapa.")
    dialog.title_edit.setText("Dasar tarif")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [changed] = notes_on_disk(folder)
    assert (changed.uid, changed.teks, changed.judul) == (
        note.uid, "Sebutkan Perda 1/2020 pasal berapa.", "Dasar tarif")
    assert tab.table.item(0, 3).text() == "Sebutkan Perda 1/2020 pasal berapa."

    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    box = tab.confirm_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert {b.text() for b in box.buttons()} == {"&Hapus", "&Batal"}
    qtbot.mouseClick(box.confirm_button, Qt.MouseButton.LeftButton)
    assert notes_on_disk(folder) == [] and tab.table.rowCount() == 0
    review.close()


def test_a_note_without_text_or_reviewer_is_not_saved(qtbot, window, units, monkeypatch, message_boxes):  # noqa: F811
    folder, _paths = units
    review = open_review(qtbot, window, folder, monkeypatch)
    tab = review.notes_tab
    review.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = tab.note_dialog
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "isi catatan, nama penilai" in message_boxes.texts()[-1]
    dialog.reject()
    assert notes_on_disk(folder) == []
    review.close()


def test_export_a_units_notes_and_the_unit_receives_them(qtbot, window, units, monkeypatch, saves, message_boxes,  # noqa: F811
                                                         tmp_path):
    folder, paths = units
    answers, asked = saves
    review = open_review(qtbot, window, folder, monkeypatch)
    add_note(qtbot, review, UTARA, AKTA, "Persyaratan", "Surat pengantar RT tidak diminta unit lain.")
    add_note(qtbot, review, UTARA, AKTA, "Jangka waktu penyelesaian", "14 hari kerja terlalu lama.")
    add_note(qtbot, review, SELATAN, AKTA, "Biaya/tarif", "Bukan untuk Utara.")
    review.notes_tab.choose_unit(UTARA)
    answers.append(tmp_path / "untuk-utara")  # no suffix typed: .spx is added
    qtbot.mouseClick(review.notes_tab.export_button, Qt.MouseButton.LeftButton)
    assert asked[-1][1].endswith(".spx") and asked[-1][2] == "Paket catatan evaluasi (*.spx)"
    package = tmp_path / "untuk-utara.spx"
    assert package.exists()
    assert message_boxes.kinds()[-1] == "information" and "2 catatan untuk Kecamatan Bontang Utara" in \
        message_boxes.texts()[-1]
    session = open_project(paths[0])
    try:
        receipt = receive_review_file(session, package)
        assert (receipt.added, receipt.unmatched, receipt.reviewer) == (2, [], REVIEWER)
    finally:
        session.close()
    review.close()


@pytest.mark.parametrize("suffix", [".xlsx", ".pdf"])
def test_consolidated_report_is_written_off_the_gui_thread(qtbot, window, units, monkeypatch, saves, message_boxes,  # noqa: F811
                                                           tmp_path, suffix):
    folder, _paths = units
    answers, _asked = saves
    review = open_review(qtbot, window, folder, monkeypatch)
    add_note(qtbot, review, BARAT, KK, "Produk pelayanan", "Produk belum diisi.")
    out = tmp_path / f"laporan{suffix}"
    answers.append(out)
    qtbot.mouseClick(review.notes_tab.report_button, Qt.MouseButton.LeftButton)
    assert review.report_job is not None and not review.notes_tab.report_button.isEnabled()
    qtbot.waitUntil(lambda: not review.is_busy() and review.report_job is None, timeout=60000)
    assert out.exists() and out.stat().st_size > 0
    assert message_boxes.kinds()[-1] == "information" and "laporan" in message_boxes.texts()[-1]
    assert str(out.parent) in message_boxes.texts()[-1]
    assert review.notes_tab.report_button.isEnabled()
    review.close()


def test_review_window_fits_a_laptop_screen_and_every_tab_has_unique_letters(qtbot, window, units, monkeypatch):  # noqa: F811
    folder, _paths = units
    review = open_review(qtbot, window, folder, monkeypatch)
    hint = review.minimumSizeHint().expandedTo(review.minimumSize())
    assert hint.width() + 8 <= 1366 and hint.height() + 36 <= 768 - 40
    review.resize(1366, 728)
    for index in range(review.tabs.count()):
        review.tabs.setCurrentIndex(index)
        assert duplicates(review) == {}, review.tabs.tabText(index)
        assert not english_words(shown_texts(review)), english_words(shown_texts(review))
    review.close()


def test_tab_order_reaches_the_notes_buttons_by_keyboard(qtbot, window, units, monkeypatch):  # noqa: F811
    folder, _paths = units
    review = open_review(qtbot, window, folder, monkeypatch)
    review.activateWindow()
    tab = review.notes_tab
    review.tabs.setCurrentWidget(tab)
    tab.unit_combo.setFocus()
    seen = []
    widget = tab.unit_combo
    for _ in range(12):
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or not widget.isVisibleTo(review) \
                or not widget.isEnabled():
            widget = widget.nextInFocusChain()
        seen.append(widget.objectName())
    assert seen.index("review_notes_table_widget") < seen.index("review_note_add_push_button")
    assert "review_report_push_button" in seen
    review.close()


def test_closing_the_window_while_the_folder_is_read_is_safe(qtbot, window, units, monkeypatch):  # noqa: F811
    folder, _paths = units
    monkeypatch.setattr(review_actions, "ask_folder", lambda _parent, _title, _start: folder)
    window.review_action.trigger()
    review = window.review_window
    job = review.load_job
    returned = job.returned_event
    gone = []
    job.destroyed.connect(lambda *_: gone.append(True))
    review.close()  # deleted once closed; the job keeps running on the pool and deletes itself
    qtbot.waitUntil(returned.is_set, timeout=20000)
    qtbot.waitUntil(lambda: bool(gone), timeout=5000)  # deleted on the GUI thread after run() returned
    assert window.isVisible()
