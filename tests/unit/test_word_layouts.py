"""Finding the services, their names and rows in each layout units use (domain/word_layouts.py)."""

import pytest

from sp_desktop.domain import word_layouts as wl
from sp_desktop.domain.word_import_model import Cell, Para, Row, Table
from sp_desktop.domain.word_layouts import find_services
from sp_desktop.domain.word_names import clean_name, name_above
from sp_desktop.services.word_reader import read_blocks
from tests import word_docs as wd


def _read(tmp_path, document, name="doc.docx"):
    return find_services(read_blocks(wd.save(document, tmp_path / name)))


def _keys(service):
    return [r.komponen for r in service.rows]


def _row(service, key):
    return next(r for r in service.rows if r.komponen == key)


def _assert_sample_rows(service, labels=wd.WRITTEN, keys=wd.KEYS_14):
    assert _keys(service) == list(keys)
    for key in keys:
        row = _row(service, key)
        assert row.label == labels[key]
        assert [p.text for p in row.paras] == wd.SAMPLE[key], key


@pytest.mark.parametrize("numbering", ["restart", "continuous"])
@pytest.mark.parametrize("number_col", [True, False])
def test_layout_14_rows_with_ab_sections(tmp_path, numbering, number_col):
    reading = _read(tmp_path, wd.doc_14(numbering=numbering, number_col=number_col))
    (service,) = reading.services
    assert service.jenis_pelayanan == "Pelayanan Akta Kelahiran"
    assert service.layout == wl.LAYOUT_14_AB
    assert service.where == "tabel 1"
    _assert_sample_rows(service)
    assert _row(service, "persyaratan").where == "tabel 1, baris 3"
    assert _row(service, "dasar_hukum").where == "tabel 1, baris 10"
    assert reading.remarks == ["Tabel 1: 3 baris judul/bagian dilewati."]


def test_layout_14_rows_without_sections(tmp_path):
    (service,) = _read(tmp_path, wd.doc_14(sections=False, numbering="continuous")).services
    assert service.layout == wl.LAYOUT_14
    _assert_sample_rows(service)


@pytest.mark.parametrize("repeat", ["tblheader", "mid"])
def test_layout_repeated_header_rows_skipped(tmp_path, repeat):
    reading = _read(tmp_path, wd.doc_14(header_repeat=repeat))
    (service,) = reading.services
    _assert_sample_rows(service)
    assert not any(r.label.upper() in ("KOMPONEN", "NO", "URAIAN") for r in service.rows)
    skipped = 4 if repeat == "mid" else 3
    assert reading.remarks == [f"Tabel 1: {skipped} baris judul/bagian dilewati."]


def test_layout_table_without_header_row(tmp_path):
    (service,) = _read(tmp_path, wd.doc_14(header=False)).services
    _assert_sample_rows(service)


@pytest.mark.parametrize("name_in, expected", [
    ("heading", "Pelayanan Akta Kelahiran"),  # "PELAYANAN AKTA KELAHIRAN" in a Heading 1
    ("bold", "Pelayanan Akta Kelahiran"),  # "Standar Pelayanan Pelayanan Akta Kelahiran": the title taken off
    ("paragraph", "Pelayanan Akta Kelahiran"),  # "Jenis Pelayanan: …"
    ("first_row", "Pelayanan Akta Kelahiran"),
])
def test_layout_name_above_or_in_first_row(tmp_path, name_in, expected):
    (service,) = _read(tmp_path, wd.doc_14(name_in=name_in)).services
    assert service.jenis_pelayanan == expected
    keys = _keys(service)
    if name_in == "first_row":
        assert keys[0] == "jenis_pelayanan" and keys[1:] == list(wd.KEYS_14)
        assert _row(service, "jenis_pelayanan").text == "Pelayanan Akta Kelahiran"
    else:
        assert keys == list(wd.KEYS_14)


def test_layout_no_name_gets_a_placeholder_and_a_remark(tmp_path):
    reading = _read(tmp_path, wd.doc_14(name_in="none"))
    assert reading.services[0].jenis_pelayanan == "Layanan 1 tanpa nama"
    assert any("tidak ditemukan" in r for r in reading.remarks)


