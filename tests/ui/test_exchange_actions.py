"""Pertukaran menu (ui/exchange_actions.py): copy, send, receive, conflicts, receipts, the shared-folder prompt."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from sp_desktop.services import exchange as ex
from sp_desktop.services.session import open_project
from sp_desktop.storage import shared_folder
from sp_desktop.ui import exchange_actions, messages
from sp_desktop.ui.dialogs.conflict_dialog import ALL_RESOLVED
from tests.ui.test_main_window import window  # noqa: F401 - fixture
from tests.unit.exchange_kit import by_name, edit, team_project

SERVICE = "Akta Kelahiran"


@pytest.fixture
def pair(tmp_path) -> tuple[Path, Path]:
    """The ketua's project (ketua, Andi, Budi; two services) and Andi's copy of it, both closed."""
    ketua = team_project(tmp_path)
    andi = ex.copy_for_member(ketua, tmp_path / "andi.spdb", "Andi")
    ketua.close()
    return tmp_path / "ketua.spdb", andi


def change(path: Path, who: str, **values) -> None:
    session = open_project(path)
    try:
        session.repo.unnamed_actor = who
        edit(session, SERVICE, **values)
    finally:
        session.close()


def open_as(qtbot, window, path: Path, name: str) -> None:  # noqa: F811
    assert window.open_path(path)
    dialog = window.controller.identity_dialog
    table = dialog.ui.members_table_widget
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == name)
    table.selectRow(row)
    qtbot.mouseClick(dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert window.controller.session.actor.nama == name


def send_from(qtbot, window, monkeypatch, path: Path, name: str, package: Path) -> None:  # noqa: F811
    open_as(qtbot, window, path, name)
    monkeypatch.setattr(exchange_actions, "ask_save_file", lambda *args: package)
    window.exchange_menu.send_action.trigger()
    assert package.is_file()
    window.controller.close_project()


def receive_in(qtbot, window, monkeypatch, path: Path, name: str, package: Path) -> None:  # noqa: F811
    open_as(qtbot, window, path, name)
    monkeypatch.setattr(exchange_actions, "ask_open_file", lambda *args: package)
    window.exchange_menu.receive_action.trigger()


def test_exchange_menu_sits_before_bantuan_and_follows_the_project(qtbot, window, pair):  # noqa: F811
    menu = window.exchange_menu
    bar = window.ui.menu_bar.actions()
    assert bar.index(menu.menu.menuAction()) == bar.index(window.ui.help_menu.menuAction()) - 1
    assert menu.menu.title() == "Pertukaran"
    assert [a.text() for a in menu.menu.actions() if not a.isSeparator()][:5] == [
        "Salin untuk &anggota\u2026", "&Kirim perubahan\u2026", "&Terima perubahan\u2026", "K&onflik (0)\u2026",
        "&Riwayat penerimaan\u2026"]
    own = (menu.copy_action, menu.send_action, menu.receive_action, menu.conflicts_action, menu.receipts_action)
    assert not any(a.isEnabled() for a in own)
    open_as(qtbot, window, pair[0], "Bu Ketua")
    assert menu.send_action.isEnabled() and menu.receive_action.isEnabled() and menu.copy_action.isEnabled()
    assert not menu.conflicts_action.isEnabled()
    window.controller.close_project()
    assert not menu.send_action.isEnabled()


def test_exchange_copy_for_member_asks_whom_and_where(qtbot, window, pair, tmp_path, monkeypatch,  # noqa: F811
                                                      message_boxes):
    open_as(qtbot, window, pair[0], "Bu Ketua")
    asked = []
    monkeypatch.setattr(exchange_actions, "ask_member", lambda parent, names: asked.append(names) or "Budi")
    monkeypatch.setattr(exchange_actions, "ask_save_file", lambda parent, title, start, filt: tmp_path / "budi")
    window.exchange_menu.copy_action.trigger()
    assert asked == [["Andi", "Budi"]]
    copy = tmp_path / "budi.spdb"
    assert copy.is_file()
    assert message_boxes.shown[-1][0] == "information" and "Salinan untuk Budi tersimpan" in message_boxes.texts()[-1]
    window.controller.close_project()
    budi = open_project(copy)
    try:
        assert [s.jenis_pelayanan for s in budi.summaries()] == ["Akta Kelahiran", "Kartu Keluarga"]
    finally:
        budi.close()


def test_exchange_send_and_receive_through_the_menu(qtbot, window, pair, tmp_path, monkeypatch,  # noqa: F811
                                                    message_boxes):
    ketua, andi = pair
    change(andi, "Andi", jumlah_pelaksana="3 orang")
    package = tmp_path / "dari-andi.spx"
    send_from(qtbot, window, monkeypatch, andi, "Andi", package)
    assert "perubahan dan 0 berkas lampiran" in message_boxes.texts()[-1]
    receive_in(qtbot, window, monkeypatch, ketua, "Bu Ketua", package)
    kind, title, text = message_boxes.shown[-1]
    assert (kind, title) == ("information", "Terima perubahan")
    assert "dari-andi.spx diterima:" in text and "perubahan diterapkan, 0 konflik" in text
    assert by_name(window.controller.session, SERVICE).jumlah_pelaksana == "3 orang"
    assert window.exchange_menu.conflict_dialog is None
    assert window.exchange_menu.conflicts_action.text() == "K&onflik (0)\u2026"


def conflicting(qtbot, window, pair, tmp_path, monkeypatch):  # noqa: F811
    ketua, andi = pair
    change(andi, "Andi", jumlah_pelaksana="5 orang")
    change(ketua, "Bu Ketua", jumlah_pelaksana="7 orang")
    package = tmp_path / "konflik.spx"
    send_from(qtbot, window, monkeypatch, andi, "Andi", package)
    receive_in(qtbot, window, monkeypatch, ketua, "Bu Ketua", package)
    dialog = window.exchange_menu.conflict_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


@pytest.mark.parametrize(("button", "expected"), [
    ("mine_button", "7 orang"), ("theirs_button", "5 orang"), ("edit_button", "6 orang")])
def test_exchange_conflict_dialog_resolves_by_each_button(qtbot, window, pair, tmp_path, monkeypatch,  # noqa: F811
                                                          message_boxes, button, expected):
    dialog = conflicting(qtbot, window, pair, tmp_path, monkeypatch)
    assert "1 konflik" in message_boxes.texts()[-1]
    menu = window.exchange_menu
    assert menu.conflicts_action.text() == "K&onflik (1)\u2026" and menu.conflicts_action.isEnabled()
    assert dialog.list_widget.count() == 1
    assert dialog.list_widget.item(0).text() == "Akta Kelahiran \u2013 Jumlah pelaksana"
    assert dialog.mine_label.text().startswith("Milik saya \u2014 Bu Ketua, ")
    assert dialog.theirs_label.text().startswith("Kiriman \u2014 Andi, ")
    assert (dialog.mine_edit.toPlainText(), dialog.theirs_edit.toPlainText()) == ("7 orang", "5 orang")
    assert dialog.mine_edit.isReadOnly() and dialog.theirs_edit.isReadOnly()
    page = window.services_page
    page.open_service(by_name(window.controller.session, SERVICE).id)
    assert page.is_editor_shown()
    qtbot.mouseClick(getattr(dialog, button), Qt.MouseButton.LeftButton)
    if button == "edit_button":
        box = dialog.edit_box
        assert box is not None and box.text() == "7 orang"
        box.text_edit.setPlainText(expected)
        qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
        assert dialog.edit_box is None
    assert dialog.list_widget.count() == 0 and dialog.status_label.text() == ALL_RESOLVED
    assert not dialog.mine_button.isEnabled()
    assert by_name(window.controller.session, SERVICE).jumlah_pelaksana == expected
    assert ex.open_conflicts(window.controller.session) == []
    assert menu.conflicts_action.text() == "K&onflik (0)\u2026" and not menu.conflicts_action.isEnabled()
    assert not page.is_editor_shown()  # back to the list, which rereads the project
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: menu.conflict_dialog is None)


def test_exchange_refused_package_warns_and_changes_nothing(qtbot, window, pair, tmp_path,  # noqa: F811
                                                            monkeypatch):
    ketua, _andi = pair
    damaged = tmp_path / "rusak.spx"
    damaged.write_bytes(b"PK\x03\x04rusak")
    warned = []
    monkeypatch.setattr(messages, "warn", lambda parent, title, text: warned.append((title, text)))
    open_as(qtbot, window, ketua, "Bu Ketua")
    before = window.controller.session.export_document()
    monkeypatch.setattr(exchange_actions, "ask_open_file", lambda *args: damaged)
    assert window.exchange_menu.receive_changes() is None
    [(title, text)] = warned
    assert title == "Paket tidak diterima" and "rusak.spx" in text and "bukan paket SP Desktop" in text
    assert window.controller.session.export_document() == before
    assert ex.receipts(window.controller.session) == []


def test_exchange_undo_receive_asks_then_reopens_the_project(qtbot, window, pair, tmp_path,  # noqa: F811
                                                             monkeypatch):
    ketua, andi = pair
    change(andi, "Andi", jumlah_pelaksana="3 orang")
    package = tmp_path / "dari-andi.spx"
    send_from(qtbot, window, monkeypatch, andi, "Andi", package)
    receive_in(qtbot, window, monkeypatch, ketua, "Bu Ketua", package)
    old = window.controller.session
    menu = window.exchange_menu
    dialog = menu.show_receipts()
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 1).text() == "Andi"
    assert dialog.table.item(0, 2).text() == "dari-andi.spx"
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    box = dialog.confirm_box
    assert box is not None and "dari-andi.spx" in box.text()
    assert sorted(b.text() for b in box.buttons()) == ["&Batal", "&Ya, batalkan"]
    qtbot.mouseClick(box.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.controller.session is not None and window.controller.session is not old)
    session = window.controller.session
    assert session.path == ketua
    assert by_name(session, SERVICE).jumlah_pelaksana != "3 orang"
    assert ex.receipts(session) == []
    assert window.controller.identity_dialog is not None  # reopened like any project: who is working?
    window.controller.identity_dialog.reject()


def test_exchange_receipts_dialog_cancelled_undo_changes_nothing(qtbot, window, pair):  # noqa: F811
    open_as(qtbot, window, pair[0], "Bu Ketua")
    dialog = window.exchange_menu.show_receipts()
    assert dialog.empty_label.isVisibleTo(dialog) and not dialog.undo_button.isEnabled()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.exchange_menu.receipts_dialog is None)


@pytest.mark.parametrize("choice", [exchange_actions.LOCAL, exchange_actions.KEEP, None])
def test_exchange_shared_folder_prompt_before_opening(qtbot, window, pair, tmp_path, monkeypatch,  # noqa: F811
                                                      message_boxes, choice):
    ketua, _andi = pair
    asked = []
    monkeypatch.setattr(shared_folder, "shared_folder_risk", lambda path: "Proyek ini berada di folder jaringan.")
    monkeypatch.setattr(exchange_actions, "ask_shared_folder",
                        lambda parent, path, reason: asked.append((path, reason)) or choice)
    real_copy = shared_folder.make_local_copy
    monkeypatch.setattr(shared_folder, "make_local_copy", lambda path: real_copy(path, tmp_path / "lokal"))
    opened = window.open_path(ketua)
    assert asked == [(ketua, "Proyek ini berada di folder jaringan.")]
    session = window.controller.session
    if choice is None:
        assert not opened and session is None
        return
    assert opened
    if choice == exchange_actions.KEEP:
        assert session.path == ketua and message_boxes.shown == []
    else:
        local = tmp_path / "lokal" / "ketua.spdb"
        assert session.path == local
        kind, title, text = message_boxes.shown[-1]
        assert (kind, title) == ("information", "Salinan lokal")
        assert str(local) in text and f"dipertukarkan lewat folder {ketua.parent}" in text
    window.controller.identity_dialog.reject()


def test_exchange_local_copy_sends_to_its_mailbox_and_receives_from_the_shared_folder(
        qtbot, window, pair, tmp_path, monkeypatch, message_boxes):  # noqa: F811
    ketua, _andi = pair
    monkeypatch.setattr(shared_folder, "shared_folder_risk", lambda path: "Proyek ini berada di folder jaringan.")
    monkeypatch.setattr(exchange_actions, "ask_shared_folder", lambda *args: exchange_actions.LOCAL)
    real_copy = shared_folder.make_local_copy
    monkeypatch.setattr(shared_folder, "make_local_copy", lambda path: real_copy(path, tmp_path / "lokal"))
    open_as(qtbot, window, ketua, "Bu Ketua")
    assert window.controller.session.path == tmp_path / "lokal" / "ketua.spdb"
    asked = []
    monkeypatch.setattr(exchange_actions, "ask_save_file", lambda parent, title, start, filt: asked.append(start))
    monkeypatch.setattr(exchange_actions, "ask_open_file", lambda parent, title, start, filt: asked.append(start))
    window.exchange_menu.send_action.trigger()
    window.exchange_menu.receive_action.trigger()
    box = ketua.parent / "kotak-bu-ketua"
    assert box.is_dir() and asked[0].parent == box and asked[0].suffix == ".spx"
    assert asked[1] == ketua.parent
    window.controller.close_project()


def test_exchange_send_and_receive_show_the_wait_cursor_and_restore_it(qtbot, window, pair, tmp_path,  # noqa: F811
                                                                        monkeypatch, message_boxes):
    from PySide6.QtGui import QGuiApplication

    ketua, andi = pair
    shapes = []
    real_send, real_receive = ex.send_changes, ex.receive_package

    def watched(real):
        def call(*args):
            cursor = QGuiApplication.overrideCursor()
            shapes.append(cursor.shape() if cursor is not None else None)
            return real(*args)
        return call

    monkeypatch.setattr(ex, "send_changes", watched(real_send))
    monkeypatch.setattr(ex, "receive_package", watched(real_receive))
    package = tmp_path / "kursor.spx"
    send_from(qtbot, window, monkeypatch, andi, "Andi", package)
    receive_in(qtbot, window, monkeypatch, ketua, "Bu Ketua", package)
    window.exchange_menu.receive_action.trigger()  # the same package again: refused, already received
    assert shapes == [Qt.CursorShape.WaitCursor] * 3
    assert QGuiApplication.overrideCursor() is None  # restored, also before the refusal's message
    assert message_boxes.shown[-1][0] == "warning"


def test_exchange_shared_folder_box_speaks_indonesian(qtbot, tmp_path):
    box = exchange_actions.shared_folder_box(None, tmp_path / "x.spdb", "Proyek ini berada di folder jaringan.")
    qtbot.addWidget(box)
    assert sorted(b.text() for b in box.buttons()) == ["&Batal", "&Tetap buka", "Kerjakan &salinan lokal"]
    assert box.defaultButton().objectName() == "local_copy_push_button"
    assert box.escapeButton().objectName() == "cancel_push_button"
    assert box.icon() == QMessageBox.Icon.Warning and box.windowTitle() == exchange_actions.SHARED_TITLE


def test_exchange_member_question_speaks_indonesian(qtbot):
    dialog = exchange_actions.member_input_dialog(None, ["Andi", "Budi"])
    qtbot.addWidget(dialog)
    assert dialog.okButtonText() == "&Lanjut" and dialog.cancelButtonText() == "&Batal"
    assert dialog.comboBoxItems() == ["Andi", "Budi"]


def test_exchange_mnemonics_stay_unique(qtbot, window, pair, tmp_path, monkeypatch):  # noqa: F811
    from tests.ui.test_mnemonics import duplicates, menu_duplicates

    dialog = conflicting(qtbot, window, pair, tmp_path, monkeypatch)
    assert menu_duplicates(window.exchange_menu.menu) == {}
    assert duplicates(dialog) == {}
    dialog.close()
    window.ui.nav_list_widget.setCurrentRow(0)
    assert duplicates(window) == {}
    receipts = window.exchange_menu.show_receipts()
    assert duplicates(receipts) == {}
    receipts.close()


def test_exchange_resolving_a_profile_conflict_tells_the_other_pages(qtbot, window, pair, tmp_path,  # noqa: F811
                                                                     monkeypatch):
    ketua, andi = pair
    for path, phone in ((andi, "0548-111"), (ketua, "0548-222")):
        session = open_project(path)
        instansi = session.instansi()
        instansi.telepon = phone
        session.save_instansi(instansi)
        session.close()
    package = tmp_path / "profil.spx"
    send_from(qtbot, window, monkeypatch, andi, "Andi", package)
    receive_in(qtbot, window, monkeypatch, ketua, "Bu Ketua", package)
    dialog = window.exchange_menu.conflict_dialog
    assert dialog.list_widget.item(0).text().startswith("Proyek \u2013 Profil instansi")
    with qtbot.waitSignal(window.controller.signals.changed, check_params_cb=lambda what, _id: what == "instansi"):
        qtbot.mouseClick(dialog.theirs_button, Qt.MouseButton.LeftButton)
    assert window.controller.session.instansi().telepon == "0548-111"
    dialog.close()


def test_exchange_receive_rereads_the_open_profile_page(qtbot, window, pair, tmp_path, monkeypatch):  # noqa: F811
    ketua, andi = pair
    session = open_project(andi)
    instansi = session.instansi()
    instansi.telepon = "0548-333"
    session.save_instansi(instansi)
    session.close()
    package = tmp_path / "profil.spx"
    send_from(qtbot, window, monkeypatch, andi, "Andi", package)
    open_as(qtbot, window, ketua, "Bu Ketua")
    page = window.instansi_page  # built and showing the old profile
    old_phone = window.controller.session.instansi().telepon
    monkeypatch.setattr(exchange_actions, "ask_open_file", lambda *args: package)
    window.exchange_menu.receive_action.trigger()
    assert window.controller.session.instansi().telepon == "0548-333" != old_phone
    assert page.ui.telepon_line_edit.text() == "0548-333"
    # the next keystroke on the page saves what arrived, not its older copy
    page.ui.nama_line_edit.textEdited.emit(page.ui.nama_line_edit.text())
    assert window.controller.session.instansi().telepon == "0548-333"


def test_exchange_open_conflicts_are_counted_when_the_project_opens(qtbot, window, pair, tmp_path,  # noqa: F811
                                                                    monkeypatch):
    dialog = conflicting(qtbot, window, pair, tmp_path, monkeypatch)
    dialog.close()
    menu = window.exchange_menu
    qtbot.waitUntil(lambda: menu.conflict_dialog is None)
    window.controller.close_project()
    assert menu.conflicts_action.text() == "K&onflik (0)\u2026" and not menu.conflicts_action.isEnabled()
    open_as(qtbot, window, pair[0], "Bu Ketua")
    assert menu.conflicts_action.text() == "K&onflik (1)\u2026" and menu.conflicts_action.isEnabled()
    menu.conflicts_action.trigger()
    assert menu.conflict_dialog is not None and menu.conflict_dialog.list_widget.count() == 1
    menu.conflict_dialog.close()


def test_exchange_send_from_a_file_that_never_exchanged_is_refused(qtbot, window, project_file, tmp_path,  # noqa: F811
                                                                   monkeypatch, message_boxes):
    assert window.open_path(project_file)
    dialog = window.controller.identity_dialog
    dialog.ui.members_table_widget.selectRow(0)
    dialog.accept()
    package = tmp_path / "paket"
    monkeypatch.setattr(exchange_actions, "ask_save_file", lambda *args: package)
    assert window.exchange_menu.send_changes() is None
    kind, title, text = message_boxes.shown[-1]
    assert (kind, title) == ("warning", "Kirim perubahan") and "belum pernah bertukar" in text
    assert not package.exists() and not package.with_suffix(".spx").exists()
