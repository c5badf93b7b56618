from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt

from sp_desktop.ui.dialogs import export_naming
from sp_desktop.ui.dialogs.export_dialog import ExportDialog
from sp_desktop.ui.settings_store import AppSettings

TODAY = date.today().isoformat()


@pytest.fixture
def documents(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "Dokumen"
    folder.mkdir()
    monkeypatch.setattr(export_naming, "documents_folder", lambda: folder)
    return folder


@pytest.fixture
def app_settings(tmp_path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def make_dialog(qtbot, session, app_settings, **kwargs) -> ExportDialog:
    dialog = ExportDialog(session, settings=app_settings, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_export_naming_default_folder_is_documents_not_the_hidden_data_folder(qtbot, session, app_settings,
                                                                               documents, tmp_path):
    data = tmp_path / ".local" / "share" / "SP Desktop"  # where the default project lives
    data.mkdir(parents=True)
    app_settings.set_last_folder(data)  # opening the default project remembers its folder
    dialog = make_dialog(qtbot, session, app_settings)
    assert dialog.target_path().parent == documents
    visible = tmp_path / "Arsip SP"
    visible.mkdir()
    app_settings.set_last_folder(visible)
    assert make_dialog(qtbot, session, app_settings).target_path().parent == visible


def test_export_naming_is_hidden_folder():
    assert export_naming.is_hidden_folder(Path("/home/ani/.local/share/SP Desktop"))
    assert not export_naming.is_hidden_folder(Path("/home/ani/Dokumen/Standar"))


def test_export_naming_name_follows_the_chosen_services_and_date(qtbot, session, app_settings, documents):
    kk = next(s for s in session.summaries() if s.jenis_pelayanan == "Penerbitan Kartu Keluarga")
    dialog = make_dialog(qtbot, session, app_settings, initial_services=[kk.id])
    expected = f"Rancangan Standar Pelayanan - Penerbitan Kartu Keluarga - {TODAY}.pdf"
    assert dialog.target_path() == documents / expected
    view = dialog.ui.services_list_widget
    view.setCurrentRow(0)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert dialog.target_path().name == f"Rancangan Standar Pelayanan - 2 layanan - {TODAY}.pdf"
    radio = dialog.ui.all_services_radio_button
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
    assert dialog.target_path().name == f"Rancangan Standar Pelayanan - semua layanan - {TODAY}.pdf"


def test_export_naming_free_name_counts_up(tmp_path):
    first = tmp_path / "Standar.pdf"
    assert export_naming.free_name(first) == first
    first.write_bytes(b"1")
    (tmp_path / "Standar (2).pdf").write_bytes(b"2")
    assert export_naming.free_name(first) == tmp_path / "Standar (3).pdf"


def test_export_naming_maklumat_warning_in_the_export_dialog(qtbot, session, app_settings, documents):
    pengaturan = session.pengaturan()
    pengaturan.maklumat_teks = "Kami sanggup melayani sesuai standar pelayanan."
    session.save_pengaturan(pengaturan)
    dialog = make_dialog(qtbot, session, app_settings)
    label = dialog.ui.maklumat_warning_label
    assert not label.isVisible()
    dialog.ui.doc_combo_box.setFocus()
    qtbot.keyClick(dialog.ui.doc_combo_box, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.ui.doc_combo_box, Qt.Key.Key_Down)
    assert dialog.choice().doc_kind == "maklumat"
    assert label.isVisible() and "kompensasi" in label.text() and "Pengaturan dokumen" in label.text()
    assert dialog.target_path().name == f"Maklumat Pelayanan - Disdukcapil - {TODAY}.pdf"