@pytest.mark.parametrize("title, name", [
    ("I. PELAYANAN AKTA KELAHIRAN", "Pelayanan Akta Kelahiran"),
    ("Standar Pelayanan Akta Kelahiran", "Akta Kelahiran"),
    ("Standar Pelayanan \u201cPenerbitan KTP-el\u201d", "Penerbitan KTP-el"),
    ("Jenis Pelayanan : Legalisir Akta", "Legalisir Akta"),
    ("2. PENERBITAN KARTU IDENTITAS ANAK (KIA)", "Penerbitan Kartu Identitas Anak (KIA)"),
    ("STANDAR PELAYANAN", ""),
    ("PADA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL", ""),
    ("B. KOMPONEN STANDAR PELAYANAN YANG TERKAIT DENGAN PROSES PENGELOLAAN PELAYANAN", ""),
    ("Persyaratan", ""),
])
def test_layout_clean_name(title, name):
    assert clean_name(title) == name


def test_layout_name_prefers_jenis_pelayanan_paragraph_over_headings():
    above = [Para("STANDAR PELAYANAN", heading=True), Para("DINAS SOSIAL", heading=True),
             Para("JENIS PELAYANAN : Rekomendasi Bantuan", heading=True), Para("Catatan kaki")]
    assert name_above(above) == "Rekomendasi Bantuan"
    assert name_above([Para("Teks biasa yang bukan judul")]) == ""


@pytest.mark.parametrize("as_table", [True, False])
def test_layout_metro_8_rows(tmp_path, as_table):
    (service,) = _read(tmp_path, wd.doc_metro_8(as_table=as_table)).services
    assert service.jenis_pelayanan == "Pelayanan Akta Kelahiran"
    assert service.layout == wl.LAYOUT_METRO_8 + ("" if as_table else wl.PARAGRAPHS)
    assert _keys(service) == [key for _, key in wd.METRO_8]
    for label, key in wd.METRO_8[1:]:
        row = _row(service, key)
        assert row.label == label
        lines = [p.text.lstrip("- ") for p in row.paras]
        assert lines == wd.SAMPLE[key]


@pytest.mark.parametrize("as_table", [True, False])
@pytest.mark.parametrize("title", ["quoted", "heading"])
def test_layout_metro_6_items_with_dasar_hukum_above(tmp_path, as_table, title):
    (service,) = _read(tmp_path, wd.doc_metro_6(as_table=as_table, title=title)).services
    assert service.jenis_pelayanan == "Pelayanan Akta Kelahiran"
    assert service.layout == wl.LAYOUT_METRO_6 + ("" if as_table else wl.PARAGRAPHS)
    assert _keys(service) == ["dasar_hukum"] + [key for _, key in wd.METRO_6]
    assert _row(service, "dasar_hukum").text == "; ".join(wd.SAMPLE["dasar_hukum"])
    persyaratan = [p.text for p in _row(service, "persyaratan").paras]
    if as_table:
        assert persyaratan == wd.SAMPLE["persyaratan"]
    else:
        assert persyaratan == [f"{i}. {t}" for i, t in enumerate(wd.SAMPLE["persyaratan"], start=1)]


@pytest.mark.parametrize("split", ["name_row", "repeat"])
def test_layout_two_services_in_one_table(tmp_path, split):
    reading = _read(tmp_path, wd.doc_two_services(split=split))
    assert len(reading.services) == 2
    first, second = reading.services
    expected = list(wd.KEYS_14)
    if split == "name_row":
        assert [first.jenis_pelayanan, second.jenis_pelayanan] == ["Pelayanan Akta Kelahiran",
                                                                   "Pelayanan Akta Kematian"]
        expected = ["jenis_pelayanan", *expected]
        assert second.where == "tabel 1, baris 17"
    else:
        assert second.where == "tabel 1, baris 16"
    assert _keys(first) == expected and _keys(second) == expected
    assert _row(second, "persyaratan").text == "\n".join(wd.SAMPLE["persyaratan"])


def test_layout_one_table_per_service(tmp_path):
    reading = _read(tmp_path, wd.doc_tables_per_service(("Akta Kelahiran", "Akta Kematian", "Kartu Keluarga")))
    assert [s.jenis_pelayanan for s in reading.services] == ["Akta Kelahiran", "Akta Kematian", "Kartu Keluarga"]
    assert [s.where for s in reading.services] == ["tabel 1", "tabel 2", "tabel 3"]
    for service in reading.services:
        _assert_sample_rows(service)


def test_layout_merged_label_cell_rows_joined(tmp_path):
    (service,) = _read(tmp_path, wd.doc_merged_label()).services
    assert _keys(service) == list(wd.KEYS_14)
    assert [p.text for p in _row(service, "persyaratan").paras] == wd.SAMPLE["persyaratan"]


