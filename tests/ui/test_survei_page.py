import sys
import types

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from sp_desktop.domain import skm
from sp_desktop.domain.survei import Responden, Survei, TindakLanjut
from sp_desktop.ui.models.responden_table_model import FIRST_U
from sp_desktop.ui.pages.survei_page import SurveiPage
from sp_desktop.ui.widgets.ikm_chart import IkmChart, describe, unsur_bars

AKTA = "Penerbitan Akta Kelahiran"
KK = "Penerbitan Kartu Keluarga"
# domain.md section 4: 29 respondents whose totals per unsur are these give IKM 91,48 (A).
GASPUL_TOTALS = (105, 101, 100, 116, 102, 105, 106, 105, 115)


def gaspul_rows():
    """29 rows of answers 1-4 whose column sums are GASPUL_TOTALS."""
    rows = [[3] * 9 for _ in range(29)]
    for unsur, total in enumerate(GASPUL_TOTALS):
        extra = total - 87
        for row in rows[:extra]:
            row[unsur] = 4
    return rows


def make_page(qtbot, session, signals):
    page = SurveiPage(session, signals)
    qtbot.addWidget(page)
    page.resize(1166, 700)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def add_survey(session, periode="Semester I 2026", layanan=(AKTA, KK), **fields):
    return session.add_survey(Survei(periode=periode, mulai="2026-01-01", selesai="2026-06-30", layanan=list(layanan),
                                     **fields))


def test_survei_page_plans_a_period_with_the_proposed_sample(qtbot, session, signals):
    page = make_page(qtbot, session, signals)
    assert page.ui.empty_label.isVisible() and not page.ui.detail_tab_widget.isVisible()
    qtbot.mouseClick(page.ui.add_period_push_button, Qt.MouseButton.LeftButton)
    plan = page.plan_tab.ui
    assert page.ui.detail_tab_widget.isVisible()
    plan.periode_line_edit.clear()
    qtbot.keyClicks(plan.periode_line_edit, "Tahun 2026")
    plan.populasi_spin_box.setFocus()
    plan.populasi_spin_box.selectAll()
    qtbot.keyClicks(plan.populasi_spin_box, "1200")
    assert plan.sample_label.text() == "291 responden"
    assert plan.sample_progress_bar.format() == "0 dari 291 responden (kurang 291)"
    page.plan_tab.services_proxy.setFilterFixedString("akta")
    view = plan.services_list_view
    view.setFocus()
    view.setCurrentIndex(page.plan_tab.services_proxy.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    (info,) = session.surveys()
    assert (info.periode, info.populasi, info.layanan) == ("Tahun 2026", 1200, (AKTA,))
    assert page.ui.period_combo_box.currentText() == "Tahun 2026"


def test_survei_page_results_follow_the_answers_typed_in_the_grid(qtbot, session, signals):
    add_survey(session, layanan=(AKTA,))
    page = make_page(qtbot, session, signals)
    page.ui.detail_tab_widget.setCurrentWidget(page.responden_tab)
    view = page.responden_tab.view
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, FIRST_U))
    qtbot.keyClicks(view, "444444444" "333333333")
    page.ui.detail_tab_widget.setCurrentWidget(page.hasil_tab)
    hasil = page.hasil_tab.ui
    assert hasil.ikm_label.text().startswith("IKM 87,50 \u2014 mutu B (Baik)")
    table = hasil.unsur_table_widget
    assert [table.item(0, c).text() for c in range(7)] == ["U1", "Persyaratan", "3,50", "0,389", "87,50", "B", "Baik"]
    assert table.item(9, 4).text() == "87,50"
    description = page.hasil_tab.chart.accessibleDescription()
    assert "U4 Biaya/Tarif: 87,50 (B, Baik)" in description
    # back to the grid: one more respondent, the results are read again when shown
    page.ui.detail_tab_widget.setCurrentWidget(page.responden_tab)
    view.setFocus()
    qtbot.keyClicks(view, "111111111")
    page.ui.detail_tab_widget.setCurrentWidget(page.hasil_tab)
    assert hasil.ikm_label.text().startswith("IKM 66,67 \u2014 mutu C (Kurang baik)")
    assert "3 responden" in hasil.ikm_label.text()


