"""An export's owner is deleted only after the worker's run() returned (deleting it sooner once crashed)."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject

from sp_desktop.domain.model import Project
from sp_desktop.ui.workers import ExportJob, ExportWorker


def test_the_owner_is_deleted_only_after_run_returned(qtbot, tmp_path):
    owner = QObject()
    worker = ExportWorker(ExportJob(Project(), "standar", tmp_path / "x.pdf"),
                          export=lambda *args, **kwargs: Path(args[2]), parent=owner)
    destroyed = []
    owner.destroyed.connect(lambda *_: destroyed.append(True))
    worker.delete_when_returned(owner)  # as a handler of a final signal would, before the pool thread left run()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    assert not destroyed
    finished = []
    worker.finished.connect(finished.append)
    worker.run()
    assert finished == [str(tmp_path / "x.pdf")]
    qtbot.waitUntil(lambda: bool(destroyed))
