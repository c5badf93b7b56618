from sp_desktop.domain.checks import check_layanan
from sp_desktop.domain.components import STEP_KEYS
from sp_desktop.domain.identification import (
    FREE_FEE_MESSAGE,
    StepState,
    fee_uraian_problem,
    is_step_empty,
    stated_fee,
    step_states,
    suggested_product,
)
from sp_desktop.domain.model import Durasi, LangkahProsedur, Layanan, Persyaratan
from sp_desktop.domain.quick_picks import DASAR_HUKUM_UMUM, missing_quick_picks


def test_step_states_of_new_service_are_empty_except_review():
    layanan = Layanan()
    states = step_states(layanan, check_layanan(layanan))
    assert list(states) == list(STEP_KEYS)
    assert states["persyaratan"] is StepState.EMPTY
    assert states["tinjauan"] is StepState.BLOCKED
    assert all(states[k] is StepState.EMPTY for k in STEP_KEYS if k != "tinjauan")


def test_step_states_blocked_and_complete():
    layanan = Layanan(
        jenis_pelayanan="Akta",
        persyaratan=[Persyaratan("KTP", "awal")],
        prosedur=[LangkahProsedur("Verifikasi", "Petugas", None)],
    )
    states = step_states(layanan, check_layanan(layanan))
    assert states["jenis_pelayanan"] is StepState.COMPLETE
    assert states["persyaratan"] is StepState.COMPLETE
    assert states["prosedur"] is StepState.BLOCKED  # no duration yet
    assert states["biaya"] is StepState.EMPTY  # nobody has looked at the fee yet
    assert states["waktu_penyelesaian"] is StepState.EMPTY


def test_is_step_empty_waktu_becomes_filled_by_durations():
    layanan = Layanan(prosedur=[LangkahProsedur("A", durasi=Durasi(10, "menit"))])
    assert not is_step_empty(layanan, "waktu_penyelesaian")


def test_biaya_step_is_empty_until_a_fee_is_stated_or_typed_in_the_procedure():
    layanan = Layanan(prosedur=[LangkahProsedur("Verifikasi", "Petugas", Durasi(10, "menit"))])
    assert is_step_empty(layanan, "biaya")
    layanan.prosedur[0].biaya_unit = 5000
    assert not is_step_empty(layanan, "biaya")
    layanan.prosedur[0].biaya_unit = 0
    layanan.biaya = stated_fee(0, "", "", 0)
    assert not is_step_empty(layanan, "biaya")
    assert step_states(layanan, check_layanan(layanan))["biaya"] is StepState.COMPLETE


def test_stated_fee_free_never_blank():
    assert stated_fee(0, "  ", "", 0).uraian == "Tidak dipungut biaya"
    assert stated_fee(0, "GRATIS", "", 0).uraian == "GRATIS"
    assert stated_fee(5000, "", "Perda 5/2019", 100).uraian == ""
    assert fee_uraian_problem(0, "") == FREE_FEE_MESSAGE
    assert fee_uraian_problem(0, "Gratis") is None
    assert fee_uraian_problem(1000, "") is None


def test_suggested_product_is_last_keluaran_while_products_empty():
    layanan = Layanan(prosedur=[LangkahProsedur(keluaran="Berkas"), LangkahProsedur(keluaran=" Akta "),
                                LangkahProsedur(keluaran="")])
    assert suggested_product(layanan) == "Akta"
    layanan.produk = ["Kutipan akta"]
    assert suggested_product(layanan) is None
    assert suggested_product(Layanan()) is None


def test_missing_quick_picks():
    assert missing_quick_picks([]) == list(DASAR_HUKUM_UMUM)
    assert missing_quick_picks([f" {DASAR_HUKUM_UMUM[0]} "]) == list(DASAR_HUKUM_UMUM[1:])


def test_status_action_reason():
    from sp_desktop.domain.identification import status_action_reason

    assert status_action_reason("draf", "siap_dibahas", None) is None
    assert status_action_reason("draf", "siap_dibahas", "Hanya ketua") == "Hanya ketua"
    assert "sudah ditandai" in status_action_reason("siap_dibahas", "siap_dibahas", None)
    assert "draf" in status_action_reason("draf", "draf", "Hanya ketua")
