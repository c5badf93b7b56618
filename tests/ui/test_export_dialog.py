import copy
import json
import os
from datetime import date
from pathlib import Path

import docx
import pypdf
import pytest
from PySide6.QtCore import QPoint, QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox

from sp_desktop.domain.model import Project
from sp_desktop.export.errors import BlockingFindings, ExportCancelled, ExportError
from sp_desktop.export.render import export_document
from sp_desktop.services.session import open_project
from sp_desktop.ui import crash_report
from sp_desktop.ui.dialogs.export_dialog import ExportDialog
from sp_desktop.ui.printing import PdfPages, PdfPrintPreviewDialog, make_printer, page_size
from sp_desktop.ui.settings_store import AppSettings
from sp_desktop.ui.workers import ExportJob, ExportWorker, export_pool

LEFT = Qt.MouseButton.LeftButton
JOB_TIMEOUT = 120_000  # a 100-service PDF takes a few seconds here; leave room for a slow CI machine
MM_PER_PT = 25.4 / 72
DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture(autouse=True)
def export_pool_idle():
    yield
    assert export_pool().waitForDone(JOB_TIMEOUT), "an export was still running after the test"


@pytest.fixture(autouse=True)
def crash_log(tmp_path, monkeypatch) -> Path:
    """The error log an unexpected export failure writes to, under tmp_path rather than the user's data folder."""
    log = tmp_path / "galat" / "sp-desktop-galat.log"
    monkeypatch.setattr(crash_report, "log_path", lambda: log)
    return log


@pytest.fixture
def app_settings(tmp_path) -> AppSettings:
    """Settings in an INI file under tmp_path, never the user's own."""
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def sample_document() -> dict:
    return json.loads((DATA / "proyek_contoh.json").read_text(encoding="utf-8"))


@pytest.fixture
def out_dir(tmp_path, app_settings) -> Path:
    folder = tmp_path / "keluaran dokumen"  # a space, as in "My Documents"
    folder.mkdir()
    app_settings.set_last_folder(folder)
    return folder


@pytest.fixture
def big_session(tmp_path, sample_document):
    """The example project grown to 100 services (some 270 F4 pages as a full Rancangan)."""
    document = copy.deepcopy(sample_document)
    base = document["layanan"]
    document["layanan"] = [
        dict(copy.deepcopy(base[i % len(base)]), jenis_pelayanan=f"Layanan uji nomor {i + 1}") for i in range(100)
    ]
    opened = open_project(tmp_path / "besar.spdb", create=True)
    opened.import_document(document)
    yield opened
    opened.close()


def make_dialog(qtbot, session, app_settings, **kwargs) -> ExportDialog:
    dialog = ExportDialog(session, settings=app_settings, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def mark_ready(session, *names):
    """Mark the named services (all when none is named) "siap dibahas", as the ketua does in the Tinjauan step."""
    for summary in session.summaries():
        if not names or summary.jenis_pelayanan in names:
            session.set_status(summary.id, "siap_dibahas")


def today_name(stem: str, about: str, fmt: str) -> str:
    return f"{stem} - {about} - {date.today().isoformat()}.{fmt}"


def choose(qtbot, combo, data):
    combo.setFocus()
    key = Qt.Key.Key_Down if combo.findData(data) > combo.currentIndex() else Qt.Key.Key_Up
    for _ in range(combo.count()):
        if combo.currentData() == data:
            break
        qtbot.keyClick(combo, key)
    assert combo.currentData() == data


def set_target(qtbot, dialog, path):
    edit = dialog.ui.target_line_edit
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, str(path))


