"""The guidance panel's rendering and the grouped quick picks of the Dasar Hukum step."""

from PySide6.QtWidgets import QTextBrowser

from sp_desktop.domain.guidance import GUIDANCE_KEYS, load_guidance
from sp_desktop.domain.model import Layanan
from sp_desktop.domain.quick_picks import DASAR_HUKUM_UMUM, QUICK_PICK_GROUPS
from sp_desktop.ui.pages.dasar_hukum_page import DasarHukumPage
from sp_desktop.ui.widgets.guidance_view import OWN_MARKER, show_guidance


def rendered(qtbot, markdown: str) -> QTextBrowser:
    browser = QTextBrowser()
    qtbot.addWidget(browser)
    browser.resize(270, 700)
    show_guidance(browser, markdown)
    return browser


def blocks(browser: QTextBrowser):
    block = browser.document().begin()
    while block.isValid():
        yield block
        block = block.next()


def test_guidance_view_shows_the_regulations_own_item_markers_once(qtbot):
    browser = rendered(qtbot, load_guidance("jenis_pelayanan"))
    item = next(b for b in blocks(browser) if b.text() == "a. pelayanan barang publik;")
    assert item.textList() is None  # no bullet drawn before "a."
    assert item.blockFormat().textIndent() < 0 < item.blockFormat().leftMargin()  # "a." hangs
    for key in GUIDANCE_KEYS:
        browser = rendered(qtbot, load_guidance(key))
        doubled = [b.text() for b in blocks(browser) if b.textList() is not None and OWN_MARKER.match(b.text())]
        assert doubled == [], key


def test_guidance_view_keeps_bullets_of_items_without_their_own_marker(qtbot):
    browser = rendered(qtbot, "# Judul\n\n- kotak saran\n- petugas pengaduan\n")
    items = [b for b in blocks(browser) if b.text() in ("kotak saran", "petugas pengaduan")]
    assert len(items) == 2 and all(b.textList() is not None for b in items)


def test_guidance_view_source_lines_read_as_attribution(qtbot):
    browser = rendered(qtbot, load_guidance("dasar_hukum", kota="Bontang"))
    sources = [b for b in blocks(browser) if b.text().startswith("— ")]
    assert sources[0].text().startswith("— Perwali Kota Bontang 31/2018, Lampiran")
    for block in sources:
        fragment = block.begin().fragment()
        assert fragment.charFormat().fontItalic(), block.text()
        assert block.textList() is None


def test_dasar_hukum_quick_picks_are_offered_in_one_submenu_per_field(qtbot):
    page = DasarHukumPage()
    qtbot.addWidget(page)
    titles = [menu.title() for menu in page.quick_pick_submenus]
    assert titles == [group.bidang for group in QUICK_PICK_GROUPS]
    assert [action.data() for action in page.quick_pick_actions] == list(DASAR_HUKUM_UMUM)
    for menu, group in zip(page.quick_pick_submenus, QUICK_PICK_GROUPS):
        assert [action.text() for action in menu.actions()] == list(group.rules)
    kependudukan = list(QUICK_PICK_GROUPS[1].rules)
    page.show_layanan(Layanan(jenis_pelayanan="Akta Kelahiran", dasar_hukum=kependudukan))
    enabled = [menu.isEnabled() for menu in page.quick_pick_submenus]
    assert enabled == [True, False, True, True, True]  # every rule of that field is listed already
    assert page.ui.quick_pick_button.isEnabled()
