"""The SIPPN workbook: one row per service, a column per mapped field, lists one item a line; the mapping kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from sp_desktop.domain import sippn
from sp_desktop.domain.model import Biaya, Durasi, LangkahProsedur, Layanan, Persyaratan, Project
from sp_desktop.domain.roles import NotAllowed
from sp_desktop.export.errors import ExportError
from sp_desktop.export.sippn_xlsx import write_sippn_xlsx
from sp_desktop.services import publikasi as svc
from sp_desktop.services.session import open_project
from sp_desktop.storage.errors import ProjectError

DATA = Path(__file__).resolve().parents[1] / "data"


def test_sippn_mapping_defaults_and_keeps_stored_order_headings_and_unknown_keys():
    assert sippn.columns_from_extra({}) == list(sippn.DEFAULT_COLUMNS)
    stored = {"versi": 7, "kolom": [{"bidang": "biaya", "judul": "Tarif", "aktif": True},
                                    {"bidang": "jenis_pelayanan", "judul": "  ", "aktif": False},
                                    {"bidang": "tidak_ada", "judul": "X"}]}
    columns = sippn.columns_from_extra({"sippn_kolom": stored})
    assert columns[:2] == [sippn.Kolom("biaya", "Tarif"), sippn.Kolom("jenis_pelayanan", "Nama Layanan", False)]
    assert len(columns) == len(sippn.DEFAULT_COLUMNS) and not any(c.aktif for c in columns[2:])
    again = sippn.columns_to_extra(columns, stored)
    assert again["versi"] == 7 and again["kolom"][0] == {"bidang": "biaya", "judul": "Tarif", "aktif": True}


def test_sippn_xlsx_reads_back_one_row_per_service_with_lists_one_item_a_line(tmp_path):
    project = Project(layanan=[
        Layanan(jenis_pelayanan="Akta <Kelahiran> & \"Kutipan\" 🎉", dasar_hukum=["UU 24/2013", "Perpres 96/2018"],
                persyaratan=[Persyaratan("Surat keterangan lahir"), Persyaratan("KK asli")],
                prosedur=[LangkahProsedur("Menyerahkan berkas", "Pemohon"),
                          LangkahProsedur("Memverifikasi", "Petugas", Durasi(15, "menit"))],
                biaya=Biaya(tarif=0), produk=["Kutipan akta kelahiran"]),
        Layanan(jenis_pelayanan="Kartu Keluarga", biaya=Biaya(tarif=25000)),
    ])
    project.instansi.nama = "Dinas Kependudukan dan Pencatatan Sipil"
    path = write_sippn_xlsx(project, sippn.DEFAULT_COLUMNS, tmp_path / "sippn.xlsx")
    ws = load_workbook(path).active
    rows = [[c if c is not None else "" for c in r] for r in ws.iter_rows(values_only=True)]
    headings = rows[0]
    assert headings == [c.judul for c in sippn.DEFAULT_COLUMNS] and len(rows) == 3
    first = dict(zip(headings, rows[1], strict=True))
    assert first["Nama Layanan"] == "Akta <Kelahiran> & \"Kutipan\" 🎉"
    assert first["Dasar Hukum"] == "UU 24/2013\nPerpres 96/2018"
    assert first["Persyaratan"] == "Surat keterangan lahir\nKK asli"
    assert first["Prosedur"] == "1. Menyerahkan berkas (Pemohon)\n2. Memverifikasi (Petugas; 15 menit)"
    assert first["Biaya/Tarif"] == "Tidak dipungut biaya"
    assert first["Unit Penyelenggara"] == "Dinas Kependudukan dan Pencatatan Sipil"
    assert "Dengan ini, kami menyatakan sanggup" in first["Maklumat Pelayanan"]
    second = dict(zip(headings, rows[2], strict=True))
    assert second["Nama Layanan"] == "Kartu Keluarga" and second["Biaya/Tarif"].startswith("Rp25.000,00")
    assert ws["B2"].alignment.wrap_text and ws.freeze_panes == "B2"
    assert ws.row_dimensions[2].height >= 2 * 15 and ws.row_dimensions[1].height  # readers need the heights set


def test_sippn_xlsx_refuses_no_service_or_no_column(tmp_path):
    with pytest.raises(ExportError, match="Belum ada jenis pelayanan"):
        write_sippn_xlsx(Project(), sippn.DEFAULT_COLUMNS, tmp_path / "a.xlsx")
    none = [sippn.Kolom(c.bidang, c.judul, False) for c in sippn.DEFAULT_COLUMNS]
    with pytest.raises(ExportError, match="kolom SIPPN"):
        write_sippn_xlsx(Project(layanan=[Layanan(jenis_pelayanan="A")]), none, tmp_path / "a.xlsx")
    assert not (tmp_path / "a.xlsx").exists()


@pytest.fixture
def session(tmp_path):
    s = open_project(tmp_path / "sippn.spdb", create=True)
    s.import_document(json.loads((DATA / "proyek_contoh.json").read_text(encoding="utf-8")))
    yield s
    s.close()


def test_sippn_session_keeps_the_mapping_and_exports_with_it(session, tmp_path):
    columns = [sippn.Kolom("jenis_pelayanan", "Nama Jenis Layanan"), sippn.Kolom("waktu_penyelesaian", "Waktu")]
    svc.save_sippn_columns(session, columns)
    kept = svc.sippn_columns(session)
    assert kept[:2] == columns and not any(c.aktif for c in kept[2:])
    assert session.audit(None)[0].komponen == "publikasi"
    ws = load_workbook(svc.export_sippn(session, tmp_path / "out.xlsx")).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0] == ("Nama Jenis Layanan", "Waktu")
    assert [r[0] for r in rows[1:]] == [s.jenis_pelayanan for s in session.summaries()]
    with pytest.raises(NotAllowed, match="tidak boleh kosong"):
        svc.save_sippn_columns(session, [sippn.Kolom("biaya", " ")])


def test_sippn_session_never_writes_over_a_project(session):
    with pytest.raises(ProjectError):
        svc.export_sippn(session, session.path)
    assert session.service_count() == 3
