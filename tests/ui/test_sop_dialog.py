"""The "SOP…" button of the service editor: the SOP's own fields typed, saved, kept and printed."""

from pathlib import Path

from PySide6.QtCore import Qt

from sp_desktop.domain import sop
from tests.ui.editor_helpers import make_editor

SHOTS = Path("/tmp/sop-p2-7q3")


def _first(session):
    return session.services()[0]


def _open(qtbot, editor):
    qtbot.mouseClick(editor.sop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(editor, "sop_dialog", None) is not None and editor.sop_dialog.isVisible())
    return editor.sop_dialog


def test_sop_dialog_saves_the_fields_and_keeps_unknown_keys(qtbot, session):
    lay = _first(session)
    extra = session.repo.extra()
    extra["sop"] = {lay.jenis_pelayanan: {"nomor": "", "kunci_lain": "tetap"}}
    with session._write("pengaturan"):
        session.repo.save_extra(extra)
    editor = make_editor(qtbot, session, lay.id)
    assert editor.sop_button.text() == "SOP…"
    editor.resize(1366, 768)
    editor.grab().save(str(SHOTS / "editor_sop_button.png"))
    dialog = _open(qtbot, editor)
    qtbot.keyClicks(dialog.ui.nomor_line_edit, "800/12/SOP/2026")
    qtbot.keyClicks(dialog.ui.tanggal_pembuatan_line_edit, "2026-03-01")
    qtbot.keyClicks(dialog.ui.keterkaitan_text_edit, "SOP Penerbitan KK")
    dialog.resize(640, 560)
    dialog.grab().save(str(SHOTS / "sop_dialog.png"))
    qtbot.mouseClick(dialog.ui.button_box.button(dialog.ui.button_box.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    stored = session.repo.extra()["sop"][lay.jenis_pelayanan]
    assert stored["nomor"] == "800/12/SOP/2026" and stored["tanggal_pembuatan"] == "2026-03-01"
    assert stored["keterkaitan"] == "SOP Penerbitan KK" and stored["kunci_lain"] == "tetap"
    assert session.audit(lay.id)[0].komponen == "sop"


def test_sop_dialog_refuses_a_wrong_date(qtbot, session):
    lay = _first(session)
    editor = make_editor(qtbot, session, lay.id)
    dialog = _open(qtbot, editor)
    qtbot.keyClicks(dialog.ui.tanggal_efektif_line_edit, "31-02-2026")
    qtbot.mouseClick(dialog.ui.button_box.button(dialog.ui.button_box.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "TTTT-BB-HH" in dialog.ui.error_label.text()
    assert sop.info_for(session.repo.extra(), lay.jenis_pelayanan).tanggal_efektif == ""
    dialog.reject()


def test_sop_dialog_print_saves_then_exports_this_service(qtbot, session):
    from sp_desktop.ui.dialogs.sop_dialog import SopDialog

    lay = _first(session)
    calls = []
    dialog = SopDialog(session, lay.id, export=lambda parent, s, kind, **kw: calls.append((parent, kind, kw)))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.nomor_line_edit, "9/SOP")
    qtbot.mouseClick(dialog.ui.print_push_button, Qt.MouseButton.LeftButton)
    assert calls == [(dialog, "sop", {"service_ids": [lay.id]})]
    assert sop.info_for(session.repo.extra(), lay.jenis_pelayanan).nomor == "9/SOP"