def click_radio(qtbot, button):
    # A radio button reacts to its indicator and label, not to the empty rest of its row.
    qtbot.mouseClick(button, LEFT, pos=QPoint(8, button.height() // 2))
    assert button.isChecked()


def toggle_service(qtbot, dialog, name):
    view = dialog.ui.services_list_widget
    item = view.findItems(name, Qt.MatchFlag.MatchExactly)[0]
    view.setCurrentItem(item)
    qtbot.keyClick(view, Qt.Key.Key_Space)


def run_job(qtbot, dialog, button, signal="finished", on_start=None):
    """Click ``button`` and wait for the started worker to end; returns the arguments of ``signal``.

    Fails at once when the job ended with another signal than the expected one.
    """
    blockers, endings = [], []

    def attach(worker):
        # Connected before the worker starts, so even an instant export cannot be missed.
        for name in ("finished", "failed", "cancelled"):
            getattr(worker, name).connect(lambda *args, name=name: endings.append((name, args)))
        blocker = qtbot.waitSignal(worker.finished, timeout=JOB_TIMEOUT)
        blocker.connect(worker.failed)
        blocker.connect(worker.cancelled)
        blockers.append(blocker)
        if on_start is not None:
            on_start(worker)

    dialog.export_started.connect(attach)
    try:
        qtbot.mouseClick(button, LEFT)
    finally:
        dialog.export_started.disconnect(attach)
    assert blockers, "no export was started"
    blockers[0].wait()
    assert [name for name, _args in endings] == [signal], endings
    return endings[0][1]


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def page_mm(path) -> tuple[float, float]:
    box = pypdf.PdfReader(path).pages[0].mediabox
    return round(float(box.width) * MM_PER_PT), round(float(box.height) * MM_PER_PT)


def docx_text(path) -> str:
    document = docx.Document(str(path))
    texts = [p.text for p in document.paragraphs]
    texts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join(texts)


def non_white_ratio(image) -> float:
    step = 4
    dark = total = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            total += 1
            dark += image.pixelColor(x, y).lightness() < 200
    return dark / total


# -- exporting ---------------------------------------------------------------------------------------


def test_export_dialog_writes_rancangan_pdf_of_chosen_services(qtbot, session, app_settings, out_dir, message_boxes):
    dialog = make_dialog(qtbot, session, app_settings)
    assert dialog.ui.doc_combo_box.currentData() == "rancangan"
    click_radio(qtbot, dialog.ui.chosen_services_radio_button)
    toggle_service(qtbot, dialog, "Penerbitan Kartu Identitas Anak (KIA)")
    choose(qtbot, dialog.ui.paper_combo_box, "a4")
    target = out_dir / "rancangan akta & kk.pdf"
    set_target(qtbot, dialog, target)

    (path,) = run_job(qtbot, dialog, dialog.ui.export_push_button)

    assert Path(path) == target and target.is_file()
    text = pdf_text(target)
    assert "RANCANGAN STANDAR PELAYANAN" in text
    assert "Penerbitan Akta Kelahiran" in text and "Penerbitan Kartu Keluarga" in text
    assert "Kartu Identitas Anak" not in text
    assert page_mm(target) == (210, 297)
    assert dialog.ui.export_progress_bar.value() == 100
    assert target.name in dialog.ui.status_label.text() and dialog.ui.status_label.toolTip() == str(target)
    assert dialog.ui.open_file_push_button.isVisible() and dialog.ui.show_folder_push_button.isVisible()
    assert dialog.ui.export_push_button.isEnabled() and not dialog.ui.cancel_push_button.isEnabled()
    assert message_boxes.shown == []


def test_export_dialog_writes_maklumat_as_word_adding_the_suffix(qtbot, session, app_settings, out_dir,
                                                                  message_boxes):
    dialog = make_dialog(qtbot, session, app_settings)
    choose(qtbot, dialog.ui.doc_combo_box, "maklumat")
    assert not dialog.ui.services_group_box.isEnabled()
    assert not dialog.ui.layout_combo_box.isEnabled()
    choose(qtbot, dialog.ui.format_combo_box, "docx")
    set_target(qtbot, dialog, out_dir / "maklumat disdukcapil")

    (path,) = run_job(qtbot, dialog, dialog.ui.export_push_button)

    assert Path(path) == out_dir / "maklumat disdukcapil.docx"
    text = docx_text(path)
    assert "MAKLUMAT PELAYANAN" in text
    assert "menyatakan sanggup menyelenggarakan pelayanan" in text
    assert message_boxes.shown == []


def test_export_dialog_writes_standar_brief_layout_not_offered(qtbot, session, app_settings, out_dir, message_boxes):
    mark_ready(session)
    dialog = make_dialog(qtbot, session, app_settings)
    choose(qtbot, dialog.ui.layout_combo_box, "brief")
    choose(qtbot, dialog.ui.doc_combo_box, "standar")
    layouts = dialog.ui.layout_combo_box
    assert [layouts.itemData(i) for i in range(layouts.count())] == ["ab", "tunggal"]
    assert layouts.currentData() == "ab" and layouts.isEnabled()
    choose(qtbot, layouts, "tunggal")
    choose(qtbot, dialog.ui.format_combo_box, "docx")
    set_target(qtbot, dialog, out_dir / "lampiran sk.docx")

    (path,) = run_job(qtbot, dialog, dialog.ui.export_push_button)

    text = docx_text(path)
    tables = [t for t in docx.Document(str(path)).tables if t.rows[0].cells[0].text == "NO"]
    assert len(tables) == 3 and all([r.cells[0].text for r in t.rows[1:]] == [str(n) for n in range(1, 15)]
                                    for t in tables)
    assert "A. Komponen" not in text
    assert "STANDAR PELAYANAN" in text
    assert all(name in text for name in ("Penerbitan Akta Kelahiran", "Penerbitan Kartu Identitas Anak (KIA)"))
    assert "RANCANGAN" not in text
    assert message_boxes.shown == []


def test_export_dialog_poster_uses_a3_and_restores_paper(qtbot, session, app_settings, out_dir, message_boxes):
    dialog = make_dialog(qtbot, session, app_settings)
    paper = dialog.ui.paper_combo_box
    assert paper.currentData() == "f4"
    choose(qtbot, dialog.ui.doc_combo_box, "poster")
    assert paper.currentData() == "a3"
    set_target(qtbot, dialog, out_dir / "poster.pdf")

    (path,) = run_job(qtbot, dialog, dialog.ui.export_push_button)

    assert page_mm(path) == (297, 420)
    choose(qtbot, dialog.ui.doc_combo_box, "maklumat")
    assert paper.currentData() == "f4"


def test_export_dialog_paper_defaults_to_project_setting(qtbot, session, app_settings):
    pengaturan = session.pengaturan()
    pengaturan.kertas = "a4"
    session.save_pengaturan(pengaturan)
    dialog = make_dialog(qtbot, session, app_settings)
    assert dialog.ui.paper_combo_box.currentData() == "a4"


def test_export_dialog_preselects_initial_services(qtbot, session, app_settings):
    second = session.services()[1]
    dialog = make_dialog(qtbot, session, app_settings, initial_services=[second.id])
    assert dialog.ui.chosen_services_radio_button.isChecked()
    assert dialog.chosen_service_ids() == [second.id]
    qtbot.mouseClick(dialog.ui.check_none_push_button, LEFT)
    assert dialog.chosen_service_ids() == []
    assert not dialog.ui.export_push_button.isEnabled() and not dialog.ui.print_push_button.isEnabled()
    click_radio(qtbot, dialog.ui.all_services_radio_button)
    assert dialog.chosen_service_ids() is None and dialog.ui.export_push_button.isEnabled()


def test_export_dialog_default_target_follows_document_and_format(qtbot, session, app_settings, out_dir):
    dialog = make_dialog(qtbot, session, app_settings)
    assert dialog.target_path() == out_dir / today_name("Rancangan Standar Pelayanan", "semua layanan", "pdf")
    choose(qtbot, dialog.ui.doc_combo_box, "maklumat")
    choose(qtbot, dialog.ui.format_combo_box, "docx")
    assert dialog.target_path() == out_dir / today_name("Maklumat Pelayanan", "Disdukcapil", "docx")
    set_target(qtbot, dialog, out_dir / "pilihan saya.pdf")
    assert dialog.ui.format_combo_box.currentData() == "pdf"  # a typed suffix chooses the format
    choose(qtbot, dialog.ui.doc_combo_box, "rancangan")
    assert dialog.target_path() == out_dir / "pilihan saya.pdf"  # a typed name is kept


def test_export_dialog_browse_remembers_folder(qtbot, session, app_settings, out_dir, tmp_path, monkeypatch):
    elsewhere = tmp_path / "folder lain"
    elsewhere.mkdir()
    asked = []

    def fake_dialog(parent, caption, start, filters, selected, options):
        asked.append((start, selected))
        assert options & QFileDialog.Option.DontConfirmOverwrite  # the dialog asks itself, in Indonesian
        return str(elsewhere / "dokumen.docx"), "Dokumen Word (*.docx)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    dialog = make_dialog(qtbot, session, app_settings)
    qtbot.mouseClick(dialog.ui.browse_push_button, LEFT)
    assert asked[0][0].startswith(str(out_dir)) and asked[0][1] == "Dokumen PDF (*.pdf)"
    assert dialog.ui.format_combo_box.currentData() == "docx"
    assert dialog.target_path() == elsewhere / "dokumen.docx"
    assert Path(app_settings.last_folder()) == elsewhere


def open_box(qtbot, dialog, name):
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, name) is not None and
                    dialog.findChild(QMessageBox, name).isVisible())
    return dialog.findChild(QMessageBox, name)


