from editor_helpers import make_editor, open_step

from sp_desktop.domain.model import Instansi


def _ready_service(session):
    service = next(s for s in session.summaries() if not s.missing)
    session.set_status(service.id, "siap_dibahas")
    return service


def test_editor_banner_states_a_frozen_standard_calmly_with_what_comes_next(qtbot, session):
    service = _ready_service(session)
    editor = make_editor(qtbot, session, service.id)
    banner = editor.ui.banner_label
    assert banner.isVisible()
    assert "Langkah berikutnya" in banner.text() and "Ctrl+E" in banner.text()
    assert "minta ketua" not in banner.text().lower()  # the ketua is acting here
    assert "#fdecea" not in banner.styleSheet()  # not the error red


def _sources(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("— Perwali")]


def test_editor_guidance_quotes_the_units_own_city_first(qtbot, session):
    from sp_desktop.domain.guidance import load_guidance

    inst = session.instansi()
    session.save_instansi(Instansi(**{**inst.__dict__, "kota": "Metro", "pemerintah_daerah": "Pemerintah Kota Metro"}))
    local, default = load_guidance("prosedur", kota="Metro"), load_guidance("prosedur")
    assert _sources(local) != _sources(default)  # the step has quotes of both cities
    editor = make_editor(qtbot, session, session.summaries()[0].id)
    open_step(qtbot, editor, "prosedur")
    shown = _sources(editor.ui.guidance_text_browser.toPlainText())
    assert shown == [line.replace("**", "") for line in _sources(local)]
