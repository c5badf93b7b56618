import sys

from sp_desktop.ui import crash_report


def test_crash_report_logs_traceback_and_shows_indonesian_message(qapp, tmp_path, message_boxes):
    log = tmp_path / "galat" / "log.txt"
    try:
        raise ValueError("nilai <b>aneh</b> & 😀")
    except ValueError:
        text = crash_report.report(*sys.exc_info(), log=log)
    assert "kesalahan yang tidak terduga" in text
    assert "aman di berkas proyek" in text
    assert str(log) in text
    assert "ValueError" not in text and "aneh" not in text  # technical detail goes to the log only
    assert message_boxes.kinds() == ["critical"]
    assert message_boxes.texts() == [text]
    content = log.read_text(encoding="utf-8")
    assert "Traceback" in content and "ValueError: nilai <b>aneh</b> & 😀" in content


def test_crash_report_unwritable_log_still_shows_the_message(qapp, tmp_path, message_boxes):
    blocker = tmp_path / "berkas"
    blocker.write_text("bukan folder", encoding="utf-8")
    try:
        raise RuntimeError("rahasia teknis")
    except RuntimeError:
        text = crash_report.report(*sys.exc_info(), log=blocker / "log.txt")
    assert "tidak dapat dicatat" in text
    assert "RuntimeError" not in text and "rahasia teknis" not in text
    assert message_boxes.kinds() == ["critical"]


def test_crash_report_install_replaces_the_excepthook(monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    seen = []
    monkeypatch.setattr(crash_report, "report", lambda *args: seen.append(args[0]))
    crash_report.install()
    sys.excepthook(ValueError, ValueError("x"), None)
    assert seen == [ValueError]
