import pytest

from sp_desktop.domain.components import KOMPONEN
from sp_desktop.export import BlockingFindings, ExportError
from sp_desktop.export.blocks import (
    ComponentTable,
    Heading,
    KeyValue,
    Kop,
    LampiranBlock,
    LogoImage,
    Notice,
    NumberedList,
    PageBreak,
    PledgeBox,
    SignatureBlock,
    TextItem,
)
from sp_desktop.export.report_model import MISSING_TEXT, build_maklumat, build_rancangan, build_standar
from tests.unit import export_fixtures as fx


def _tables(doc):
    return [b for b in doc.blocks if isinstance(b, ComponentTable)]


def _headings(doc, level):
    return [b.text for b in doc.blocks if isinstance(b, Heading) and b.level == level]


def _row(table, key):
    return next(r for r in table.rows if r.key == key)


def test_report_model_rancangan_full_has_parts_a_and_b_per_service():
    doc = build_rancangan(fx.project(2))
    assert isinstance(doc.blocks[0], Kop)
    assert _headings(doc, 0) == ["RANCANGAN STANDAR PELAYANAN"]
    assert _headings(doc, 1) == [f"JENIS PELAYANAN : Penerbitan Akta Kelahiran L{i}" for i in (1, 2)]
    tables = _tables(doc)
    assert len(tables) == 4
    part_a, part_b = tables[0], tables[1]
    assert [(r.no, r.komponen) for r in part_a.rows] == [
        (str(i), k.label) for i, k in enumerate([k for k in KOMPONEN if k.group == "A"], start=1)
    ]
    assert [(r.no, r.komponen) for r in part_b.rows] == [
        (str(i), k.label) for i, k in enumerate([k for k in KOMPONEN if k.group == "B"], start=1)
    ]
    assert part_a.header == ("NO", "KOMPONEN", "URAIAN")
    assert part_a.widths == (0.06, 0.30, 0.64)
    assert sum(isinstance(b, PageBreak) for b in doc.blocks) == 1


def test_report_model_rancangan_page_marks():
    doc = build_rancangan(fx.project(1))
    assert doc.page.watermark == "RANCANGAN"
    assert doc.page.header_text == "RANCANGAN — Versi 2, 23 November 2018"
    assert doc.page.page_label == "- {page} -" and doc.page.page_number_top  # tata naskah by default
    assert build_rancangan(fx.project(1, nomor_halaman="x_dari_y")).page.page_label == "Halaman {page} dari {pages}"
    assert doc.page.paper == "f4" and doc.page.size_mm == (215.0, 330.0)
    assert build_rancangan(fx.project(1), paper="a4").page.size_mm == (210.0, 297.0)


def test_report_model_uraian_items_follow_the_service():
    item = fx.layanan(2, fee=50000)
    proj = fx.project(0)
    proj.layanan = [item]
    part_a, part_b = _tables(build_rancangan(proj))
    persyaratan = _row(part_a, "persyaratan").uraian[0]
    assert isinstance(persyaratan, NumberedList)
    assert [e.text for e in persyaratan.entries] == [
        "Surat keterangan kelahiran dari dokter/bidan L2",
        "Fotokopi KTP dan KK orang tua L2",
        "Fotokopi KTP 2 orang saksi L2 (diserahkan di akhir)",
    ]
    prosedur = _row(part_a, "prosedur").uraian[0]
    assert prosedur.entries[0].detail == (
        "Pelaksana: Pemohon; Waktu: 10 menit; Biaya: Rp50.000,00; Keluaran: Berkas permohonan"
    )
    assert _row(part_a, "waktu_penyelesaian").uraian == (TextItem("1 hari kerja 40 menit"),)
    biaya = _row(part_a, "biaya").uraian
    assert biaya[0] == TextItem("Rp50.000,00 (lima puluh ribu rupiah)")
    assert biaya[1] == TextItem("Dasar: Peraturan Daerah Nomor 5 Tahun 2019 L2")
    pengaduan = _row(part_a, "pengaduan").uraian
    assert [e.text for e in pengaduan[1].entries] == [
        "Telepon: (0548) 4438894 L2",
        "Kotak saran: Ruang tunggu lantai 1 L2",
    ]
    assert isinstance(pengaduan[2], KeyValue) and pengaduan[2].pairs[0] == ("Nama", "Siti Aminah L2")
    assert _row(part_b, "jumlah_pelaksana").uraian == (TextItem("8 orang L2"),)
    assert _row(part_b, "kompetensi_pelaksana").uraian == (TextItem("Memahami peraturan administrasi kependudukan L2"),)


def test_report_model_zero_fee_is_said_in_words():
    part_a = _tables(build_rancangan(fx.project(1)))[0]
    assert _row(part_a, "biaya").uraian[0] == TextItem("Tidak dipungut biaya")


def test_report_model_rancangan_brief_follows_perwali_metro():
    doc = build_rancangan(fx.project(1), layout="brief")
    (table,) = _tables(doc)
    assert [r.komponen for r in table.rows] == [
        "Jenis Pelayanan", "Dasar Hukum", "Persyaratan", "Prosedur", "Waktu Pelayanan", "Biaya/Tarif", "Produk",
        "Pengelolaan Pengaduan",
    ]
    assert table.rows[0].uraian == (TextItem("Penerbitan Akta Kelahiran L1"),)
    assert [r.no for r in table.rows] == [str(i) for i in range(1, 9)]