def test_layout_same_label_written_on_two_rows_joined():
    rows = [Row([Cell([Para("Persyaratan")], col=0), Cell([Para("KTP")], col=1)]),
            Row([Cell([Para("Persyaratan")], col=0), Cell([Para("KK")], col=1)]),
            Row([Cell([Para("Biaya")], col=0), Cell([Para("Gratis")], col=1)])]
    (service,) = find_services([Para("Jenis Pelayanan: Surat Pindah"), Table(rows, index=1)]).services
    assert _keys(service) == ["persyaratan", "biaya"]
    assert _row(service, "persyaratan").text == "KTP\nKK"


def test_layout_unknown_rows_kept_unmapped(tmp_path):
    labels = dict(wd.WRITTEN, jaminan_pelayanan="Motto Pelayanan")
    (service,) = _read(tmp_path, wd.doc_14(labels=labels)).services
    keys = _keys(service)
    assert keys.count(None) == 1 and len(keys) == 14
    unknown = service.rows[keys.index(None)]
    assert unknown.label == "Motto Pelayanan"
    assert unknown.text == wd.SAMPLE["jaminan_pelayanan"][0]


def test_layout_other_tables_skipped_with_a_remark(tmp_path):
    document = wd.doc_14()
    other = document.add_table(rows=2, cols=2)
    other.cell(0, 0).text = "Nama"
    other.cell(0, 1).text = "Jabatan"
    other.cell(1, 0).text = "Budi"
    reading = _read(tmp_path, document)
    assert len(reading.services) == 1
    assert "Tabel 2 dilewati: bukan tabel komponen." in reading.remarks


def test_layout_label_column_found_behind_a_colon_column():
    table = Table([Row([Cell([Para(label)], col=0), Cell([Para(":")], col=1), Cell([Para(value)], col=2)])
                   for label, value in (("Jenis Pelayanan", "Surat Pindah"), ("Persyaratan", "KTP"),
                                        ("Waktu Pelayanan", "1 hari"), ("Produk", "Surat"))], index=1)
    (service,) = find_services([table]).services
    assert service.jenis_pelayanan == "Surat Pindah"
    assert [(r.komponen, r.text) for r in service.rows][1:] == [("persyaratan", "KTP"),
                                                                ("waktu_penyelesaian", "1 hari"), ("produk", "Surat")]


def test_layout_b_table_continues_the_service_above():
    def part(keys, index):
        rows = [Row([Cell([Para("NO")]), Cell([Para("KOMPONEN")], col=1), Cell([Para("URAIAN")], col=2)],
                    header=True)]
        rows += [Row([Cell([Para(str(n))]), Cell([Para(wd.WRITTEN[k])], col=1), Cell([Para("isi")], col=2)])
                 for n, k in enumerate(keys, start=1)]
        return Table(rows, index=index)

    blocks = [Para("JENIS PELAYANAN : Akta Kelahiran", heading=True), Para(wd.SECTION_A, heading=True),
              part(wd.KEYS_A, 1), Para(wd.SECTION_B, heading=True), part(wd.KEYS_B, 2),
              Para("JENIS PELAYANAN : Akta Kematian", heading=True), part(wd.KEYS_A, 3), part(wd.KEYS_B, 4)]
    reading = find_services(blocks)
    assert [s.jenis_pelayanan for s in reading.services] == ["Akta Kelahiran", "Akta Kematian"]
    for service in reading.services:
        assert _keys(service) == list(wd.KEYS_14)
        assert service.layout == wl.LAYOUT_14_AB


def test_layout_odd_text_kept(tmp_path):
    (service,) = _read(tmp_path, wd.doc_odd_text()).services
    assert [p.text for p in _row(service, "kompetensi_pelaksana").paras] == [wd.ODD_TEXT["emoji"],
                                                                              wd.ODD_TEXT["rtl"]]
    assert _row(service, "biaya").text == wd.ODD_TEXT["nbsp"]
    assert _row(service, "pengawasan_internal").text == wd.ODD_TEXT["control"]
    assert len(_row(service, "jaminan_pelayanan").text) >= 99_000


def test_layout_empty_document_finds_nothing():
    reading = find_services([])
    assert reading.services == [] and reading.remarks == []
    assert find_services([Para("Hanya teks biasa."), Para("1. Persyaratan")]).services == []


