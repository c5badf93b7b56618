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


def test_a_window_deleted_mid_export_leaves_the_running_worker_alive_until_it_returned(qtbot, tmp_path):
    import threading

    from PySide6.QtWidgets import QWidget
    from shiboken6 import isValid

    from sp_desktop.ui.workers import export_pool

    release = threading.Event()

    def slow_export(*args, **kwargs):
        release.wait(10)
        return Path(args[2])

    window = QWidget()
    worker = ExportWorker(ExportJob(Project(), "standar", tmp_path / "x.pdf"), export=slow_export, parent=window)
    worker.start()
    window.deleteLater()  # the user closed the window while the pool thread is still exporting
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not isValid(window)
    assert isValid(worker)  # still there for the emit the pool thread is about to make
    ended = []
    worker.finished.connect(ended.append)
    release.set()
    qtbot.waitUntil(lambda: bool(ended))
    assert export_pool().waitForDone(5000)
    qtbot.waitUntil(lambda: worker.parent() is None)  # handed back to Python once run() returned