def test_export_dialog_asks_before_overwriting_a_typed_target(qtbot, session, app_settings, out_dir, message_boxes):
    target = out_dir / "ada.pdf"
    target.write_bytes(b"lama")
    dialog = make_dialog(qtbot, session, app_settings)
    set_target(qtbot, dialog, target)
    qtbot.mouseClick(dialog.ui.export_push_button, LEFT)
    box = open_box(qtbot, dialog, "overwrite_message_box")
    assert "ada.pdf" in box.text() and "ada (2).pdf" in box.informativeText()
    buttons = sorted(b.text() for b in box.buttons())
    assert buttons == ["&Batal", "&Timpa", "Simpan dengan &nama baru"]
    assert box.defaultButton().text() == "&Batal"
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.isVisible())
    assert dialog.worker is None and target.read_bytes() == b"lama"
    assert "tidak diubah" in dialog.ui.status_label.text()


def test_export_dialog_second_export_asks_again_and_can_keep_both(qtbot, session, app_settings, out_dir,
                                                                   message_boxes):
    dialog = make_dialog(qtbot, session, app_settings)
    first = dialog.target_path()
    assert first.parent == out_dir
    (path,) = run_job(qtbot, dialog, dialog.ui.export_push_button)
    assert Path(path) == first and first.is_file()
    written = first.read_bytes()

    blockers = []
    dialog.export_started.connect(lambda worker: blockers.append(qtbot.waitSignal(worker.finished,
                                                                                   timeout=JOB_TIMEOUT)))
    qtbot.mouseClick(dialog.ui.export_push_button, LEFT)
    box = open_box(qtbot, dialog, "overwrite_message_box")
    assert blockers == []  # nothing is written before the answer
    new_name = next(b for b in box.buttons() if b.objectName() == "new_name_push_button")
    qtbot.mouseClick(new_name, LEFT)
    qtbot.waitUntil(lambda: bool(blockers))
    blockers[0].wait()
    second = first.with_name(first.stem + " (2).pdf")
    assert dialog.last_output == second and second.is_file()
    assert first.read_bytes() == written
    assert message_boxes.shown == []


