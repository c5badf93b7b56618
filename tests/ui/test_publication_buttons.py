"""The service editor's "Alur…" and "Poster…" buttons export that one service, with PNG offered."""

from PySide6.QtCore import Qt

from sp_desktop.ui import doc_export_action
from tests.ui.editor_helpers import make_editor


def test_alur_and_poster_buttons_export_this_service(qtbot, session, monkeypatch):
    calls = []
    monkeypatch.setattr(doc_export_action, "export_interactively",
                        lambda parent, s, kind, **kw: calls.append((kind, kw.get("service_ids"))))
    lay = session.services()[0]
    editor = make_editor(qtbot, session, lay.id)
    qtbot.mouseClick(editor.alur_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.poster_button, Qt.MouseButton.LeftButton)
    assert calls == [("alur", [lay.id]), ("poster", [lay.id])]


def test_picture_kinds_offer_png():
    assert doc_export_action.formats_of("alur") == ["pdf", "docx", "png"]
    assert doc_export_action.formats_of("rekap-biaya") == ["pdf", "docx", "xlsx"]
    assert doc_export_action.formats_of("undangan") == ["pdf", "docx"]
