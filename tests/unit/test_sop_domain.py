from sp_desktop.domain import sop
from sp_desktop.domain.model import LangkahProsedur, Layanan, Persyaratan


def test_sop_info_round_trip_keeps_unknown_keys():
    data = {"nomor": "1/SOP", "tanggal_efektif": "2026-01-02", "masa_depan": [1, 2]}
    info = sop.from_dict(data)
    assert info.nomor == "1/SOP" and info.tanggal_pembuatan == ""
    out = sop.to_dict(info)
    assert out["masa_depan"] == [1, 2] and out["nomor"] == "1/SOP" and out["tanggal_efektif"] == "2026-01-02"


def test_sop_info_for_and_with_info_touch_only_that_service():
    extra = {"penetapan": {"nomor": "x"}, "sop": {"A": {"nomor": "a"}}}
    changed = sop.with_info(extra, "B", sop.SopInfo(nomor="b"))
    assert sop.info_for(changed, "A").nomor == "a" and sop.info_for(changed, "B").nomor == "b"
    assert changed["penetapan"] == {"nomor": "x"} and "B" not in extra["sop"]
    assert sop.info_for({"sop": "rusak"}, "A") == sop.SopInfo()
    assert sop.from_dict({"nomor": 5}).nomor == ""


def test_sop_symbols_lanes_and_kelengkapan():
    lay = Layanan(prosedur=[
        LangkahProsedur("Pemohon menyerahkan formulir", "Pemohon"),
        LangkahProsedur("Petugas memeriksa kelengkapan berkas", "Petugas  Loket"),
        LangkahProsedur("Apakah data sesuai", "Petugas Loket"),
        LangkahProsedur("Pemohon melengkapi dokumen", "Pemohon"),
        LangkahProsedur("Kepala menandatangani", ""),
        LangkahProsedur("Produk diserahkan", "Petugas Loket"),
    ], persyaratan=[Persyaratan("KTP", "awal"), Persyaratan("Surat nikah", "bertahap"),
                    Persyaratan("Asli KK", "akhir")])
    assert sop.symbol_kinds(lay) == [sop.TERMINATOR, sop.DECISION, sop.DECISION, sop.PROCESS, sop.PROCESS,
                                     sop.TERMINATOR]
    assert sop.lanes(lay) == ["Pemohon", "Petugas Loket", "Pelaksana"]
    assert sop.kelengkapan(lay) == [["KTP"], ["Surat nikah"], [], [], [], ["Asli KK"]]
    assert sop.show_date("2026-03-01") == "1 Maret 2026" and sop.show_date("") == "-"
    assert sop.show_date("awal Maret") == "awal Maret"
