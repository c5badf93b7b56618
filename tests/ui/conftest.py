"""Fixtures of the Qt tests: offscreen platform, a real project file, message-box recording, leak checks.

Shared by the page tests of the main window (team, instansi, services) and of the service editor.
"""

from __future__ import annotations

import json
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
import shiboken6  # noqa: E402
from PySide6.QtCore import QCoreApplication, QEvent, QThread, QThreadPool  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from sp_desktop.services.session import open_project  # noqa: E402
from sp_desktop.ui.session_signals import SessionSignals  # noqa: E402

DATA = Path(__file__).resolve().parents[1] / "data"
# Qt-internal windows that live as long as the application (tooltips).
_PERMANENT = {"QTipLabel"}


def _address(widget) -> int:
    return shiboken6.getCppPointer(widget)[0]


@pytest.fixture(autouse=True)
def no_leaked_widgets_or_threads(qapp, monkeypatch):
    """Fail a test that leaves a top-level widget or a running QThread behind (napari style).

    pytest-qt closes and deletes the widgets given to ``qtbot.addWidget`` before this runs.
    """
    started: list[QThread] = []
    original_start = QThread.start

    def recording_start(self, *args, **kwargs):
        started.append(self)
        return original_start(self, *args, **kwargs)

    monkeypatch.setattr(QThread, "start", recording_start)
    before = {_address(w) for w in QApplication.topLevelWidgets()}
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    new = [
        w for w in QApplication.topLevelWidgets() if _address(w) not in before and type(w).__name__ not in _PERMANENT
    ]
    leaked = [f"{type(w).__name__} {w.objectName()!r}" for w in new]
    running = [t for t in started if shiboken6.isValid(t) and t.isRunning()]
    pool_busy = QThreadPool.globalInstance().activeThreadCount()
    for widget in new:  # clean up, so that one leak does not fail the following tests too
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    problems = []
    if leaked:
        problems.append(f"top-level widgets left behind: {leaked}")
    if running or pool_busy:
        problems.append(f"threads still running: {len(running)} QThread(s), {pool_busy} pool thread(s)")
    if problems:
        pytest.fail("; ".join(problems))


class MessageBoxes:
    """What the code under test showed with the static QMessageBox functions.

    Attributes:
        shown: ``(kind, title, text)`` per call, kind being "warning", "critical", "information" or "question".
        answer: the button a "question" returns (Yes unless a test changes it).
    """

    def __init__(self):
        self.shown: list[tuple[str, str, str]] = []
        self.answer = QMessageBox.StandardButton.Yes

    def kinds(self) -> list[str]:
        return [kind for kind, _title, _text in self.shown]

    def texts(self) -> list[str]:
        return [text for _kind, _title, text in self.shown]

    def recorder(self, kind: str):
        def record(_parent, title, text, *_args, **_kwargs):
            self.shown.append((kind, title, text))
            return self.answer if kind == "question" else QMessageBox.StandardButton.Ok

        return record


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch) -> MessageBoxes:
    """Record message boxes instead of blocking the test on a modal dialog."""
    boxes = MessageBoxes()
    for kind in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(boxes.recorder(kind)))
    return boxes


@pytest.fixture
def session(tmp_path):
    """A real project file holding tests/data/proyek_contoh.json, with its ketua acting."""
    path = tmp_path / "Proyek Uji.spdb"
    setup = open_project(path, create=True)
    setup.import_document(json.loads((DATA / "proyek_contoh.json").read_text(encoding="utf-8")))
    setup.close()
    opened = open_project(path, interactive=True)
    ketua = next(m for m in opened.members() if m.peran == "ketua")
    opened.set_actor(ketua.id)
    yield opened
    opened.close()


@pytest.fixture
def signals(session):
    """SessionSignals over the test session, detached before the session closes."""
    wrapper = SessionSignals(session)
    yield wrapper
    wrapper.detach()


@pytest.fixture
def reopen(session, tmp_path):
    """A function that reads the project back from what is committed in the file, as a Project.

    The open session holds the file's lock, so the committed state is copied with the SQLite backup
    API and the copy is opened like any project file.
    """
    counter = iter(range(1_000_000))

    def read_back():
        copy = tmp_path / f"dibaca-ulang-{next(counter)}.spdb"
        session.save_copy(copy)
        other = open_project(copy)
        try:
            return other.load_project()
        finally:
            other.close()

    return read_back


@pytest.fixture
def sample_document() -> dict:
    """The realistic example project (Disdukcapil Bontang: four members, three services)."""
    return json.loads((DATA / "proyek_contoh.json").read_text(encoding="utf-8"))


@pytest.fixture
def project_file(tmp_path, sample_document) -> Path:
    """A closed project file holding the example project (for tests that open files themselves)."""
    path = tmp_path / "contoh.spdb"
    setup = open_project(path, create=True)
    setup.import_document(sample_document)
    setup.close()
    return path


@pytest.fixture
def empty_project_file(tmp_path) -> Path:
    """A closed, brand-new project file: no team, no services."""
    path = tmp_path / "kosong.spdb"
    open_project(path, create=True).close()
    return path


@pytest.fixture
def app_settings(tmp_path):
    """AppSettings in an INI file under tmp_path, never the user's own settings."""
    from PySide6.QtCore import QSettings

    from sp_desktop.ui.settings_store import AppSettings

    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
