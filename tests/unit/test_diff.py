"""The differences between two versions of a service list exactly the changed items."""

import json
from pathlib import Path

from sp_desktop.domain import sp_json
from sp_desktop.domain.diff import HAPUS, TAMBAH, UBAH, diff_layanan
from sp_desktop.domain.model import Persyaratan

DATA = Path(__file__).parents[1] / "data"


def _akta():
    project = sp_json.project_from_dict(json.loads((DATA / "proyek_contoh.json").read_text(encoding="utf-8")))
    return project.layanan[0]


def test_identical_versions_have_no_difference():
    assert diff_layanan(_akta(), _akta()).unchanged


def test_the_diff_lists_exactly_the_changed_items():
    old, new = _akta(), _akta()
    assert len(old.persyaratan) >= 3
    new.persyaratan[1] = Persyaratan("Fotokopi KTP saksi cukup satu lembar", "awal")
    del new.persyaratan[2]
    new.produk.append("Kartu Identitas Anak")
    new.jumlah_pelaksana = "7 orang"
    diff = diff_layanan(old, new)
    rows = [(c.komponen, c.jenis, c.butir) for c in diff.changes]
    assert rows == [
        ("persyaratan", UBAH, 2), ("persyaratan", HAPUS, 3),
        ("produk", TAMBAH, len(new.produk)),
        ("jumlah_pelaksana", UBAH, None),
    ]
    changed = diff.changes[0]
    assert changed.label == "Persyaratan butir 2"
    assert changed.menjadi == "Fotokopi KTP saksi cukup satu lembar (diserahkan di awal)"
    assert old.persyaratan[1].uraian in changed.semula
    assert diff.changes[1].semula.startswith(old.persyaratan[2].uraian) and diff.changes[1].menjadi == ""
    assert diff.changes[2].menjadi == "Kartu Identitas Anak" and diff.changes[2].label.startswith("Produk pelayanan")
    assert (diff.changes[3].label, diff.changes[3].semula, diff.changes[3].menjadi) == (
        "Jumlah pelaksana", old.jumlah_pelaksana, "7 orang")
    assert diff.komponen_changed() == ["persyaratan", "produk", "jumlah_pelaksana"]


def test_an_inserted_step_is_one_addition_not_a_cascade():
    old, new = _akta(), _akta()
    step = old.prosedur[0].__class__(uraian="Pemohon mengambil nomor antrean", pelaksana="Pemohon")
    new.prosedur.insert(0, step)
    [change] = diff_layanan(old, new).changes
    assert (change.komponen, change.jenis, change.butir) == ("prosedur", TAMBAH, 1)
    assert change.menjadi.startswith("Pemohon mengambil nomor antrean; pelaksana: Pemohon")


def test_fee_and_complaint_changes_are_named_in_indonesian():
    old, new = _akta(), _akta()
    new.pengaduan.petugas.telepon = "0812 0000 1111"
    new.pengaduan.tindak_lanjut = "Ditindaklanjuti paling lama 3 hari kerja"
    labels = [c.label for c in diff_layanan(old, new).changes]
    assert labels == ["Penanganan pengaduan, saran, dan masukan – telepon petugas",
                      "Penanganan pengaduan, saran, dan masukan – tindak lanjut"]