def test_survei_page_results_per_service_profile_and_trend(qtbot, session, signals):
    old = add_survey(session, periode="Semester II 2025", layanan=(AKTA, KK))
    session.add_respondents(old, [Responden(layanan=AKTA, nilai=[3] * 9)])
    sid = add_survey(session, layanan=(AKTA, KK))
    session.add_respondents(sid, [Responden(layanan=AKTA, nilai=r, jenis_kelamin="P", usia=34) for r in gaspul_rows()])
    session.add_respondents(sid, [Responden(layanan=KK, nilai=[1] * 9, jenis_kelamin="L")])
    page = make_page(qtbot, session, signals)
    assert page.ui.period_combo_box.currentText() == "Semester I 2026"
    page.ui.detail_tab_widget.setCurrentWidget(page.hasil_tab)
    hasil = page.hasil_tab.ui
    assert "30 responden" in hasil.ikm_label.text()
    combo = hasil.scope_combo_box
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # Seluruh unit -> Akta
    assert combo.currentText() == AKTA
    assert hasil.ikm_label.text().startswith("IKM 91,48 \u2014 mutu A (Sangat baik)")
    profile = hasil.profile_table_widget
    rows = [[profile.item(r, c).text() for c in range(4)] for r in range(profile.rowCount())]
    assert ["Jenis kelamin", "Laki-laki", "0", "0,00 %"] in rows
    assert ["", "Perempuan", "29", "100,00 %"] in rows
    assert ["", "30\u201339 tahun", "29", "100,00 %"] in rows
    trend = hasil.trend_table_widget
    assert [[trend.item(r, c).text() for c in range(4)] for r in range(trend.rowCount())] == [
        ["Semester II 2025", "1", "75,00", "C (Kurang baik)"], ["Semester I 2026", "29", "91,48", "A (Sangat baik)"]]
    trend_text = page.hasil_tab.trend_chart.accessibleDescription()
    assert trend_text == ("Grafik IKM antarperiode. Semester II 2025: 75,00 (C, Kurang baik); "
                          "Semester I 2026: 91,48 (A, Sangat baik).")


def test_survei_page_follow_up_plan_shows_share_done_and_months(qtbot, session, signals):
    sid = add_survey(session, tanggal_laporan="2026-07-10")
    session.add_respondents(sid, [Responden(layanan=AKTA, nilai=[4, 4, 2, 3, 4, 4, 4, 4, 4])])
    session.add_follow_up(sid, TindakLanjut(unsur=4, rencana="Papan tarif", penanggung_jawab="Sekretaris",
                                            target="2026-09-30", selesai="2026-09-20"))
    page = make_page(qtbot, session, signals)
    tab = page.follow_up_tab
    page.ui.detail_tab_widget.setCurrentWidget(tab)
    assert tab.ui.progress_label.text().startswith("1 dari 1 rencana selesai (100,00 %). Bulan sejak laporan "
                                                   "sampai selesai: 3.")
    assert "U3 Waktu Penyelesaian (50,00)" in tab.ui.weak_label.text()
    qtbot.mouseClick(tab.ui.add_push_button, Qt.MouseButton.LeftButton)  # proposes the weakest unplanned unsur
    view = tab.ui.follow_up_table_view
    qtbot.waitUntil(lambda: view.state() == view.State.EditingState)
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "Menambah petugas loket")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)
    view.setCurrentIndex(tab.model.index(1, 4))
    qtbot.keyClicks(view, "1")
    qtbot.waitUntil(lambda: view.state() == view.State.EditingState)
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "5-08-2026")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)
    stored = [t for _id, t in session.follow_ups(sid)]
    assert (stored[1].unsur, stored[1].rencana, stored[1].selesai) == (3, "Menambah petugas loket", "2026-08-15")
    assert tab.ui.progress_label.text().startswith("2 dari 2 rencana selesai (100,00 %). Bulan sejak laporan "
                                                   "sampai selesai: 3, 2.")