def test_export_dialog_overwrites_only_when_told(qtbot, session, app_settings, out_dir, message_boxes):
    target = out_dir / "ada.pdf"
    target.write_bytes(b"lama")
    dialog = make_dialog(qtbot, session, app_settings)
    set_target(qtbot, dialog, target)
    blockers = []
    dialog.export_started.connect(lambda worker: blockers.append(qtbot.waitSignal(worker.finished,
                                                                                   timeout=JOB_TIMEOUT)))
    qtbot.mouseClick(dialog.ui.export_push_button, LEFT)
    box = open_box(qtbot, dialog, "overwrite_message_box")
    qtbot.mouseClick(next(b for b in box.buttons() if b.objectName() == "overwrite_push_button"), LEFT)
    qtbot.waitUntil(lambda: bool(blockers))
    blockers[0].wait()
    assert target.read_bytes().startswith(b"%PDF")


def test_export_dialog_open_and_show_buttons(qtbot, session, app_settings, out_dir, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    dialog = make_dialog(qtbot, session, app_settings)
    set_target(qtbot, dialog, out_dir / "hasil.pdf")
    run_job(qtbot, dialog, dialog.ui.export_push_button)
    qtbot.mouseClick(dialog.ui.open_file_push_button, LEFT)
    qtbot.mouseClick(dialog.ui.show_folder_push_button, LEFT)
    assert opened == [QUrl.fromLocalFile(str(out_dir / "hasil.pdf")), QUrl.fromLocalFile(str(out_dir))]


# -- running off the GUI thread --------------------------------------------------------------------


def test_export_dialog_keeps_event_loop_turning_during_long_export(qtbot, big_session, app_settings, out_dir,
                                                                  message_boxes):
    dialog = make_dialog(qtbot, big_session, app_settings)
    ticks = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(dialog.ui.export_push_button.isEnabled()))
    seen = []

    def watch(worker):
        worker.progress.connect(lambda done, total: seen.append(
            (done, dialog.ui.export_push_button.isEnabled(), dialog.ui.document_group_box.isEnabled(),
             dialog.ui.cancel_push_button.isEnabled())))
        timer.start()

    set_target(qtbot, dialog, out_dir / "seratus layanan.pdf")
    run_job(qtbot, dialog, dialog.ui.export_push_button, on_start=watch)
    timer.stop()

    assert len(ticks) >= 5, f"the GUI thread was blocked: only {len(ticks)} timer ticks during the export"
    assert not any(ticks[:-1]), "Ekspor was enabled while the export ran"
    assert len({done for done, *_ in seen}) >= 5
    assert all(not export_on and not options_on and cancel_on for _done, export_on, options_on, cancel_on in seen)
    assert len(pypdf.PdfReader(out_dir / "seratus layanan.pdf").pages) > 100
    assert dialog.ui.export_push_button.isEnabled() and dialog.ui.document_group_box.isEnabled()


def test_export_dialog_cancel_stops_and_writes_nothing(qtbot, big_session, app_settings, out_dir, message_boxes):
    dialog = make_dialog(qtbot, big_session, app_settings)
    target = out_dir / "dibatalkan.pdf"
    set_target(qtbot, dialog, target)

    def cancel_when_writing(worker):
        def on_progress(done, _total):
            if done >= 15 and dialog.ui.cancel_push_button.isEnabled():
                qtbot.mouseClick(dialog.ui.cancel_push_button, LEFT)

        worker.progress.connect(on_progress)

    run_job(qtbot, dialog, dialog.ui.export_push_button, signal="cancelled", on_start=cancel_when_writing)

    assert not target.exists()
    assert list(out_dir.iterdir()) == []  # no temp file left either
    assert "dibatalkan" in dialog.ui.status_label.text()
    assert dialog.ui.export_push_button.isEnabled() and not dialog.ui.cancel_push_button.isEnabled()
    assert not dialog.ui.open_file_push_button.isVisible()
    assert message_boxes.shown == []