def test_report_model_incomplete_service_is_marked_in_the_draft():
    proj = fx.project(1)
    proj.layanan.append(fx.incomplete_layanan(7))
    doc = build_rancangan(proj)
    notices = [b for b in doc.blocks if isinstance(b, Notice)]
    assert len(notices) == 1
    assert "Persyaratan" in notices[0].lines[0] and "Jumlah pelaksana" in notices[0].lines[0]
    part_a, part_b = _tables(doc)[2:]
    row = _row(part_a, "persyaratan")
    assert row.missing and row.uraian == (TextItem(MISSING_TEXT, italic=True, missing=True),)
    assert _row(part_b, "sarana_prasarana").missing
    assert not _row(part_b, "dasar_hukum").missing


def test_report_model_selection_keeps_project_order():
    doc = build_rancangan(fx.project(3), service_ids=[3, 1])
    assert _headings(doc, 1) == [
        "JENIS PELAYANAN : Penerbitan Akta Kelahiran L1",
        "JENIS PELAYANAN : Penerbitan Akta Kelahiran L3",
    ]


@pytest.mark.parametrize("ids", [[], [42]])
def test_report_model_bad_selection_is_refused(ids):
    with pytest.raises(ExportError):
        build_rancangan(fx.project(2), service_ids=ids)


@pytest.mark.parametrize("kwargs", [{"layout": "poster"}, {"paper": "legal"}])
def test_report_model_unknown_options_are_refused(kwargs):
    with pytest.raises(ExportError):
        build_rancangan(fx.project(1), **kwargs)


def test_report_model_standar_lampiran_and_signature():
    proj = fx.project(2)
    proj.extra["penetapan"] = {"nomor": "188.4/55/DKPS/2018", "tanggal": "2018-11-30"}
    doc = build_standar(proj)
    lampiran = doc.blocks[0]
    assert isinstance(lampiran, LampiranBlock)
    assert lampiran.title == "LAMPIRAN I KEPUTUSAN KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KOTA BONTANG"
    assert lampiran.rows == (
        ("NOMOR", "188.4/55/DKPS/2018"),
        ("TANGGAL", "30 November 2018"),
        ("TENTANG", "PENETAPAN STANDAR PELAYANAN PADA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KOTA BONTANG"),
    )
    signature = doc.blocks[-1]
    assert isinstance(signature, SignatureBlock)
    assert signature.lines_before == ("Ditetapkan di Bontang", "pada tanggal 30 November 2018")
    assert signature.jabatan == "KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL,"
    assert signature.pangkat == "Pembina Utama Muda (IV/c)"
    assert signature.nip_line == fx.NIP_GROUPED
    assert doc.page.watermark is None
    assert len(_tables(doc)) == 4


def test_report_model_standar_without_penetapan_leaves_dotted_blanks():
    doc = build_standar(fx.project(1))
    rows = dict(doc.blocks[0].rows)
    assert set(rows["NOMOR"]) == {"."} and set(rows["TANGGAL"]) == {"."}
    assert doc.blocks[-1].lines_before[1].startswith("pada tanggal ....")


def test_report_model_standar_refuses_blocking_findings():
    proj = fx.project(2)
    proj.layanan.append(fx.incomplete_layanan(9))
    with pytest.raises(BlockingFindings) as info:
        build_standar(proj)
    assert {service for service, _ in info.value.findings} == {9}
    assert {service.nama for service, _ in info.value.findings} == {"Layanan Belum Lengkap L9"}
    assert all(f.tingkat == "BLOKIR" for _, f in info.value.findings)
    assert "Layanan Belum Lengkap L9" in str(info.value) and "Persyaratan" in str(info.value)
    service, _ = info.value.findings[0]
    assert f"{service}" == "9"  # an id for the command line, with the name for messages
    assert "Layanan Belum Lengkap L9" in str(BlockingFindings(info.value.findings[:1]))
    build_standar(proj, service_ids=[1, 2])  # the complete ones alone are fine


def test_report_model_maklumat_letter_and_poster():
    proj = fx.project(1, maklumat_teks="Kami sanggup & siap <melayani> 😀")
    doc = build_maklumat(proj)
    assert isinstance(doc.blocks[0], Kop)
    assert _headings(doc, 0) == ["MAKLUMAT PELAYANAN"]
    (pledge,) = [b for b in doc.blocks if isinstance(b, PledgeBox)]
    assert pledge.text == "Kami sanggup & siap <melayani> 😀"
    assert doc.blocks[-1].lines_before == ("Bontang, 30 November 2018",)
    assert doc.page.page_label is None
    poster = build_maklumat(proj, poster=True)
    assert poster.page.paper == "a3"
    assert isinstance(poster.blocks[0], LogoImage)
    assert poster.page.font_size > doc.page.font_size
    assert build_maklumat(fx.project(1, logo=False), poster=True).blocks[0].__class__ is not LogoImage