def test_survei_page_document_buttons_export_the_selected_survey(qtbot, session, signals, monkeypatch):
    add_survey(session, periode="Semester II 2025")
    sid = add_survey(session)
    calls = []
    import sp_desktop.ui.doc_export_action as action

    monkeypatch.setattr(action, "export_interactively",
                        lambda parent, s, kind, **kw: calls.append((parent, s, kind, kw)))
    page = make_page(qtbot, session, signals)
    for button in (page.ui.kuesioner_push_button, page.ui.laporan_push_button, page.ui.publikasi_push_button):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert [(c[0], c[2], c[3]) for c in calls] == [(page, kind, {"options": {"survei_id": sid}})
                                                   for kind in ("kuesioner", "laporan-skm", "publikasi-skm")]


def test_survei_page_import_button_opens_the_import_dialog_and_reloads(qtbot, session, signals, monkeypatch):
    sid = add_survey(session)
    opened = []

    class FakeImportDialog(QDialog):
        def __init__(self, s, survei_id, parent):
            super().__init__(parent)
            opened.append((s, survei_id))
            s.add_respondents(survei_id, [Responden(layanan=AKTA, nilai=[4] * 9)])

    monkeypatch.setitem(sys.modules, "sp_desktop.ui.dialogs.skm_import_dialog",
                        types.SimpleNamespace(SkmImportDialog=FakeImportDialog))
    page = make_page(qtbot, session, signals)
    page.ui.detail_tab_widget.setCurrentWidget(page.responden_tab)
    qtbot.mouseClick(page.responden_tab.ui.import_push_button, Qt.MouseButton.LeftButton)
    dialog = page.responden_tab.import_dialog
    assert opened == [(session, sid)]
    with qtbot.waitSignal(dialog.finished):
        dialog.accept()
    assert page.responden_tab.view.model().respondent_count() == 1
    assert page.responden_tab.ui.count_label.text() == "1 responden"


def test_survei_page_deletes_a_period_after_confirmation(qtbot, session, signals):
    sid = add_survey(session)
    session.add_respondents(sid, [Responden(layanan=AKTA, nilai=[4] * 9)])
    page = make_page(qtbot, session, signals)
    qtbot.mouseClick(page.ui.remove_period_push_button, Qt.MouseButton.LeftButton)
    box = page.remove_box
    assert "1 jawaban responden" in box.informativeText()
    with qtbot.waitSignal(box.answered):
        qtbot.mouseClick(box.confirm_button, Qt.MouseButton.LeftButton)
    assert session.surveys() == []
    assert page.ui.empty_label.isVisible()


def test_survei_page_follows_changes_made_elsewhere(qtbot, session, signals):
    page = make_page(qtbot, session, signals)
    add_survey(session, periode="Tahun 2027")
    assert page.ui.period_combo_box.currentText() == "Tahun 2027"


def test_ikm_chart_describes_its_bars_for_screen_readers(qtbot):
    chart = IkmChart("Grafik nilai per unsur")
    qtbot.addWidget(chart)
    assert chart.accessibleDescription() == "Grafik nilai per unsur. belum ada data."
    result = skm.compute(gaspul_rows())
    chart.show_result(result)
    text = chart.accessibleDescription()
    assert text.startswith("Grafik nilai per unsur. U1 Persyaratan: 90,52 (A, Sangat baik); ")
    assert "U4 Biaya/Tarif: 100,00 (A, Sangat baik)" in text
    assert describe("x", unsur_bars(skm.compute([[None, 4, 4, 4, 4, 4, 4, 4, 4]]))).startswith(
        "x. U1 Persyaratan: belum ada jawaban; U2")
    chart.resize(600, 300)
    image = chart.grab().toImage()
    colours = {image.pixelColor(x, y).name() for x in range(0, 600, 4) for y in range(0, 300, 4)}
    assert "#2e7d32" in colours  # mutu A bars are drawn in green