def test_export_dialog_close_while_running_cancels_then_closes(qtbot, big_session, app_settings, out_dir,
                                                              message_boxes):
    dialog = make_dialog(qtbot, big_session, app_settings)
    set_target(qtbot, dialog, out_dir / "ditutup.pdf")

    def close_at_once(worker):
        worker.progress.connect(lambda done, _t: dialog.isVisible() and qtbot.mouseClick(
            dialog.ui.close_push_button, LEFT))

    run_job(qtbot, dialog, dialog.ui.export_push_button, signal="cancelled", on_start=close_at_once)
    assert not dialog.isVisible()
    assert not (out_dir / "ditutup.pdf").exists()
    assert message_boxes.shown == []


def test_export_dialog_shows_message_when_target_is_open_elsewhere(qtbot, session, app_settings, out_dir,
                                                                   message_boxes, monkeypatch):
    target = out_dir / "dibuka di word.docx"
    real_replace = os.replace

    def held_open(src, dst, *args, **kwargs):
        # What Windows does while Word holds the file.
        if Path(dst) == target:
            raise PermissionError(13, "The process cannot access the file", str(dst))
        return real_replace(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "replace", held_open)
    dialog = make_dialog(qtbot, session, app_settings)
    set_target(qtbot, dialog, target)

    (message,) = run_job(qtbot, dialog, dialog.ui.export_push_button, signal="failed")

    assert "File sedang dibuka di program lain" in message
    assert message_boxes.kinds() == ["warning"]
    assert "File sedang dibuka di program lain" in message_boxes.texts()[0]
    assert "Ekspor gagal" in dialog.ui.status_label.text()
    assert list(out_dir.iterdir()) == []
    assert dialog.ui.export_push_button.isEnabled() and not dialog.ui.open_file_push_button.isVisible()


def test_export_dialog_shows_message_when_folder_is_missing(qtbot, session, app_settings, out_dir, message_boxes):
    dialog = make_dialog(qtbot, session, app_settings)
    set_target(qtbot, dialog, out_dir / "tidak ada" / "hasil.pdf")
    (message,) = run_job(qtbot, dialog, dialog.ui.export_push_button, signal="failed")
    assert "Folder tujuan tidak ditemukan" in message
    assert message_boxes.kinds() == ["warning"]


def test_export_dialog_refuses_standar_with_blocking_findings(qtbot, session, app_settings, out_dir, message_boxes):
    mark_ready(session)
    session.add_service("Legalisir Dokumen")
    dialog = make_dialog(qtbot, session, app_settings)
    started = []
    dialog.export_started.connect(started.append)
    choose(qtbot, dialog.ui.doc_combo_box, "standar")
    assert dialog.ui.findings_label.isVisible()
    assert "Legalisir Dokumen" in dialog.ui.findings_label.text()
    set_target(qtbot, dialog, out_dir / "standar.pdf")

    qtbot.mouseClick(dialog.ui.export_push_button, LEFT)

    box = open_box(qtbot, dialog, "incomplete_services_message_box")
    assert started == [] and dialog.worker is None and message_boxes.shown == []
    text = box.text()
    assert "1 dari 4 jenis pelayanan" in text
    # One line for the service, naming its components once each, with a link to the first step to complete.
    legalisir = next(s for s in session.summaries() if s.jenis_pelayanan == "Legalisir Dokumen")
    assert text.count("Legalisir Dokumen") == 1 and text.count("<br>") == 0
    assert f'href="{legalisir.id}/dasar_hukum"' in text and "belum lengkap: Dasar hukum; Persyaratan" in text
    assert not (out_dir / "standar.pdf").exists()

    # "Export only the ready ones" leaves the incomplete service out and goes on.
    ready = next(b for b in box.buttons() if b.objectName() == "export_ready_push_button")
    assert ready.text() == "&Ekspor hanya 3 layanan yang siap"
    blockers = []
    dialog.export_started.connect(lambda worker: blockers.append(qtbot.waitSignal(worker.finished,
                                                                                   timeout=JOB_TIMEOUT)))
    qtbot.mouseClick(ready, LEFT)
    qtbot.waitUntil(lambda: bool(blockers))
    blockers[0].wait()
    assert dialog.chosen_service_ids() == [s.id for s in session.summaries() if s.id != legalisir.id]
    assert not dialog.ui.findings_label.isVisible()
    assert "Legalisir" not in pdf_text(out_dir / "standar.pdf")