def _own_documents(tmp_path):
    from sp_desktop.export.docx_writer import DocxWriter
    from sp_desktop.export.report_model import build_rancangan, build_standar
    from tests.unit import export_fixtures as fx

    for layout in ("ab", "tunggal"):
        project = fx.project(2, tata_letak_standar=layout)
        project.extra["penetapan"] = {"nomor": "188.4/55/DKPS/2018", "tanggal": "2018-11-30"}
        names = [s.jenis_pelayanan for s in project.layanan]
        for kind, build in (("rancangan", build_rancangan), ("standar", build_standar)):
            path = tmp_path / f"{kind}-{layout}.docx"
            DocxWriter().write(build(project), path)
            yield kind, layout, path, names


def test_layout_app_own_rancangan_and_standar_read_back(tmp_path):
    for kind, layout, path, names in _own_documents(tmp_path):
        reading = find_services(read_blocks(path))
        assert [s.jenis_pelayanan for s in reading.services] == names, (kind, layout)
        for service in reading.services:
            assert sorted(_keys(service)) == sorted(wd.KEYS_14), (kind, layout)
            expected = wl.LAYOUT_14_AB if layout == "ab" else wl.LAYOUT_14
            assert service.layout == expected, (kind, layout)


def test_layout_two_paragraph_services_under_headings(tmp_path):
    document = wd.new()
    for name in ("PELAYANAN AKTA KELAHIRAN", "PELAYANAN AKTA KEMATIAN"):
        document.add_heading(f"I. {name}", level=2)
        for n, (label, key) in enumerate(wd.METRO_6, start=1):
            document.add_paragraph(f"{n}. {label}\t:\t{wd.SAMPLE[key][0]}")
    reading = _read(tmp_path, document)
    assert [s.jenis_pelayanan for s in reading.services] == ["Pelayanan Akta Kelahiran", "Pelayanan Akta Kematian"]
    for service in reading.services:
        assert _keys(service) == [key for _, key in wd.METRO_6]
        assert service.layout == wl.LAYOUT_METRO_6 + wl.PARAGRAPHS


def test_layout_paragraph_list_item_starting_with_a_label_stays_an_item(tmp_path):
    document = wd.new()
    document.add_paragraph("Standar Pelayanan \u201cLegalisir\u201d")
    for n, (label, key) in enumerate(wd.METRO_6, start=1):
        document.add_paragraph(f"{n}. {label}")
        if key == "persyaratan":
            for letter, item in zip("abc", ["Fotokopi KTP", "Biaya materai ditanggung pemohon", "Produk lama"],
                                    strict=True):
                document.add_paragraph(f"{letter}. {item}")
        else:
            document.add_paragraph(wd.SAMPLE[key][0])
    (service,) = _read(tmp_path, document).services
    assert service.jenis_pelayanan == "Legalisir"
    assert _keys(service) == [key for _, key in wd.METRO_6]
    assert [p.text for p in _row(service, "persyaratan").paras] == [
        "a. Fotokopi KTP", "b. Biaya materai ditanggung pemohon", "c. Produk lama"]


def test_layout_section_row_across_unmerged_cells_skipped():
    rows = [Row([Cell([Para("A.")]), Cell([Para(wd.SECTION_A[3:])], col=1), Cell([], col=2)])]
    rows += [Row([Cell([Para(f"{n}.")]), Cell([Para(wd.WRITTEN[k])], col=1), Cell([Para("isi")], col=2)])
             for n, k in enumerate(wd.KEYS_A, start=1)]
    reading = find_services([Para("Jenis Pelayanan: Akta"), Table(rows, index=1)])
    (service,) = reading.services
    assert _keys(service) == list(wd.KEYS_A)
    assert service.layout == wl.LAYOUT_14_AB


def test_layout_name_in_a_small_table_above(tmp_path):
    document = wd.new()
    title = document.add_table(rows=1, cols=3)
    for cell, text in zip(title.rows[0].cells, ["Jenis Pelayanan", ":", "Penerbitan Surat Pindah"], strict=True):
        cell.text = text
    wd.table_14(document)
    reading = _read(tmp_path, document)
    (service,) = reading.services
    assert service.jenis_pelayanan == "Penerbitan Surat Pindah"
    assert service.where == "tabel 2"
    assert "Tabel 1 dilewati: bukan tabel komponen." in reading.remarks


def test_layout_fifty_services_numbered_in_roman(tmp_path):
    names = [f"Layanan Nomor {i}" for i in range(1, 51)]
    reading = _read(tmp_path, wd.doc_tables_per_service(names))
    assert [s.jenis_pelayanan for s in reading.services] == names  # XLVIII. and XXXVIII. taken off too
    assert all(_keys(s) == list(wd.KEYS_14) for s in reading.services)
