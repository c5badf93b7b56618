import subprocess
import sys
from pathlib import Path

import platformdirs

from sp_desktop.ui import app


def test_app_opens_default_project_created_on_first_start(qtbot, app_settings, tmp_path, monkeypatch):
    data_dir = tmp_path / "data pengguna" / "SP Desktop"
    monkeypatch.setattr(platformdirs, "user_data_path", lambda name, appauthor=None: data_dir)
    window = app.create_main_window(None, app_settings)
    qtbot.addWidget(window)
    assert (data_dir / "proyek.spdb").exists()
    assert window.windowTitle() == "proyek.spdb — SP Desktop"
    assert window.controller.identity_dialog.is_first_member
    window.controller.identity_dialog.reject()


def test_app_named_missing_file_leaves_start_screen(qtbot, app_settings, tmp_path, message_boxes):
    window = app.create_main_window(tmp_path / "tidak-ada.spdb", app_settings)
    qtbot.addWidget(window)
    assert message_boxes.kinds() == ["warning"] and "tidak ditemukan" in message_boxes.texts()[0]
    assert window.controller.session is None
    assert window.windowTitle() == "SP Desktop"


def test_app_start_up_does_not_import_heavy_modules():
    code = (
        "import sys; import sp_desktop.ui.app; "
        "heavy = [m for m in ('docx', 'reportlab', 'sp_desktop.export', 'sp_desktop.ui.service_editor', "
        "'sqlite_utils', 'sp_desktop.ui.dialogs.identity_dialog', 'sp_desktop.ui.dialogs.trash_dialog', "
        "'sp_desktop.domain.sp_json', 'hashlib') "
        "if m in sys.modules]; print(heavy)"
    )
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(root), "QT_QPA_PLATFORM": "offscreen", "PATH": ""},
    )
    assert result.stdout.strip() == "[]"


def test_app_deferred_open_paints_the_window_before_opening(qtbot, app_settings, project_file):
    window = app.create_main_window(project_file, app_settings, deferred=True)
    qtbot.addWidget(window)
    assert window.controller.session is None  # nothing opened before the first paint
    assert "Membuka contoh.spdb" in window.ui.status_bar.currentMessage()
    with qtbot.waitSignal(window.controller.opened, timeout=5000):
        window.show()
    assert window.windowTitle() == "contoh.spdb — SP Desktop"
    assert window.ui.status_bar.currentMessage() == ""
    window.controller.identity_dialog.reject()


def test_app_sweeps_export_leftovers_of_a_killed_process_after_start(app_settings, tmp_path):
    from sp_desktop.export import atomic

    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    pid = int(dead.stdout)
    leftover = tmp_path / f".~Standar.sp-{atomic._host_tag()}-{pid}-abcdefgh.pdf.tmp"
    leftover.write_bytes(b"%PDF-1.4 setengah")
    users_file = tmp_path / ".~catatan-saya.pdf.tmp"  # not our pattern: never touched
    users_file.write_bytes(b"milik pengguna")
    app_settings.set_last_folder(tmp_path)
    assert app.sweep_export_leftovers(app_settings) == 1
    assert not leftover.exists() and users_file.exists()
