"""The survey import dialog: choose a file, change the mapping, see the bad rows, skip them, import."""

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QDialogButtonBox

from sp_desktop.domain.survei import Survei
from sp_desktop.ui.dialogs.skm_import_dialog import SkmImportDialog
from sp_desktop.ui.dialogs.skm_import_preview import BAD_BACKGROUND
from tests.ui.test_mnemonics import mnemonics

AKTA = "Penerbitan Akta Kelahiran"
HEADER = "No;Jenis Kelamin;Umur;Pendidikan Terakhir;U1;U2;Waktu;U4;U5;U6;U7;U8;U9;Saran"


@pytest.fixture
def survey(session):
    names = [s.jenis_pelayanan for s in session.summaries()]
    return session.add_survey(Survei(periode="Semester I 2026", mulai="2026-01-01", selesai="2026-06-30",
                                     layanan=names[:2], populasi=100))


@pytest.fixture
def dialog(qtbot, session, survey):
    chosen: list[Path] = []
    pool = QThreadPool()
    dlg = SkmImportDialog(session, survey, ask_open=lambda _parent, _title, _folder: chosen.pop(0), pool=pool)
    dlg.choose = chosen
    qtbot.addWidget(dlg)
    dlg.resize(1366, 768)
    dlg.show()
    yield dlg
    pool.waitForDone()


def write_csv(tmp_path, *rows, name="skm.csv"):
    path = tmp_path / name
    path.write_bytes(b"\xef\xbb\xbf" + "\r\n".join((HEADER, *rows)).encode("utf-8") + b"\r\n")
    return path


def choose(qtbot, dlg, path):
    dlg.choose.append(path)
    qtbot.mouseClick(dlg.ui.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dlg.is_checking())


def import_button(dlg):
    return dlg.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)


def test_the_user_maps_an_unknown_heading_and_imports(qtbot, dialog, session, survey, tmp_path, message_boxes):
    path = write_csv(tmp_path, "1;Laki-laki;34;SLTA;4;3;\"4,0\";Gratis;4;3;3;3;4;Antre lama",
                     "2;Perempuan;41;S1;3;3;3;3;3;3;3;3;3;")
    choose(qtbot, dialog, path)
    assert dialog.ui.file_edit.text() == str(path)
    assert "Belum ada kolom untuk U3" in dialog.ui.mapping_problems_label.text()
    assert not import_button(dialog).isEnabled()
    combo = dialog.ui.mapping_table.cellWidget(6, 3)  # column G, headed "Waktu"
    assert dialog.ui.mapping_table.item(6, 1).text() == "Waktu" and combo.currentText() == "(abaikan)"
    combo.setFocus()
    qtbot.keyClicks(combo, "U3")
    assert combo.currentData() == "u3"
    qtbot.waitUntil(lambda: dialog.result is not None)
    assert dialog.ui.mapping_problems_label.isHidden()
    summary = dialog.ui.summary_label.text()
    assert summary.startswith("Dibaca 2 baris data (judul kolom pada baris 1): 2 benar, 0 salah.")
    assert not dialog.ui.skip_check.isEnabled()
    with qtbot.waitSignal(dialog.imported) as imported:
        qtbot.mouseClick(import_button(dialog), Qt.MouseButton.LeftButton)
    assert imported.args == [2]
    assert message_boxes.shown[-1][2] == "2 responden diimpor."
    stored = [r for _id, r in session.respondents(survey)]
    assert [(r.jenis_kelamin, r.usia, r.pendidikan, r.nilai[2], r.nilai[3]) for r in stored] == [
        ("L", 34, "SMA", 4, 4), ("P", 41, "S1", 3, 3)]


def test_bad_rows_are_marked_and_nothing_is_imported_until_they_are_skipped(qtbot, dialog, session, survey,
                                                                           tmp_path, message_boxes):
    header_fixed = HEADER.replace("Waktu", "U3")
    path = tmp_path / "salah.csv"
    path.write_text("\r\n".join([header_fixed, "1;L;30;SMA;4;4;4;4;4;4;4;4;4;", "2;X;30;SMA;5;4;4;4;4;4;4;4;4;",
                                 "3;P;31;Petani;4;4;4;4;4;4;4;4;4;", "4;P;31;SMA;4;4;4;4;4;4;4;4;4;"]) + "\r\n",
                    encoding="cp1252")
    choose(qtbot, dialog, path)
    table = dialog.ui.preview_table
    summary = dialog.ui.summary_label.text()
    assert summary.startswith("Dibaca 4 baris data (judul kolom pada baris 1): 2 benar, 2 salah.")
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["2", "3", "4", "5"]
    assert table.item(1, 1).text().startswith("Jenis kelamin \u201cX\u201d tidak dikenal")
    assert "U1: \u201c5\u201d di luar nilai 1, 2, 3, atau 4" in table.item(1, 1).text()
    assert table.item(1, 1).background().color() == BAD_BACKGROUND
    assert table.item(0, 1).text() == "Benar" and table.item(0, 1).background().color() != BAD_BACKGROUND
    assert dialog.ui.reason_label.text().startswith("Baris 3: Jenis kelamin")
    assert not import_button(dialog).isEnabled()
    qtbot.keyClick(dialog.ui.only_bad_check, Qt.Key.Key_Space)
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["3", "4"]
    table.setCurrentCell(1, 0)
    assert dialog.ui.reason_label.text().startswith("Baris 4: Pendidikan \u201cPetani\u201d tidak dikenal")
    qtbot.keyClick(dialog.ui.skip_check, Qt.Key.Key_Space)
    assert import_button(dialog).isEnabled()
    assert session.respondents(survey) == []
    qtbot.mouseClick(import_button(dialog), Qt.MouseButton.LeftButton)
    assert message_boxes.shown[-1][2] == "2 responden diimpor. 2 baris yang salah dilewati."
    assert [r.jenis_kelamin for _id, r in session.respondents(survey)] == ["L", "P"]