def test_export_dialog_standar_only_for_services_marked_siap_dibahas(qtbot, session, app_settings, out_dir,
                                                                      message_boxes):
    mark_ready(session, "Penerbitan Akta Kelahiran")
    dialog = make_dialog(qtbot, session, app_settings)
    choose(qtbot, dialog.ui.doc_combo_box, "standar")
    assert "belum ditandai siap dibahas" in dialog.ui.findings_label.text()
    qtbot.mouseClick(dialog.ui.export_push_button, LEFT)
    box = open_box(qtbot, dialog, "incomplete_services_message_box")
    assert "2 dari 3 jenis pelayanan" in box.text()
    assert box.text().count("belum ditandai \u201csiap dibahas\u201d") == 2
    kk = next(s for s in session.summaries() if s.jenis_pelayanan == "Penerbitan Kartu Keluarga")
    assert f'href="{kk.id}/tinjauan"' in box.text()
    assert dialog.worker is None


def test_export_dialog_link_in_refusal_asks_for_the_step_and_closes(qtbot, session, app_settings, message_boxes):
    session.add_service("Legalisir Dokumen")
    legalisir = next(s for s in session.summaries() if s.jenis_pelayanan == "Legalisir Dokumen")
    dialog = make_dialog(qtbot, session, app_settings, initial_services=[legalisir.id])
    choose(qtbot, dialog.ui.doc_combo_box, "standar")
    qtbot.mouseClick(dialog.ui.export_push_button, LEFT)
    box = open_box(qtbot, dialog, "incomplete_services_message_box")
    assert box.buttons() == [box.close_button]  # nothing is ready, so nothing else is offered
    label = box.findChild(QLabel, "qt_msgbox_label")
    with qtbot.waitSignal(dialog.step_requested) as requested:
        label.setFocus()
        qtbot.keyClick(label, Qt.Key.Key_Tab)  # the first link
        qtbot.keyClick(label, Qt.Key.Key_Return)
    assert requested.args == [legalisir.id, "dasar_hukum"]
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_export_dialog_refuses_to_write_over_a_project_file(qtbot, session, app_settings, out_dir, project_file,
                                                            message_boxes):
    disguised = out_dir / "arsip proyek.pdf"  # an SP Desktop project someone named .pdf
    project_file.rename(disguised)
    kept = disguised.read_bytes()
    dialog = make_dialog(qtbot, session, app_settings)
    started = []
    dialog.export_started.connect(started.append)
    set_target(qtbot, dialog, disguised)

    qtbot.mouseClick(dialog.ui.export_push_button, LEFT)

    assert started == [] and dialog.worker is None
    assert message_boxes.kinds() == ["warning"]  # no "overwrite?" question first
    assert "berkas proyek SP Desktop" in message_boxes.texts()[0]
    assert "Ekspor dibatalkan" in dialog.ui.status_label.text()
    assert disguised.read_bytes() == kept


def _refuse(*_args, **_kwargs):
    raise AssertionError("the dialog must not decode every service")


def test_export_dialog_lists_summaries_and_reads_only_the_chosen_services(qtbot, session, app_settings, out_dir,
                                                                         monkeypatch, message_boxes):
    mark_ready(session)
    session.add_service("Legalisir Dokumen")  # incomplete: its summary names what is missing
    real_load = session.load_project
    loaded = []
    monkeypatch.setattr(session, "services", _refuse)
    monkeypatch.setattr(session, "findings", _refuse)
    monkeypatch.setattr(session, "load_project", lambda ids=None: loaded.append(ids) or real_load(ids))
    dialog = make_dialog(qtbot, session, app_settings)
    view = dialog.ui.services_list_widget
    assert [view.item(r).text() for r in range(view.count())] == [s.jenis_pelayanan for s in session.summaries()]
    choose(qtbot, dialog.ui.doc_combo_box, "standar")
    assert "Legalisir Dokumen" in dialog.ui.findings_label.text()  # from the summaries, no review run
    choose(qtbot, dialog.ui.doc_combo_box, "rancangan")
    click_radio(qtbot, dialog.ui.chosen_services_radio_button)
    qtbot.mouseClick(dialog.ui.check_none_push_button, LEFT)
    toggle_service(qtbot, dialog, "Penerbitan Kartu Keluarga")
    set_target(qtbot, dialog, out_dir / "satu layanan.pdf")

    (path,) = run_job(qtbot, dialog, dialog.ui.export_push_button)

    kk = next(s.id for s in session.summaries() if s.jenis_pelayanan == "Penerbitan Kartu Keluarga")
    assert loaded == [[kk]]
    text = pdf_text(path)
    assert "Penerbitan Kartu Keluarga" in text and "Penerbitan Akta Kelahiran" not in text
    assert message_boxes.shown == []


