import shutil
import sqlite3

from PySide6.QtWidgets import QWidget

from sp_desktop.ui.project_actions import ProjectController
from sp_desktop.ui.session_signals import CHECKPOINT_IDLE_MS


def names_in_main_file_alone(session, tmp_path):
    """The service names a copy of only the ``.spdb`` holds, as a file manager would copy it (no ``-wal``)."""
    copy = tmp_path / f"salinan-{len(list(tmp_path.glob('salinan-*')))}.spdb"
    shutil.copyfile(session.path, copy)
    conn = sqlite3.connect(copy)
    try:
        return [row[0] for row in conn.execute("SELECT jenis_pelayanan FROM layanan ORDER BY position")]
    finally:
        conn.close()


def test_idle_checkpoint_puts_an_edit_into_the_main_file(qtbot, session, signals, tmp_path):
    service_id = session.summaries()[0].id
    session.rename_service(service_id, "Akta Kelahiran Baru")
    assert "Akta Kelahiran Baru" not in names_in_main_file_alone(session, tmp_path)  # only in the -wal yet
    with qtbot.waitSignal(signals.checkpointed, timeout=5 * CHECKPOINT_IDLE_MS) as done:
        pass
    assert done.args == [True]
    assert names_in_main_file_alone(session, tmp_path)[0] == "Akta Kelahiran Baru"


def test_idle_checkpoint_waits_for_the_writes_to_pause(qtbot, session, signals, monkeypatch):
    calls = []
    real_checkpoint = session.checkpoint
    monkeypatch.setattr(session, "checkpoint", lambda: calls.append(1) or real_checkpoint())
    service_id = session.summaries()[0].id
    timer = signals.checkpoint_timer
    assert not timer.isActive()
    for number in range(3):
        session.rename_service(service_id, f"Akta {number}")
        assert timer.isActive() and timer.remainingTime() > CHECKPOINT_IDLE_MS // 2  # restarted by each write
    qtbot.waitUntil(lambda: bool(calls), timeout=5 * CHECKPOINT_IDLE_MS)
    assert calls == [1] and not timer.isActive()


def test_idle_checkpoint_stops_when_the_project_closes(qtbot, app_settings, project_file, monkeypatch):
    window = QWidget()
    qtbot.addWidget(window)
    controller = ProjectController(app_settings, window)
    assert controller.open_path(project_file)
    session, signals = controller.session, controller.signals
    session.set_actor(session.members()[0].id)
    session.rename_service(session.summaries()[0].id, "Akta Kelahiran Baru")
    timer = signals.checkpoint_timer
    assert timer.isActive()
    monkeypatch.setattr(session, "checkpoint", _never)
    controller.close_project()
    assert not timer.isActive()


def _never():
    raise AssertionError("no checkpoint after the project closed")
