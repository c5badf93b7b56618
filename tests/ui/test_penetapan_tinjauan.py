"""The Tinjauan step names the next step for the statuses after "siap dibahas"."""

import pytest

from sp_desktop.domain.model import Layanan
from sp_desktop.ui.pages.tinjauan_page import TinjauanPage


@pytest.mark.parametrize(("status", "label", "words"), [
    ("dibahas", "Dibahas", "siap ditetapkan"),
    ("siap_ditetapkan", "Siap ditetapkan", "nomor dan tanggal keputusan"),
    ("ditetapkan", "Ditetapkan", "revisi baru"),
])
def test_penetapan_tinjauan_status_text_knows_the_cycle(qtbot, status, label, words):
    page = TinjauanPage()
    qtbot.addWidget(page)
    page.show()
    page.show_layanan(Layanan("Penerbitan Akta Kelahiran", status=status))
    assert page.ui.status_value_label.text() == f"Status sekarang: <b>{label}</b>"
    assert page.ui.next_step_label.isVisible()
    assert words in page.ui.next_step_label.text()