def test_export_dialog_maklumat_reads_no_service(qtbot, session, app_settings, out_dir, monkeypatch):
    real_load = session.load_project
    loaded = []
    monkeypatch.setattr(session, "load_project", lambda ids=None: loaded.append(ids) or real_load(ids))
    dialog = make_dialog(qtbot, session, app_settings)
    choose(qtbot, dialog.ui.doc_combo_box, "maklumat")
    set_target(qtbot, dialog, out_dir / "maklumat.pdf")
    (path,) = run_job(qtbot, dialog, dialog.ui.export_push_button)
    assert loaded == [[]]
    assert "MAKLUMAT PELAYANAN" in pdf_text(path)


# -- the worker alone (run inline, no thread) ------------------------------------------------------


def inline_worker(qtbot, export) -> tuple[ExportWorker, dict]:
    worker = ExportWorker(ExportJob(Project(), "standar", Path("x.pdf")), export=export)
    got: dict = {}
    worker.finished.connect(lambda path: got.setdefault("finished", path))
    worker.failed.connect(lambda message: got.setdefault("failed", message))
    worker.cancelled.connect(lambda: got.setdefault("cancelled", True))
    worker.progress.connect(lambda d, t: got.setdefault("progress", []).append((d, t)))
    return worker, got


def test_export_worker_lists_blocking_findings(qtbot):
    from sp_desktop.domain.checks import Finding

    findings = [(f"Layanan {i}", Finding("persyaratan", "BLOKIR", f"Persyaratan kosong {i}", "aturan"))
                for i in range(20)]

    def refuse(*_args, **_kwargs):
        raise BlockingFindings(findings)

    worker, got = inline_worker(qtbot, refuse)
    worker.run()
    assert "Layanan 0" in got["failed"] and "Persyaratan kosong 11" in got["failed"]
    assert "Persyaratan kosong 12" not in got["failed"] and "8 temuan lainnya" in got["failed"]


@pytest.mark.parametrize(("error", "expected"), [
    (ExportError("File sedang dibuka di program lain atau folder tidak dapat ditulisi: x.pdf"), "failed"),
    (ExportCancelled(), "cancelled"),
    (RuntimeError("rusak"), "failed"),
])
def test_export_worker_reports_each_ending_once(qtbot, error, expected):
    def fail(*_args, progress=None, **_kwargs):
        progress(0, 100)
        progress(0, 100)
        raise error

    worker, got = inline_worker(qtbot, fail)
    worker.run()
    assert set(got) == {"progress", expected}
    assert got["progress"] == [(0, 100)]  # repeats are not queued
    if isinstance(error, RuntimeError):
        assert "kesalahan yang tidak terduga" in got["failed"]


def test_export_worker_logs_an_unexpected_error_and_shows_only_indonesian(qtbot, crash_log):
    def broken(*_args, **_kwargs):
        raise RuntimeError("boom")

    worker, got = inline_worker(qtbot, broken)
    worker.run()
    message = got["failed"]
    assert message.splitlines()[0] == "Ekspor gagal karena kesalahan yang tidak terduga."
    assert "boom" not in message and "RuntimeError" not in message
    assert str(crash_log) in message
    content = crash_log.read_text(encoding="utf-8")
    assert "Traceback" in content and "RuntimeError: boom" in content


def test_export_worker_unexpected_error_with_unwritable_log_still_reports(qtbot, crash_log):
    crash_log.parent.write_text("bukan folder", encoding="utf-8")

    def broken(*_args, **_kwargs):
        raise RuntimeError("boom")

    worker, got = inline_worker(qtbot, broken)
    worker.run()
    assert "tidak dapat dicatat" in got["failed"] and "boom" not in got["failed"]


def test_export_worker_passes_job_and_cancel_flag(qtbot, tmp_path):
    calls = []

    def fake(project, doc_kind, out_path, ids, layout, paper, progress=None, cancelled=None, **kwargs):
        calls.append((doc_kind, out_path, ids, layout, paper, kwargs, cancelled()))
        return out_path

    worker = ExportWorker(ExportJob(Project(), "maklumat", tmp_path / "m.pdf", None, "full", "a3", poster=True),
                          export=fake)
    got = []
    worker.finished.connect(got.append)
    worker.cancel()
    worker.run()
    assert calls == [("maklumat", tmp_path / "m.pdf", None, "full", "a3", {"poster": True}, True)]
    assert got == [str(tmp_path / "m.pdf")]


# -- printing --------------------------------------------------------------------------------------


