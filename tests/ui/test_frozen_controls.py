"""A standard marked siap dibahas: every control that could write is disabled, and a refused edit never stays
on screen; deleting follows the status and the role on the services page."""

import pytest
from editor_helpers import add_row, make_editor, open_step
from PySide6.QtCore import Qt

from sp_desktop.domain.quick_picks import DASAR_HUKUM_UMUM
from sp_desktop.ui.pages.services_page import ServicesPage


@pytest.fixture
def complete_service(session):
    return next(s for s in session.services() if s.jenis_pelayanan == "Penerbitan Akta Kelahiran")


def member(session, peran):
    return next(m for m in session.members() if m.peran == peran)


def test_frozen_controls_quick_picks_are_disabled_on_a_ready_standard(qtbot, session, complete_service):
    complete_service.dasar_hukum = [complete_service.dasar_hukum[0]]  # leaves common rules to pick
    session.save_service(complete_service, "dasar_hukum", "persiapan uji")
    session.set_status(complete_service.id, "siap_dibahas")
    editor = make_editor(qtbot, session, complete_service.id)
    page = open_step(qtbot, editor, "dasar_hukum")
    assert not page.ui.quick_pick_button.isEnabled()
    page.quick_pick_menu.aboutToShow.emit()  # what opening the menu would recompute
    assert not page.ui.quick_pick_button.isEnabled()
    assert not any(action.isEnabled() for action in page.quick_pick_actions)
    page.quick_pick_actions[-1].trigger()
    assert page.model.items() == complete_service.dasar_hukum
    assert not editor.ui.banner_label.text().startswith("Perubahan terakhir belum tersimpan")
    # Reopened by the ketua: the quick picks come back.
    session.set_status(complete_service.id, "draf")
    editor.refresh_access()
    assert page.ui.quick_pick_button.isEnabled()
    assert any(action.isEnabled() and action.data() in DASAR_HUKUM_UMUM for action in page.quick_pick_actions)


def test_frozen_controls_a_refused_edit_is_replaced_by_what_the_file_holds(
    qtbot, session, complete_service, message_boxes
):
    editor = make_editor(qtbot, session, complete_service.id)
    page = open_step(qtbot, editor, "produk")
    stored = list(complete_service.produk)
    session.set_status(complete_service.id, "siap_dibahas")  # frozen behind the editor's back
    add_row(qtbot, page.ui.items_list_widget, "Produk yang tidak tersimpan")
    qtbot.waitUntil(lambda: page.model.items() == stored)
    assert session.service(complete_service.id).produk == stored
    assert message_boxes.kinds() == ["warning"]
    assert page.read_only and not page.ui.items_list_widget.ui.add_button.isEnabled()
    assert editor.ui.banner_label.isVisible()


def test_frozen_controls_hapus_follows_status_and_role(qtbot, session, signals, complete_service):
    session.set_status(complete_service.id, "siap_dibahas")
    page = ServicesPage(session, signals)
    qtbot.addWidget(page)
    page.show()
    assert page.select_service(complete_service.id)
    action = page.ui.delete_action
    assert not action.isEnabled()
    assert "Buka kembali" in action.toolTip()
    session.set_actor(member(session, "anggota").id)
    assert not action.isEnabled()
    assert "Hanya ketua" in page.ui.delete_tool_button.toolTip()
    other = next(s for s in session.summaries() if s.id != complete_service.id)
    assert page.select_service(other.id)
    assert action.isEnabled()
    assert "siap dibahas" not in action.toolTip()
    page.ui.services_table_view.setFocus()
    qtbot.waitUntil(page.ui.services_table_view.hasFocus)
    assert page.select_service(complete_service.id)
    qtbot.keyClick(page.ui.services_table_view, Qt.Key.Key_Delete)
    assert page.delete_box is None
    assert session.trash_count() == 0


def test_frozen_controls_rename_follows_status_and_role(qtbot, session, signals, complete_service):
    session.set_status(complete_service.id, "siap_dibahas")
    page = ServicesPage(session, signals)
    qtbot.addWidget(page)
    page.show()
    assert page.select_service(complete_service.id)
    action = page.ui.rename_action
    assert not action.isEnabled() and "siap dibahas" in action.toolTip()
    page.ui.services_table_view.setFocus()
    qtbot.waitUntil(page.ui.services_table_view.hasFocus)
    qtbot.keyClick(page.ui.services_table_view, Qt.Key.Key_F2)  # no dialog that would only refuse later
    assert page._dialog is None
    other = next(s for s in session.summaries() if s.id != complete_service.id)
    assert page.select_service(other.id)
    assert action.isEnabled()