def test_a_workbook_offers_its_sheets_and_reads_the_chosen_one(qtbot, dialog, tmp_path):
    path = tmp_path / "skm.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "Jawaban"
    wb.active.append(["JK"] + [f"U{n}" for n in range(1, 10)])
    wb.active.append(["L"] + ["4"] * 9)
    other = wb.create_sheet("Susulan")
    other.append(["Rekap susulan"])
    other.append(["JK"] + [f"u{n}" for n in range(1, 10)])
    for _ in range(3):
        other.append(["P"] + [3] * 9)
    wb.save(path)
    choose(qtbot, dialog, path)
    sheets = dialog.ui.sheet_combo
    assert sheets.isEnabled() and [sheets.itemText(i) for i in range(sheets.count())] == ["Jawaban", "Susulan"]
    assert "Dibaca 1 baris data" in dialog.ui.summary_label.text()
    sheets.setFocus()
    qtbot.keyClick(sheets, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: dialog.result is not None and dialog.layout_.sheet == "Susulan")
    assert dialog.ui.header_spin.value() == 2
    assert "Dibaca 3 baris data (judul kolom pada baris 2)" in dialog.ui.summary_label.text()
    spin = dialog.ui.header_spin
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "1")
    assert dialog.layout_.header.row == 1 and dialog.ui.mapping_table.item(0, 1).text() == "Rekap susulan"
    assert "Belum ada kolom untuk U1, U2" in dialog.ui.mapping_problems_label.text()
    assert not import_button(dialog).isEnabled()


def test_a_big_file_is_checked_off_the_gui_thread(qtbot, dialog, tmp_path):
    rows = [f"{i};L;30;SMA;" + ";".join(str(1 + (i + k) % 4) for k in range(9)) + ";" for i in range(30_000)]
    path = write_csv(tmp_path, *rows)
    dialog.choose.append(path)
    qtbot.mouseClick(dialog.ui.choose_button, Qt.MouseButton.LeftButton)
    combo = dialog.ui.mapping_table.cellWidget(6, 3)
    combo.setCurrentIndex(combo.findData("u3"))
    # The result can only arrive through the event loop: the check is still running on its thread.
    assert dialog.is_checking() and dialog.ui.progress_bar.isVisible()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=30_000)
    assert dialog.ui.summary_label.text().startswith("Dibaca 30.000 baris data")
    assert not dialog.ui.progress_bar.isVisible()
    assert dialog.ui.preview_table.rowCount() == 100


def test_a_file_that_is_not_a_sheet_is_refused_with_a_message(qtbot, dialog, tmp_path, message_boxes):
    path = tmp_path / "catatan.pdf"
    path.write_bytes(b"%PDF-1.4")
    choose(qtbot, dialog, path)
    assert message_boxes.kinds() == ["warning"]
    assert "bukan berkas CSV atau XLSX" in message_boxes.texts()[0]
    assert dialog.ui.file_edit.text() == "" and not import_button(dialog).isEnabled()


def test_closing_during_a_check_stops_it(qtbot, dialog, tmp_path):
    rows = [f"{i};L;30;SMA;" + ";".join("4" for _k in range(9)) + ";" for i in range(30_000)]
    dialog.choose.append(write_csv(tmp_path, *rows).rename(tmp_path / "besar.csv"))
    qtbot.mouseClick(dialog.ui.choose_button, Qt.MouseButton.LeftButton)
    combo = dialog.ui.mapping_table.cellWidget(6, 3)
    combo.setCurrentIndex(combo.findData("u3"))
    assert dialog.is_checking()
    qtbot.mouseClick(dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and not dialog.is_checking()


def test_the_dialog_speaks_indonesian_and_its_mnemonics_are_unique(dialog):
    assert import_button(dialog).text() == "&Impor"
    assert dialog.windowTitle() == "Impor jawaban survei \u2013 Semester I 2026"
    assert dialog.ui.skip_check.text().replace("&", "") == "Lewati baris yang salah"
    clashes = {k: v for k, v in mnemonics(dialog).items() if len(v) > 1}
    assert clashes == {}