@pytest.fixture
def rancangan_pdf(session, tmp_path) -> Path:
    return export_document(session.load_project(), "rancangan", tmp_path / "rancangan.pdf", None, "full", "f4")


def test_page_size_f4_is_the_indonesian_folio():
    f4 = page_size("f4").size(QPageSize.Unit.Millimeter)
    assert (round(f4.width()), round(f4.height())) == (215, 330)
    assert page_size("a4").id() == QPageSize.PageSizeId.A4
    assert page_size("a3").id() == QPageSize.PageSizeId.A3


def test_pdf_page_renders_to_a_non_blank_image(qtbot, rancangan_pdf):
    pages = PdfPages(rancangan_pdf)
    try:
        image = pages.render_page(0, dpi=50)
        # PDFium rounds the pixel size up; one pixel either way is the same page.
        assert abs(image.width() - 215 / 25.4 * 50) <= 1
        assert abs(image.height() - 330 / 25.4 * 50) <= 1
        assert image.pixelColor(1, 1).name() == "#ffffff"  # paper, not a transparent (black) corner
        assert 0.005 < non_white_ratio(image) < 0.5
    finally:
        pages.close()


def test_pdf_prints_page_by_page_at_full_size(qtbot, rancangan_pdf, tmp_path):
    printed = tmp_path / "tercetak.pdf"
    printer = make_printer("f4", QPrinter.PrinterMode.ScreenResolution)  # coarse pages keep the test quick
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    source = PdfPages(rancangan_pdf)
    try:
        count = source.paint(printer)
        assert count == source.page_count > 1
    finally:
        source.close()
    assert len(pypdf.PdfReader(printed).pages) == count
    assert page_mm(printed) == (215, 330)
    copy_pages = PdfPages(printed)
    try:
        assert non_white_ratio(copy_pages.render_page(0, dpi=50)) > 0.005
    finally:
        copy_pages.close()


def test_pdf_print_honours_page_range(qtbot, rancangan_pdf, tmp_path):
    printed = tmp_path / "halaman 2.pdf"
    printer = make_printer("a4")
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 2)
    source = PdfPages(rancangan_pdf)
    try:
        assert source.paint(printer) == 1
    finally:
        source.close()
    assert len(pypdf.PdfReader(printed).pages) == 1
    assert page_mm(printed) == (210, 297)


def test_export_dialog_print_opens_preview_of_temporary_pdf(qtbot, session, app_settings, out_dir, message_boxes):
    dialog = make_dialog(qtbot, session, app_settings)
    (path,) = run_job(qtbot, dialog, dialog.ui.print_push_button)

    assert Path(path).is_file() and Path(path).parent != out_dir
    qtbot.waitUntil(lambda: any(isinstance(w, PdfPrintPreviewDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()))
    preview = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PdfPrintPreviewDialog))
    widget = preview.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: widget.pageCount() == preview.pages.page_count)
    size = preview.printer.pageLayout().pageSize().size(QPageSize.Unit.Millimeter)
    assert (round(size.width()), round(size.height())) == (215, 330)
    assert list(out_dir.iterdir()) == []  # printing writes nothing into the export folder
    preview.close()
    assert not preview.isVisible()
    dialog.close()
    assert not Path(path).exists()  # the temporary PDF goes with the dialog
    assert message_boxes.shown == []


def test_export_dialog_ready_only_after_choosing_all_keeps_every_ready_service(qtbot, session, app_settings, out_dir,
                                                                               message_boxes):
    mark_ready(session)
    session.add_service("Legalisir Dokumen")
    legalisir = next(s for s in session.summaries() if s.jenis_pelayanan == "Legalisir Dokumen")
    # Opened from the incomplete service (as Ctrl+E in its editor does), then "Semua jenis pelayanan".
    dialog = make_dialog(qtbot, session, app_settings, initial_services=[legalisir.id])
    choose(qtbot, dialog.ui.doc_combo_box, "standar")
    dialog.ui.all_services_radio_button.click()
    assert dialog.chosen_service_ids() is None
    set_target(qtbot, dialog, out_dir / "semua.pdf")
    qtbot.mouseClick(dialog.ui.export_push_button, LEFT)
    box = open_box(qtbot, dialog, "incomplete_services_message_box")
    ready = next(b for b in box.buttons() if b.objectName() == "export_ready_push_button")
    blockers = []
    dialog.export_started.connect(lambda worker: blockers.append(qtbot.waitSignal(worker.finished,
                                                                                   timeout=JOB_TIMEOUT)))
    qtbot.mouseClick(ready, LEFT)
    qtbot.waitUntil(lambda: bool(blockers))
    blockers[0].wait()
    assert dialog.chosen_service_ids() == [s.id for s in session.summaries() if s.id != legalisir.id]
    assert (out_dir / "semua.pdf").exists()
